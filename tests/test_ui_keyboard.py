# SPDX-License-Identifier: Apache-2.0
"""A whole session without the mouse: open (Ctrl+O), analyse (A), heatmap (H), export the report (Ctrl+E).

Every step is a key event sent where a real key press goes (the focused widget); only the operating
system's file dialogs are replaced, by returning a sample and a temporary path.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.reports import outputs as report_outputs
from desktop_app.ui.shell import main_window as main_window_module
from tests.test_ui_report_support import CHEST, TIMEOUT, finish, records_window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    win = records_window(qtbot, tmp_path, monkeypatch)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    finish(win)


def press(qtbot, window, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` as a user would: the event goes to the widget with the keyboard focus."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def accept_next_dialog_with_enter(qtbot) -> None:
    """Press Enter in the next modal dialog (the report options) once it is open."""

    def enter() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, enter)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, enter)


def test_open_analyse_heatmap_and_export_with_the_keyboard_only(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(main_window_module.QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(CHEST)], ""))
    report = tmp_path / "keyboard_report.pdf"
    monkeypatch.setattr(report_outputs.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(report), ""))

    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.current_image is not None and window.current_image.path == str(CHEST)

    with qtbot.waitSignal(window.records.recorded, timeout=TIMEOUT):
        with qtbot.waitSignal(window.analysis.controller.finished, timeout=TIMEOUT):
            press(qtbot, window, Qt.Key.Key_A)
    overlay = window.analysis.overlay
    assert window.analysis.panel.state() == "result" and overlay.item is not None
    heatmap_before = overlay.visible
    assert overlay.item.isVisible() is heatmap_before

    press(qtbot, window, Qt.Key.Key_H)
    assert overlay.visible is not heatmap_before and overlay.item.isVisible() is not heatmap_before
    assert window.analysis.panel.heatmap.toggle.isChecked() is not heatmap_before

    accept_next_dialog_with_enter(qtbot)
    with qtbot.waitSignal(window.records.outputs.report_written, timeout=TIMEOUT) as written:
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert written.args[0] == str(report)
    assert report.is_file() and report.read_bytes().startswith(b"%PDF")


def test_keyboard_shortcuts_help_opens_with_f1(qtbot, window):
    from desktop_app.ui.common.shortcuts_help import ShortcutsDialog

    press(qtbot, window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    assert any(row[1] == "Analyse Image" for row in dialog.rows())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
