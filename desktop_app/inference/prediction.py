# SPDX-License-Identifier: Apache-2.0
"""Results of an analysis: plain dataclasses handed to the view, the report and the case log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from desktop_app.scope.verdict import ScopeVerdict


@dataclass(frozen=True)
class GateVerdict:
    """What the input gate thinks the image is, and whether the chosen model may score it."""

    label: str  # one of the gate's labels, e.g. "chest_xray", "hand_xray", "other"
    score: float  # gate probability of that label
    accepted: bool  # the diagnostic model may score this image
    reason: str = ""  # plain-language explanation when not accepted
    overridden: bool = False  # the user chose to score an image the gate refused
    name: str = ""  # ``label`` as the user reads it, from the gate card ("a hand X-ray"; "" when unknown)

    @property
    def kind_name(self) -> str:
        """What the gate says this image is, for the user."""
        return self.name or kind_name(self.label)


def kind_name(kind: str, names: Mapping[str, str] | None = None) -> str:
    """A gate label as the user reads it: from ``names`` (the gate card's ``kind_names``), else the label."""
    return (names or {}).get(kind) or kind.replace("_", " ")


@dataclass
class Prediction:
    """One model's answer for one image. Every number traces back to the model card."""

    model_id: str
    model_version: str
    model_sha256: str
    labels: list[str]
    scores: dict[str, float]  # calibrated probabilities, label → p
    decision: str  # the label the operating point selects
    decision_text: str  # e.g. "PNEUMONIA suspected — 0.93, above the operating threshold 0.41"
    needs_review: bool
    provider: str  # onnxruntime execution provider actually used
    gate: GateVerdict | None
    operating_point: dict = field(default_factory=dict)  # copied from the card
    review_band: dict = field(default_factory=dict)  # copied from the card
    cam: np.ndarray | None = None  # (C, h, w) float32 class activation maps, logit units
    timings_ms: dict[str, float] = field(default_factory=dict)
    file: str = ""
    file_sha256: str = ""
    #: inside what the model was validated for? (population and shift); None for models without checks
    scope: ScopeVerdict | None = None

    @property
    def in_scope(self) -> bool:
        return self.scope is None or self.scope.in_scope
