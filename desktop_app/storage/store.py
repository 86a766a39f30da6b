# SPDX-License-Identifier: Apache-2.0
"""``CaseStore``: the SQLite case history — analyses, reviews, search and the verified audit log."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop_app.i18n import LANGUAGES, translate
from desktop_app.inference.prediction import Prediction
from desktop_app.scope.verdict import OUTSIDE_SOURCE
from desktop_app.storage import audit
from desktop_app.storage.errors import StorageError, storage_error
from desktop_app.storage.paths import default_db_path
from desktop_app.storage.records import ANALYSIS_COLUMNS, AuditEntry, AuditReport, CaseRecord
from desktop_app.storage.schema import SchemaError, connect

AGREEMENTS = ("agree", "disagree")
_TEXT_SEARCH_COLUMNS = (
    "file_path",
    "patient_id",
    "patient_name",
    "model_id",
    "decision",
    "decision_text",
    "reviewer",
    "review_comment",
)


def utc_now() -> str:
    """Current time as fixed-width UTC ISO 8601 (sorts correctly as text)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class CaseStore:
    """The case history database. Thread-safe; use as a context manager or call :meth:`close`.

    Patient names are stored only when ``store_patient_names`` is True; otherwise the name is dropped
    and only the patient ID (which the clinic needs to find a case again) is kept.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, store_patient_names: bool = False) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.store_patient_names = store_patient_names
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn: sqlite3.Connection | None = connect(self.path)
        except (sqlite3.Error, OSError, SchemaError) as err:
            action = f"Cannot open the case history {self.path}"
            read_only = _read_only_reason(self.path.parent)
            if read_only:
                raise StorageError(f"{action}: {read_only}") from err
            raise storage_error(action, err) from err

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- writing ------------------------------------------------------------------------------------

    def record_analysis(
        self,
        prediction: Prediction,
        *,
        patient_id: str | None = None,
        study_date: str | None = None,
        patient_name: str | None = None,
        file_path: str | None = None,
        file_sha256: str | None = None,
    ) -> int:
        """Store one analysis and its audit entry in one transaction; return the new case id.

        ``file_path``/``file_sha256`` default to ``prediction.file``/``prediction.file_sha256``. The gate
        verdict, including a user override and its reason, comes from ``prediction.gate``.
        """
        row = self._analysis_row(prediction, patient_id, study_date, patient_name, file_path, file_sha256)
        names = ", ".join(ANALYSIS_COLUMNS)
        marks = ", ".join("?" for _ in ANALYSIS_COLUMNS)
        with self._transaction("Could not save the analysis to the case history") as conn:
            cursor = conn.execute(f"INSERT INTO cases ({names}) VALUES ({marks})", [row[c] for c in ANALYSIS_COLUMNS])
            case_id = int(cursor.lastrowid or 0)
            audit.append(conn, row["recorded_at"], case_id, "analysis", row)
        return case_id

    def _analysis_row(
        self,
        p: Prediction,
        patient_id: str | None,
        study_date: str | None,
        patient_name: str | None,
        file_path: str | None,
        file_sha256: str | None,
    ) -> dict[str, Any]:
        gate = p.gate
        try:
            scores = audit.canonical_json({str(k): float(v) for k, v in p.scores.items()})
        except ValueError as err:
            raise StorageError(f"Could not save the analysis: a score is not a finite number ({err})") from err
        return {
            "recorded_at": utc_now(),
            "file_path": _text(file_path if file_path is not None else p.file),
            "file_sha256": _text(file_sha256 if file_sha256 is not None else p.file_sha256),
            "patient_id": _text(patient_id),
            "patient_name": _text(patient_name) if self.store_patient_names else None,
            "study_date": _text(study_date),
            "model_id": str(p.model_id),
            "model_version": str(p.model_version),
            "model_sha256": str(p.model_sha256),
            "provider": str(p.provider),
            "scores_json": scores,
            "decision": str(p.decision),
            "decision_text": str(p.decision_text),
            "needs_review": int(bool(p.needs_review)),
            "gate_label": None if gate is None else str(gate.label),
            "gate_score": None if gate is None else float(gate.score),
            "gate_accepted": None if gate is None else int(bool(gate.accepted)),
            "gate_overridden": None if gate is None else int(bool(gate.overridden)),
            "gate_reason": None if gate is None else str(gate.reason),
        }

    def record_review(self, case_id: int, reviewer: str, agreement: str | None, comment: str = "") -> None:
        """Set the case's current review and append an audit entry; earlier reviews stay in the history."""
        if agreement not in (None, *AGREEMENTS):
            raise StorageError("A review's agreement must be 'agree', 'disagree' or empty")
        reviewed_at = utc_now()
        review = {
            "reviewer": _text(reviewer),
            "agreement": agreement,
            "review_comment": _text(comment),
            "reviewed_at": reviewed_at,
        }
        with self._transaction("Could not save the review to the case history") as conn:
            cursor = conn.execute(
                "UPDATE cases SET reviewer = ?, agreement = ?, review_comment = ?, reviewed_at = ? WHERE id = ?",
                (review["reviewer"], agreement, review["review_comment"], reviewed_at, case_id),
            )
            if cursor.rowcount != 1:
                raise StorageError(f"Could not save the review: there is no case {case_id}")
            audit.append(conn, reviewed_at, case_id, "review", review)

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """A write transaction holding the database write lock (so the audit chain stays linear)."""
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as err:
                raise storage_error(action, err) from err
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as err:
                _rollback(conn)
                if isinstance(err, sqlite3.Error | OSError):
                    raise storage_error(action, err) from err
                raise

    # -- reading ------------------------------------------------------------------------------------

    def get(self, case_id: int) -> CaseRecord | None:
        """The case with this id, or None."""
        rows = self._query("SELECT * FROM cases WHERE id = ?", (case_id,))
        return CaseRecord.from_row(dict(rows[0])) if rows else None

    def search(
        self,
        patient_id: str | None = None,
        date_from: date | datetime | None = None,
        date_to: date | datetime | None = None,
        decision: str | None = None,
        needs_review: bool | None = None,
        text: str | None = None,
        limit: int | None = None,
        outside_scope: bool | None = None,
    ) -> list[CaseRecord]:
        """Cases matching every given filter, newest first.

        ``date_from``/``date_to`` filter on the analysis time. A ``date`` is a whole local calendar day
        (``date_to`` inclusive); a naive ``datetime`` is local time. ``text`` matches, ignoring case, any of
        file path, patient ID, model, decision, reviewer and comment. ``outside_scope``: results recorded as
        outside their model's validated use (the sentence starts with "Outside validated use:", in whichever
        language it was recorded) or not.
        """
        where, params = _filters(patient_id, date_from, date_to, decision, needs_review, text)
        if outside_scope is not None:
            prefixes = outside_prefixes()
            test = " OR ".join("instr(decision_text, ?) = 1" for _ in prefixes)
            where.append(f"({test})" if outside_scope else f"NOT ({test})")
            params.extend(prefixes)
        sql = "SELECT * FROM cases" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [CaseRecord.from_row(dict(r)) for r in self._query(sql, tuple(params))]

    def history(self, case_id: int) -> list[AuditEntry]:
        """The audit entries of one case, oldest first: its analysis, then every review."""
        with self._lock:
            try:
                return audit.entries(self._connection(), case_id)
            except sqlite3.Error as err:
                raise storage_error("Could not read the case history", err) from err

    def verify_audit(self) -> AuditReport:
        """Recompute the audit hash chain and check every case row against its audit entries."""
        with self._lock:
            try:
                return audit.verify(self._connection())
            except sqlite3.Error as err:
                raise storage_error("Could not verify the case history", err) from err

    def _query(self, sql: str, params: tuple) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self._connection().execute(sql, params).fetchall()
            except sqlite3.Error as err:
                raise storage_error("Could not read the case history", err) from err

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StorageError("The case history is closed")
        return self._conn


def outside_prefixes() -> list[str]:
    """How a sentence outside validated use starts in each language ScanLens speaks ("Outside validated use:")."""
    starts = {translate("Scope", OUTSIDE_SOURCE, code).split("{reasons}")[0].rstrip() for code in LANGUAGES}
    return sorted(start for start in starts if start)


def _filters(
    patient_id: str | None,
    date_from: date | datetime | None,
    date_to: date | datetime | None,
    decision: str | None,
    needs_review: bool | None,
    text: str | None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if patient_id is not None:
        where.append("patient_id = ?")
        params.append(patient_id)
    if date_from is not None:
        where.append("recorded_at >= ?")
        params.append(_utc_bound(date_from, end=False))
    if date_to is not None:
        where.append("recorded_at < ?" if type(date_to) is date else "recorded_at <= ?")
        params.append(_utc_bound(date_to, end=True))
    if decision is not None:
        where.append("decision = ?")
        params.append(decision)
    if needs_review is not None:
        where.append("needs_review = ?")
        params.append(int(needs_review))
    if text:
        folded = text.casefold()
        where.append("(" + " OR ".join(f"instr(scanlens_fold({c}), ?) > 0" for c in _TEXT_SEARCH_COLUMNS) + ")")
        params.extend([folded] * len(_TEXT_SEARCH_COLUMNS))
    return where, params


def _utc_bound(value: date | datetime, *, end: bool) -> str:
    """A filter bound as UTC ISO text; a ``date`` ends at the next local midnight (exclusive)."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.astimezone()
    else:
        day = value + timedelta(days=1) if end else value
        moment = datetime.combine(day, time.min).astimezone()
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _read_only_reason(folder: Path) -> str:
    """Why SQLite cannot write in ``folder`` (WAL needs to create files there), or "" if it can."""
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "the folder is on a read-only disk"
        if folder.exists() and not os.access(folder, os.W_OK):
            return "you may not write in its folder (permission denied)"
    except OSError:
        pass
    return ""


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # the transaction was already rolled back by SQLite (e.g. after SQLITE_FULL)
