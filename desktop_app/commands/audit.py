# SPDX-License-Identifier: Apache-2.0
"""``scanlens audit verify``: check the case history's tamper-evident audit log.

Exits 0 when the audit chain and every case row check out, 2 when something was changed behind ScanLens'
back (the entry and case at fault and why are printed) or there is no case history at the given path, and
1 when the file cannot be read at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.commands.case_history import db_arguments, open_store
from desktop_app.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, add_command, add_language_option, jsonable
from desktop_app.i18n import translate

#: Exit code of ``audit verify`` when a change outside ScanLens is caught.
EXIT_TAMPERED = EXIT_REFUSED


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "audit", "Check the case history's tamper-evident audit log (audit verify).",
                         _audit)
    _audit_arguments(parser)


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = sub.add_parser("verify", help="recompute the hash chain and check every case against it")
    db_arguments(verify)
    add_language_option(verify)


def _audit(ns: argparse.Namespace) -> int:
    from desktop_app.storage import StorageError

    store = open_store(ns, "audit verify")
    if store is None:
        return EXIT_REFUSED
    try:
        with store:
            report = store.verify_audit()
    except StorageError as err:
        print(f"scanlens audit verify: {err}", file=sys.stderr)  # the storage layer's own sentence
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
        line = translate("CliAudit", "{path}: audit log intact, {entries} entries; head {head}")
        print(line.format(path=path, entries=report.entries, head=report.head_hash))
        print(translate("CliAudit", "Keep the head hash elsewhere to detect later truncation of the newest entries."))
        return
    where = []
    if report.first_bad_id is not None:
        where.append(translate("CliAudit", "audit entry {id}").format(id=report.first_bad_id))
    if report.case_id is not None:
        where.append(translate("CliAudit", "case {id}").format(id=report.case_id))
    place = ", ".join(where) or translate("CliAudit", "the case history")
    line = translate("CliAudit", "{path}: AUDIT FAILED at {place}: {reason}")
    print(line.format(path=path, place=place, reason=report.reason))
    print(translate("CliAudit", "Entries before that point are still trustworthy; later ones are not."))


# --- history ------------------------------------------------------------------------------------------
