# SPDX-License-Identifier: Apache-2.0
"""Keyboard and screen-reader access: unique shortcuts listed from the actions, accessible names, the
focus ring, tab order of the analysis panel, and WCAG contrast of the colours the widgets use."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolButton, QWidget

from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.ui.analysis import result_view
from desktop_app.ui.analysis.confidence_bars import DECIDED_FILL, OTHER_FILL, TRACK_COLOUR, ConfidenceBars
from desktop_app.ui.batch.table_model import REVIEW_BACKGROUND, REVIEW_FOREGROUND
from desktop_app.ui.common.contrast import GRAPHIC_MINIMUM, TEXT_MINIMUM, contrast_ratio
from desktop_app.ui.common.focus_ring import RING_COLOUR, FocusRing
from desktop_app.ui.common.menus import plain_text
from desktop_app.ui.common.shortcuts_help import ShortcutsDialog, owner_window, shortcut_bindings
from desktop_app.ui.records.history_model import AMBER_TEXT
from tests.test_ui_analysis_support import CHEST, analyse_and_wait, grab_rgb, open_and_wait

README = Path(__file__).resolve().parents[1] / "README.md"


def _prediction(scores: dict[str, float], needs_review: bool = False) -> Prediction:
    decision = max(scores, key=scores.__getitem__)
    return Prediction("m", "1", "ab" * 32, list(scores), scores, decision, "text", needs_review,
                      "CPUExecutionProvider", GateVerdict("chest_xray", 0.99, True),
                      {"type": "threshold", "label": "PNEUMONIA", "threshold": 0.41}, {"low": 0.3, "high": 0.7})


def _activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- shortcuts ------------------------------------------------------------------------------------------
def _raw_sequences(window) -> list[tuple[str, object]]:
    """Every (keys, owner) of the window's QActions and QShortcuts, collected without shortcut_bindings."""
    objects = {id(obj): obj for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]}
    found = []
    for obj in objects.values():
        if owner_window(obj) is not window:
            continue  # another window's (batch, dialogs): its shortcuts work there only
        keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
        found += [(key.toString(QKeySequence.SequenceFormat.PortableText), obj) for key in keys if not key.isEmpty()]
    return found


def test_no_two_commands_share_a_shortcut(qtbot, window):
    open_and_wait(qtbot, window, CHEST)  # image actions enabled, window presets menu filled
    sequences = _raw_sequences(window)
    counts = Counter(keys for keys, _ in sequences)
    assert [keys for keys, count in counts.items() if count > 1] == []
    by_key = {keys: obj for keys, obj in sequences}
    wanted = {"Ctrl+O": "open", "A": "analyse", "H": "toggle_heatmap", "Ctrl+E": "export_report",
              "Ctrl+P": "print_report", "Ctrl+Shift+A": "analyse_folder", "Ctrl+Shift+H": "case_history",
              "]": "next_frame", "[": "previous_frame"}
    for keys, command in wanted.items():
        assert by_key[keys] is window.commands[command], keys
    assert by_key["F1"] is window.shortcuts_action
    assert {keys for keys, _ in sequences} == {b.keys for b in shortcut_bindings(window)}


def test_every_toolbar_command_is_in_a_menu_and_every_menu_has_an_accelerator(window):
    in_menus, accelerators = set(), []
    for top in window.menuBar().actions():
        found = re.search(r"&([^&])", top.text())
        assert found, f"menu {top.text()!r} has no Alt accelerator"
        accelerators.append(found.group(1).lower())
        in_menus |= {id(action) for action in top.menu().actions()}
    assert len(accelerators) == len(set(accelerators)), accelerators  # Alt+letter opens exactly one menu
    for action in window.toolbar.actions():
        if not action.isSeparator() and window.toolbar.widgetForAction(action).inherits("QToolButton"):
            assert id(action) in in_menus or not action.shortcut().isEmpty(), action.text()


def test_keyboard_shortcuts_dialog_is_generated_from_the_actions(qtbot, window):
    extra = QAction("&Brand-new Command", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    window.shortcuts_action.trigger()  # Help → Keyboard Shortcuts
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert ("File", "Open File(s)", QKeySequence("Ctrl+O").toString(QKeySequence.SequenceFormat.NativeText)) in rows
    assert ("Analysis", "Show Heatmap", "H") in rows and ("Help", "Keyboard Shortcuts", "F1") in rows
    assert any(row[1] == "Brand-new Command" for row in rows)  # not a hand-kept list
    assert len(rows) == len(shortcut_bindings(window))
    dialog.close()


def test_readme_lists_every_shortcut(window):
    text = README.read_text(encoding="utf-8")
    section = text.split("### Keyboard", 1)[1].split("\n### ", 1)[0]
    missing = [b for b in shortcut_bindings(window) if f"`{b.keys}`" not in section]
    assert missing == []


# -- accessible names -----------------------------------------------------------------------------------
def test_every_toolbar_button_has_an_accessible_name(window):
    buttons = window.toolbar.findChildren(QToolButton)
    assert len(buttons) >= 12
    for button in buttons:
        assert button.accessibleName().strip(), button.text()
    rotate = window.toolbar.widgetForAction(window.commands["rotate_left"])
    assert rotate.text() == "⟲ Rotate" and rotate.accessibleName() == "Rotate Left"
    assert "Ctrl+L" in rotate.accessibleDescription()
    window.commands["rotate_left"].setText("Pivoter à &gauche")  # a retranslated action renames its button
    assert rotate.accessibleName() == "Pivoter à gauche"
    dismiss = next(b for b in window.banner.findChildren(QToolButton) if b.text() == "✕")
    assert dismiss.accessibleName() == "Dismiss"


def test_analysis_controls_are_named(qtbot, window):
    open_and_wait(qtbot, window, CHEST)
    analyse_and_wait(qtbot, window)
    panel = window.analysis.panel
    assert panel.analyse_button.accessibleName() == plain_text(window.commands["analyse"].text())
    assert window.viewer.view.accessibleName() == "Image"
    heatmap = panel.heatmap
    for control in (heatmap.toggle, heatmap.class_choice, heatmap.colormap_choice, heatmap.opacity):
        assert control.accessibleName()
    assert panel.result.bars.accessibleName() == "Probabilities"


def test_confidence_bars_read_out_their_scores(qtbot):
    bars = ConfidenceBars()
    qtbot.addWidget(bars)
    assert bars.accessibleDescription() == "No result"
    bars.set_prediction(_prediction({"NORMAL": 0.17, "PNEUMONIA": 0.83}))
    description = bars.accessibleDescription()
    assert description.startswith("PNEUMONIA 83 %, NORMAL 17 %") and "threshold 0.41" in description
    card = {"translations": {"fr": {"labels": {"PNEUMONIA": "PNEUMONIE"}}}}
    bars.set_prediction(_prediction({"NORMAL": 0.6, "PNEUMONIA": 0.4}), card)
    assert bars.accessibleDescription().startswith("NORMAL 60 %, PNEUMONIA 40 %")  # English: the ids
    from desktop_app.i18n import current_language, set_language

    previous = current_language()
    set_language("fr")
    try:
        bars.set_prediction(_prediction({"NORMAL": 0.1, "PNEUMONIA": 0.9}), card)
        assert bars.accessibleDescription().startswith("PNEUMONIE 90 %")
        assert [row.label for row in bars.rows()] == ["NORMAL", "PNEUMONIA"]  # what is recorded stays the id
    finally:
        set_language(previous)


def test_the_result_on_screen_is_read_out(qtbot, window):
    open_and_wait(qtbot, window, CHEST)
    prediction = analyse_and_wait(qtbot, window)
    bars = window.analysis.panel.result.bars
    percent = round(prediction.scores[prediction.decision] * 100)
    assert bars.accessibleDescription().startswith(f"{prediction.decision} {percent} %")
    banner = window.analysis.panel.result.review_banner
    if prediction.needs_review:
        assert banner.accessibleName() == "Needs review" and banner.accessibleDescription() == banner.text()


def test_outside_scope_banner_has_its_own_colours_and_name(qtbot):
    from desktop_app.scope.verdict import ScopeVerdict
    from desktop_app.ui.analysis.result_view import ResultView

    view = ResultView()
    qtbot.addWidget(view)
    uncertain = _prediction({"NORMAL": 0.45, "PNEUMONIA": 0.55}, needs_review=True)
    view.show_prediction(uncertain)
    assert view.review_banner.styleSheet() == result_view.REVIEW_STYLE
    assert view.review_banner.accessibleName() == "Needs review"
    view.show_prediction(replace(uncertain, scope=ScopeVerdict(["age 45 y — validated 1–5 y"])))
    assert view.review_banner.styleSheet() == result_view.OUTSIDE_STYLE
    assert view.review_banner.accessibleName() == "Outside validated use"
    assert "OUTSIDE VALIDATED USE" in view.review_banner.accessibleDescription()
    assert "age 45 y" in view.review_banner.accessibleDescription()


# -- focus ----------------------------------------------------------------------------------------------
def test_focus_ring_shows_where_the_keyboard_focus_is(qtbot, window):
    open_and_wait(qtbot, window, CHEST)
    _activate(qtbot, window)
    panel = window.analysis.panel
    panel.model_choice.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.model_choice, Qt.Key.Key_Tab)  # a real Tab: keyboard focus
    button = panel.analyse_button
    assert QApplication.focusWidget() is button
    ring = next(r for r in window.findChildren(FocusRing) if r.isVisible())
    assert ring.widget() is button
    assert ring.geometry().contains(button.geometry()) and ring.geometry() != button.geometry()
    pixels = grab_rgb(ring.parentWidget()).astype(int)
    g = ring.geometry()
    edge = pixels[g.top() + 1, g.left() + 4:g.right() - 4]  # the ring's top line
    target = np.array([RING_COLOUR.red(), RING_COLOUR.green(), RING_COLOUR.blue()])
    assert (np.abs(edge - target).sum(axis=1) < 60).mean() > 0.8


def test_focus_ring_hides_for_mouse_clicks(qtbot, window):
    _activate(qtbot, window)
    panel = window.analysis.panel
    panel.model_choice.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.model_choice, Qt.Key.Key_Tab)
    assert any(r.isVisible() for r in window.findChildren(FocusRing))
    qtbot.mouseClick(panel.auto_analyse, Qt.MouseButton.LeftButton)
    assert not any(r.isVisible() for r in window.findChildren(FocusRing))


def _tab_stops(panel: QWidget) -> list[QWidget]:
    """Focusable controls; an editable combo's line edit hands its focus to the combo (its focus proxy)."""
    return [w for w in panel.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus]


def test_tab_reaches_every_control_of_the_analysis_panel_in_reading_order(qtbot, window):
    open_and_wait(qtbot, window, CHEST)  # a JPEG: the patient age/view/sequence fields are shown too
    analyse_and_wait(qtbot, window)
    _activate(qtbot, window)
    panel = window.analysis.panel
    expected = _tab_stops(panel)
    assert panel.result.bars in expected and panel.heatmap.opacity in expected and panel.patient.age in expected
    assert panel.patient.sequence in expected
    first = panel.model_choice
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(3 * len(expected)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if not panel.isAncestorOf(now):
            break  # left the panel: the next dock
        visited.append(now)
    assert visited == sorted(expected, key=lambda w: (w.mapTo(panel, w.rect().topLeft()).y(),
                                                      w.mapTo(panel, w.rect().topLeft()).x()))
    assert set(visited) == set(expected)


# -- contrast -------------------------------------------------------------------------------------------
def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast_ratio(QColor("#123456"), "#123456") == pytest.approx(1.0)


def test_banner_bar_and_flag_colours_meet_wcag():
    for colours in (result_view.REVIEW_COLOURS, result_view.OUTSIDE_COLOURS, result_view.NOTE_COLOURS):
        assert contrast_ratio(colours.text, colours.background) >= TEXT_MINIMUM, colours
    for style, colours in ((result_view.REVIEW_STYLE, result_view.REVIEW_COLOURS),
                           (result_view.OUTSIDE_STYLE, result_view.OUTSIDE_COLOURS)):
        assert f"background: {colours.background}" in style and f"color: {colours.text}" in style
    window_colour = QStyleFactory.create("Fusion").standardPalette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(result_view.WARNING_TEXT, window_colour) >= TEXT_MINIMUM
    assert contrast_ratio(AMBER_TEXT, "#ffffff") >= TEXT_MINIMUM
    assert contrast_ratio(REVIEW_FOREGROUND, REVIEW_BACKGROUND) >= TEXT_MINIMUM
    for fill in (DECIDED_FILL, OTHER_FILL):
        assert contrast_ratio(fill, TRACK_COLOUR) >= GRAPHIC_MINIMUM, fill.name()
    assert contrast_ratio(RING_COLOUR, window_colour) >= GRAPHIC_MINIMUM
    assert contrast_ratio(RING_COLOUR, "#ffffff") >= GRAPHIC_MINIMUM


def test_bars_paint_with_the_checked_colours(qtbot):
    bars = ConfidenceBars()
    qtbot.addWidget(bars)
    bars.resize(400, 120)
    bars.set_prediction(_prediction({"NORMAL": 0.3, "PNEUMONIA": 0.7}))
    bars.show()
    qtbot.waitExposed(bars)
    pixels = grab_rgb(bars).reshape(-1, 3).astype(int)
    for colour in (DECIDED_FILL, OTHER_FILL, TRACK_COLOUR):
        target = np.array([colour.red(), colour.green(), colour.blue()])
        assert (np.abs(pixels - target).sum(axis=1) < 12).sum() > 200, colour.name()
