# SPDX-License-Identifier: Apache-2.0
"""The scope verdict (population + shift) and how it reaches the decision, the CLI JSON and the outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.inference.decision import decide
from desktop_app.scope.verdict import OUTSIDE_LABEL, ScopeVerdict, assess_scope, review_reason, unchecked_line

REPO = Path(__file__).resolve().parents[1]
NIH_DX = REPO.parent / "shared" / "data" / "samples" / "nih_cxr14_dx_no_finding.dcm"
BINARY = {"labels": ["NORMAL", "PNEUMONIA"],
          "operating_point": {"type": "threshold", "label": "PNEUMONIA", "threshold": 0.5},
          "review_band": {"low": 0.2, "high": 0.8}}
CHEST_CARD = json.loads((REPO / "onnx_models" / "chest_xray_pneumonia.json").read_text())


def test_two_sided_band_flags_an_uncertain_positive_call() -> None:
    uncertain_positive = decide({"NORMAL": 0.3, "PNEUMONIA": 0.7}, BINARY)
    assert uncertain_positive.label == "PNEUMONIA" and uncertain_positive.needs_review
    assert not decide({"NORMAL": 0.1, "PNEUMONIA": 0.9}, BINARY).needs_review
    assert decide({"NORMAL": 0.75, "PNEUMONIA": 0.25}, BINARY).needs_review
    assert not decide({"NORMAL": 0.9, "PNEUMONIA": 0.1}, BINARY).needs_review


def test_conformal_sets_for_a_multi_class_model() -> None:
    card = {"labels": ["a", "b", "c"], "operating_point": {"type": "argmax"},
            "review_band": {"class_thresholds": {"a": 0.6, "b": 0.3, "c": 0.5}}}
    assert not decide({"a": 0.8, "b": 0.1, "c": 0.1}, card).needs_review  # set {a}
    both = decide({"a": 0.62, "b": 0.35, "c": 0.03}, card)  # set {a, b}
    assert both.needs_review and "also plausible: b" in both.text
    empty = decide({"a": 0.45, "b": 0.25, "c": 0.3}, card)  # set {}
    assert empty.label == "a" and empty.needs_review and "not clearly supported" in empty.text


def test_outside_scope_always_needs_review_and_says_why() -> None:
    scope = ScopeVerdict(["age 45 y — validated 1–5 y"], ["view unknown"], 12.0, 40.0)
    confident = decide({"NORMAL": 0.01, "PNEUMONIA": 0.99}, BINARY, scope)
    assert confident.needs_review and confident.label == "PNEUMONIA"
    assert confident.text.startswith(f"{OUTSIDE_LABEL}: age 45 y — validated 1–5 y. PNEUMONIA suspected")
    assert review_reason(scope) == f"{OUTSIDE_LABEL}: age 45 y — validated 1–5 y"
    assert unchecked_line(scope) == "Not checked: view unknown"
    inside = ScopeVerdict([], ["age unknown"], 3.0, 40.0)
    assert not decide({"NORMAL": 0.01, "PNEUMONIA": 0.99}, BINARY, inside).needs_review
    assert scope.as_json() == {"in_scope": False, "reasons": ["age 45 y — validated 1–5 y"],
                               "unknowns": ["view unknown"], "shift_score": 12.0, "shift_threshold": 40.0}


def test_shift_beyond_the_threshold_is_a_reason() -> None:
    card = {**CHEST_CARD, "shift": {"threshold": 40.0}}
    metadata = {"format": "png"}
    far = assess_scope(card, metadata, None, 55.0)
    assert not far.in_scope and far.reasons == ["unlike the images this model was trained on (shift 55.00 > 40.00)"]
    assert far.shifted
    near = assess_scope(card, metadata, None, 39.0)
    assert near.in_scope and near.shift_score == 39.0 and near.shift_threshold == 40.0 and not near.shifted
    typed_adult = assess_scope(card, metadata, {"patient_age": "45Y"}, 39.0)
    assert not typed_adult.in_scope and typed_adult.reasons[0].startswith("age 45 y")


@pytest.mark.skipif(not NIH_DX.exists(), reason="shared sample data not present")
def test_cli_json_scope_on_the_adult_nih_film() -> None:
    """The real adult DX film (issue 15): needs review with an age (or shift) reason, never 'in scope'."""
    out = subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(NIH_DX), "--json", "--no-record"],
                         capture_output=True, text=True, timeout=300, cwd=REPO)
    record = json.loads(out.stdout.splitlines()[-1])
    assert record["ok"] and record["needs_review"] is True
    scope = record["scope"]
    assert set(scope) >= {"in_scope", "reasons", "shift_score", "shift_threshold"}
    assert scope["in_scope"] is False
    assert any(r.startswith("age 81 y") or r.startswith("unlike the images") for r in scope["reasons"])
    assert record["decision_text"].startswith(OUTSIDE_LABEL)
    assert "confident" not in record["decision_text"]
