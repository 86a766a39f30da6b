# SPDX-License-Identifier: Apache-2.0
"""Is an image inside the population its model was validated on? Checked from the model card's ``population``.

A violation (``"lateral view (ViewPosition LL)"``, ``"age 45 y — validated 1–5 y"``) puts the result outside
validated use; an unknown value (``"age unknown"``) is not a violation but is listed. Reasons are short: they
are shown on screen, in JSON, in the PDF and burnt into DICOM exports; each is a
:class:`~desktop_app.i18n.phrase.Phrase` (English in JSON, the user's language elsewhere) whose values — DICOM
text, card terms — are kept as written. The card schema is in
:mod:`desktop_app.scope.population_card`; a key the card leaves out is not checked.

For a raster image (PNG/JPEG/…) the modality and the body part are the input gate's call, made from the
pixels: they are listed as unknown only for a DICOM file, whose header should carry them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.i18n.phrase import Phrase, phrases
from desktop_app.scope.ages import age_label_text, format_age
from desktop_app.scope.facts import PatientFacts
from desktop_app.scope.keywords import KeywordRule, normalise, shorten

#: Words a BodyPartExamined may carry besides the body part ("CHEST PA", "PORT CHEST", "CHEST_2_VIEWS").
BODY_PART_QUALIFIERS = frozenset({
    "AP", "PA", "LAT", "LATERAL", "LL", "RL", "FRONTAL", "PORT", "PORTABLE", "PORTATIL", "BEDSIDE", "ERECT",
    "UPRIGHT", "SUPINE", "SEMI", "VIEW", "VIEWS", "V", "1V", "2V", "AND", "ROUTINE", "STANDARD", "XR", "CR", "DX",
    "MR", "MRI", "W", "WO", "WITH", "WITHOUT", "CONTRAST",
})

Finding = tuple[Phrase | None, Phrase | None]  # (violation, unknown)


@dataclass(frozen=True)
class PopulationCheck:
    """``violations``: why the image is outside the validated population; ``unknowns``: what could not be checked."""

    violations: list[Phrase] = field(default_factory=list)
    unknowns: list[Phrase] = field(default_factory=list)

    @property
    def in_population(self) -> bool:
        return not self.violations


def check_population(population: Mapping[str, Any], facts: PatientFacts) -> PopulationCheck:
    """Compare ``facts`` with a card's ``population`` section (``{}``: nothing to check)."""
    found = [check(population[key], facts) for key, check in _CHECKS if population.get(key) is not None]
    return PopulationCheck([v for v, _ in found if v], [u for _, u in found if u])


def _slash(values: list[str]) -> str:
    return "/".join(values)


def _modality(rule: Mapping[str, Any], facts: PatientFacts) -> Finding:
    if facts.modality is None:
        return None, phrases.translate("Scope", "modality unknown") if facts.from_header else None
    validated = [m.upper() for m in rule["validated"]]
    if facts.modality in validated:
        return None, None
    modality = shorten(facts.modality, 16)
    if facts.modality in (m.upper() for m in rule.get("treated_as_unknown", [])):
        return None, phrases.translate("Scope", "modality unknown ({modality})").format(modality=modality)
    return phrases.translate("Scope", "modality {modality} — validated {validated}").format(
        modality=modality, validated=_slash(validated)), None


def _body_part(rule: Mapping[str, Any], facts: PatientFacts) -> Finding:
    if facts.body_part is None:
        return None, phrases.translate("Scope", "body part unknown") if facts.from_header else None
    accepted = {normalise(term) for term in (*rule["validated"], *rule.get("synonyms", []))}
    words = [w for w in normalise(facts.body_part).split() if w not in BODY_PART_QUALIFIERS and not w.isdigit()]
    part = shorten(facts.body_part, 24)
    if facts.body_part_source not in (None, "BodyPartExamined", "typed"):  # read from a description: say so
        part = f"{part} ({facts.body_part_source})"
    if not words:
        return None, phrases.translate("Scope", "body part unknown ({part})").format(part=part)
    if " ".join(words) in accepted or all(w in accepted for w in words):
        return None, None
    return phrases.translate("Scope", "body part {part} — validated {validated}").format(
        part=part, validated=_slash(rule["validated"])), None


def _localizer(allowed: bool, facts: PatientFacts) -> Finding:
    if allowed or not facts.is_localizer:
        return None, None
    return phrases.translate("Scope", "localizer image ({evidence})").format(evidence=facts.localizer_evidence), None


def _view(rule: Mapping[str, Any], facts: PatientFacts) -> Finding:
    if facts.view_position is None:
        return None, phrases.translate("Scope", "view unknown")
    validated = [v.upper() for v in rule["validated"]]
    if facts.view_position in validated:
        return None, None
    evidence = facts.view_evidence or ""
    if facts.view_position == "LATERAL":
        return phrases.translate("Scope", "lateral view ({evidence})").format(evidence=evidence), None
    if facts.view_position == "DECUBITUS":
        return phrases.translate("Scope", "decubitus view ({evidence})").format(evidence=evidence), None
    if facts.view_position == "OBLIQUE":
        return phrases.translate("Scope", "oblique view ({evidence})").format(evidence=evidence), None
    return phrases.translate("Scope", "view not {validated} ({evidence})").format(
        validated=_slash(validated), evidence=evidence), None


def _sequence(rule: Mapping[str, Any], facts: PatientFacts) -> Finding:
    named = [r.name for r in map(KeywordRule.from_card, rule.get("excluded", [])) if r.matches(facts.acquisition_text)]
    if not named:  # ImageType alone (ORIGINAL\PRIMARY\M) seldom names the sequence: it takes a description
        return None, None if facts.names_sequence else phrases.translate("Scope", "sequence unknown")
    shown = ", ".join(named[:2]) + (", …" if len(named) > 2 else "")
    return phrases.translate("Scope", "sequence {names} — validated {validated}").format(
        names=shown, validated=str(rule["validated"])), None


def _age(rule: Mapping[str, Any], facts: PatientFacts) -> Finding:
    if facts.age_years is None:
        if facts.age_note:
            return None, phrases.translate("Scope", "age unknown ({note})").format(note=facts.age_note)
        return None, phrases.translate("Scope", "age unknown")
    low, below = rule.get("min"), rule.get("below")
    if (low is None or facts.age_years >= low) and (below is None or facts.age_years < below):
        return None, None
    return phrases.translate("Scope", "age {age} — validated {range}").format(
        age=format_age(facts.age_years), range=age_label_text(str(rule["label"]))), None


#: card key -> its check, in the order reasons are listed; a key the card leaves out (or sets to null) is not checked.
_CHECKS: tuple[tuple[str, Callable[[Any, PatientFacts], Finding]], ...] = (
    ("modality", _modality), ("body_part", _body_part), ("localizer_allowed", _localizer), ("view", _view),
    ("sequence", _sequence), ("age_years", _age),
)
