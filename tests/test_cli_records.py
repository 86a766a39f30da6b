# SPDX-License-Identifier: Apache-2.0
"""``scanlens audit verify`` and ``scanlens history`` on a case history written by ``scanlens analyze``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from desktop_app import commands as cli
from tests.test_cli_analyse_outputs import PATIENT_ID, gradient, json_lines, patient_dicom, tiny_models  # noqa: F401


@pytest.fixture
def db(tmp_path: Path, tiny_models: Path, capsys: pytest.CaptureFixture[str]) -> Path:  # noqa: F811
    """Three analyses: two bright DICOM (PNEUMONIA) of one patient, one dark PNG (NORMAL, needs review)."""
    path = tmp_path / "cases.sqlite3"
    dark = tmp_path / "dark.png"
    Image.fromarray(gradient(low=100, high=155)).save(dark)  # p(PNEUMONIA) ≈ 0.5
    scans = [patient_dicom(tmp_path / "a.dcm"), patient_dicom(tmp_path / "b.dcm"), dark]
    assert cli.run(["analyze", *map(str, scans), "--db", str(path), "--json", "--patient-id", "PNG-7"]) == 0
    capsys.readouterr()
    return path


def test_audit_verify_intact_then_tampered(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["audit", "verify", "--db", str(db)]) == 0
    assert "audit log intact, 3 entries" in capsys.readouterr().out
    assert cli.run(["audit", "verify", "--db", str(db), "--json"]) == 0
    (report,) = json_lines(capsys.readouterr().out)
    assert report["ok"] is True and report["entries"] == 3 and len(report["head_hash"]) == 64

    with sqlite3.connect(db) as conn:  # an edit behind ScanLens' back (the trigger only stops honest mistakes)
        conn.execute("DROP TRIGGER cases_analysis_fixed")
        conn.execute("UPDATE cases SET decision = 'NORMAL' WHERE id = 2")
    assert cli.run(["audit", "verify", "--db", str(db)]) == 2
    out = capsys.readouterr().out
    assert "AUDIT FAILED" in out and "case 2" in out and "decision" in out
    assert cli.run(["audit", "verify", "--db", str(db), "--json"]) == 2
    (report,) = json_lines(capsys.readouterr().out)
    assert report["ok"] is False and report["case_id"] == 2 and "decision" in report["reason"]


def test_audit_verify_catches_an_edited_review(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db) as conn:  # review columns have no trigger: only the audit chain catches this
        conn.execute("UPDATE cases SET reviewer = 'Mallory', agreement = 'agree' WHERE id = 1")
    assert cli.run(["audit", "verify", "--db", str(db), "--json"]) == 2
    (report,) = json_lines(capsys.readouterr().out)
    assert report["case_id"] == 1 and "reviewer" in report["reason"]


def test_audit_verify_refuses_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing.sqlite3"
    assert cli.run(["audit", "verify", "--db", str(missing)]) == 2
    assert "no case history" in capsys.readouterr().err
    assert not missing.exists()  # not created as an empty, "intact" history


def test_history_filters(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["history", "--db", str(db), "--json"]) == 0
    cases = json_lines(capsys.readouterr().out)
    assert [c["id"] for c in cases] == [3, 2, 1]  # newest first
    assert {"id", "recorded_at", "file", "patient_id", "model", "decision", "needs_review", "review"} <= set(cases[0])

    assert cli.run(["history", "--db", str(db), "--json", "--patient-id", PATIENT_ID]) == 0
    assert [c["id"] for c in json_lines(capsys.readouterr().out)] == [2, 1]
    assert cli.run(["history", "--db", str(db), "--json", "--patient-id", "PNG-7"]) == 0
    assert [c["file"].endswith("dark.png") for c in json_lines(capsys.readouterr().out)] == [True]
    assert cli.run(["history", "--db", str(db), "--json", "--decision", "NORMAL"]) == 0
    assert [c["id"] for c in json_lines(capsys.readouterr().out)] == [3]
    assert cli.run(["history", "--db", str(db), "--json", "--needs-review"]) == 0
    assert [c["id"] for c in json_lines(capsys.readouterr().out)] == [3]
    assert cli.run(["history", "--db", str(db), "--json", "--no-needs-review"]) == 0
    assert [c["id"] for c in json_lines(capsys.readouterr().out)] == [2, 1]
    assert cli.run(["history", "--db", str(db), "--json", "--to", "2000-01-01"]) == 0
    assert json_lines(capsys.readouterr().out) == []
    assert cli.run(["history", "--db", str(db), "--json", "--from", "2000-01-01", "--limit", "1"]) == 0
    assert [c["id"] for c in json_lines(capsys.readouterr().out)] == [3]


def test_history_text_output_and_bad_date(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["history", "--db", str(db)]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("#1 ") and "PNEUMONIA" in lines[-1]
    assert "3 case(s)" in out.err
    assert cli.run(["history", "--db", str(db), "--from", "yesterday"]) == 2
