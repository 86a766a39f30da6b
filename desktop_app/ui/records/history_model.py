# SPDX-License-Identifier: Apache-2.0
"""Table model of the case history: one row per recorded analysis, newest first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.storage import CaseRecord

COLUMNS = ("Time", "Patient ID", "File", "Model", "Decision", "Prob.", "Flag", "Review")
REVIEW_FLAG = "NEEDS REVIEW"
_AMBER = QColor("#8a5a00")
_Index = QModelIndex | QPersistentModelIndex


def local_time(recorded_at: str) -> str:
    """A stored UTC ISO time as local ``YYYY-MM-DD HH:MM``."""
    try:
        return datetime.fromisoformat(recorded_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return recorded_at


def decided_probability(case: CaseRecord) -> float | None:
    return case.scores.get(case.decision)


def reviewer_text(case: CaseRecord) -> str:
    """"agree — Dr. A" / "disagree — Dr. A" / "comment — Dr. A" / ""."""
    if not case.reviewer and not case.agreement:
        return ""
    what = case.agreement or ("comment" if case.review_comment else "reviewed")
    return f"{what} — {case.reviewer}" if case.reviewer else what


def cell_text(case: CaseRecord, column: int) -> str:
    probability = decided_probability(case)
    values = (
        local_time(case.recorded_at),
        case.patient_id or "—",
        Path(case.file_path).name if case.file_path else "—",
        f"{case.model_id} {case.model_version}",
        case.decision,
        "" if probability is None else f"{probability:.2f}",
        REVIEW_FLAG if case.needs_review else "",
        reviewer_text(case),
    )
    return values[column]


class HistoryModel(QAbstractTableModel):
    """Rows are :class:`CaseRecord` values; :meth:`case` gives the record of a row."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._cases: list[CaseRecord] = []

    def set_cases(self, cases: list[CaseRecord]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def cases(self) -> list[CaseRecord]:
        return list(self._cases)

    def case(self, row: int) -> CaseRecord:
        return self._cases[row]

    def row_of(self, case_id: int) -> int:
        return next((row for row, case in enumerate(self._cases) if case.id == case_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return case.file_path if column == 2 else case.review_comment if column == 7 else case.decision_text
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and case.needs_review:
            return QBrush(_AMBER)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
