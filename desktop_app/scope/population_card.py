# SPDX-License-Identifier: Apache-2.0
"""The ``population`` section of a model card: its schema and a check that a card follows it.

Every key is optional; a key left out (or null) is not checked, so a section with notes only (the input
gate's) checks nothing::

    "population": {
      "summary": "frontal chest radiographs of children aged 1–5 years",
      "modality": {"validated": ["CR", "DX"], "treated_as_unknown": ["OT", "SC"]},
      "body_part": {"validated": ["CHEST"], "synonyms": ["THORAX", ...]},
      "view": {"validated": ["AP", "PA"]},
      "age_years": {"min": 1, "below": 6, "label": "1–5 y"},
      "localizer_allowed": false,
      "sequence": {"validated": "T1 post-contrast",
                   "excluded": [{"name": "FLAIR", "keywords": ["FLAIR"], "unless": ["T1 FLAIR"]}]},
      "notes": ["why each limit is what it is"]
    }

``age_years`` is the half-open interval [min, below) in years (either end may be null); ``label`` is how a
reason names it. ``view`` values are AP, PA, LATERAL, DECUBITUS or OBLIQUE (:mod:`desktop_app.scope.views`).
"""

from __future__ import annotations

from typing import Any

POPULATION_KEYS = ("summary", "modality", "body_part", "view", "age_years", "localizer_allowed", "sequence", "notes")


def population_problems(population: Any) -> list[str]:
    """What is wrong with a card's ``population`` section (empty when it is well-formed)."""
    if not isinstance(population, dict):
        return ["population must be a JSON object"]
    problems = [f"population has an unknown key {key!r}" for key in population if key not in POPULATION_KEYS]
    checks = {"modality": _modality, "body_part": _body_part, "view": _view, "age_years": _age,
              "sequence": _sequence}
    for key, check in checks.items():
        if key in population:
            problems += [f"population {key}: {p}" for p in check(population[key])]
    if not isinstance(population.get("summary", ""), str):
        problems.append("population summary must be text")
    if not isinstance(population.get("localizer_allowed", True), bool):
        problems.append("population localizer_allowed must be true or false")
    if not _texts(population.get("notes", [])):
        problems.append("population notes must be a list of text")
    return problems


def _texts(value: Any, non_empty: bool = False) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value) and bool(
        value or not non_empty)


def _needs(rule: Any, required: dict[str, bool], optional: tuple[str, ...] = ()) -> list[str]:
    """``required``: key -> whether it is a non-empty text list (False: non-empty text)."""
    if not isinstance(rule, dict):
        return ["must be a JSON object"]
    problems = [f"unknown key {k!r}" for k in rule if k not in required and k not in optional]
    for key, is_list in required.items():
        ok = _texts(rule.get(key), non_empty=True) if is_list else isinstance(rule.get(key), str) and rule[key].strip()
        if not ok:
            problems.append(f"{key} must be {'a non-empty list of text' if is_list else 'text'}")
    return problems


def _modality(rule: Any) -> list[str]:
    problems = _needs(rule, {"validated": True}, ("treated_as_unknown",))
    if not problems and not _texts(rule.get("treated_as_unknown", [])):
        problems.append("treated_as_unknown must be a list of text")
    return problems


def _body_part(rule: Any) -> list[str]:
    problems = _needs(rule, {"validated": True}, ("synonyms",))
    if not problems and not _texts(rule.get("synonyms", [])):
        problems.append("synonyms must be a list of text")
    return problems


def _view(rule: Any) -> list[str]:
    return _needs(rule, {"validated": True})


def _age(rule: Any) -> list[str]:
    if rule is None:
        return []
    problems = _needs(rule, {"label": False}, ("min", "below"))
    if problems:
        return problems
    low, below = rule.get("min"), rule.get("below")
    if any(v is not None and (isinstance(v, bool) or not isinstance(v, int | float)) for v in (low, below)):
        return ["min and below must be numbers or null"]
    if low is not None and below is not None and low >= below:
        return ["min must be below 'below'"]
    return []


def _sequence(rule: Any) -> list[str]:
    problems = _needs(rule, {"validated": False}, ("excluded",))
    excluded = rule.get("excluded", []) if isinstance(rule, dict) else []
    if not isinstance(excluded, list):
        return [*problems, "excluded must be a list"]
    for entry in excluded:
        problems += [f"excluded entry: {p}" for p in _needs(entry, {"name": False, "keywords": True}, ("unless",))]
        if isinstance(entry, dict) and not _texts(entry.get("unless", [])):
            problems.append("excluded entry: unless must be a list of text")
    return problems
