# SPDX-License-Identifier: Apache-2.0
"""The PACS dock: search a node's studies, double-click one to retrieve it (progress, cancel) and open it in
the thumbnail strip; the outbox state with "Send now"."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.pacs import NodeStore, PacsError
from desktop_app.pacs.query import StudyQuery, find_studies
from desktop_app.pacs.retrieve import RetrieveResult, get_study
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.pacs.receive_feature import ReceivedList

COLUMNS = ("StudyDate", "PatientID", "PatientName", "ModalitiesInStudy", "NumberOfStudyRelatedInstances",
           "StudyDescription")
HEADERS = (QT_TRANSLATE_NOOP("PacsPanel", "Date"), QT_TRANSLATE_NOOP("PacsPanel", "Patient ID"),
           QT_TRANSLATE_NOOP("PacsPanel", "Name"), QT_TRANSLATE_NOOP("PacsPanel", "Modality"),
           QT_TRANSLATE_NOOP("PacsPanel", "Images"), QT_TRANSLATE_NOOP("PacsPanel", "Description"))


class PacsPanel(QWidget):
    """Search and retrieve; emits :attr:`retrieved` with the files of a study once it is on disk."""

    retrieved = Signal(list)  # paths (str) of the retrieved instances
    failed = Signal(str)  # one-line reason
    flush_requested = Signal()

    def __init__(self, store: NodeStore, download_root: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.download_root = store, download_root
        self.node = QComboBox(self)
        self.patient_id, self.patient_name, self.date, self.modality = (QLineEdit(self) for _ in range(4))
        self.date.setPlaceholderText(self.tr("YYYYMMDD or YYYYMMDD-YYYYMMDD"))
        self.patient_name.setPlaceholderText(self.tr("Doe* (wildcards * and ?)"))
        self.search_button = QPushButton(self.tr("Search"), self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Studies found"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Retrieve progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.status = QLabel("", self)
        self.outbox_label = QLabel(self.tr("Outbox: empty"), self)
        self.send_now = QPushButton(self.tr("Send now"), self)
        self.receive_label = QLabel(self.tr("Not receiving"), self)
        self.received = ReceivedList(self)
        self.studies: list[dict[str, Any]] = []
        self._cancel = threading.Event()
        self._build()
        self.reload_nodes()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("PACS:"), self.node)
        form.addRow(self.tr("Patient ID:"), self.patient_id)
        form.addRow(self.tr("Name:"), self.patient_name)
        form.addRow(self.tr("Study date:"), self.date)
        form.addRow(self.tr("Modality:"), self.modality)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("PacsPanel", header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.retrieve(row))
        self.search_button.clicked.connect(self.search)
        for field in (self.patient_id, self.patient_name, self.date, self.modality):
            field.returnPressed.connect(self.search)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.send_now.clicked.connect(self.flush_requested)
        progress_row, outbox_row = QHBoxLayout(), QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        outbox_row.addWidget(self.outbox_label, 1)
        outbox_row.addWidget(self.send_now)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.search_button)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addLayout(outbox_row)
        layout.addWidget(self.receive_label)
        layout.addWidget(self.received)
        self.received.hide()  # shown while receiving, or once something arrived
        self.receive_label.hide()
        self._set_busy(False)

    def reload_nodes(self) -> None:
        current = self.node.currentText()
        self.node.clear()
        try:
            self.node.addItems([n.name for n in self.store.all()])
        except PacsError as err:
            self.status.setText(str(err))
        if current:
            self.node.setCurrentText(current)
        self.search_button.setEnabled(self.node.count() > 0)
        if self.node.count() == 0:
            self.status.setText(self.tr("No PACS configured: add one in PACS → PACS Nodes…"))

    def _set_busy(self, busy: bool, retrieving: bool = False) -> None:
        self.search_button.setEnabled(not busy and self.node.count() > 0)
        self.table.setEnabled(not busy)
        self.progress.setVisible(retrieving)
        self.cancel_button.setVisible(retrieving)

    def query(self) -> StudyQuery:
        return StudyQuery(self.patient_id.text().strip(), self.patient_name.text().strip(), self.date.text().strip(),
                          self.modality.text().strip())

    def search(self) -> Worker | None:
        """C-FIND on the chosen node in a worker; the studies fill the table."""
        try:
            node = self.store.get(self.node.currentText())
        except PacsError as err:
            return self._fail(str(err))
        self._set_busy(True)
        self.status.setText(self.tr("Searching {node}…").format(node=node.name))
        worker = Worker(find_studies, node, self.query())
        worker.signals.returned.connect(self._show_studies)
        worker.signals.errored.connect(lambda exc: self._fail(self.tr("Search failed: {reason}").format(reason=exc)))
        worker.signals.finished.connect(lambda: self._set_busy(False))
        return worker.start()

    def _show_studies(self, studies: list[dict[str, Any]]) -> None:
        self.studies = sorted(studies, key=lambda s: (s.get("StudyDate") or "", s.get("StudyTime") or ""),
                              reverse=True)  # newest first
        studies = self.studies
        self.table.setRowCount(len(studies))
        for row, study in enumerate(studies):
            for col, key in enumerate(COLUMNS):
                value = study.get(key)
                text = "/".join(value) if isinstance(value, list) else "" if value is None else str(value)
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("Studies found: {count}. Double-click one to retrieve and open it.").format(
            count=len(studies)))

    def retrieve(self, row: int) -> Worker | None:
        """C-GET the study in ``row`` into the download folder with progress; Cancel stops it."""
        try:
            node = self.store.get(self.node.currentText())
        except PacsError as err:
            return self._fail(str(err))
        study_uid = self.studies[row]["StudyInstanceUID"]
        self._cancel.clear()
        self._set_busy(True, retrieving=True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Retrieving {study}…").format(study=self.studies[row]["PatientName"] or study_uid))
        folder, cancelled = self.download_root / study_uid, self._cancel.is_set

        def fetch(progress: Any) -> RetrieveResult:
            return get_study(node, study_uid, folder, lambda done, total: progress((done, total)), cancelled)

        worker = Worker(fetch, with_progress=True)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.returned.connect(self._on_retrieved)
        worker.signals.errored.connect(lambda exc: self._fail(self.tr("Retrieve failed: {reason}").format(reason=exc)))
        worker.signals.finished.connect(lambda: self._set_busy(False))
        return worker.start()

    def _on_progress(self, value: tuple[int, int | None]) -> None:
        done, total = value
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_retrieved(self, result: RetrieveResult) -> None:
        failed = self.tr(" ({count} could not be retrieved)").format(count=result.failed) if result.failed else ""
        if result.cancelled:
            text = self.tr("Cancelled after {count} image(s){failed}.")
        else:
            text = self.tr("Retrieved {count} image(s){failed}.")
        self.status.setText(text.format(count=len(result.files), failed=failed))
        if result.files:
            self.retrieved.emit([str(p) for p in sorted(result.files)])

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
        return None

    def show_receiving(self, text: str, receiving: bool) -> None:
        self.receive_label.setText(text)
        visible = receiving or self.received.count() > 0
        self.receive_label.setVisible(visible)
        self.received.setVisible(visible)

    def show_outbox(self, waiting: int, failed: int, last_error: str) -> None:
        if not waiting and not failed:
            self.outbox_label.setText(self.tr("Outbox: everything sent"))
        else:
            reason = f" — {last_error}" if last_error else ""
            self.outbox_label.setText(self.tr("Outbox: {waiting} waiting, {failed} failed{reason}").format(
                waiting=waiting, failed=failed, reason=reason))
        self.outbox_label.setToolTip(last_error)
        self.send_now.setEnabled(bool(waiting or failed))
