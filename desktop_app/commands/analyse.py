# SPDX-License-Identifier: Apache-2.0
"""``scanlens analyze PATH...``: analyse files and folders through :func:`desktop_app.analysis.analyse_file`.

Prints one line per file (``--json``: one JSON object per line, :func:`result_json`), and optionally writes
heatmap PNGs, one PDF report, DICOM exports and case-history records, all from the same results.
Exit code 0 when every file was analysed, 2 when one was refused or could not be read, 1 when an output
could not be written.

Language: the printed lines, the report and the case history use the current language (``--language``). The
JSON is a contract other tools read: keys, labels, scope reasons and unknowns are always English, and so are
its human sentences (``decision_text``, the gate's ``reason``, ``error``) unless ``--language`` was given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.analysis.result import REFUSED
from desktop_app.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, add_command, jsonable
from desktop_app.i18n import translate

if TYPE_CHECKING:
    from desktop_app.analysis.outputs import BatchOutputs
    from desktop_app.analysis.result import AnalysisResult
    from desktop_app.inference.analyser import Analyser
    from desktop_app.inference.prediction import GateVerdict


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "analyze", "Analyse images with the shipped models (input gate first).",
                         _analyse)
    _analyse_arguments(parser)


def result_json(result: AnalysisResult, language: str | None = None) -> dict[str, Any]:
    """The ``analyze --json`` record of one file (the contract: field names never change); its sentences in
    ``language``, English when None."""
    from desktop_app.i18n.phrase import say

    record: dict[str, Any] = {"file": result.path, "sha256": result.file_sha256, "ok": False}
    prediction = result.prediction
    if not result.ok or prediction is None:
        if result.status == REFUSED:
            record["gate"] = gate_json(result.gate, language)
        record["error"] = say(result.reason, language or "en")
        return record
    record.update({
        "ok": True,
        "gate": gate_json(prediction.gate, language),
        "model": {"id": prediction.model_id, "version": prediction.model_version, "sha256": prediction.model_sha256},
        "scores": {k: round(v, 6) for k, v in prediction.scores.items()},
        "decision": prediction.decision,
        "decision_text": say(prediction.decision_text, language or "en"),
        "needs_review": prediction.needs_review,
        "scope": None if prediction.scope is None else prediction.scope.as_json(),
        "provider": prediction.provider,
        "timings_ms": dict(result.timings_ms),
    })
    return record


def gate_json(gate: GateVerdict | None, language: str | None = None) -> dict[str, Any] | None:
    from desktop_app.i18n.phrase import say

    if gate is None:
        return None
    return {"label": gate.label, "score": round(gate.score, 6), "accepted": gate.accepted,
            "overridden": gate.overridden, "reason": say(gate.reason, language or "en")}


def write_heatmap(result: AnalysisResult, folder: Path) -> str | None:
    """PNG of the displayed image with the decided class's CAM blended in; None when it cannot be written."""
    from PIL import Image

    from desktop_app.analysis.render import render_result

    if result.image is None or result.prediction is None:
        return None
    overlay = render_result(result.image, result.prediction, result.frame).overlay
    if overlay is None:
        return None
    out = folder / f"{Path(result.path).stem}.{result.prediction.model_id}.heatmap.png"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        Image.fromarray(overlay).save(out, format="PNG")
        ok = True
    except (OSError, ValueError):
        ok = False
    return str(out) if ok else None


def _print_text(result: AnalysisResult) -> None:
    """One line for a person, in the current language."""
    from desktop_app.i18n import current_language
    from desktop_app.i18n.phrase import english

    record = result_json(result, current_language())
    if record["ok"] and result.prediction is not None:
        review = translate("CliAnalyze", "NEEDS REVIEW")
        said = "review" in english(result.prediction.decision_text)  # the sentence already says so
        flag = f"  [{review}]" if record["needs_review"] and not said else ""
        print(f"{record['file']}: {record['decision_text']}{flag} ({record['model']['id']}, {record['provider']})")
    else:
        line = translate("CliAnalyze", "{file}: not analysed: {reason}")
        print(line.format(file=record["file"], reason=record["error"]))


def make_analyser(device: str) -> Analyser:
    from desktop_app.inference.analyser import Analyser
    from desktop_app.inference.registry import default_model_dirs
    from desktop_app.settings import user_models_dir

    return Analyser(default_model_dirs([user_models_dir()]), device=device)


def _analyse(ns: argparse.Namespace) -> int:
    from desktop_app.analysis import analyse_file
    from desktop_app.imaging.formats import collect_paths
    from desktop_app.inference.pipelined import in_order

    files = collect_paths(ns.paths)
    if not files:
        message = translate("CliAnalyze", "no image files found")
        print(f"scanlens analyze: {message}", file=sys.stderr)
        return EXIT_REFUSED
    if ns.send and not _pacs_send().prepare_send(ns):  # unknown node: refused before any work
        return EXIT_REFUSED
    analyser = make_analyser(ns.device)
    outputs = _batch_outputs(ns, analyser)
    # Several files: two side by side on one-thread sessions, printed in the order given (as batch triage).
    worker = analyser.for_batch() if len(files) > 1 else analyser
    # Only analysed, never shown (no heatmap, report or export asked for): decode large JPEGs reduced.
    reduced = not (ns.report or ns.export_dicom or ns.heatmap_dir)
    all_ok = True
    typed = outputs.settings.typed

    def analyse(path: Path) -> AnalysisResult:
        return analyse_file(worker, path, model_id=ns.model, reduced=reduced, typed=typed)

    for result in in_order(analyse, files, 1 if len(files) == 1 else None):
        record = result_json(result, getattr(ns, "language", None))  # English JSON unless --language
        if ns.heatmap_dir is not None and result.ok:
            record["heatmap"] = write_heatmap(result, ns.heatmap_dir)
        all_ok &= record["ok"]
        if ns.json:
            print(json.dumps(jsonable(record)), flush=True)
        else:
            _print_text(result)
        outputs.add(result)
    notes = {s.note for s in (*analyser.sessions.loaded(), *worker.sessions.loaded()) if s.note}
    for note in sorted(notes):
        print(f"scanlens analyze: {note}", file=sys.stderr)
    if not outputs.finish():
        return EXIT_FAILURE
    if ns.send:
        _pacs_send().send_results(ns, outputs.exported)
    return EXIT_OK if all_ok else EXIT_REFUSED


def _pacs_send() -> Any:
    from desktop_app.pacs import analyse_send

    return analyse_send


def _analyse_arguments(parser: argparse.ArgumentParser) -> None:
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
    from desktop_app.scope.typed import typed_age
    from desktop_app.scope.views import TYPED_VIEWS

    typed = parser.add_argument_group("patient (used for PNG/JPEG/TIFF/BMP images only; DICOM headers win)")
    typed.add_argument("--patient-name", help='e.g. "Doe, Jane"')
    typed.add_argument("--patient-id")
    typed.add_argument("--patient-birth-date", metavar="YYYY-MM-DD")
    typed.add_argument("--patient-sex", choices=["M", "F", "O"])
    typed.add_argument("--study-date", metavar="YYYY-MM-DD")
    typed.add_argument("--patient-age", type=typed_age, metavar="AGE", help="e.g. 4, 4Y, 18M, 10W or 20D")
    typed.add_argument("--view", dest="view_position", type=str.upper, choices=TYPED_VIEWS)
    typed.add_argument("--body-part", type=str.upper, metavar="PART", help="e.g. CHEST, BRAIN")
    typed.add_argument("--sequence", type=str.strip, metavar="TEXT",
                       help='MR sequence, e.g. FLAIR, "T1 post-contrast", T2, DWI (checked by the brain model)')


def _batch_outputs(ns: argparse.Namespace, analyser: Analyser) -> BatchOutputs:
    from desktop_app.analysis.outputs import BatchOutputs, OutputSettings

    keys = ("patient_name", "patient_id", "patient_birth_date", "patient_sex", "study_date", "patient_age",
            "view_position", "body_part", "sequence")
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

    return BatchOutputs(settings, lambda model_id: analyser.models[model_id].card, say, warn)
