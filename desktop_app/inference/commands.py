# SPDX-License-Identifier: Apache-2.0
"""Headless ``scanlens analyze`` and ``scanlens models`` (registered into desktop_app.cli)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, jsonable, register

if TYPE_CHECKING:
    from desktop_app.analysis_pipeline import BatchOutputs

JSON_ERRORS = (OSError, ValueError)


def collect_paths(paths: list[str]) -> list[Path]:
    """Files as given, folders recursed for supported images (DICOM files may lack an extension)."""
    from desktop_app.imaging.formats import is_supported_path

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and (is_supported_path(p) or not p.suffix))
        else:
            found.append(path)
    return found


def _file_sha256(path: Path) -> str | None:
    from desktop_app.inference.registry import sha256_of

    try:
        return sha256_of(path)
    except OSError:
        return None


@dataclass
class AnalyzedFile:
    """One file's ``analyze --json`` record, with the image and prediction when it was scored."""

    record: dict[str, Any]
    image: Any = None
    prediction: Any = None


def analyze_file(analyzer: Any, path: Path, model_id: str, heatmap_dir: Path | None) -> dict[str, Any]:
    """One JSON record (the ``analyze --json`` contract) for one file; never raises."""
    return analyze_one(analyzer, path, model_id, heatmap_dir, pixels_needed=False).record


def analyze_one(analyzer: Any, path: Path, model_id: str, heatmap_dir: Path | None,
                pixels_needed: bool = True) -> AnalyzedFile:
    """:func:`analyze_file` keeping the image and prediction for the report, exports and case history.

    ``pixels_needed=False`` (no heatmap, report or export asked for): a large JPEG may be decoded at
    reduced scale, as in batch triage (scores within 1e-4 of the full decode, tests/test_benchmark.py).
    """
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.model import ImageLoadError
    from desktop_app.inference.analyzer import AnalysisRefused
    from desktop_app.inference.registry import ModelUnavailable

    record: dict[str, Any] = {"file": str(path), "sha256": _file_sha256(path), "ok": False}
    started = time.perf_counter()
    try:
        reduced = not pixels_needed and heatmap_dir is None
        image = load_image(str(path), analysis_min_side=analyzer.analysis_min_side() if reduced else None)
        decoded = time.perf_counter()
        prediction = analyzer.analyze(image, model_id=model_id)
    except AnalysisRefused as refusal:
        record["gate"] = _gate_json(refusal.gate)
        record["error"] = str(refusal)
        return AnalyzedFile(record)
    except (ImageLoadError, ModelUnavailable) as err:
        record["error"] = str(err)
        return AnalyzedFile(record)
    prediction.file, prediction.file_sha256 = str(path), record["sha256"] or ""
    record.update(prediction_json(prediction))
    t = prediction.timings_ms
    record["timings_ms"] = {
        "decode": round((decoded - started) * 1000, 2),
        "preprocess": round(t["render"] + t["preprocess"], 2),
        "inference": round(t["gate"] + t["inference"], 2),
        "total": round((time.perf_counter() - started) * 1000, 2),
    }
    if heatmap_dir is not None:
        record["heatmap"] = write_heatmap(image, prediction, heatmap_dir, path)
    return AnalyzedFile(record, image, prediction)


def _gate_json(gate: Any) -> dict[str, Any] | None:
    if gate is None:
        return None
    return {"label": gate.label, "score": round(gate.score, 6), "accepted": gate.accepted,
            "overridden": gate.overridden, "reason": gate.reason}


def prediction_json(prediction: Any) -> dict[str, Any]:
    return {
        "ok": True,
        "gate": _gate_json(prediction.gate),
        "model": {"id": prediction.model_id, "version": prediction.model_version, "sha256": prediction.model_sha256},
        "scores": {k: round(v, 6) for k, v in prediction.scores.items()},
        "decision": prediction.decision,
        "decision_text": prediction.decision_text,
        "needs_review": prediction.needs_review,
        "provider": prediction.provider,
    }


def write_heatmap(image: Any, prediction: Any, folder: Path, source: Path) -> str | None:
    """PNG of the displayed image with the decided class's CAM blended in; None when it cannot be written."""
    import cv2

    from desktop_app.analysis_pipeline import render_result

    overlay = render_result(image, prediction).overlay
    if overlay is None:
        return None
    out = folder / f"{source.stem}.{prediction.model_id}.heatmap.png"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ok = cv2.imwrite(str(out), cv2.cvtColor(overlay, cv2.COLOR_RGB2BGR))
    except (OSError, cv2.error):
        ok = False
    return str(out) if ok else None


def _print_text(record: dict[str, Any]) -> None:
    if record["ok"]:
        flag = "  [NEEDS REVIEW]" if record["needs_review"] and "review" not in record["decision_text"] else ""
        print(f"{record['file']}: {record['decision_text']}{flag} ({record['model']['id']}, {record['provider']})")
    else:
        print(f"{record['file']}: not analysed: {record['error']}")


def user_models_dir() -> Path:
    from desktop_app.settings import user_data_dir

    return user_data_dir() / "models"


def make_analyzer(device: str) -> Any:
    from desktop_app.inference.analyzer import Analyzer
    from desktop_app.inference.registry import default_model_dirs
    return Analyzer(default_model_dirs([user_models_dir()]), device=device)


def _analyze(ns: argparse.Namespace) -> int:
    files = collect_paths(ns.paths)
    if not files:
        print("scanlens analyze: no image files found", file=sys.stderr)
        return EXIT_REFUSED
    if ns.send and not _pacs_send().prepare_send(ns):  # unknown node: refused before any work
        return EXIT_REFUSED
    from desktop_app.inference.pipelined import in_order

    analyzer = make_analyzer(ns.device)
    outputs = _batch_outputs(ns, analyzer)
    # Several files: two side by side on one-thread sessions, printed in the order given (as batch triage).
    worker = analyzer.for_batch() if len(files) > 1 else analyzer
    pixels_needed = bool(ns.report or ns.export_dicom)
    all_ok = True
    for result in in_order(lambda path: analyze_one(worker, path, ns.model, ns.heatmap_dir, pixels_needed),
                           files, 1 if len(files) == 1 else None):
        all_ok &= result.record["ok"]
        if ns.json:
            print(json.dumps(jsonable(result.record)), flush=True)
        else:
            _print_text(result.record)
        if result.prediction is not None:
            outputs.add(result.image, result.prediction)
        else:
            outputs.add_refused(result.record["file"], result.record.get("error") or "not analysed")
    notes = {s.note for s in (*analyzer.sessions.loaded(), *worker.sessions.loaded()) if s.note}
    for note in sorted(notes):
        print(f"scanlens analyze: {note}", file=sys.stderr)
    if not outputs.finish():
        return EXIT_FAILURE
    if ns.send:
        _pacs_send().send_results(ns, outputs.exported)
    return EXIT_OK if all_ok else EXIT_REFUSED


def _pacs_send() -> Any:
    from desktop_app.pacs import analyze_send

    return analyze_send


def _analyze_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="image files or folders (recursed)")
    parser.add_argument("--model", default="auto", help="auto (chosen by the input gate) or a model id")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "gpu"])
    parser.add_argument("--json", action="store_true", help="one JSON object per file per line")
    parser.add_argument("--heatmap-dir", type=Path, help="write a heatmap PNG per analysed file here")
    _output_arguments(parser)
    _patient_arguments(parser)


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    out = parser.add_argument_group("report, DICOM export and case history")
    out.add_argument("--report", type=Path, metavar="OUT.pdf",
                     help="write one PDF report: a page per analysed image, a summary page when several")
    out.add_argument("--export-dicom", type=Path, metavar="DIR",
                     help="write a DICOM Secondary Capture per image and the report as Encapsulated PDF per study")
    out.add_argument("--send", metavar="NAME", help="send the DICOM exports to this PACS node (via the outbox)")
    out.add_argument("--deidentify", action="store_true",
                     help="remove patient identifiers from the report and DICOM exports (DICOM PS3.15 basic "
                          "profile; sex and dates kept)")
    out.add_argument("--clinic-name", default="", help="clinic name in the report header")
    out.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="report page size (default A4)")
    out.add_argument("--reviewer", default="", help="reviewer named in the report")
    out.add_argument("--no-record", dest="record", action="store_false",
                     help="do not store the analyses in the case history")
    out.add_argument("--db", type=Path, metavar="PATH", help="case history file (default: the user's data folder)")


def _patient_arguments(parser: argparse.ArgumentParser) -> None:
    typed = parser.add_argument_group("patient (used for PNG/JPEG/TIFF/BMP images only; DICOM headers win)")
    typed.add_argument("--patient-name", help='e.g. "Doe, Jane"')
    typed.add_argument("--patient-id")
    typed.add_argument("--patient-birth-date", metavar="YYYY-MM-DD")
    typed.add_argument("--patient-sex", choices=["M", "F", "O"])
    typed.add_argument("--study-date", metavar="YYYY-MM-DD")


def _batch_outputs(ns: argparse.Namespace, analyzer: Any) -> BatchOutputs:
    from desktop_app.analysis_pipeline import BatchOutputs, OutputSettings

    keys = ("patient_name", "patient_id", "patient_birth_date", "patient_sex", "study_date")
    settings = OutputSettings(
        report=ns.report, export_dir=ns.export_dicom, record=ns.record, db=ns.db, deidentify=ns.deidentify,
        reviewer=ns.reviewer, clinic_name=ns.clinic_name, page_size=ns.page_size,
        typed={key: getattr(ns, key) for key in keys if getattr(ns, key)},
    )
    say_stream = sys.stderr if ns.json else sys.stdout  # --json keeps stdout pure JSON Lines

    def say(line: str) -> None:
        print(line, file=say_stream, flush=True)

    def warn(line: str) -> None:
        print(f"scanlens analyze: {line}", file=sys.stderr, flush=True)

    return BatchOutputs(settings, lambda model_id: analyzer.models[model_id].card, say, warn)


def model_summary(entry: Any) -> dict[str, Any]:
    card = entry.card
    metrics = card.get("metrics", {})
    return {
        "id": entry.id, "available": entry.available, "reason": entry.reason or None,
        "version": card.get("version"), "labels": card.get("labels"), "input_kind": card.get("input_kind"),
        "sha256": card.get("sha256"), "file": str(entry.onnx_path),
        "operating_point": card.get("operating_point"), "review_band": card.get("review_band"),
        "metrics": {split: {k: v for k, v in m.items() if not isinstance(v, dict)} for split, m in metrics.items()},
        "intended_use": card.get("intended_use"),
    }


def _models(ns: argparse.Namespace) -> int:
    from desktop_app.inference.registry import ModelUnavailable, default_model_dirs, discover, verify_integrity

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
            state = "ok" if entry.available else f"UNAVAILABLE: {entry.reason}"
            print(f"{entry.id} {summary['version']}: {', '.join(summary['labels'] or [])} — {state}")
    return EXIT_OK


def _models_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per model per line")


register("analyze", "Analyse images with the shipped models (input gate first).", _analyze_arguments, _analyze)
register("models", "List installed models with their cards' key fields.", _models_arguments, _models)
