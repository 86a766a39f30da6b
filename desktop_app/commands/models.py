# SPDX-License-Identifier: Apache-2.0
"""``scanlens models [--json]``: the installed models with their cards' key fields."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands.common import EXIT_OK, add_command, jsonable
from desktop_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "models", "List installed models with their cards' key fields.", _models)
    _models_arguments(parser)


def model_summary(entry: Any) -> dict[str, Any]:
    card = entry.card
    metrics = card.get("metrics", {})
    return {
        "id": entry.id, "available": entry.available, "reason": entry.reason or None,
        "version": card.get("version"), "labels": card.get("labels"), "input_kind": card.get("input_kind"),
        "sha256": card.get("sha256"), "file": str(entry.onnx_path),
        "operating_point": card.get("operating_point"), "review_band": card.get("review_band"),
        "metrics": {split: _flat(m) for split, m in metrics.items()},
        "intended_use": card.get("intended_use"),
    }


def _flat(metrics: Any) -> Any:
    """A split's scalar metrics (nested tables left out); other entries (e.g. the ensemble's ``members``
    list) as they are in the card."""
    if not isinstance(metrics, dict):
        return metrics
    return {k: v for k, v in metrics.items() if not isinstance(v, dict)}


def _models(ns: argparse.Namespace) -> int:
    from desktop_app.inference.registry import ModelUnavailable, default_model_dirs, discover, verify_integrity
    from desktop_app.settings import user_models_dir

    entries = discover(default_model_dirs([user_models_dir()]))
    for entry in entries.values():
        if entry.available:
            try:
                verify_integrity(entry)
            except ModelUnavailable as err:
                entry.reason = str(err)
        summary = model_summary(entry)
        if ns.json:
            print(json.dumps(jsonable(summary)))
        else:
            unavailable = translate("CliModels", "UNAVAILABLE: {reason}").format(reason=entry.reason)
            state = translate("CliModels", "ok") if entry.available else unavailable
            print(f"{entry.id} {summary['version']}: {', '.join(summary['labels'] or [])} — {state}")
    return EXIT_OK


def _models_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per model per line")
