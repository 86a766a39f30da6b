# SPDX-License-Identifier: Apache-2.0
"""The finding-look check: a tumour named on a slice unlike the brain model's training tumour slices (all T1
post-contrast) is outside validated use.

The rule on the card (only the findings' calls, only beyond the threshold, JSON fields), the shipped graph's
output, the bundled tumour samples (inside), the glioma sample with its contrast turned T2-like (CSF bright) —
which the shift check lets through — through the app's analyse path, its JSON and the fitting step.
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
from desktop_app.inference.session import LOOK_OUTPUT
from desktop_app.scope.verdict import CallChecks, assess_scope

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "onnx_models"
SAMPLES = REPO / "resources" / "samples"
REASON = "named on an image unlike this model's training images of it"


def _card(model_id: str) -> dict:
    return json.loads((MODELS / f"{model_id}.json").read_text())


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([MODELS], device="cpu", threads=2)


def test_the_rule_applies_to_the_findings_beyond_the_threshold() -> None:
    card = _card("brain_mri_tumor")
    section = card["finding_look"]
    threshold = section["threshold"]
    assert set(section["applies_to"]) == {"glioma", "meningioma", "pituitary"}
    assert 1.0 < threshold < 2.0  # scaled by the validation quantile: about 1
    beyond = assess_scope(card, {"format": "png"}, None, 0.5, None, CallChecks("meningioma", threshold + 0.5))
    assert not beyond.in_scope
    assert [str(r) for r in beyond.reasons] == [
        f"meningioma {REASON} (score {threshold + 0.5:.2f} > {threshold:.2f})"]
    assert beyond.as_json()["finding_look_score"] == threshold + 0.5
    assert beyond.as_json()["finding_look_threshold"] == threshold
    for look in (CallChecks("notumor", threshold + 5), CallChecks("glioma", threshold - 0.01)):
        verdict = assess_scope(card, {"format": "png"}, None, 0.5, None, look)
        assert verdict.in_scope, look
        assert verdict.as_json()["finding_look_score"] == look.look_score


def test_a_card_without_the_check_ignores_the_score() -> None:
    chest = _card("chest_xray_pneumonia")
    assert "finding_look" not in chest
    verdict = assess_scope(chest, {"format": "png"}, {"patient_age": "3"}, 0.1, None, CallChecks("PNEUMONIA", 99.0))
    assert verdict.in_scope
    assert "finding_look_score" not in verdict.as_json()


def test_the_shipped_graph_has_the_output_and_the_card_its_figures() -> None:
    import onnx

    card = _card("brain_mri_tumor")
    model = onnx.load(str(MODELS / card["file"]))
    assert LOOK_OUTPUT in {o.name for o in model.graph.output}
    assert LOOK_OUTPUT in card["outputs"]
    measured = card["finding_look"]["measured"]
    # most validation tumour slices pass; most no-tumour slices (T2/FLAIR) are unlike the tumour slices
    assert measured["validation_findings_beyond"] <= 0.03
    assert measured["validation_others_beyond"] >= 0.5
    assert measured["validation_review_with_shift_and_look"]["fraction_flagged"] <= 0.10
    assert card["finding_look"]["graph_check"]["max_rel_diff"] <= 1e-4


@pytest.mark.parametrize("name", ["brain_glioma_Tr-glTr_0000.jpg", "brain_meningioma_Tr-meTr_0000.jpg",
                                  "brain_pituitary_Tr-piTr_0000.jpg"])
def test_the_bundled_tumour_slices_look_like_the_training_tumours(analyser: Analyser, name: str) -> None:
    record = result_json(analyse_file(analyser, SAMPLES / name))
    scope = record["scope"]
    assert scope["finding_look_score"] < scope["finding_look_threshold"]
    assert not any(REASON in r for r in scope["reasons"])


def test_a_t2_like_glioma_slice_is_outside_validated_use(analyser: Analyser, tmp_path: Path) -> None:
    gray = cv2.imread(str(SAMPLES / "brain_glioma_Tr-glTr_0000.jpg"), cv2.IMREAD_GRAYSCALE)
    t2_like = np.where(gray > 20, 255 - gray, 0).astype(np.uint8)  # CSF bright, as on a T2 slice
    path = tmp_path / "t2_like.png"
    cv2.imwrite(str(path), t2_like)
    result = analyse_file(analyser, path)
    record = result_json(result)
    scope = record["scope"]
    assert record["decision"] == "glioma"
    assert scope["shift_score"] < scope["shift_threshold"]  # the shift check alone lets it through
    assert scope["finding_look_score"] > scope["finding_look_threshold"]
    assert record["needs_review"] is True and scope["in_scope"] is False
    assert any(r.startswith(f"glioma {REASON}") for r in scope["reasons"]), scope["reasons"]
    assert "Outside validated use" in record["decision_text"]


def test_fit_look_threshold_passes_the_stated_share() -> None:
    from export_tools.finding_look import fit_look

    rng = np.random.default_rng(0)
    train = [rng.normal(0, 1, (400, 12)), rng.normal(0, 1, (400, 8))]
    val = [rng.normal(0, 1, (300, 12)), rng.normal(0, 1, (300, 8))]
    fitted, threshold = fit_look(train, val, components=6, shrinkage=0.1, pass_rate=0.975)
    scores = fitted.score(val)
    assert abs((scores <= threshold).mean() - 0.975) < 0.01
    far = [v + 4.0 for v in val]
    assert (fitted.score(far) > threshold).mean() > 0.9
