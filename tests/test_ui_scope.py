# SPDX-License-Identifier: Apache-2.0
"""The viewer shows a result outside the model's validated use as such: banner with reasons, never confident."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.test_ui_analysis_support import SHIPPED, analyse_and_wait, close_window, make_window, open_and_wait

NIH_DX = Path(__file__).resolve().parents[2] / "shared" / "data" / "samples" / "nih_cxr14_dx_no_finding.dcm"


@contextmanager
def shipped_window(qtbot, tmp_path: Path, image: Path) -> Iterator:
    """A window on the shipped models with ``image`` open; closed afterwards."""
    win = make_window(qtbot, tmp_path)
    try:
        win.analysis.use_model_dirs([SHIPPED], "cpu")
        open_and_wait(qtbot, win, image)
        yield win
    finally:
        close_window(win)


@pytest.mark.skipif(not NIH_DX.exists() or not (SHIPPED / "input_gate.onnx").is_file(),
                    reason="the shared adult sample or the shipped models are missing")
def test_outside_scope_result_shows_banner_and_reasons(qtbot, tmp_path) -> None:
    with shipped_window(qtbot, tmp_path, NIH_DX) as win:
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


CHEST_PNG_SOURCE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "chest_normal_IM-0117-0001.jpeg"


@pytest.mark.skipif(not (SHIPPED / "input_gate.onnx").is_file(), reason="the shipped models are missing")
def test_typed_adult_age_puts_a_raster_result_outside_scope(qtbot, tmp_path) -> None:
    """A JPEG carries no age: the age typed in the panel reaches the population check, and the result is redone."""
    with shipped_window(qtbot, tmp_path, CHEST_PNG_SOURCE) as win:
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


BRAIN_JPEG = Path(__file__).resolve().parents[1] / "resources" / "samples" / "brain_glioma_Tr-glTr_0000.jpg"


@pytest.mark.skipif(not (SHIPPED / "input_gate.onnx").is_file(), reason="the shipped models are missing")
def test_typed_flair_sequence_puts_a_brain_jpeg_outside_scope(qtbot, tmp_path) -> None:
    """The MR sequence chosen in the panel reaches the brain card's sequence rule; it is kept for the file."""
    with shipped_window(qtbot, tmp_path, BRAIN_JPEG) as win:
        box = win.analysis.panel.patient
        first = analyse_and_wait(qtbot, win)
        assert "sequence unknown" in first.scope.unknowns
        assert not any(reason.startswith("sequence") for reason in first.scope.reasons)
        flair = box.sequence.findText("FLAIR")
        with qtbot.waitSignal(win.analysis.controller.finished, timeout=30_000) as blocker:
            box.sequence.setCurrentIndex(flair)
            box.sequence.activated.emit(flair)
        redone = blocker.args[1].prediction
        assert not redone.in_scope and redone.needs_review
        assert "sequence FLAIR — validated T1 post-contrast" in redone.scope.reasons
        banner = win.analysis.panel.result.review_banner
        assert banner.isVisible() and banner.text().startswith("⚠ OUTSIDE VALIDATED USE") and "FLAIR" in banner.text()
        assert box.facts() == {"sequence": "FLAIR"}
        box.set_facts({})
        assert box.facts() == {}
        box.set_facts(win.analysis._typed[win.current_image.path])  # what was typed for this file is restored
        assert box.sequence.currentText() == "FLAIR" and box.facts() == {"sequence": "FLAIR"}


def test_sequence_choices_carry_the_english_term_and_free_text_is_kept(qtbot) -> None:
    from desktop_app.ui.analysis.patient_facts import PatientFactsBox

    box = PatientFactsBox()
    qtbot.addWidget(box)
    assert box.sequence.isEditable() and box.sequence.accessibleName() == "MR sequence"
    assert [box.sequence.itemData(i) for i in range(box.sequence.count())] == [
        "", "T1 post-contrast", "T1", "T2", "FLAIR", "DWI/ADC", "SWI/T2*", "Other"]
    box.sequence.setItemText(box.sequence.findData("Other"), "Autre")  # as a translation shows it
    box.sequence.setEditText("autre")
    assert box.facts() == {"sequence": "Other"}
    box.sequence.setEditText("  ax t2  flair ")
    assert box.facts() == {"sequence": "ax t2 flair"}
    box.set_facts({"sequence": "3D TOF"})
    assert box.sequence.currentText() == "3D TOF" and box.facts() == {"sequence": "3D TOF"}
    with qtbot.waitSignal(box.changed, timeout=1000):
        box.sequence.setEditText("DWI")
        box.sequence.lineEdit().editingFinished.emit()
