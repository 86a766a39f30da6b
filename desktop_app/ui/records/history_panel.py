# SPDX-License-Identifier: Apache-2.0
"""The "Case history" panel: search past cases, open one, verify the audit trail.

It only asks and shows; :class:`desktop_app.ui.records.feature.RecordsFeature` queries the case history.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.card_text import label_text
from desktop_app.storage import AuditReport, CaseRecord, CaseStore
from desktop_app.ui.records.history_model import HistoryModel

ANY = QT_TRANSLATE_NOOP("HistoryPanel", "Any")
OUTSIDE = "outside"
REVIEW_CHOICES = ((ANY, None), (QT_TRANSLATE_NOOP("HistoryPanel", "Needs review"), True),
                  (QT_TRANSLATE_NOOP("HistoryPanel", "Not flagged"), False),
                  (QT_TRANSLATE_NOOP("HistoryPanel", "Outside validated use"), OUTSIDE))
OK_STYLE = "color: #1b6e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"
SEARCH_LIMIT = 500
FILE_COLUMN = 2


@dataclass(frozen=True)
class HistoryQuery:
    """Filters of :meth:`desktop_app.storage.CaseStore.search`; None means "any"."""

    patient_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    decision: str | None = None
    needs_review: bool | None = None
    text: str | None = None
    outside_scope: bool | None = None

    def run(self, store: CaseStore) -> list[CaseRecord]:
        """The matching cases (called on the case-history thread)."""
        return store.search(self.patient_id, self.date_from, self.date_to, self.decision, self.needs_review,
                            self.text, limit=SEARCH_LIMIT, outside_scope=self.outside_scope)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryPanel", text)


def audit_message(report: AuditReport) -> str:
    if report.ok:
        return QCoreApplication.translate("HistoryPanel", "Audit trail OK: {count} entries verified.").format(
            count=report.entries)
    where = []
    if report.first_bad_id is not None:
        where.append(QCoreApplication.translate("HistoryPanel", "entry {id}").format(id=report.first_bad_id))
    if report.case_id is not None:
        where.append(QCoreApplication.translate("HistoryPanel", "case #{id}").format(id=report.case_id))
    place = ", ".join(where) or QCoreApplication.translate("HistoryPanel", "the case history")
    return QCoreApplication.translate(
        "HistoryPanel", "AUDIT FAILED at {place}: {reason}. Entries before it are still trustworthy.").format(
        place=place, reason=report.reason)


def _date_filter(parent: QWidget, label: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(label, parent)
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setEnabled(False)
    edit.setAccessibleName(label)
    box.toggled.connect(edit.setEnabled)
    return box, edit


class HistoryPanel(QWidget):
    """Search fields, the table of cases, the opened case's stored result and the audit button."""

    search_requested = Signal(object)  # HistoryQuery
    open_requested = Signal(object)  # CaseRecord
    verify_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.patient_id = QLineEdit(self)
        self.patient_id.setPlaceholderText(self.tr("exact ID"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("file, model, decision, reviewer, comment…"))
        self.decision = QComboBox(self)
        self.decision.setEditable(True)
        self.decision.addItem(_tr(ANY), None)
        self.review = QComboBox(self)
        for text, value in REVIEW_CHOICES:
            self.review.addItem(_tr(text), value)
        self.use_from, self.date_from = _date_filter(self, self.tr("From"))
        self.use_to, self.date_to = _date_filter(self, self.tr("To"))
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Opened case"))
        self.search_button = QPushButton(self.tr("Search"), self)
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.verify_button = QPushButton(self.tr("Verify audit trail"), self)
        self.count = QLabel(self)  # how many cases the last search found
        self.status = QLabel(self)  # the last message: file check, audit result, error
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        self._connect()

    def _filters(self) -> QGridLayout:
        rows = [
            [self._buddy(self.tr("Patient ID:"), self.patient_id), self.patient_id,
             self._buddy(self.tr("Decision:"), self.decision), self.decision,
             self._buddy(self.tr("Review:"), self.review), self.review],
            [self.use_from, self.date_from, self.use_to, self.date_to, self._buddy(self.tr("Text:"), self.text),
             self.text],
        ]
        grid = QGridLayout()
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 2)
        return grid

    def _buddy(self, text: str, control: QWidget) -> QLabel:
        """A label tied to ``control`` (screen readers read it as the control's label)."""
        label = QLabel(text, self)
        label.setBuddy(control)
        return label

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FILE_COLUMN, 210)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.detail.hide()  # shown when a case is opened
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.count)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._filters())
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.search_button.clicked.connect(self.request_search)
        for edit in (self.patient_id, self.text):
            edit.returnPressed.connect(self.request_search)
        self.decision.activated.connect(self.request_search)
        self.decision.lineEdit().returnPressed.connect(self.request_search)
        self.review.activated.connect(self.request_search)
        self.table.doubleClicked.connect(self._open_index)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.verify_button.clicked.connect(self.verify_requested)

    # -- asking ----------------------------------------------------------------------------------------
    def query(self) -> HistoryQuery:
        review = self.review.currentData()
        return HistoryQuery(
            patient_id=self.patient_id.text().strip() or None,
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,
            decision=self.decision_filter(),
            needs_review=None if review == OUTSIDE else review,
            text=self.text.text().strip() or None,
            outside_scope=True if review == OUTSIDE else None,
        )

    def decision_filter(self) -> str | None:
        """The label id chosen (items show labels in the user's language), or what was typed; None: any."""
        text = self.decision.currentText().strip()
        index = self.decision.findText(text)
        if index >= 0:
            return self.decision.itemData(index) or None  # "Any" carries None
        return text or None

    def request_search(self) -> None:
        self.search_requested.emit(self.query())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.case(index.row()))

    # -- showing ---------------------------------------------------------------------------------------
    def show_cases(self, cases: list[CaseRecord]) -> None:
        self.model.set_cases(cases)
        self._add_decisions((case.decision, case.model_id) for case in cases)
        more = self.tr(" (the newest {limit})").format(limit=SEARCH_LIMIT) if len(cases) >= SEARCH_LIMIT else ""
        hint = self.tr(" — double-click one to open it") if cases else ""
        self.count.setText(self.tr("{count} case(s){more}{hint}").format(count=len(cases), more=more, hint=hint))

    def _add_decisions(self, decisions: Iterable[tuple[str, str]]) -> None:
        """Offer each decided label once, shown in the user's language (the model's card names it)."""
        known = {self.decision.itemData(i) for i in range(self.decision.count())}
        cards = self.model.cards
        for label, model_id in sorted(set(decisions)):
            if label not in known:
                known.add(label)
                self.decision.addItem(label_text(dict(cards(model_id)), label) if cards else label, label)

    def show_case(self, html: str, case_id: int) -> None:
        if self.detail.isHidden():
            self.detail.show()
            width = self.splitter.width()
            self.splitter.setSizes([width - min(320, width // 3), min(320, width // 3)])
        self.detail.setHtml(html)
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)

    def show_status(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def show_audit(self, report: AuditReport) -> None:
        self.show_status(audit_message(report), OK_STYLE if report.ok else BAD_STYLE)
