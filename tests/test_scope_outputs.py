# SPDX-License-Identifier: Apache-2.0
"""The shipped models' scope outputs: the embedding is what the card says it is, the shift score separates the
training kind of image from other images, and probabilities are those of the card's reference scores."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from desktop_app.imaging.loader import load_image
from desktop_app.inference.prepared import model_source
from desktop_app.inference.preprocess import preprocess

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "onnx_models"
SAMPLES = REPO / "resources" / "samples"
DIAGNOSTIC = ["chest_xray_pneumonia", "brain_mri_tumor"]


def _card(model_id: str) -> dict:
    return json.loads((MODELS / f"{model_id}.json").read_text())


def _inputs(card: dict, pattern: str) -> tuple[list[str], np.ndarray]:
    files = sorted(SAMPLES.glob(pattern))
    spec = card["preprocessing"]
    inputs = [preprocess(model_source(load_image(str(f)), 0, spec), spec) for f in files]
    return [f.name for f in files], np.stack(inputs)


@pytest.mark.parametrize("model_id", DIAGNOSTIC)
def test_embedding_is_the_block_statistics_the_card_names(model_id: str) -> None:
    card = _card(model_id)
    layers = [layer["tensor"] for layer in card["shift"]["layers"]]
    model = onnx.load(str(MODELS / card["file"]))
    for name in layers:  # expose the raw block outputs next to the embedding
        model.graph.output.append(onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    _, x = _inputs(card, "chest_*.jpeg")
    embedding, *blocks = session.run(["embedding", *layers], {"input": x})
    expected = np.concatenate([np.concatenate([b.mean(axis=(2, 3)), b.std(axis=(2, 3))], 1) for b in blocks], 1)
    assert embedding.shape == (len(x), card["outputs"]["embedding"]["shape"][1])
    np.testing.assert_allclose(embedding, expected, atol=1e-4, rtol=1e-4)


def test_chest_shift_score_separates_its_training_kind_from_brain_slices() -> None:
    card = _card("chest_xray_pneumonia")
    session = ort.InferenceSession(str(MODELS / card["file"]), providers=["CPUExecutionProvider"])
    threshold = card["shift"]["threshold"]
    names, chest = _inputs(card, "chest_*.jpeg")  # Kermany films at full resolution: the training kind
    _, brain = _inputs(card, "brain_*.jpg")
    chest_probs, chest_shift = session.run(["probs", "shift_score"], {"input": chest})
    _, brain_shift = session.run(["probs", "shift_score"], {"input": brain})
    # The threshold lets 95 % of validation films pass: one of these four full-resolution films sits at its
    # edge (1.2.0: 1.119 vs 1.121; 1.3.0, whose float chain lacks the 8-bit copies' rounding texture: 1.16 vs
    # 1.13). The kinds must still lie far apart.
    assert (chest_shift < threshold).sum() >= 3 and (chest_shift < 1.1 * threshold).all(), chest_shift
    assert (brain_shift > 3 * threshold).all(), brain_shift
    reference = card["reference_scores"]["samples"]
    for name, probs in zip(names, chest_probs, strict=True):
        assert probs[1] == pytest.approx(reference[name]["PNEUMONIA"], abs=1e-4)


@pytest.mark.parametrize("model_id", DIAGNOSTIC)
def test_card_scope_sections_are_complete(model_id: str) -> None:
    card = _card(model_id)
    assert card["shift"]["threshold"] > 0 and card["shift"]["reason"]
    look = {"finding_look_score"} if "finding_look" in card else set()
    assert set(card["outputs"]) == {"probs", "cam", "embedding", "shift_score"} | look
    band = card["review_band"]
    assert band["alpha"] in (0.01, 0.02) and set(band["class_thresholds"]) == set(card["labels"])
    if card["operating_point"]["type"] == "threshold":  # two-sided: a positive call can be flagged too
        assert band["low"] < card["operating_point"]["threshold"] < band["high"] < 1.0
    for part in ("validation", *(["test_a"] if "test_a" in card["metrics"] else [])):
        review = card["metrics"][part]["review_with_shift"]
        assert 0 < review["fraction_flagged"] < 0.35 and review["accuracy_not_flagged"] > 0.97
    external = card["external"]["results"]["all"]
    assert external["n"] > 50 and external["flagged"] is not None
