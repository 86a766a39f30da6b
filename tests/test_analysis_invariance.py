# SPDX-License-Identifier: Apache-2.0
"""The shipped models give the same scores for one picture stored as PNG, 8-bit DICOM and 16-bit MONOCHROME1."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.imaging.loader import load_image
from desktop_app.imaging.render import render_frame
from desktop_app.inference.analyser import Analyser
from tests.dicom_factory import write_8bit, write_16bit_monochrome1

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "onnx_models"
SAMPLE = REPO / "resources" / "samples" / "chest_pneumonia_person1003_virus_1685.jpeg"


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    if not (MODELS / "chest_xray_pneumonia.onnx").exists() or not (MODELS / "input_gate.onnx").exists():
        pytest.skip("shipped models not exported yet")
    return Analyser([MODELS], device="cpu")


def test_same_scores_across_encodings(tmp_path: Path, analyser: Analyser) -> None:
    gray = cv2.imread(str(SAMPLE), cv2.IMREAD_GRAYSCALE)
    png = tmp_path / "scan.png"
    cv2.imwrite(str(png), gray)
    files = [png, write_8bit(gray, tmp_path / "scan8.dcm"), write_16bit_monochrome1(gray, tmp_path / "scan16.dcm")]
    displays = [render_frame(load_image(str(f))) for f in files]
    for display in displays[1:]:  # the decode chain itself reproduces the picture
        assert np.abs(display.astype(int) - displays[0].astype(int)).max() <= 1
    scores = [analyser.analyse(load_image(str(f))).scores["PNEUMONIA"] for f in files]
    assert max(scores) - min(scores) <= 0.02, scores
