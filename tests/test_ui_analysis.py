# SPDX-License-Identifier: Apache-2.0
"""Analysis dock on tiny models with known outputs: numbers, review flag, stale results, heatmap, gate, GPU."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from desktop_app.imaging.loader import load_image
from desktop_app.inference.analyser import Analyser
from desktop_app.ui.analysis.heatmap_overlay import MAX_OVERLAY_SIDE
from desktop_app.ui.analysis.result_view import gate_text
from tests.test_ui_analysis_support import (
    CHEST,
    HAND,
    SHIPPED,
    Gate,
    analyse_and_wait,
    close_window,
    grab_rgb,
    load_analyser,
    make_window,
    open_and_wait,
    tiny_packs,
    write_png,
)


def test_bars_show_the_core_numbers(qtbot, window, packs):
    open_and_wait(qtbot, window, CHEST)
    shown = analyse_and_wait(qtbot, window)
    expected = Analyser([packs], device="cpu").analyse(load_image(str(CHEST)))
    panel = window.analysis.panel
    assert panel.state() == "result"
    rows = panel.result.bars.rows()
    assert [r.label for r in rows] == ["NORMAL", "PNEUMONIA"]
    for row in rows:
        assert row.probability == pytest.approx(expected.scores[row.label], abs=1e-6)
        assert row.text == f"{expected.scores[row.label]:.2f}"
        assert row.decided == (row.label == expected.decision)
    marker = panel.result.bars.marker()
    assert (marker.label, marker.value, marker.band) == ("PNEUMONIA", 0.6, (0.4, 0.8))
    assert panel.result.decision.text() == expected.decision_text
    assert panel.result.review_banner.isVisible() == expected.needs_review
    provenance = panel.result.provenance.text()
    assert f"chest_test {expected.model_version}" in provenance and expected.model_sha256[:12] in provenance
    assert "CPU" in provenance and "CPU" in window.analysis.device_label.text()
    assert panel.result.gate_line.text() == gate_text(expected.gate) and "chest X-ray (0.95)" in gate_text(shown.gate)
    assert shown.file == str(CHEST) and shown.file_sha256 == hashlib.sha256(CHEST.read_bytes()).hexdigest()


def test_opened_image_is_prepared_for_analysis_in_the_background(qtbot, window, packs):
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference.preprocess import working_image

    open_and_wait(qtbot, window, CHEST)
    image = window.current_image
    qtbot.waitUntil(lambda: len(image.analysis_cache.get(0, {})) == 3, timeout=5000)  # working, gate, input
    np.testing.assert_array_equal(image.analysis_cache[0]["working"], working_image(render_frame(image)))
    shown = analyse_and_wait(qtbot, window)
    expected = Analyser([packs], device="cpu").analyse(load_image(str(CHEST)))
    assert shown.scores == pytest.approx(expected.scores, abs=1e-6)


@pytest.mark.parametrize(("value", "review"), [(128, True), (250, False)])
def test_needs_review_is_never_a_confident_answer(qtbot, window, tmp_path, value, review):
    open_and_wait(qtbot, window, write_png(tmp_path / "flat.png", np.full((64, 64), value, np.uint8)))
    prediction = analyse_and_wait(qtbot, window)
    result = window.analysis.panel.result
    assert prediction.needs_review is review
    assert result.review_banner.isVisible() is review
    assert "NEEDS REVIEW" in result.review_banner.text()
    assert result.decision.font().bold() is not review
    assert result.decision.text().startswith("Needs review") is review


def test_stale_result_is_discarded(qtbot, window, tmp_path):
    analyser = load_analyser(qtbot, window)
    gate = Gate(analyser, block_calls={1})
    try:
        image_a = open_and_wait(qtbot, window, write_png(tmp_path / "a.png", np.full((40, 40), 250, np.uint8)))
        request_a = window.analysis.analyse_current()
        assert gate.entered.wait(10)
        assert window.analysis.panel.busy.isVisible() and window.analysis.panel.idle.text() == "Analysing…"
        open_and_wait(qtbot, window, write_png(tmp_path / "b.png", np.full((40, 40), 10, np.uint8)))
        assert window.current_image is not image_a
        with qtbot.waitSignal(window.analysis.controller.discarded, timeout=10_000) as blocker:
            gate.release()
    finally:
        gate.release()
    assert blocker.args[0] is request_a
    panel = window.analysis.panel
    assert panel.state() == "idle" and panel.result.prediction is None and not panel.busy.isVisible()
    assert window.analysis.overlay.item is None
    b_result = analyse_and_wait(qtbot, window)  # B's own analysis still works and is shown
    assert b_result.decision == "NORMAL" and panel.result.prediction is b_result


def _region_means(win, image_rows: int, image_cols: int) -> tuple[np.ndarray, tuple[int, int], tuple[int, int]]:
    """Viewport pixels plus the viewport (x, y) of the centres of the image's left and right halves."""
    view = win.viewer.view
    item = view.image_item

    def at(col: float, row: float) -> tuple[int, int]:
        point = view.mapFromScene(item.mapToScene(QPointF(col, row)))
        return point.x(), point.y()

    return grab_rgb(view.viewport()), at(image_cols * 0.25, image_rows / 2), at(image_cols * 0.75, image_rows / 2)


def _patch(pixels: np.ndarray, xy: tuple[int, int], half: int = 12) -> np.ndarray:
    x, y = xy
    return pixels[y - half:y + half, x - half:x + half].astype(np.float64)


def test_heatmap_overlay_changes_pixels_where_cam_is_high(qtbot, window, tmp_path):
    pixels = np.full((96, 128), 230, np.uint8)
    pixels[:, :64] = 25  # dark left half: the NORMAL map (−2x) is high there, PNEUMONIA (+2x) on the right
    open_and_wait(qtbot, window, write_png(tmp_path / "halves.png", pixels))
    analyse_and_wait(qtbot, window)
    overlay, controls = window.analysis.overlay, window.analysis.panel.heatmap
    controls.opacity.setValue(100)
    controls.class_choice.setCurrentText("NORMAL")
    assert overlay.class_label == "NORMAL" and overlay.item is not None
    window.commands["toggle_heatmap"].setChecked(False)
    window.commands["toggle_heatmap"].trigger()  # H: on
    assert overlay.item.isVisible()
    on, left, right = _region_means(window, 96, 128)
    window.commands["toggle_heatmap"].trigger()  # H: off
    off, _, _ = _region_means(window, 96, 128)
    hot = np.abs(_patch(on, left) - _patch(off, left)).mean()
    cold = np.abs(_patch(on, right) - _patch(off, right)).mean()
    assert hot > 100 and hot > 3 * cold, (hot, cold)  # low attention keeps a faint tint (alpha ≥ 64)
    window.commands["toggle_heatmap"].trigger()
    window.viewer.view.flip_image(True)  # the overlay follows the image: the hot side moves
    flipped, left_after, right_after = _region_means(window, 96, 128)
    assert left_after[0] > right_after[0]
    np.testing.assert_allclose(_patch(flipped, left_after).mean(), _patch(on, left).mean(), atol=3)


def test_heatmap_class_and_colormap_and_replacement(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, CHEST)
    prediction = analyse_and_wait(qtbot, window)
    overlay, controls = window.analysis.overlay, window.analysis.panel.heatmap
    assert overlay.class_label == prediction.decision  # default: the decided class
    assert max(overlay.item.pixmap().width(), overlay.item.pixmap().height()) <= MAX_OVERLAY_SIDE
    first = overlay.item
    controls.colormap_choice.setCurrentText("viridis")
    assert overlay.colormap == "viridis" and overlay.item is not first and first.scene() is None
    assert window.settings.value("analysis/colormap") == "viridis"  # remembered for the next session
    assert prediction.decision in controls.legend_caption.text()
    current = overlay.item
    open_and_wait(qtbot, window, HAND)  # another image: the old overlay goes
    assert overlay.item is None and current.scene() is None


def test_gate_refuses_hand_xray_and_override_is_marked(qtbot, tmp_path):
    if not (SHIPPED / "input_gate.onnx").is_file():
        pytest.skip("the shipped input gate is not installed")
    win = make_window(qtbot, tmp_path)
    try:
        win.analysis.use_model_dirs([SHIPPED, tiny_packs(tmp_path / "models", gate=False)], "cpu")
        open_and_wait(qtbot, win, HAND)
        refusal = analyse_and_wait(qtbot, win, "refused")
        view = win.analysis.panel.refusal
        assert win.analysis.panel.state() == "refusal" and refusal.gate.label == "hand_xray"
        assert "hand X-ray" in view.gate.text() and f"{refusal.gate.score:.2f}" in view.gate.text()
        assert "chest_test" in view.models.text() and refusal.reason in view.message.text()
        view.model_choice.setCurrentIndex(view.model_choice.findData("chest_test"))
        assert view.override_button.text() == "Analyse anyway with chest_test"
        with qtbot.waitSignal(win.analysis.controller.finished, timeout=30_000) as blocker:
            view.override_button.click()
        request, result = blocker.args
        prediction = result.prediction
        assert request.override_gate and prediction.gate.overridden and prediction.model_id == "chest_test"
        assert "Input gate overridden by user" in win.analysis.panel.result.gate_line.text()
    finally:
        close_window(win)


def test_gpu_unavailable_falls_back_to_cpu_with_visible_note(qtbot, window, packs):
    import onnxruntime as ort

    from desktop_app.inference.providers import GPU_PROVIDERS

    if set(GPU_PROVIDERS) & set(ort.get_available_providers()):
        pytest.skip("a GPU provider is installed here")
    window.analysis.use_model_dirs([packs], "gpu")
    open_and_wait(qtbot, window, CHEST)
    prediction = analyse_and_wait(qtbot, window)
    assert prediction.provider == "CPUExecutionProvider"
    note = window.analysis.panel.result.note
    assert note.isVisible() and "GPU requested" in note.text() and "using CPU" in note.text()
    assert window.analysis.device_label.text() == "AI: CPU ⚠"
    assert "GPU requested" in window.analysis.device_label.toolTip()


def test_damaged_model_is_a_message_not_a_traceback(qtbot, window, packs):
    card = json.loads((packs / "chest_test.json").read_text())
    card["sha256"] = "0" * 64
    (packs / "chest_test.json").write_text(json.dumps(card))
    open_and_wait(qtbot, window, CHEST)
    message = analyse_and_wait(qtbot, window, "failed")
    assert message.startswith("Analysis not possible: chest_test: model file does not match its card")
    assert window.analysis.panel.state() == "error" and window.analysis.panel.error.text() == message
    assert window.banner.message() == message and "Traceback" not in message


def test_auto_analyse_on_open_and_model_choice(qtbot, window, tmp_path):
    window.analysis.panel.auto_analyse.setChecked(True)
    assert window.settings.value("analysis/auto_analyse") in (True, "true")
    with qtbot.waitSignal(window.analysis.controller.finished, timeout=30_000):
        window.open_file(str(CHEST))
    combo = window.analysis.panel.model_choice
    assert [combo.itemData(i) for i in range(combo.count())] == ["auto", "chest_test"]
    combo.setCurrentIndex(1)
    prediction = analyse_and_wait(qtbot, window)
    assert prediction.model_id == "chest_test" and prediction.gate.accepted


def test_settings_change_device_and_reload(qtbot, window):
    from desktop_app.ui.settings.analysis_settings import AnalysisPrefs, SettingsDialog, load_prefs, save_prefs

    prefs = AnalysisPrefs(device="gpu", auto_analyse=True, models_dir="/nowhere")
    save_prefs(window.settings, prefs)
    assert load_prefs(window.settings) == prefs
    dialog = SettingsDialog(prefs)
    assert dialog.prefs() == prefs
    window.analysis.apply_prefs(prefs)
    assert window.analysis.controller.device == "gpu" and window.analysis.panel.auto_analyse.isChecked()
    assert window.analysis.device_label.text() == "AI device: gpu"


def test_shortcuts_are_unambiguous(window):
    from PySide6.QtGui import QAction

    keys = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert window.commands["analyse"].shortcut().toString() == "A"
    assert window.commands["toggle_heatmap"].shortcut().toString() == "H"
