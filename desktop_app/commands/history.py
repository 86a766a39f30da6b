# SPDX-License-Identifier: Apache-2.0
"""``scanlens history``: analysed cases from the case history, newest first, with filters."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import Any

from desktop_app.commands.case_history import db_arguments, open_store
from desktop_app.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, add_command, jsonable
from desktop_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "history", "List analysed cases from the case history, newest first.",
                         _history)
    _history_arguments(parser)


def _when(text: str) -> date | datetime:
    """``YYYY-MM-DD`` (a whole local day) or an ISO date-time."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError as err:
        message = translate("CliHistory", "{text} is not a date (YYYY-MM-DD) or ISO date-time")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from err


def _history_arguments(parser: argparse.ArgumentParser) -> None:
    db_arguments(parser)
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

    store = open_store(ns, "history")
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
        print(translate("CliHistory", "{count} case(s)").format(count=len(cases)), file=sys.stderr)
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
    review = translate("CliHistory", "NEEDS REVIEW")
    flag = f" [{review}]" if case.needs_review else ""
    review = f" — {case.agreement} ({case.reviewer})" if case.agreement else ""
    return (f"#{case.id} {when} {case.patient_id or '—'} {case.model_id} v{case.model_version}: "
            f"{case.decision}{flag}{review} {case.file_path or ''}").rstrip()
