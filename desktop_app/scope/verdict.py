# SPDX-License-Identifier: Apache-2.0
"""One verdict on whether a result is inside what its model was validated for: population and shift.

A result outside scope is still computed and shown, but labelled "Outside validated use: <reasons>" and
needs review. The population check reads the image's DICOM header (or the fields typed for a PNG/JPEG); the
shift check compares the model's ``shift_score`` output with the threshold in its card; the presentation check
(:mod:`desktop_app.scope.presentation`, for a card with ``presentation``) reads from the pixels whether a brain
slice is skull-stripped; the finding-look check (a card with ``finding_look``) compares, when the model's top
label is one of the card's findings, the ``finding_look_score`` output (distance from the training images of those
findings) with its threshold.

Reasons and unknowns are :class:`~desktop_app.i18n.phrase.Phrase` objects in the language current when they
were made (what the screen shows); :meth:`ScopeVerdict.as_json` gives them in English, the stable wording other
tools read, and the PDF says them in the report's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n.card_text import label_term
from desktop_app.i18n.phrase import Joined, Number, Phrase, english, phrases
from desktop_app.scope.facts import facts_for_image
from desktop_app.scope.population import check_population
from desktop_app.scope.presentation import PresentationCheck, presentation_reason
from desktop_app.scope.symmetry import SymmetryCheck, symmetry_reason

OUTSIDE_LABEL = "Outside validated use"
OUTSIDE_SOURCE = "Outside validated use: {reasons}"  # the label's translatable source
SHIFT_REASON = "unlike the images this model was trained on"


@dataclass(frozen=True)
class CallChecks:
    """What the checks that depend on the model's call read: its top label, the graph's ``finding_look_score``
    (None: no such output) and the pixel symmetry check (None: the card has none)."""

    label: str
    look_score: float | None = None
    symmetry: SymmetryCheck | None = None


@dataclass(frozen=True)
class ScopeVerdict:
    """``reasons``: why the result is outside validated use (empty: inside); ``unknowns``: what could not be
    checked (listed, never a reason on its own)."""

    reasons: list[str] = field(default_factory=list)
    unknowns: list[str] = field(default_factory=list)
    shift_score: float | None = None
    shift_threshold: float | None = None
    presentation: PresentationCheck | None = None  # only for a model whose card has ``presentation``
    finding_look_score: float | None = None  # only for a model whose card has ``finding_look``
    finding_look_threshold: float | None = None
    symmetry: SymmetryCheck | None = None  # only for a model whose card has ``symmetry``

    @property
    def in_scope(self) -> bool:
        return not self.reasons

    @property
    def shifted(self) -> bool:
        """The image scored beyond the model's shift threshold (unlike its training images)."""
        return _beyond(self.shift_score, self.shift_threshold)

    @property
    def label(self) -> str:
        """"Outside validated use: <reasons>" ("" inside scope), a :class:`Phrase` when outside."""
        if self.in_scope:
            return ""
        return phrases.translate("Scope", "Outside validated use: {reasons}").format(
            reasons=Joined(tuple(self.reasons), strong=True))

    def as_json(self) -> dict[str, Any]:
        """The verdict as data: reasons and unknowns in English whatever the language (a stable contract).
        ``presentation_score``/``presentation_threshold`` are added for a model with a presentation check
        (score None: the slice could not be judged), ``finding_look_score``/``finding_look_threshold`` for a model
        with a finding-look check (the score counts only when the top label is one of its findings),
        ``asymmetry_score``/``asymmetry_threshold`` for a model with a symmetry check (likewise for its calls)."""
        found = {"in_scope": self.in_scope, "reasons": [english(r) for r in self.reasons],
                 "unknowns": [english(u) for u in self.unknowns],
                 "shift_score": self.shift_score, "shift_threshold": self.shift_threshold}
        if self.presentation is not None:
            found["presentation_score"] = self.presentation.score
            found["presentation_threshold"] = self.presentation.threshold
        if self.finding_look_threshold is not None:
            found["finding_look_score"] = self.finding_look_score
            found["finding_look_threshold"] = self.finding_look_threshold
        if self.symmetry is not None:
            found["asymmetry_score"] = self.symmetry.score
            found["asymmetry_threshold"] = self.symmetry.threshold
        return found


def _beyond(score: float | None, threshold: float | None) -> bool:
    return score is not None and threshold is not None and score > threshold


def shift_reason(score: float, threshold: float) -> Phrase:
    return phrases.translate("Scope", "unlike the images this model was trained on (shift {score} > {threshold})"
                             ).format(score=Number(score), threshold=Number(threshold))


def finding_look_reason(card: Mapping[str, Any], label: str, score: float, threshold: float) -> Phrase:
    return phrases.translate(
        "Scope", "{finding} named on an image unlike this model's training images of it (score {score} > {threshold})"
    ).format(finding=label_term(dict(card), label), score=Number(score), threshold=Number(threshold))


def _call_reasons(card: Mapping[str, Any], call: CallChecks, look_threshold: float | None) -> list[Phrase]:
    """Reasons from the checks of the model's call: finding look (``look_threshold`` None: the card has none)
    and symmetry."""
    reasons = []
    look = card.get("finding_look") or {}
    if look_threshold is not None and call.look_score is not None and call.label in look.get("applies_to", ()) \
            and _beyond(call.look_score, look_threshold):
        reasons.append(finding_look_reason(card, call.label, call.look_score, look_threshold))
    symmetry = card.get("symmetry") or {}
    if call.symmetry is not None and call.symmetry.asymmetric and call.label in symmetry.get("applies_to", ()):
        reasons.append(symmetry_reason(label_term(dict(card), call.label), call.symmetry))
    return reasons


def assess_scope(card: Mapping[str, Any], metadata: Mapping[str, Any],
                 typed: Mapping[str, Any] | None = None, shift_score: float | None = None,
                 presentation: PresentationCheck | None = None, call: CallChecks | None = None) -> ScopeVerdict:
    """The scope verdict for one image scored by the model of ``card``. ``presentation``: the pixel check of
    the card's ``presentation`` section (ignored for a card without one); ``call``: the top label with the
    finding-look score and symmetry check, against the card's ``finding_look`` and ``symmetry`` sections
    (each ignored for a card without it)."""
    check = check_population(card.get("population") or {}, facts_for_image(metadata, typed))
    reasons: list[str] = list(check.violations)
    card_threshold = (card.get("shift") or {}).get("threshold")
    score = None if shift_score is None else float(shift_score)
    threshold = None if card_threshold is None else float(card_threshold)
    if score is not None and threshold is not None and _beyond(score, threshold):
        reasons.append(shift_reason(score, threshold))
    if not card.get("presentation"):
        presentation = None
    unknowns: list[str] = list(check.unknowns)
    if presentation is not None and presentation.stripped:
        reasons.append(presentation_reason(presentation))
    elif presentation is not None and presentation.score is None:  # no head outline to judge: say so
        unknowns.append(phrases.translate("Scope", "skull not checked (no head outline found)"))
    look = card.get("finding_look")
    look_threshold = float(look["threshold"]) if look else None
    look_score = call.look_score if call is not None and look_threshold is not None else None
    symmetry = call.symmetry if call is not None and card.get("symmetry") else None
    if call is not None:
        reasons += _call_reasons(card, call, look_threshold)
    return ScopeVerdict(reasons, unknowns, score, threshold, presentation, look_score, look_threshold, symmetry)


def review_reason(scope: ScopeVerdict | None) -> str:
    """Why a result that needs review does, one line: outside validated use (with reasons) or an uncertain
    model."""
    if scope is not None and not scope.in_scope:
        return scope.label
    return phrases.translate("Scope", "the model is uncertain about this image")


def unchecked_line(scope: ScopeVerdict | None) -> str:
    """What the scope check could not verify ("Not checked: age unknown, view unknown"), or ""."""
    if scope is None or not scope.unknowns:
        return ""
    return phrases.translate("Scope", "Not checked: {unknowns}").format(unknowns=Joined(tuple(scope.unknowns)))
