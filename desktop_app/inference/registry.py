# SPDX-License-Identifier: Apache-2.0
"""Model packs are data: ``<id>.onnx`` + ``<id>.json`` card. Discover them and say why one is unusable."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.inference.preprocess import validate_spec
from desktop_app.scope.population_card import population_problems
from desktop_app.scope.presentation import presentation_problems

GATE_ID = "input_gate"
REQUIRED_CARD_KEYS = (
    "id", "version", "labels", "file", "sha256", "input", "outputs", "preprocessing",
    "operating_point", "review_band", "intended_use", "limitations",
)


class ModelUnavailable(Exception):
    """A model that must not run. ``str(err)`` says why in one line."""


@dataclass
class ModelEntry:
    """One model pack found on disk; ``reason`` is set when it cannot be used."""

    id: str
    onnx_path: Path
    card_path: Path
    card: dict[str, Any] = field(default_factory=dict)
    reason: str = ""

    @property
    def available(self) -> bool:
        return not self.reason

    @property
    def labels(self) -> list[str]:
        return list(self.card.get("labels", []))

    @property
    def input_kind(self) -> str | None:
        return self.card.get("input_kind")

    @property
    def title(self) -> str:
        return f"{self.id} {self.card.get('version', '?')}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_card(card: dict[str, Any], onnx_path: Path) -> str:
    """Problems with a card that can be seen without hashing or loading the graph ('' when fine)."""
    missing = [k for k in REQUIRED_CARD_KEYS if k not in card]
    if missing:
        return f"model card lacks {', '.join(missing)}"
    if card["file"] != onnx_path.name:
        return f"model card points to {card['file']!r}, not to {onnx_path.name!r}"
    if not isinstance(card["labels"], list) or len(card["labels"]) < 2:
        return "model card needs at least two labels"
    try:
        validate_spec(card["preprocessing"])
    except ValueError as err:
        return f"model card preprocessing: {err}"
    problems = population_problems(card.get("population", {}))
    if "presentation" in card:
        problems += presentation_problems(card["presentation"])
    return f"model card {problems[0]}" if problems else ""


def verify_integrity(entry: ModelEntry) -> None:
    """Refuse a model whose ONNX file does not hash to the card's sha256."""
    if not entry.onnx_path.is_file():
        raise ModelUnavailable(f"{entry.id}: model file {entry.onnx_path.name} is missing")
    actual = sha256_of(entry.onnx_path)
    if actual != entry.card.get("sha256"):
        raise ModelUnavailable(
            f"{entry.id}: model file does not match its card (sha256 {actual[:12]}… ≠ "
            f"{str(entry.card.get('sha256'))[:12]}…); it may be damaged or replaced"
        )


def _load_entry(onnx_path: Path) -> ModelEntry:
    card_path = onnx_path.with_suffix(".json")
    entry = ModelEntry(onnx_path.stem, onnx_path, card_path)
    if not card_path.is_file():
        entry.reason = f"no model card {card_path.name} beside {onnx_path.name}"
        return entry
    try:
        entry.card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        entry.reason = f"model card {card_path.name} is unreadable: {err}"
        return entry
    if not isinstance(entry.card, dict):
        entry.reason = f"model card {card_path.name} is not a JSON object"
        entry.card = {}
        return entry
    entry.reason = check_card(entry.card, onnx_path)
    return entry


def discover(folders: list[Path]) -> dict[str, ModelEntry]:
    """Model packs in these folders, first folder wins on duplicate ids. Never raises."""
    found: dict[str, ModelEntry] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for onnx_path in sorted(folder.glob("*.onnx")):
            found.setdefault(onnx_path.stem, _load_entry(onnx_path))
        for card_path in sorted(folder.glob("*.json")):
            if card_path.stem not in found:
                found[card_path.stem] = ModelEntry(
                    card_path.stem, card_path.with_suffix(".onnx"), card_path,
                    reason=f"model card {card_path.name} has no model file beside it",
                )
    return found


def default_model_dirs(extra: list[Path] | None = None) -> list[Path]:
    """Shipped models (from source or the frozen bundle), then user folders."""
    from desktop_app.resources import base_dir

    return [base_dir() / "onnx_models", *(extra or [])]
