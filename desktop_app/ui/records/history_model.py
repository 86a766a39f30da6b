# SPDX-License-Identifier: Apache-2.0
"""Table model of the case history: one row per recorded analysis, newest first."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.i18n.card_text import label_text
from desktop_app.storage import CaseRecord

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Time"), QT_TRANSLATE_NOOP("HistoryModel", "Patient ID"),
    QT_TRANSLATE_NOOP("HistoryModel", "File"), QT_TRANSLATE_NOOP("HistoryModel", "Model"),
    QT_TRANSLATE_NOOP("HistoryModel", "Decision"), QT_TRANSLATE_NOOP("HistoryModel", "Prob."),
    QT_TRANSLATE_NOOP("HistoryModel", "Flag"), QT_TRANSLATE_NOOP("HistoryModel", "Review"),
)
REVIEW_FLAG = QT_TRANSLATE_NOOP("HistoryModel", "NEEDS REVIEW")
#: How a recorded agreement (stored in English: "agree", "disagree") is shown.
AGREEMENTS = {"agree": QT_TRANSLATE_NOOP("HistoryModel", "agree"),
              "disagree": QT_TRANSLATE_NOOP("HistoryModel", "disagree")}
AMBER_TEXT = QColor("#8a5a00")  # the review flag on the table's base colour
_Index = QModelIndex | QPersistentModelIndex
Cards = Callable[[str], Mapping[str, Any]]  # model id -> its card ({} when unknown)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


def agreement_text(agreement: str) -> str:
    """A recorded agreement in the user's language (an unknown value as it was recorded)."""
    return _tr(AGREEMENTS[agreement]) if agreement in AGREEMENTS else agreement


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
    if case.agreement:
        what = agreement_text(case.agreement)
    elif case.review_comment:
        what = QCoreApplication.translate("HistoryModel", "comment")
    else:
        what = QCoreApplication.translate("HistoryModel", "reviewed")
    return f"{what} — {case.reviewer}" if case.reviewer else what


def cell_text(case: CaseRecord, column: int, cards: Cards | None = None) -> str:
    """What the table shows; ``cards`` names the decided label in the user's language."""
    probability = decided_probability(case)
    decision = label_text(dict(cards(case.model_id)), case.decision) if cards else case.decision
    values = (
        local_time(case.recorded_at),
        case.patient_id or "—",
        Path(case.file_path).name if case.file_path else "—",
        f"{case.model_id} {case.model_version}",
        decision,
        "" if probability is None else f"{probability:.2f}",
        _tr(REVIEW_FLAG) if case.needs_review else "",
        reviewer_text(case),
    )
    return values[column]


class HistoryModel(QAbstractTableModel):
    """Rows are :class:`CaseRecord` values; :meth:`case` gives the record of a row."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._cases: list[CaseRecord] = []
        self.cards: Cards | None = None  # names the labels in the user's language (set by the history)

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
            return _tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(case, column, self.cards)
        if role == Qt.ItemDataRole.ToolTipRole:
            return case.file_path if column == 2 else case.review_comment if column == 7 else case.decision_text
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and case.needs_review:
            return QBrush(AMBER_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
