# SPDX-License-Identifier: Apache-2.0
"""The ``translations`` section of a model card, from export_tools/card_translations.py.

Written when a model is exported, and by ``python -m export_tools card-text`` for the shipped cards without
retraining: only ``translations`` changes (the card's sha256 covers the ONNX file, which is not touched).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from export_tools.card_translations import CARD_TEXT, LANGUAGES


def card_translations(card: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The card's ``"translations"`` (language -> labels, kind_names, intended_use, limitations), and what has no
    translation of the card's current English (to report: it stays English)."""
    entry = CARD_TEXT.get(str(card.get("id")), {})
    missing: list[str] = []
    out: dict[str, dict[str, Any]] = {code: {} for code in LANGUAGES}
    for section in ("labels", "kind_names"):
        for name in card.get(section) or []:
            texts = (entry.get(section) or {}).get(name)
            if texts is None:
                missing.append(f"{section} {name}")
                continue
            for code in LANGUAGES:
                out[code].setdefault(section, {})[name] = texts[code]
    intended = entry.get("intended_use") or {}
    if card.get("intended_use") and intended.get("en") == card["intended_use"]:
        for code in LANGUAGES:
            out[code]["intended_use"] = intended[code]
    elif card.get("intended_use"):
        missing.append("intended_use")
    known = {item["en"]: item for item in entry.get("limitations", [])}
    for index, english in enumerate(card.get("limitations") or []):
        if english not in known:
            missing.append(f"limitation {index + 1}: {english[:60]}…")
        for code in LANGUAGES:
            out[code].setdefault("limitations", []).append(known.get(english, {}).get(code, english))
    return {code: _typeset(code, texts) for code, texts in out.items() if texts}, missing


def refresh_card_text(models_dir: Path) -> dict[str, list[str]]:
    """Rewrite each card's English limitations (from export_tools/tasks.py) and its ``translations`` (from
    card_translations) in ``models_dir``; nothing else changes: not the ONNX file, its sha256 or any measurement.
    Returns, per card, the texts that have no translation."""
    from export_tools.tasks import TASKS

    missing = {}
    for card_path in sorted(models_dir.glob("*.json")):
        card = json.loads(card_path.read_text())
        if "id" not in card or "labels" not in card:
            continue
        if card["id"] in TASKS and TASKS[card["id"]].limitations:
            card["limitations"] = list(TASKS[card["id"]].limitations)
        card["translations"], missing[card["id"]] = card_translations(card)
        card_path.write_text(json.dumps(card, indent=2) + "\n")
    return missing


def _typeset(code: str, texts: dict[str, Any]) -> dict[str, Any]:
    """French puts a no-break space before ``:`` and ``;`` (so a line never starts with one)."""
    if code != "fr":
        return texts

    def fix(text: str) -> str:
        return text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;")

    return {key: [fix(v) for v in value] if isinstance(value, list) else fix(value) if isinstance(value, str)
            else value for key, value in texts.items()}
