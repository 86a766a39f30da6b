# SPDX-License-Identifier: Apache-2.0
"""SQLite schema of the case history and how a connection is opened.

Durability: WAL journal with ``synchronous=FULL``. With WAL, ``NORMAL`` already survives an application
crash (even ``kill -9``), but a power cut or OS crash may roll back the last transactions. A case log is
written once per analysis, so the extra fsync per commit costs nothing a user notices, and FULL keeps
every committed analysis and review across power loss too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1


class SchemaError(Exception):
    """The database was written by a newer ScanLens, or cannot be used in WAL mode."""


GENESIS_HASH = "0" * 64

_TABLES = """
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    file_path TEXT,
    file_sha256 TEXT,
    patient_id TEXT,
    patient_name TEXT,
    study_date TEXT,
    model_id TEXT NOT NULL,
    model_version TEXT NOT NULL,
    model_sha256 TEXT NOT NULL,
    provider TEXT NOT NULL,
    scores_json TEXT NOT NULL,
    decision TEXT NOT NULL,
    decision_text TEXT NOT NULL,
    needs_review INTEGER NOT NULL,
    gate_label TEXT,
    gate_score REAL,
    gate_accepted INTEGER,
    gate_overridden INTEGER,
    gate_reason TEXT,
    reviewer TEXT,
    agreement TEXT CHECK (agreement IN ('agree', 'disagree') OR agreement IS NULL),
    review_comment TEXT,
    reviewed_at TEXT
);
CREATE INDEX IF NOT EXISTS cases_patient ON cases (patient_id);
CREATE INDEX IF NOT EXISTS cases_recorded ON cases (recorded_at);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    case_id INTEGER,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS audit_case ON audit (case_id);
"""

#: The audit log is append-only; cases are never deleted and their analysis fields never change.
_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS cases_no_delete BEFORE DELETE ON cases
BEGIN SELECT RAISE(ABORT, 'cases are never deleted'); END;
CREATE TRIGGER IF NOT EXISTS cases_analysis_fixed BEFORE UPDATE OF {analysis_columns} ON cases
BEGIN SELECT RAISE(ABORT, 'a recorded analysis cannot be changed'); END;
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the database at ``path`` in autocommit mode, with durable settings.

    Raises ``sqlite3.Error``, ``OSError`` or ``SchemaError``; the caller turns them into ``StorageError``.
    """
    conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise SchemaError(f"the folder does not support the WAL journal (got {mode!r})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.create_function("scanlens_fold", 1, _fold, deterministic=True)
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    from desktop_app.storage.records import ANALYSIS_COLUMNS

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"it was written by a newer ScanLens (schema {version}; this version reads up to {SCHEMA_VERSION})"
        )
    if version == SCHEMA_VERSION:
        return
    script = _TABLES + _TRIGGERS.format(analysis_columns=", ".join(ANALYSIS_COLUMNS))
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a script on statement ends, keeping trigger bodies (which contain ';') whole."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


def _fold(value: object) -> str | None:
    """Unicode-aware case folding for text search (SQLite's lower() only folds ASCII)."""
    return None if value is None else str(value).casefold()
