# SPDX-License-Identifier: Apache-2.0
"""A model card's human-readable text in the current language.

Cards carry ``"translations": {"fr": {"labels": {"PNEUMONIA": "PNEUMONIE"}, "intended_use": "…",
"limitations": ["…"], "kind_names": {…}}}`` (written by export_tools from export_tools/card_translations.py). Labels are
shown translated; what is recorded (JSON, case history, DICOM) stays the card's label id. A missing
translation falls back to the card's English text.
"""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import current_language
from desktop_app.i18n.phrase import Term


def _translations(card: dict[str, Any], language: str | None) -> dict[str, Any]:
    code = language or current_language()
    return (card.get("translations") or {}).get(code) or {}


def label_text(card: dict[str, Any], label: str, language: str | None = None) -> str:
    """How ``label`` (a card label id) is shown in ``language``."""
    return str((_translations(card, language).get("labels") or {}).get(label, label))


def intended_use_text(card: dict[str, Any], language: str | None = None) -> str:
    return str(_translations(card, language).get("intended_use") or card.get("intended_use", ""))


def limitations_text(card: dict[str, Any], language: str | None = None) -> list[str]:
    english = [str(item) for item in card.get("limitations", [])]
    translated = _translations(card, language).get("limitations")
    # A stale translation (the English list changed length) is worse than English: fall back.
    if isinstance(translated, list) and len(translated) == len(english):
        return [str(item) for item in translated]
    return english


def label_term(card: dict[str, Any], label: str) -> Term:
    """``label`` with every translation the card has of it, for a :class:`~desktop_app.i18n.phrase.Phrase`."""
    return Term(label, _per_language(card, "labels", label))


def kind_name_term(card: dict[str, Any], kind: str) -> Term:
    """How the input gate's card names the kind of image ``kind`` ("a chest X-ray"), in every language."""
    english = (card.get("kind_names") or {}).get(kind) or kind.replace("_", " ")
    return Term(str(english), _per_language(card, "kind_names", kind))


def _per_language(card: dict[str, Any], section: str, key: str) -> dict[str, str]:
    found = {code: (texts.get(section) or {}).get(key) for code, texts in (card.get("translations") or {}).items()}
    return {code: str(text) for code, text in found.items() if text}
