# SPDX-License-Identifier: Apache-2.0
"""The PDF says when a result is outside the model's validated use, and never calls such a result confident."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.reporting import write_report
from desktop_app.scope.verdict import ScopeVerdict
from tests.test_reporting_pdf import make_input, make_prediction, pdf_text

OUTSIDE = ScopeVerdict(["age 45 y — validated 1–5 y", "unlike the images this model was trained on (shift 3 > 1)"],
                       ["view unknown"], 3.2, 1.1)


def test_outside_scope_report_names_the_reasons(tmp_path: Path) -> None:
    prediction = replace(make_prediction(p=0.99, needs_review=True), scope=OUTSIDE,
                         decision_text=f"{OUTSIDE.label}. PNEUMONIA suspected — 0.99")
    (text,) = pdf_text(write_report([make_input(prediction=prediction)], tmp_path / "out.pdf"))
    assert "OUTSIDE VALIDATED USE" in text
    assert "age 45 y — validated 1–5 y" in text and "unlike the images this model was trained on" in text
    assert "Not checked: view unknown" in text
    assert "confident" not in text.lower()


def test_in_scope_unflagged_report_is_not_called_outside(tmp_path: Path) -> None:
    prediction = replace(make_prediction(p=0.99, needs_review=False), scope=ScopeVerdict([], [], 0.4, 1.1))
    (text,) = pdf_text(write_report([make_input(prediction=prediction)], tmp_path / "in.pdf"))
    assert "OUTSIDE VALIDATED USE" not in text and "NEEDS REVIEW" not in text
    assert "Inside the model's validated use" in text
