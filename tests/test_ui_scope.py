# SPDX-License-Identifier: Apache-2.0
"""The viewer shows a result outside the model's validated use as such: banner with reasons, never confident."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_ui_analysis_support import SHIPPED, analyse_and_wait, close_window, make_window, open_and_wait

NIH_DX = Path(__file__).resolve().parents[2] / "shared" / "data" / "samples" / "nih_cxr14_dx_no_finding.dcm"


@pytest.mark.skipif(not NIH_DX.exists() or not (SHIPPED / "input_gate.onnx").is_file(),
                    reason="the shared adult sample or the shipped models are missing")
def test_outside_scope_result_shows_banner_and_reasons(qtbot, tmp_path) -> None:
    win = make_window(qtbot, tmp_path)
    try:
        win.analysis.use_model_dirs([SHIPPED], "cpu")
        open_and_wait(qtbot, win, NIH_DX)
        prediction = analyse_and_wait(qtbot, win)
        result = win.analysis.panel.result
        assert not prediction.in_scope and prediction.needs_review
        assert result.review_banner.isVisible()
        banner = result.review_banner.text()
        assert banner.startswith("⚠ OUTSIDE VALIDATED USE") and "age 81 y" in banner
        assert result.decision.text().startswith("Outside validated use: age 81 y")
        assert not result.decision.font().bold()
        assert result.unchecked.isVisible() and "view unknown" in result.unchecked.text()
        assert "confident" not in result.decision.text()
    finally:
        close_window(win)


CHEST_PNG_SOURCE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "chest_normal_IM-0117-0001.jpeg"


@pytest.mark.skipif(not (SHIPPED / "input_gate.onnx").is_file(), reason="the shipped models are missing")
def test_typed_adult_age_puts_a_raster_result_outside_scope(qtbot, tmp_path) -> None:
    """A JPEG carries no age: the age typed in the panel reaches the population check, and the result is redone."""
    win = make_window(qtbot, tmp_path)
    try:
        win.analysis.use_model_dirs([SHIPPED], "cpu")
        open_and_wait(qtbot, win, CHEST_PNG_SOURCE)
        box = win.analysis.panel.patient
        assert box.isVisibleTo(win.analysis.panel)
        first = analyse_and_wait(qtbot, win)
        assert first.in_scope and "age unknown" in first.scope.unknowns
        box.age.setText("45Y")
        with qtbot.waitSignal(win.analysis.controller.finished, timeout=30_000) as blocker:
            box.age.editingFinished.emit()
        redone = blocker.args[1].prediction
        assert not redone.in_scope and redone.needs_review
        assert redone.scope.reasons[0].startswith("age 45 y")
        assert "OUTSIDE VALIDATED USE" in win.analysis.panel.result.review_banner.text()
    finally:
        close_window(win)
