# SPDX-License-Identifier: Apache-2.0
"""Batch triage window: analyse a folder in the background, then sort, filter, open and export results.

The batch loop runs on its own one-thread pool (with up to two images in flight, desktop_app.analysis.batch), and
finished rows reach the table in groups every 100 ms, so the viewer stays responsive. After a cancel no
new image starts; images that were running when the user cancelled are discarded. Double-clicking a
row asks the main window to show that scan with its stored result (no re-run).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.batch import BatchProgress, BatchSummary, run_folder
from desktop_app.analysis.result import AnalysisResult
from desktop_app.memory import release_free_memory
from desktop_app.ui.batch.table_model import ROW_ROLE, BatchFilterProxy, BatchTableModel, Cards, export_csv
from desktop_app.ui.common.worker import Worker, dedicated_pool

ERROR_STYLE = "color: #b00020;"


FLUSH_MS = 100


class BatchWindow(QWidget):
    """One batch at a time. ``get_analyser`` returns the app's Analyser (created lazily, shared)."""

    row_activated = Signal(object)  # AnalysisResult
    batch_finished = Signal(object)  # BatchSummary (also after a cancel)
    row_added = Signal(object)  # AnalysisResult

    def __init__(self, get_analyser: Callable[[], Callable[[], Any]], parent: QWidget | None = None,
                 cards: Cards | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Batch triage"))
        self._get_analyser = get_analyser
        self._pool = dedicated_pool(1, self)
        self._cancel: threading.Event | None = None  # the running batch's flag (None when idle)
        # Finished rows reach the table in groups: one insert, one re-sort and one repaint per tick instead
        # of per image keeps the GUI thread's share small while both cores analyse.
        self._pending: list[AnalysisResult] = []
        self._last_progress: BatchProgress | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self.model = BatchTableModel(self)
        self.model.cards = cards
        self.proxy = BatchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.folder_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.filter_edit = QLineEdit(self)
        self.review_only = QCheckBox(self.tr("Needs review only"), self)
        self.outside_scope_only = QCheckBox(self.tr("Outside validated use only"), self)
        self.table = QTableView(self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.status = QLabel(self)
        self._build()
        self.resize(1000, 560)

    def _build(self) -> None:
        self.folder_label.setWordWrap(True)
        self.progress.setFormat("%v / %m")
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.table.setAccessibleName(self.tr("Batch results"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.status.setAccessibleName(self.tr("Batch status"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.filter_edit.setPlaceholderText(self.tr("Filter: file, patient, decision, status…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the results"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.review_only.toggled.connect(self.proxy.set_review_only)
        self.outside_scope_only.toggled.connect(self.proxy.set_outside_scope_only)
        self.export_button.clicked.connect(self.choose_export)
        self._build_table()
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.review_only)
        filters.addWidget(self.outside_scope_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _build_table(self) -> None:
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the processing order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 90, 150, 100, 80, 100, 120)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._on_double_click)

    # -- running ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._cancel is not None

    def start(self, folder: str, model_id: str = "auto") -> bool:
        """Analyse the images in ``folder``; False when a batch is already running."""
        if self.is_running():
            return False
        self._pending, self._last_progress = [], None
        self.model.reset(folder)
        self.folder_label.setText(self.tr("<b>{folder}</b> — model: {model}").format(
            folder=html.escape(folder), model=html.escape(model_id)))
        self.progress.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Looking for images…"))
        cancel = self._cancel = threading.Event()
        worker = Worker(run_folder, self._get_analyser(), folder, model_id, cancel.is_set, with_progress=True)
        worker.signals.progress.connect(lambda p: self._on_progress(cancel, p))
        worker.signals.returned.connect(lambda s: self._on_done(cancel, s))
        worker.signals.errored.connect(lambda exc: self._on_failed(cancel, exc))
        self.cancel_button.setEnabled(True)
        worker.start(self._pool)
        return True

    def cancel(self) -> None:
        """Start no new image; those running now are discarded when they return."""
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling — waiting for the images that are running…"))

    def _on_progress(self, cancel: threading.Event, progress: BatchProgress) -> None:
        if cancel is not self._cancel:
            return
        if progress.result is not None:
            self._pending.append(progress.result)
        self._last_progress = progress
        if progress.result is None:  # the file list is known: show the total at once
            self._flush()
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """Show the rows and progress received since the last flush."""
        self._flush_timer.stop()
        rows, self._pending = self._pending, []
        if rows:
            self.model.extend(rows)
            for row in rows:
                self.row_added.emit(row)
        progress = self._last_progress
        if progress is None:
            return
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        if progress.done < progress.total:
            self.status.setText(self.tr("Analysing {number} of {total}…").format(
                number=progress.done + 1, total=progress.total))
        else:
            self.status.setText(self.tr("Finishing…"))

    def _on_done(self, cancel: threading.Event, summary: BatchSummary) -> None:
        if cancel is not self._cancel:
            return
        Worker(release_free_memory).start()  # what the batch's images held, back to the OS
        self._flush()
        self._cancel = None
        self.cancel_button.setEnabled(False)
        review = sum(row.needs_review for row in self.model.rows())
        if summary.total == 0:
            self._show_problem(self.tr("No supported images found in that folder."))
        elif summary.cancelled:
            self.status.setText(self.tr("Cancelled: {done} of {total} images, {review} need review.").format(
                done=summary.done, total=summary.total, review=review))
        else:
            self.status.setText(self.tr("Done: {done} of {total} images, {review} need review.").format(
                done=summary.done, total=summary.total, review=review))
        self.batch_finished.emit(summary)

    def _on_failed(self, cancel: threading.Event, exc: BaseException) -> None:
        from desktop_app.analysis.batch import describe_failure

        if cancel is not self._cancel:
            return
        self._flush()
        self._cancel = None
        self.cancel_button.setEnabled(False)
        self._show_problem(self.tr("Batch stopped: {reason}").format(reason=describe_failure(exc)))
        self.batch_finished.emit(BatchSummary(self.model.rowCount(), self.model.rowCount(), True))

    # -- results ---------------------------------------------------------------------------------
    def _on_double_click(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if isinstance(row, AnalysisResult):
            self.row_activated.emit(row)

    def choose_export(self) -> None:
        start = str(Path(self.model.root or Path.home()) / "scanlens_triage.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), start, self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> bool:
        """Write the table as shown (filtered, sorted) to ``path``; a failure is shown, never raised."""
        from desktop_app.fsutil import WriteError

        try:
            written = export_csv(path, self.proxy.visible_rows())
        except WriteError as err:
            self._show_problem(str(err))
            return False
        self.status.setStyleSheet("")
        count = self.proxy.rowCount()
        self.status.setText(self.tr("Exported {count} rows to {path}").format(count=count, path=written))
        return True

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.cancel()
        super().closeEvent(event)
