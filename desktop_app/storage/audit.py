# SPDX-License-Identifier: Apache-2.0
"""The hash-chained audit log and its verification.

Each entry's ``hash`` is ``sha256(prev_hash + canonical_json(entry))`` where the entry is its id, time,
case id, action and payload. Changing, removing or reordering any entry breaks every hash after it.
``verify`` also replays the entries and compares the result with the ``cases`` table, so a case row edited
behind the application's back (raw SQL) is caught even though the audit table itself is intact.
Truncating the newest entries together with their cases cannot be seen from inside the file: keep
``AuditReport.head_hash`` somewhere else (a printed report, another disk) to detect that.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from desktop_app.storage.records import ANALYSIS_COLUMNS, CASE_COLUMNS, REVIEW_COLUMNS, AuditEntry, AuditReport
from desktop_app.storage.schema import GENESIS_HASH

ACTIONS = {"analysis": ANALYSIS_COLUMNS, "review": REVIEW_COLUMNS}


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no spaces, UTF-8 text kept, no NaN/Infinity."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(prev_hash: str, entry_id: int, at: str, case_id: int | None, action: str, payload: dict) -> str:
    body = canonical_json({"id": entry_id, "at": at, "case_id": case_id, "action": action, "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, at: str, case_id: int | None, action: str, payload: dict) -> AuditEntry:
    """Add an entry; must run inside the caller's write transaction (BEGIN IMMEDIATE)."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    entry_id = 1 if last is None else int(last["id"]) + 1
    prev_hash = GENESIS_HASH if last is None else str(last["hash"])
    digest = entry_hash(prev_hash, entry_id, at, case_id, action, payload)
    conn.execute(
        "INSERT INTO audit (id, at, case_id, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (entry_id, at, case_id, action, canonical_json(payload), prev_hash, digest),
    )
    return AuditEntry(entry_id, at, case_id, action, payload, prev_hash, digest)


def entries(conn: sqlite3.Connection, case_id: int | None = None) -> list[AuditEntry]:
    """Audit entries in order, all of them or those of one case."""
    sql = "SELECT * FROM audit" + (" WHERE case_id = ?" if case_id is not None else "") + " ORDER BY id"
    rows = conn.execute(sql, () if case_id is None else (case_id,)).fetchall()
    return [
        AuditEntry(r["id"], r["at"], r["case_id"], r["action"], json.loads(r["payload"]), r["prev_hash"], r["hash"])
        for r in rows
    ]


def verify(conn: sqlite3.Connection) -> AuditReport:
    """Recompute the chain, then check every case row against what its audit entries recorded."""
    rows = conn.execute("SELECT * FROM audit ORDER BY id").fetchall()
    expected_cases: dict[int, dict[str, Any]] = {}
    last_entry_of: dict[int, int] = {}
    prev_hash = GENESIS_HASH
    for position, row in enumerate(rows, start=1):
        problem = _check_entry(row, position, prev_hash)
        if problem is None:
            problem = _replay(row, expected_cases)
        if problem is not None:
            return AuditReport(False, len(rows), int(row["id"]), problem, row["case_id"], prev_hash)
        prev_hash = str(row["hash"])
        if row["case_id"] is not None:
            last_entry_of[int(row["case_id"])] = int(row["id"])
    return _compare_cases(conn, expected_cases, last_entry_of, len(rows), prev_hash)


def _check_entry(row: sqlite3.Row, position: int, prev_hash: str) -> str | None:
    if int(row["id"]) != position:
        return f"audit entry {position} is missing (found entry {row['id']} in its place)"
    if row["prev_hash"] != prev_hash:
        return f"audit entry {row['id']} does not follow the entry before it (chain broken)"
    try:
        payload = json.loads(row["payload"])
    except (TypeError, ValueError):
        return f"audit entry {row['id']} has an unreadable payload"
    if entry_hash(prev_hash, int(row["id"]), row["at"], row["case_id"], row["action"], payload) != row["hash"]:
        return f"audit entry {row['id']} was altered (its hash does not match its content)"
    return None


def _replay(row: sqlite3.Row, expected: dict[int, dict[str, Any]]) -> str | None:
    """Apply one entry to the expected case states; a reason string when it cannot apply."""
    action, case_id = row["action"], row["case_id"]
    columns = ACTIONS.get(action)
    payload = json.loads(row["payload"])
    if columns is None or case_id is None or set(payload) != set(columns):
        return f"audit entry {row['id']} is not a valid '{action}' entry"
    if action == "analysis":
        if case_id in expected:
            return f"audit entry {row['id']} records case {case_id} a second time"
        expected[case_id] = dict.fromkeys(CASE_COLUMNS) | payload
    elif case_id not in expected:
        return f"audit entry {row['id']} reviews case {case_id}, which was never recorded"
    else:
        expected[case_id].update(payload)
    return None


def _compare_cases(
    conn: sqlite3.Connection, expected: dict[int, dict[str, Any]], last_entry_of: dict[int, int], count: int, head: str
) -> AuditReport:
    actual = {int(r["id"]): {k: r[k] for k in CASE_COLUMNS} for r in conn.execute("SELECT * FROM cases")}
    for case_id in sorted(set(actual) | set(expected)):
        audit_id = last_entry_of.get(case_id)
        if case_id not in expected:
            return AuditReport(
                False, count, None, f"case {case_id} has no audit entry (added outside ScanLens)", case_id, head
            )
        if case_id not in actual:
            return AuditReport(False, count, audit_id, f"case {case_id} was deleted", case_id, head)
        changed = [k for k in CASE_COLUMNS if actual[case_id][k] != expected[case_id][k]]
        if changed:
            reason = f"case {case_id} was changed outside ScanLens (field {', '.join(changed)})"
            return AuditReport(False, count, audit_id, reason, case_id, head)
    return AuditReport(True, count, None, "", None, head)
