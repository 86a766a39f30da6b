# SPDX-License-Identifier: Apache-2.0
"""The analysis dock with the shipped models (skipped until they are installed in onnx_models/)."""

from __future__ import annotations

import pytest

from desktop_app.imaging.loader import load_image
from desktop_app.inference.analyser import Analyser
from tests.test_ui_analysis_support import (
    SAMPLES,
    SHIPPED,
    analyse_and_wait,
    close_window,
    make_window,
    open_and_wait,
)

CASES = [
    ("chest_xray_pneumonia", "chest_pneumonia_person1003_virus_1685.jpeg"),
    ("chest_xray_pneumonia", "nih_cxr14_dx_no_finding.dcm"),
    ("brain_mri_tumor", "brain_glioma_Tr-glTr_0000.jpg"),
]


@pytest.mark.parametrize(("model_id", "sample"), CASES)
def test_shipped_model_numbers_reach_the_dock(qtbot, tmp_path, model_id, sample):
    for name in ("input_gate", model_id):
        if not (SHIPPED / f"{name}.onnx").is_file():
            pytest.skip(f"{name} is not installed in {SHIPPED}")
    win = make_window(qtbot, tmp_path)
    try:
        win.analysis.use_model_dirs([SHIPPED], "cpu")
        open_and_wait(qtbot, win, SAMPLES / sample)
        shown = analyse_and_wait(qtbot, win)
        expected = Analyser([SHIPPED], device="cpu").analyse(load_image(str(SAMPLES / sample)))
        assert shown.model_id == expected.model_id == model_id and shown.gate.accepted
        result = win.analysis.panel.result
        for row in result.bars.rows():
            assert row.probability == pytest.approx(expected.scores[row.label], abs=1e-5)
        assert result.decision.text() == expected.decision_text
        assert result.review_banner.isVisible() == expected.needs_review
        assert expected.model_sha256[:12] in result.provenance.text()
        assert win.analysis.overlay.item is not None
    finally:
        close_window(win)
