# SPDX-License-Identifier: Apache-2.0
"""The symmetry check: a "no tumour" call on a markedly asymmetric brain slice is outside validated use.

The score on generated heads (symmetric, tilted, with a bright region on one side, none), the rule on the card
(only "notumor" calls, JSON fields), the bundled no-tumour slice (inside) and the same slice with a soft bright
region over one hemisphere — still called "notumor" by the shipped model — through the app's analyse path.
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.analysis import analyse_file
from desktop_app.commands.analyse import result_json
from desktop_app.inference.analyser import Analyser
from desktop_app.scope.symmetry import SymmetryCheck, asymmetry_score, check_symmetry
from desktop_app.scope.verdict import CallChecks, assess_scope

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "onnx_models"
SAMPLE = REPO / "resources" / "samples" / "brain_notumor_Tr-noTr_0000.jpg"
REASON = "called on a markedly asymmetric slice"


def _card(model_id: str) -> dict:
    return json.loads((MODELS / f"{model_id}.json").read_text())


def _head(angle: float = 0.0, lesion: float = 0.0) -> np.ndarray:
    """A generated axial head: bright scalp ring, grey brain, dark symmetric ventricles, optional bright region
    on the left; turned by ``angle`` degrees."""
    image = np.zeros((256, 256), np.float32)
    cv2.ellipse(image, (128, 128), (80, 100), 0, 0, 360, 200.0, -1)
    cv2.ellipse(image, (128, 128), (72, 92), 0, 0, 360, 110.0, -1)
    for side in (-1, 1):
        cv2.ellipse(image, (128 + side * 14, 120), (8, 24), side * 15, 0, 360, 30.0, -1)
    if lesion:
        cv2.circle(image, (95, 140), 16, lesion, -1)
    image = cv2.GaussianBlur(image, (0, 0), 1.5)
    turn = cv2.getRotationMatrix2D((128, 128), angle, 1.0)
    return cv2.warpAffine(image, turn, (256, 256))


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([MODELS], device="cpu", threads=2)


def test_a_symmetric_head_scores_low_whatever_its_tilt() -> None:
    upright = asymmetry_score(_head())
    assert upright is not None and upright < 0.1
    tilted = asymmetry_score(_head(angle=20))
    assert tilted is not None and tilted < 0.2


def test_a_bright_region_on_one_side_scores_high() -> None:
    plain, lesion = asymmetry_score(_head()), asymmetry_score(_head(lesion=220.0))
    assert plain is not None and lesion is not None
    assert lesion > 0.5 > plain


def test_no_head_is_not_judged() -> None:
    assert asymmetry_score(np.zeros((200, 200), np.uint8)) is None
    check = check_symmetry(np.zeros((200, 200), np.uint8), {"threshold": 0.7})
    assert check == SymmetryCheck(None, 0.7, False)


def test_the_rule_applies_to_no_tumour_calls_only() -> None:
    card = _card("brain_mri_tumor")
    section = card["symmetry"]
    assert section["applies_to"] == ["notumor"]
    asymmetric = SymmetryCheck(section["threshold"] + 0.3, section["threshold"], True)
    verdict = assess_scope(card, {"format": "png"}, None, 0.5, None, CallChecks("notumor", 0.5, asymmetric))
    assert not verdict.in_scope
    assert [str(r) for r in verdict.reasons] == [
        f"notumor {REASON} (asymmetry {asymmetric.score:.2f} > {section['threshold']:.2f}): a tumour may be missed"]
    assert verdict.as_json()["asymmetry_score"] == asymmetric.score
    assert verdict.as_json()["asymmetry_threshold"] == section["threshold"]
    called_glioma = assess_scope(card, {"format": "png"}, None, 0.5, None, CallChecks("glioma", 0.5, asymmetric))
    assert called_glioma.in_scope


def test_the_chest_card_has_no_symmetry_check() -> None:
    chest = _card("chest_xray_pneumonia")
    check = SymmetryCheck(5.0, 0.7, True)
    verdict = assess_scope(chest, {"format": "png"}, {"patient_age": "3"}, 0.1, None, CallChecks("NORMAL", None, check))
    assert verdict.in_scope and "asymmetry_score" not in verdict.as_json()


def test_the_bundled_no_tumour_slice_is_symmetric_enough(analyser: Analyser) -> None:
    record = result_json(analyse_file(analyser, SAMPLE))
    assert record["decision"] == "notumor"
    assert record["scope"]["asymmetry_score"] < record["scope"]["asymmetry_threshold"]
    assert not any(REASON in r for r in record["scope"]["reasons"])


def test_no_tumour_called_on_an_asymmetric_slice_needs_review(analyser: Analyser, tmp_path: Path) -> None:
    gray = cv2.imread(str(SAMPLE), cv2.IMREAD_GRAYSCALE).astype(np.float32)
    h, w = gray.shape
    yy, xx = np.mgrid[:h, :w]
    region = 80.0 * np.exp(-((xx - w * 0.33) ** 2 + (yy - h * 0.5) ** 2) / (2 * (w * 0.12) ** 2))
    path = tmp_path / "one_sided.png"
    cv2.imwrite(str(path), np.clip(np.where(gray > 20, gray + region, gray), 0, 255).astype(np.uint8))
    record = result_json(analyse_file(analyser, path))
    scope = record["scope"]
    assert record["decision"] == "notumor"
    assert scope["asymmetry_score"] > scope["asymmetry_threshold"]
    assert record["needs_review"] is True and scope["in_scope"] is False
    assert any(REASON in r for r in scope["reasons"]), scope["reasons"]


def test_the_numpy_steps_match_opencv() -> None:
    """The app ships no OpenCV: Otsu, the affine turn, erosion and the blur are numpy, checked here against it."""
    cv2_ = pytest.importorskip("cv2")
    from desktop_app.scope import symmetry

    head = _head(angle=12, lesion=220.0)
    gray = np.clip(cv2_.resize(head, (symmetry.SIDE, symmetry.SIDE), interpolation=cv2_.INTER_AREA), 0, 255)
    level, _ = cv2_.threshold(gray.astype(np.uint8), 0, 255, cv2_.THRESH_BINARY + cv2_.THRESH_OTSU)
    assert symmetry.otsu_level(gray.astype(np.uint8)) == int(level)
    turn = symmetry._turn_matrix(70.0, 60.0, -25.0)
    reference = cv2_.getRotationMatrix2D((70.0, 60.0), -25.0, 1.0)
    reference[0, 2] += symmetry.SIDE / 2 - 70.0
    reference[1, 2] += symmetry.SIDE / 2 - 60.0
    assert np.allclose(turn, reference)
    warped = cv2_.warpAffine(gray.astype(np.float32), reference, (symmetry.SIDE, symmetry.SIDE))
    assert np.abs(symmetry._warp(gray.astype(np.float32), turn) - warped).max() < 0.05
    mask = gray > level * 0.5
    eroded = cv2_.erode(mask.astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    assert np.array_equal(symmetry._erode(mask, 9), eroded)
    blurred = cv2_.GaussianBlur(gray.astype(np.float32), (0, 0), 2.0)
    assert np.abs(symmetry._gaussian(gray.astype(np.float32), 2.0) - blurred).max() < 1e-3
