# SPDX-License-Identifier: Apache-2.0
"""The shipped models score the bundled samples exactly as recorded in their cards (through the app's path)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.imaging.loader import load_image
from desktop_app.inference.analyser import Analyser, AnalysisRefused

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "onnx_models"
SAMPLES = REPO / "resources" / "samples"
CARDS = sorted(MODELS.glob("*.json"))


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser([MODELS], device="cpu")


@pytest.mark.parametrize("card_path", CARDS, ids=[p.stem for p in CARDS])
def test_card_has_references_for_every_sample(card_path: Path) -> None:
    card = json.loads(card_path.read_text())
    samples = card["reference_scores"]["samples"]
    assert set(samples) == {p.name for p in SAMPLES.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".dcm")}


def test_analyser_reproduces_card_references(analyser: Analyser) -> None:
    checked = 0
    for sample in sorted(SAMPLES.iterdir()):
        if sample.suffix.lower() not in (".jpg", ".jpeg", ".dcm"):
            continue
        try:
            prediction = analyser.analyse(load_image(str(sample)))
        except AnalysisRefused as refused:
            gate_ref = json.loads((MODELS / "input_gate.json").read_text())["reference_scores"]["samples"]
            assert refused.gate.score == pytest.approx(gate_ref[sample.name][refused.gate.label], abs=1e-4)
            continue
        card = json.loads((MODELS / f"{prediction.model_id}.json").read_text())
        expected = card["reference_scores"]["samples"][sample.name]
        for label, p in prediction.scores.items():
            assert p == pytest.approx(expected[label], abs=1e-4), (sample.name, label)
        checked += 1
    assert checked >= 5  # chest samples (4 JPEG + the DICOM) at least


def test_gate_routes_samples_to_the_right_kind(analyser: Analyser) -> None:
    gate = json.loads((MODELS / "input_gate.json").read_text())["reference_scores"]["samples"]
    expected_kind = {"chest": "chest_xray", "nih": "chest_xray", "brain": "brain_mri", "other": "hand_xray"}
    for name, scores in gate.items():
        assert max(scores, key=scores.get) == expected_kind[name.split("_")[0]], name


@pytest.mark.parametrize("card_path", CARDS, ids=[p.stem for p in CARDS])
def test_card_records_its_reduced_precision_study(card_path: Path) -> None:
    """INT8 and float16 variants were measured on the card's own held-out data; none ships unless it qualified."""
    card = json.loads(card_path.read_text())
    study = card["quantisation"]
    assert study["command"] == f"python -m export_tools quantise --task {card['id']}"
    assert set(study["variants"]) == {"int8_minmax", "int8_percentile", "float16"}
    assert study["shipped"]["validation"]["n"] == card["metrics"]["validation"]["n"]
    rule = study["rule"]
    for name, variant in study["variants"].items():
        assert variant["built"], (name, variant.get("reason"))
        for part in ("validation", "test_a"):
            if part in card["metrics"]:
                measured = variant[part]
                assert measured["n"] == card["metrics"][part]["n"]
                assert 0 <= measured["decisions_changed"] <= 1 and measured["max_abs_diff_probs"] >= 0
        negligible = all(variant[p][k] <= rule[k] for p in ("validation", "test_a") if p in variant
                         for k in ("score_drop", "decisions_changed", "max_abs_diff_probs"))
        assert variant["negligible_loss"] == negligible
        assert variant["qualifies"] == (negligible and variant["speedup"] >= rule["min_speedup"])
        assert variant["verdict"].startswith("qualifies" if variant["qualifies"] else "not shipped")
    # What ships is the float model the card describes (a qualifying variant would be exported on its own).
    assert card.get("weights", {}).get("compute", "float32") == "float32"
