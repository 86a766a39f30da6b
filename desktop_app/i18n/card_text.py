# SPDX-License-Identifier: Apache-2.0
"""A model card's human-readable text in the current language.

Cards carry ``"translations": {"fr": {"labels": {"PNEUMONIA": "PNEUMONIE"}, "intended_use": "…",
"limitations": ["…"]}}`` (written by export_tools from export_tools/card_translations.py). Labels are
shown translated; what is recorded (JSON, case history, DICOM) stays the card's label id. A missing
translation falls back to the card's English text.
"""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import current_language


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
