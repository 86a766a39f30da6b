# SPDX-License-Identifier: Apache-2.0
"""Case history: recording, reviewing, searching and reopening a real SQLite file."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.storage import CaseStore, StorageError, default_data_dir, default_db_path


def make_prediction(
    p: float = 0.93, *, needs_review: bool = False, gate: GateVerdict | None = None, file: str = "/scans/chest_a.dcm"
) -> Prediction:
    decision = "PNEUMONIA" if p >= 0.41 else "NORMAL"
    return Prediction(
        model_id="pneumonia_cxr",
        model_version="1.2.0",
        model_sha256="ab" * 32,
        labels=["NORMAL", "PNEUMONIA"],
        scores={"NORMAL": 1 - p, "PNEUMONIA": p},
        decision=decision,
        decision_text=f"{decision} — {p:.2f}, operating threshold 0.41",
        needs_review=needs_review,
        provider="CPUExecutionProvider",
        gate=gate if gate is not None else GateVerdict("chest_xray", 0.99, True),
        file=file,
        file_sha256="cd" * 32,
    )


@pytest.fixture
def store(tmp_path: Path):
    with CaseStore(tmp_path / "cases.sqlite3") as opened:
        yield opened


def test_records_survive_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cases.sqlite3"
    overridden = GateVerdict("hand_xray", 0.87, False, "looks like a hand", overridden=True)
    with CaseStore(path) as store:
        first = store.record_analysis(make_prediction(), patient_id="P-1", study_date="2025-03-04")
        second = store.record_analysis(
            make_prediction(0.2, needs_review=True, gate=overridden),
            patient_id="P-2",
            file_path="/other.png",
            file_sha256="ef" * 32,
        )
    with CaseStore(path) as store:
        a, b = store.get(first), store.get(second)
    assert a is not None and b is not None
    assert (a.patient_id, a.study_date, a.file_path, a.file_sha256) == (
        "P-1",
        "2025-03-04",
        "/scans/chest_a.dcm",
        "cd" * 32,
    )
    assert (a.model_id, a.model_version, a.model_sha256, a.provider) == (
        "pneumonia_cxr",
        "1.2.0",
        "ab" * 32,
        "CPUExecutionProvider",
    )
    assert a.scores == pytest.approx({"NORMAL": 0.07, "PNEUMONIA": 0.93})
    assert a.decision == "PNEUMONIA" and a.needs_review is False
    assert a.gate == GateVerdict("chest_xray", 0.99, True)
    assert b.gate == overridden and b.needs_review is True and b.file_path == "/other.png"
    assert datetime.fromisoformat(a.recorded_at).utcoffset() == timedelta(0)
    with CaseStore(path) as store:
        assert store.get(second + 1) is None


def test_wal_and_full_sync_are_in_force(store: CaseStore) -> None:
    conn = store._connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_patient_name_is_dropped_unless_asked(tmp_path: Path) -> None:
    with CaseStore(tmp_path / "a.sqlite3") as store:
        case = store.record_analysis(make_prediction(), patient_id="P-1", patient_name="Müller, José")
        assert store.get(case).patient_name is None
    raw = (tmp_path / "a.sqlite3").read_bytes() + _wal_bytes(tmp_path / "a.sqlite3")
    assert "Müller".encode() not in raw
    with CaseStore(tmp_path / "b.sqlite3", store_patient_names=True) as store:
        case = store.record_analysis(make_prediction(), patient_id="P-1", patient_name="Müller, José")
        assert store.get(case).patient_name == "Müller, José"


def _wal_bytes(db: Path) -> bytes:
    wal = db.with_name(db.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_review_updates_case_and_keeps_every_earlier_review(store: CaseStore) -> None:
    case = store.record_analysis(make_prediction(), patient_id="P-1")
    store.record_review(case, "Dr. Ångström", "agree", "fits the clinical picture")
    store.record_review(case, "Dr. Ångström", "disagree", "on second look: atelectasis")
    record = store.get(case)
    assert (record.reviewer, record.agreement, record.review_comment) == (
        "Dr. Ångström",
        "disagree",
        "on second look: atelectasis",
    )
    history = store.history(case)
    assert [e.action for e in history] == ["analysis", "review", "review"]
    assert history[1].payload["agreement"] == "agree"
    assert history[1].payload["review_comment"] == "fits the clinical picture"
    assert store.verify_audit().ok


def test_review_errors(store: CaseStore) -> None:
    with pytest.raises(StorageError, match="no case 42"):
        store.record_review(42, "Dr. X", "agree", "")
    case = store.record_analysis(make_prediction())
    with pytest.raises(StorageError, match="agreement"):
        store.record_review(case, "Dr. X", "maybe", "")
    assert store.history(case)[-1].action == "analysis"


def test_search_filters(store: CaseStore) -> None:
    a = store.record_analysis(make_prediction(0.93), patient_id="P-1")
    b = store.record_analysis(make_prediction(0.10, needs_review=True), patient_id="P-2")
    c = store.record_analysis(make_prediction(0.55, file="/scans/Ödem_ЛЁГКИЕ.png"), patient_id="P-1")
    store.record_review(b, "Dr. Zoë", "disagree", "Subtle consolidation LEFT base")
    ids = lambda records: [r.id for r in records]  # noqa: E731
    assert ids(store.search()) == [c, b, a]
    assert ids(store.search(patient_id="P-1")) == [c, a]
    assert ids(store.search(decision="NORMAL")) == [b]
    assert ids(store.search(needs_review=True)) == [b]
    assert ids(store.search(needs_review=False, patient_id="P-1")) == [c, a]
    assert ids(store.search(text="left BASE")) == [b]
    assert ids(store.search(text="лёгкие")) == [c]  # Unicode case folding, not ASCII-only LIKE
    assert ids(store.search(text="zoë")) == [b]
    assert ids(store.search(text="100%")) == []
    assert ids(store.search(limit=1)) == [c]


def test_search_by_date_uses_local_calendar_days(store: CaseStore) -> None:
    case = store.record_analysis(make_prediction())
    today = datetime.now().astimezone().date()
    assert [r.id for r in store.search(date_from=today, date_to=today)] == [case]
    assert store.search(date_to=today - timedelta(days=1)) == []
    assert store.search(date_from=today + timedelta(days=1)) == []
    now = datetime.now(timezone.utc)
    assert [r.id for r in store.search(date_from=now - timedelta(minutes=5), date_to=now + timedelta(minutes=5))] == [
        case
    ]
    assert store.search(date_from=date(2000, 1, 1), date_to=date(2000, 1, 2)) == []


def test_default_db_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SCANLENS_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_db_path() == tmp_path / "xdg" / "scanlens" / "cases.sqlite3"
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(tmp_path / "data"))
    assert default_data_dir() == tmp_path / "data"
    assert default_db_path() == tmp_path / "data" / "cases.sqlite3"
    with CaseStore() as store:  # opens (and creates) the default location
        assert store.path == default_db_path() and store.path.exists()


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "cases.sqlite3"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match=r"not a ScanLens case history|damaged"):
        CaseStore(bogus)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    CaseStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StorageError, match="schema 99"):
        CaseStore(path)


def test_closed_store_raises(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "c.sqlite3")
    store.close()
    with pytest.raises(StorageError, match="closed"):
        store.search()


def test_non_finite_score_is_refused(store: CaseStore) -> None:
    prediction = make_prediction()
    prediction.scores["PNEUMONIA"] = float("nan")
    with pytest.raises(StorageError, match="finite"):
        store.record_analysis(prediction)
    assert store.search() == []


def test_search_finds_results_outside_validated_use(tmp_path: Path) -> None:
    from dataclasses import replace

    from desktop_app.scope.verdict import ScopeVerdict

    scope = ScopeVerdict(["age 45 y — validated 1–5 y"])
    outside = replace(make_prediction(0.99, needs_review=True), scope=scope,
                      decision_text=f"{scope.label}. PNEUMONIA — 0.99")
    with CaseStore(tmp_path / "cases.sqlite") as store:
        inside_id = store.record_analysis(make_prediction(0.99), patient_id="P-1")
        outside_id = store.record_analysis(outside, patient_id="P-2")
        assert [c.id for c in store.search(outside_scope=True)] == [outside_id]
        assert [c.id for c in store.search(outside_scope=False)] == [inside_id]
        assert store.search(outside_scope=True)[0].decision_text.startswith("Outside validated use: age 45 y")
