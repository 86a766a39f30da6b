# SPDX-License-Identifier: Apache-2.0
"""One verdict on whether a result is inside what its model was validated for: population and shift.

A result outside scope is still computed and shown, but labelled "Outside validated use: <reasons>" and
needs review. The population check reads the image's DICOM header (or the fields typed for a PNG/JPEG); the
shift check compares the model's ``shift_score`` output with the threshold in its card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.scope.facts import facts_for_image
from desktop_app.scope.population import check_population

OUTSIDE_LABEL = "Outside validated use"
SHIFT_REASON = "unlike the images this model was trained on"


@dataclass(frozen=True)
class ScopeVerdict:
    """``reasons``: why the result is outside validated use (empty: inside); ``unknowns``: what could not be
    checked (listed, never a reason on its own)."""

    reasons: list[str] = field(default_factory=list)
    unknowns: list[str] = field(default_factory=list)
    shift_score: float | None = None
    shift_threshold: float | None = None

    @property
    def in_scope(self) -> bool:
        return not self.reasons

    @property
    def label(self) -> str:
        """"Outside validated use: <reasons>" ("" inside scope)."""
        return "" if self.in_scope else f"{OUTSIDE_LABEL}: {'; '.join(self.reasons)}"

    def as_json(self) -> dict[str, Any]:
        return {"in_scope": self.in_scope, "reasons": list(self.reasons), "unknowns": list(self.unknowns),
                "shift_score": self.shift_score, "shift_threshold": self.shift_threshold}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ScopeVerdict | None:
        """The verdict stored by :meth:`as_json` (None for records made before scope checks existed)."""
        if not data:
            return None
        return cls(list(data.get("reasons", [])), list(data.get("unknowns", [])), data.get("shift_score"),
                   data.get("shift_threshold"))


def shift_reason(score: float, threshold: float) -> str:
    return f"{SHIFT_REASON} (shift {score:.2f} > {threshold:.2f})"


def assess_scope(card: Mapping[str, Any], metadata: Mapping[str, Any],
                 typed: Mapping[str, Any] | None = None, shift_score: float | None = None) -> ScopeVerdict:
    """The scope verdict for one image scored by the model of ``card``."""
    check = check_population(card.get("population") or {}, facts_for_image(metadata, typed))
    reasons = list(check.violations)
    threshold = (card.get("shift") or {}).get("threshold")
    if threshold is not None and shift_score is not None and shift_score > float(threshold):
        reasons.append(shift_reason(shift_score, float(threshold)))
    return ScopeVerdict(reasons, list(check.unknowns), None if shift_score is None else float(shift_score),
                        None if threshold is None else float(threshold))


def review_reason(scope: ScopeVerdict | None, needs_review: bool) -> str:
    """Why a result needs review, one line: outside validated use (with reasons) or an uncertain model."""
    if scope is not None and not scope.in_scope:
        return scope.label
    return "the model is uncertain about this image" if needs_review else ""


def unchecked_line(scope: ScopeVerdict | None) -> str:
    """What the scope check could not verify ("Not checked: age unknown, view unknown"), or ""."""
    return f"Not checked: {', '.join(scope.unknowns)}" if scope is not None and scope.unknowns else ""
