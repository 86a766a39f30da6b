# SPDX-License-Identifier: Apache-2.0
"""The batch results table: a list model of :class:`AnalysisResult`, a sort/filter proxy, and CSV export.

Cells show text (``DisplayRole``) and sort by value (:data:`SORT_ROLE`: probabilities as numbers,
review flags before the rest). The CSV holds exactly the rows and texts the table shows, in the user's
language (headers, labels, status); the case history and the JSON output keep the label ids.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop_app.analysis.result import ANALYSED, FAILED, REFUSED, AnalysisResult
from desktop_app.i18n.card_text import label_text

COLUMNS = (
    QT_TRANSLATE_NOOP("BatchTableModel", "File"), QT_TRANSLATE_NOOP("BatchTableModel", "Patient"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Model"), QT_TRANSLATE_NOOP("BatchTableModel", "Decision"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Probability"), QT_TRANSLATE_NOOP("BatchTableModel", "Review"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Scope"), QT_TRANSLATE_NOOP("BatchTableModel", "Gate"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Status"),
)
STATUS_TEXTS = {
    ANALYSED: QT_TRANSLATE_NOOP("BatchTableModel", "Analysed"),
    REFUSED: QT_TRANSLATE_NOOP("BatchTableModel", "Not analysed"),
    FAILED: QT_TRANSLATE_NOOP("BatchTableModel", "Error"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: Rows that need review: dark text on amber whatever the theme (contrast checked by the tests).
REVIEW_BACKGROUND = QColor(255, 226, 160)
REVIEW_FOREGROUND = QColor(26, 20, 0)
_Index = QModelIndex | QPersistentModelIndex
Cards = Callable[[str], Mapping[str, Any]]  # model id -> its card ({} when unknown)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchTableModel", text)


def column_titles() -> list[str]:
    """The column headers in the user's language."""
    return [_tr(title) for title in COLUMNS]


def cell_text(row: AnalysisResult, column: int, root: str = "", cards: Cards | None = None) -> str:
    """What the table shows; ``cards`` names the decided label in the user's language."""
    if column == 0:
        return os.path.relpath(row.path, root) if root else Path(row.path).name
    probability = row.probability
    decision = label_text(dict(cards(row.model)), row.decision) if cards and row.decision else row.decision
    status = _tr(STATUS_TEXTS.get(row.status, row.status))
    values = (
        row.patient_id, row.model, decision, "" if probability is None else f"{probability:.3f}",
        QCoreApplication.translate("BatchTableModel", "NEEDS REVIEW") if row.needs_review else "",
        row.scope_text, row.gate_label, status if row.status == ANALYSED else f"{status}: {row.message}",
    )
    return values[column - 1]


def sort_key(row: AnalysisResult, column: int, root: str = "", cards: Cards | None = None) -> object:
    if column == 4:
        return -1.0 if row.probability is None else row.probability
    if column == 5:
        return 1 if row.needs_review else 0
    if column == 6:
        return (1 if row.outside_scope else 0, row.scope_text)
    return cell_text(row, column, root, cards).lower()


class BatchTableModel(QAbstractTableModel):
    """Rows are appended as the batch reports them; ``root`` makes file names relative to the folder.

    Each row's texts and sort keys are computed once, when it arrives: the view asks for them many times
    per repaint while the batch runs, and every answer costs GUI-thread time the analysis could use.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[AnalysisResult] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple[object, ...]] = []
        self.root = ""
        self.cards: Cards | None = None  # names the labels in the user's language (set by the window)

    def reset(self, root: str = "") -> None:
        self.beginResetModel()
        self._rows, self._texts, self._keys = [], [], []
        self.root = root
        self.endResetModel()

    def append(self, row: AnalysisResult) -> None:
        self.extend([row])

    def extend(self, rows: list[AnalysisResult]) -> None:
        """Add rows in one insert (one re-sort/re-filter of the proxy for the whole group)."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        columns = range(len(COLUMNS))
        self._texts.extend(tuple(cell_text(row, c, self.root, self.cards) for c in columns) for row in rows)
        self._keys.extend(tuple(sort_key(row, c, self.root, self.cards) for c in columns) for row in rows)
        self.endInsertRows()

    def rows(self) -> list[AnalysisResult]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, column = index.row(), index.column()
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][column]
        if role == SORT_ROLE:
            return self._keys[number][column]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.path if column == 0 else self._texts[number][column]
        if role == Qt.ItemDataRole.BackgroundRole and row.needs_review:
            return REVIEW_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and row.needs_review:
            return REVIEW_FOREGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BatchFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; filters by a text in any column and optionally "needs review" only."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._review_only = False
        self._outside_scope_only = False

    def set_review_only(self, on: bool) -> None:
        self._change_filter(lambda: setattr(self, "_review_only", on))

    def set_outside_scope_only(self, on: bool) -> None:
        self._change_filter(lambda: setattr(self, "_outside_scope_only", on))

    def _change_filter(self, change: Callable[[], None]) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            change()
            self.invalidateFilter()
            return
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if self._review_only and not (row is not None and row.needs_review):
            return False
        if self._outside_scope_only and not (row is not None and row.outside_scope):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def visible_rows(self) -> list[list[str]]:
        """The table as shown (filtered and sorted), one list of cell texts per row."""
        return [[str(self.data(self.index(r, c))) for c in range(self.columnCount())] for r in range(self.rowCount())]


def _csv_safe(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(column_titles())
    writer.writerows([[_csv_safe(cell) for cell in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets Excel read the UTF-8


def export_csv(path: str, rows: list[list[str]]) -> Path:
    """Write ``rows`` atomically (temporary file + ``os.replace``). Raises ``fsutil.WriteError``."""
    from desktop_app.fsutil import atomic_write_bytes

    return atomic_write_bytes(path, csv_bytes(rows))
