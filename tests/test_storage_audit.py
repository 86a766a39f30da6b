# SPDX-License-Identifier: Apache-2.0
"""The audit log: hash chain, append-only triggers, and detection of edits made with raw SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.storage import CaseStore


def make_prediction(p: float) -> Prediction:
    return Prediction(
        "pneumonia_cxr",
        "1.2.0",
        "ab" * 32,
        ["NORMAL", "PNEUMONIA"],
        {"NORMAL": 1 - p, "PNEUMONIA": p},
        "PNEUMONIA" if p >= 0.41 else "NORMAL",
        f"p={p:.2f}",
        p < 0.6,
        "CPUExecutionProvider",
        GateVerdict("chest_xray", 0.99, True),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A case history with three cases and two reviews, closed again."""
    path = tmp_path / "cases.sqlite3"
    with CaseStore(path) as store:
        ids = [store.record_analysis(make_prediction(p), patient_id=f"P-{i}") for i, p in enumerate((0.9, 0.5, 0.1))]
        store.record_review(ids[0], "Dr. A", "agree", "ok")
        store.record_review(ids[1], "Dr. B", "disagree", "no")
    return path


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, as someone editing the file by hand would use."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def verify(path: Path):
    with CaseStore(path) as store:
        return store.verify_audit()


def test_untouched_history_verifies(db: Path) -> None:
    report = verify(db)
    assert report.ok and report.entries == 5 and report.first_bad_id is None and len(report.head_hash) == 64


def test_triggers_forbid_changing_the_audit_log_and_deleting_cases(db: Path) -> None:
    with raw(db) as conn:
        for sql in (
            "UPDATE audit SET at = 'x' WHERE id = 1",
            "DELETE FROM audit WHERE id = 5",
            "DELETE FROM cases WHERE id = 1",
            "UPDATE cases SET decision = 'NORMAL' WHERE id = 1",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(sql)
    assert verify(db).ok


def test_editing_a_review_field_with_raw_sql_is_detected(db: Path) -> None:
    with raw(db) as conn:  # review fields may be updated (by record_review), so no trigger stops this
        conn.execute("UPDATE cases SET agreement = 'agree' WHERE id = 2")
    report = verify(db)
    assert not report.ok and report.case_id == 2 and "agreement" in report.reason
    assert report.first_bad_id == 5  # the review entry the row should match


def test_editing_an_analysis_field_is_detected_even_without_the_trigger(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("DROP TRIGGER cases_analysis_fixed")
        conn.execute("""UPDATE cases SET decision = 'NORMAL', scores_json = '{"NORMAL":0.9,"PNEUMONIA":0.1}'
                        WHERE id = 1""")
    report = verify(db)
    assert not report.ok and report.case_id == 1
    assert "decision" in report.reason and "scores_json" in report.reason


def test_editing_an_audit_row_breaks_the_chain(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET payload = replace(payload, '\"Dr. A\"', '\"Dr. Z\"') WHERE id = 4")
        assert conn.execute("SELECT payload FROM audit WHERE id = 4").fetchone()[0].count("Dr. Z") == 1
    report = verify(db)
    assert not report.ok and report.first_bad_id == 4 and "altered" in report.reason


def test_rehashing_an_edited_entry_still_breaks_the_next_link(db: Path) -> None:
    import hashlib

    with raw(db) as conn:
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("UPDATE audit SET hash = ? WHERE id = 2", (hashlib.sha256(b"forged").hexdigest(),))
    report = verify(db)
    assert not report.ok and report.first_bad_id == 2


def test_deleting_an_audit_entry_is_detected(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE id = 3")
    report = verify(db)
    assert not report.ok and report.first_bad_id == 4 and "missing" in report.reason


def test_case_inserted_behind_the_applications_back_is_detected(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("""INSERT INTO cases (recorded_at, model_id, model_version, model_sha256, provider,
                        scores_json, decision, decision_text, needs_review)
                        VALUES ('2025-01-01', 'm', '1', 'x', 'cpu', '{}', 'NORMAL', 'fake', 0)""")
    report = verify(db)
    assert not report.ok and report.case_id == 4 and "no audit entry" in report.reason


def test_deleted_case_is_detected(db: Path) -> None:
    with raw(db) as conn:
        conn.execute("DROP TRIGGER cases_no_delete")
        conn.execute("DELETE FROM cases WHERE id = 3")
    report = verify(db)
    assert not report.ok and report.case_id == 3 and "deleted" in report.reason


def test_audit_entries_carry_no_patient_name(tmp_path: Path) -> None:
    with CaseStore(tmp_path / "c.sqlite3") as store:
        case = store.record_analysis(make_prediction(0.9), patient_id="P-9", patient_name="Иванов Иван")
        (entry,) = store.history(case)
    assert entry.payload["patient_name"] is None and entry.payload["patient_id"] == "P-9"
    assert "Иванов" not in str(entry.payload)
