# SPDX-License-Identifier: Apache-2.0
"""The "Case history" dock of one window: search, open a stored case, verify the audit trail.

Opening a case shows its stored result in the panel, checks the file's sha256 on a worker and, when the
file is still there, re-opens it in the viewer (saying so when it changed since the analysis). The case
then becomes the target of the review panel until another image is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from desktop_app.i18n.card_text import label_text
from desktop_app.storage import AuditReport, CaseRecord
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.records.case_history import CaseHistory
from desktop_app.ui.records.file_check import FileCheck, case_html, check_file
from desktop_app.ui.records.history_model import Cards
from desktop_app.ui.records.history_panel import BAD_STYLE, HistoryPanel, HistoryQuery

if TYPE_CHECKING:
    from desktop_app.ui.shell.host import WindowHost

log = logging.getLogger(__name__)


@dataclass(eq=False)
class StoredCase:
    """A case opened from the history; ``generation`` is the image load it asked for (None: not opened)."""

    record: CaseRecord
    generation: int | None = None
    decision_name: str = ""  # the decided label in the user's language ("" shows the recorded id)

    @property
    def case_id(self) -> int:
        return self.record.id

    def title(self) -> str:
        name = (Path(self.record.file_path).name if self.record.file_path
                else QCoreApplication.translate("StoredCase", "no file"))
        return QCoreApplication.translate("StoredCase", "Case #{id} (from the history) — {file}: {decision}").format(
            id=self.record.id, file=name, decision=self.decision_name or self.record.decision)


class HistoryFeature(QObject):
    """Glue between the :class:`HistoryPanel`, the case history and the window."""

    cases_shown = Signal(list)  # list[CaseRecord] now in the table
    case_opened = Signal(object, object)  # StoredCase, FileCheck
    audit_checked = Signal(object)  # AuditReport
    failed = Signal(str)  # a one-line reason, already shown

    def __init__(self, window: WindowHost, history: CaseHistory,
                 kind_names: Callable[[], Mapping[str, str]] = dict, cards: Cards | None = None):
        super().__init__(window)
        self.window = window
        self.history = history
        self._kind_names = kind_names  # the input gate card's names of image kinds (stored cases keep labels)
        self._cards = cards or (lambda _model_id: {})  # model id -> card: labels in the user's language
        self.panel = HistoryPanel(window)
        self.panel.model.cards = self._cards
        self.dock = window.add_dock(self.panel, self.tr("Case history"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.setObjectName("dock_case_history")  # the same in every language: the saved state finds it
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)  # keep the result tall
        self.dock.hide()
        self._query = HistoryQuery()
        self._opening: CaseRecord | None = None
        self._searches = 0  # numbers the searches: only the newest one's result is shown
        self.panel.search_requested.connect(self.search)
        self.panel.open_requested.connect(self.open_case)
        self.panel.verify_requested.connect(self.verify)
        self.dock.visibilityChanged.connect(lambda visible: self.refresh() if visible else None)

    def show_dock(self) -> None:
        """Show and raise the dock; its cases are searched again (on becoming visible, or now)."""
        if self.dock.isVisible():
            self.refresh()
        self.dock.show()
        self.dock.raise_()

    # -- search ----------------------------------------------------------------------------------------
    def search(self, query: HistoryQuery | None = None) -> None:
        """Run ``query`` (default: the panel's filters) and show the cases found."""
        self._query = query if query is not None else self.panel.query()
        self._searches += 1
        number = self._searches
        self.panel.count.setText(self.tr("Searching…"))
        self.history.call(self._query.run, on_done=lambda cases: self._show_cases(number, cases),
                          on_error=self._fail)

    def refresh(self) -> None:
        """Run the last search again (after a case or review was recorded)."""
        if self.dock.isVisible():
            self.search(self._query)

    def _show_cases(self, number: int, cases: list[CaseRecord]) -> None:
        if number != self._searches:
            return  # a newer search is on its way
        self.panel.show_cases(cases)
        self.cases_shown.emit(cases)

    # -- open a case -----------------------------------------------------------------------------------
    def open_case(self, case: CaseRecord) -> None:
        """Show ``case``'s stored result and re-open its file if it is still there."""
        self._opening = case
        card = self._cards(case.model_id)
        self.panel.show_case(case_html(case, kind_names=self._kind_names(), card=card), case.id)
        self.panel.show_status(self.tr("Checking the file of case #{id}…").format(id=case.id))
        worker = Worker(check_file, case.file_path, case.file_sha256)
        worker.signals.returned.connect(lambda check: self._on_checked(case, check))
        worker.signals.errored.connect(
            lambda exc: self._fail(self.tr("Could not check the file: {reason}").format(reason=exc)))
        worker.start()

    def _on_checked(self, case: CaseRecord, check: FileCheck) -> None:
        if case is not self._opening:
            return  # another case was opened meanwhile
        card = self._cards(case.model_id)
        self.panel.show_case(case_html(case, check, self._kind_names(), card), case.id)
        stored = StoredCase(case, decision_name=label_text(dict(card), case.decision))
        if check.can_open and case.file_path:
            stored.generation = self.window.open_file(case.file_path)
        style = BAD_STYLE if check.status != "same" else ""
        self.panel.show_status(check.message, style)
        if style:
            self.window.statusBar().showMessage(check.message, 15_000)
        self.case_opened.emit(stored, check)

    # -- audit -----------------------------------------------------------------------------------------
    def verify(self) -> None:
        self.panel.show_status(self.tr("Verifying the audit trail…"))
        self.history.call(lambda store: store.verify_audit(), on_done=self._on_verified, on_error=self._fail)

    def _on_verified(self, report: AuditReport) -> None:
        self.panel.show_audit(report)
        if not report.ok:
            self.window.show_error(self.panel.status.text())
        self.audit_checked.emit(report)

    def _fail(self, message: str) -> None:
        self.panel.show_status(message, BAD_STYLE)
        self.window.show_error(message)
        self.failed.emit(message)
