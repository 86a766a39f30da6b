# SPDX-License-Identifier: Apache-2.0
"""Headless ``scanlens audit verify`` and ``scanlens history`` over the case history (desktop_app.storage).

``audit verify`` exits 0 when the audit chain and every case row check out, 2 when something was changed
behind ScanLens' back (the entry and case at fault and why are printed) or there is no case history at the
given path, and 1 when the file cannot be read at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.cli import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, jsonable, register

#: Exit code of ``audit verify`` when a change outside ScanLens is caught.
EXIT_TAMPERED = EXIT_REFUSED


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help="case history file (default: the user's data folder)")
    parser.add_argument("--json", action="store_true", help="machine-readable output (JSON)")


def _open_store(ns: argparse.Namespace, command: str) -> Any:
    """The case history named by ``--db`` (or the default); None after printing why it cannot be used."""
    from desktop_app.storage import CaseStore, StorageError, default_db_path

    path = ns.db if ns.db is not None else default_db_path()
    if not Path(path).is_file():  # opening would create an empty history, and "intact" would be a lie
        print(f"scanlens {command}: there is no case history at {path}", file=sys.stderr)
        return None
    try:
        return CaseStore(path)
    except StorageError as err:
        print(f"scanlens {command}: {err}", file=sys.stderr)
        return None


# --- audit verify -----------------------------------------------------------------------------------


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = sub.add_parser("verify", help="recompute the hash chain and check every case against it")
    _db_argument(verify)


def _audit(ns: argparse.Namespace) -> int:
    from desktop_app.storage import StorageError

    store = _open_store(ns, "audit verify")
    if store is None:
        return EXIT_REFUSED
    try:
        with store:
            report = store.verify_audit()
    except StorageError as err:
        print(f"scanlens audit verify: {err}", file=sys.stderr)
        return EXIT_FAILURE
    if ns.json:
        print(json.dumps(jsonable(audit_json(report, store.path)), ensure_ascii=False))
    else:
        _print_audit(report, store.path)
    return EXIT_OK if report.ok else EXIT_TAMPERED


def audit_json(report: Any, path: Path) -> dict[str, Any]:
    """What ``audit verify --json`` prints."""
    return {
        "db": str(path),
        "ok": report.ok,
        "entries": report.entries,
        "first_bad_id": report.first_bad_id,
        "case_id": report.case_id,
        "reason": report.reason or None,
        "head_hash": report.head_hash,
    }


def _print_audit(report: Any, path: Path) -> None:
    if report.ok:
        print(f"{path}: audit log intact, {report.entries} entries; head {report.head_hash}")
        print("Keep the head hash elsewhere to detect later truncation of the newest entries.")
        return
    where = [f"audit entry {report.first_bad_id}" if report.first_bad_id is not None else "",
             f"case {report.case_id}" if report.case_id is not None else ""]
    place = ", ".join(w for w in where if w) or "the case history"
    print(f"{path}: AUDIT FAILED at {place}: {report.reason}")
    print("Entries before that point are still trustworthy; later ones are not.")


# --- history ------------------------------------------------------------------------------------------


def _when(text: str) -> date | datetime:
    """``YYYY-MM-DD`` (a whole local day) or an ISO date-time."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD) or ISO date-time") from err


def _history_arguments(parser: argparse.ArgumentParser) -> None:
    _db_argument(parser)
    parser.add_argument("--patient-id", help="only this patient ID (exact)")
    parser.add_argument("--decision", help="only this decided label, e.g. PNEUMONIA")
    parser.add_argument("--needs-review", action=argparse.BooleanOptionalAction, default=None,
                        help="only cases flagged for review (--no-needs-review: only those not flagged)")
    parser.add_argument("--from", dest="date_from", type=_when, metavar="DATE", help="analysed on or after")
    parser.add_argument("--to", dest="date_to", type=_when, metavar="DATE", help="analysed on or before")
    parser.add_argument("--text", help="words in file, patient ID, model, decision, reviewer or comment")
    parser.add_argument("--limit", type=int, help="at most this many cases, newest first")


def _history(ns: argparse.Namespace) -> int:
    from desktop_app.storage import StorageError

    store = _open_store(ns, "history")
    if store is None:
        return EXIT_REFUSED
    try:
        with store:
            cases = store.search(patient_id=ns.patient_id, date_from=ns.date_from, date_to=ns.date_to,
                                 decision=ns.decision, needs_review=ns.needs_review, text=ns.text, limit=ns.limit)
    except StorageError as err:
        print(f"scanlens history: {err}", file=sys.stderr)
        return EXIT_FAILURE
    for case in cases:
        if ns.json:
            print(json.dumps(jsonable(case_json(case)), ensure_ascii=False))
        else:
            print(_case_line(case))
    if not ns.json:
        print(f"{len(cases)} case(s)", file=sys.stderr)
    return EXIT_OK


def case_json(case: Any) -> dict[str, Any]:
    """One ``history --json`` line."""
    gate = case.gate
    return {
        "id": case.id, "recorded_at": case.recorded_at, "file": case.file_path, "sha256": case.file_sha256,
        "patient_id": case.patient_id, "study_date": case.study_date,
        "model": {"id": case.model_id, "version": case.model_version, "sha256": case.model_sha256},
        "provider": case.provider, "scores": case.scores, "decision": case.decision,
        "decision_text": case.decision_text, "needs_review": case.needs_review,
        "gate": None if gate is None else {"label": gate.label, "score": gate.score, "accepted": gate.accepted,
                                           "overridden": gate.overridden, "reason": gate.reason},
        "review": {"reviewer": case.reviewer, "agreement": case.agreement, "comment": case.review_comment,
                   "at": case.reviewed_at},
    }


def _case_line(case: Any) -> str:
    when = datetime.fromisoformat(case.recorded_at).astimezone().strftime("%Y-%m-%d %H:%M")
    flag = " [NEEDS REVIEW]" if case.needs_review else ""
    review = f" — {case.agreement} ({case.reviewer})" if case.agreement else ""
    return (f"#{case.id} {when} {case.patient_id or '—'} {case.model_id} v{case.model_version}: "
            f"{case.decision}{flag}{review} {case.file_path or ''}").rstrip()


register("audit", "Check the case history's tamper-evident audit log (audit verify).", _audit_arguments, _audit)
register("history", "List analysed cases from the case history, newest first.", _history_arguments, _history)
