# SPDX-License-Identifier: Apache-2.0
"""Rows of the case history as plain dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop_app.inference.prediction import GateVerdict

#: Columns of ``cases`` set when an analysis is recorded, in table order (after ``id``).
ANALYSIS_COLUMNS: tuple[str, ...] = (
    "recorded_at",
    "file_path",
    "file_sha256",
    "patient_id",
    "patient_name",
    "study_date",
    "model_id",
    "model_version",
    "model_sha256",
    "provider",
    "scores_json",
    "decision",
    "decision_text",
    "needs_review",
    "gate_label",
    "gate_score",
    "gate_accepted",
    "gate_overridden",
    "gate_reason",
)
#: Columns a review changes; every change is also an audit entry.
REVIEW_COLUMNS: tuple[str, ...] = ("reviewer", "agreement", "review_comment", "reviewed_at")
CASE_COLUMNS: tuple[str, ...] = ANALYSIS_COLUMNS + REVIEW_COLUMNS


@dataclass(frozen=True)
class CaseRecord:
    """One analysed image as stored, with the latest review (earlier reviews are in ``history``)."""

    id: int
    recorded_at: str  # UTC, ISO 8601
    file_path: str | None
    file_sha256: str | None
    patient_id: str | None
    patient_name: str | None  # only when the store was opened with store_patient_names=True
    study_date: str | None
    model_id: str
    model_version: str
    model_sha256: str
    provider: str
    scores: dict[str, float]
    decision: str
    decision_text: str
    needs_review: bool
    gate: GateVerdict | None
    reviewer: str | None = None
    agreement: str | None = None  # "agree", "disagree" or None
    review_comment: str | None = None
    reviewed_at: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> CaseRecord:
        gate = None
        if row["gate_label"] is not None:
            gate = GateVerdict(
                row["gate_label"],
                float(row["gate_score"]),
                bool(row["gate_accepted"]),
                row["gate_reason"] or "",
                bool(row["gate_overridden"]),
            )
        plain = {k: row[k] for k in CASE_COLUMNS if not k.startswith("gate_") and k != "scores_json"}
        plain["needs_review"] = bool(plain["needs_review"])
        return cls(id=int(row["id"]), scores=json.loads(row["scores_json"]), gate=gate, **plain)


@dataclass(frozen=True)
class AuditEntry:
    """One append-only audit record: what was done to which case, chained by hash to the one before."""

    id: int
    at: str
    case_id: int | None
    action: str  # "analysis" or "review"
    payload: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditReport:
    """Result of ``CaseStore.verify_audit``. ``first_bad_id`` is the audit id where trust ends."""

    ok: bool
    entries: int
    first_bad_id: int | None = None
    reason: str = ""
    case_id: int | None = None  # the case whose row no longer matches its audit entries, if that is the fault
    head_hash: str = ""  # hash of the last entry; keep a copy elsewhere to detect truncation
    details: list[str] = field(default_factory=list)
