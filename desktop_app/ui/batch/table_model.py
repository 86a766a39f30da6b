# SPDX-License-Identifier: Apache-2.0
"""The batch results table: a list model of :class:`AnalysisResult`, a sort/filter proxy, and CSV export.

Cells show text (``DisplayRole``) and sort by value (:data:`SORT_ROLE`: probabilities as numbers,
review flags before the rest). The CSV holds exactly the rows and texts the table shows.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from desktop_app.analysis.result import ANALYSED, AnalysisResult

COLUMNS = ("File", "Patient", "Model", "Decision", "Probability", "Review", "Scope", "Gate", "Status")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_REVIEW_BACKGROUND = QColor(255, 226, 160)
_Index = QModelIndex | QPersistentModelIndex


def cell_text(row: AnalysisResult, column: int, root: str = "") -> str:
    if column == 0:
        return os.path.relpath(row.path, root) if root else Path(row.path).name
    probability = row.probability
    values = (
        row.patient_id, row.model, row.decision, "" if probability is None else f"{probability:.3f}",
        "NEEDS REVIEW" if row.needs_review else "", row.scope_text, row.gate_label,
        row.status if row.status == ANALYSED else f"{row.status}: {row.message}",
    )
    return values[column - 1]


def sort_key(row: AnalysisResult, column: int, root: str = "") -> object:
    if column == 4:
        return -1.0 if row.probability is None else row.probability
    if column == 5:
        return 1 if row.needs_review else 0
    if column == 6:
        return (1 if row.outside_scope else 0, row.scope_text)
    return cell_text(row, column, root).lower()


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
        self._texts.extend(tuple(cell_text(row, c, self.root) for c in columns) for row in rows)
        self._keys.extend(tuple(sort_key(row, c, self.root) for c in columns) for row in rows)
        self.endInsertRows()

    def rows(self) -> list[AnalysisResult]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
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
            return _REVIEW_BACKGROUND
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
    writer.writerow(COLUMNS)
    writer.writerows([[_csv_safe(cell) for cell in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets Excel read the UTF-8


def export_csv(path: str, rows: list[list[str]]) -> Path:
    """Write ``rows`` atomically (temporary file + ``os.replace``). Raises ``fsutil.WriteError``."""
    from desktop_app.fsutil import atomic_write_bytes

    return atomic_write_bytes(path, csv_bytes(rows))
