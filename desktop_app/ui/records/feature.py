# SPDX-License-Identifier: Apache-2.0
"""Reports and records of one window (``window.records``): case history, review, PDF, print, DICOM export.

Every finished analysis shown on screen is recorded in the case history (:meth:`set_result`); the review
panel saves the reviewer's agreement to that case. Export report / Print / Export to PACS folder all
start from :attr:`current` — the image and prediction on screen — through ``build_report_input``, so the
PDF, the paper and the DICOM files show the same thing. Slow work runs on workers; every failure is
shown in the window with a one-line reason and loses nothing already recorded or typed.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from desktop_app.analysis.outputs import record_case
from desktop_app.analysis.render import OverlayStyle
from desktop_app.analysis.result import AnalysisResult
from desktop_app.imaging.model import LoadedImage
from desktop_app.ui.records.case_history import CaseHistory
from desktop_app.ui.records.history_feature import HistoryFeature, StoredCase
from desktop_app.ui.records.review_panel import ReviewPanel
from desktop_app.ui.reports.jobs import AnalysedCase, ReviewValues
from desktop_app.ui.reports.outputs import ReportOutputs
from desktop_app.ui.settings.report_settings import ReportSettingsDialog, load_report_prefs, save_report_prefs

if TYPE_CHECKING:
    from desktop_app.storage import CaseRecord
    from desktop_app.ui.analysis.feature import AnalysisFeature
    from desktop_app.ui.records.file_check import FileCheck
    from desktop_app.ui.shell.host import WindowHost

log = logging.getLogger(__name__)
#: Actions that need a finished analysis on screen.
RESULT_ACTIONS = ("export_report", "print_report", "print_preview", "export_pacs")

ReviewTarget = AnalysedCase | StoredCase


def record_analysis(store: Any, case: AnalysedCase) -> int:
    """Record ``case`` once (runs on the case-history thread, which alone sets ``case.case_id``)."""
    if case.case_id is None:
        case.case_id = record_case(store, case.result)
    return case.case_id


def save_review(store: Any, target: ReviewTarget, values: ReviewValues) -> CaseRecord | None:
    """Record the analysis first if that failed before, then the review; the updated case."""
    case_id = record_analysis(store, target) if isinstance(target, AnalysedCase) else target.case_id
    store.record_review(case_id, values.reviewer, values.agreement, values.comment)
    return store.get(case_id)


class RecordsFeature(QObject):
    """See the module docstring. Signals are for tests and other panels."""

    recorded = Signal(int)  # case id of a newly recorded analysis
    record_failed = Signal(str)
    review_saved = Signal(object)  # CaseRecord after the review
    review_failed = Signal(str)

    def __init__(self, window: WindowHost, analysis: AnalysisFeature, db_path: str | None = None):
        super().__init__(window)
        self.window = window
        self.analysis = analysis
        self.prefs = load_report_prefs(window.settings)
        self.store = CaseHistory(self, db_path)
        self.current: AnalysedCase | None = None
        self.target: ReviewTarget | None = None
        self.review = ReviewPanel(self.prefs.reviewer, window)
        self.review_dock = window.add_dock(self.review, self.tr("Review"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.review_dock.setObjectName("dock_review")  # the same in every language: the saved state finds it
        window.splitDockWidget(analysis.dock, self.review_dock, Qt.Orientation.Vertical)
        window.resizeDocks([analysis.dock, self.review_dock, window.metadata_dock], [520, 230, 150],
                           Qt.Orientation.Vertical)
        self.history = HistoryFeature(window, self.store, analysis.kind_names, analysis.card_of)
        self.outputs = ReportOutputs(self)
        self.review.save_requested.connect(self.save_review)
        self.history.case_opened.connect(self._on_case_opened)
        window.image_changed.connect(self._on_image_changed)
        analysis.result_shown.connect(self.set_result)
        analysis.result_cleared.connect(self.clear_result)
        analysis.batch_row_done.connect(self.record_batch_row)
        window.installEventFilter(self)
        self._set_actions_enabled(False)

    # -- the analysis on screen ----------------------------------------------------------------------
    def set_result(self, result: AnalysisResult) -> AnalysedCase:
        """A fresh analysis is on screen: make it current, record it, and review it."""
        case = AnalysedCase(result, self._card(result.model), self.overlay_style())
        self.current = case
        self._set_target(case)
        self._set_actions_enabled(True)
        self.store.call(record_analysis, case, on_done=lambda case_id: self._on_recorded(case, case_id),
                        on_error=lambda message: self._on_record_failed(case, message))
        return case

    def record_batch_row(self, row: AnalysisResult) -> None:
        """Every analysis is recorded, batch triage included (refused and failed files are not analyses)."""
        if not row.ok:
            return
        self.store.call(record_case, row,
                        on_error=lambda message: self.window.show_error(
                            self.tr("Case history: {message}").format(message=message)))

    def clear_result(self) -> None:
        """The result left the screen (another image or frame, or a new analysis is running)."""
        self.current = None
        self._set_actions_enabled(False)
        if isinstance(self.target, AnalysedCase):
            self._set_target(None)

    def _card(self, model_id: str) -> dict:
        return self.analysis.card_of(model_id)

    def overlay_style(self) -> OverlayStyle:
        overlay = self.analysis.overlay
        return OverlayStyle(opacity=float(overlay.opacity), colormap=str(overlay.colormap))

    def _on_recorded(self, case: AnalysedCase, case_id: int) -> None:
        log.info("recorded case %d for %s", case_id, case.image.path)
        if case is self.target:
            self.review.set_title(case.title())
        self.history.refresh()
        self.recorded.emit(case_id)

    def _on_record_failed(self, case: AnalysedCase, message: str) -> None:
        text = self.tr("The analysis was not recorded in the case history: {message}").format(message=message)
        self.window.show_error(text)
        if case is self.target:
            self.review.show_error(self.tr("{problem} Saving a review will try again.").format(problem=text))
        self.record_failed.emit(text)

    def _on_image_changed(self, _image: LoadedImage, generation: int) -> None:
        self.clear_result()
        if isinstance(self.target, StoredCase) and self.target.generation != generation:
            self._set_target(None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for key in RESULT_ACTIONS:
            self.window.commands[key].setEnabled(enabled)

    # -- review ----------------------------------------------------------------------------------------
    def _set_target(self, target: ReviewTarget | None) -> None:
        self.target = target
        if target is None:
            self.review.set_case(None)
            return
        saved = None
        if isinstance(target, StoredCase) and (target.record.agreement or target.record.review_comment):
            record = target.record
            agreement = "agree" if record.agreement == "agree" else "disagree" if record.agreement else None
            saved = ReviewValues(record.reviewer or "", agreement, record.review_comment or "")
        self.review.set_case(target.title(), saved)

    def _on_case_opened(self, stored: StoredCase, _check: FileCheck) -> None:
        self.current = None
        self._set_actions_enabled(False)
        self._set_target(stored)

    def save_review(self, values: ReviewValues | None = None) -> None:
        """Record the review panel's values (or ``values``) for the case under review."""
        target = self.target
        if target is None:
            return
        values = values or self.review.values()
        self.remember_reviewer(values.reviewer)
        self.review.set_saving()
        self.store.call(save_review, target, values,
                        on_done=lambda record: self._on_review_saved(target, values, record),
                        on_error=lambda message: self._on_review_failed(target, message))

    def remember_reviewer(self, name: str) -> None:
        if name and name != self.prefs.reviewer:
            self.prefs = replace(self.prefs, reviewer=name)
            save_report_prefs(self.window.settings, self.prefs)

    def _on_review_saved(self, target: ReviewTarget, values: ReviewValues, record: CaseRecord | None) -> None:
        if target is self.target and record is not None:
            self.review.set_title(target.title())
            self.review.show_saved(values, self.tr("Review saved to case #{id}.").format(id=record.id))
        self.window.statusBar().showMessage(self.tr("Review saved to the case history."), 5000)
        self.history.refresh()
        self.review_saved.emit(record)

    def _on_review_failed(self, target: ReviewTarget, message: str) -> None:
        text = self.tr("The review was NOT saved: {message}").format(message=message)
        if target is self.target:
            self.review.show_error(self.tr("{problem} Your review is kept here; press Save review to try again.")
                                   .format(problem=text))
        self.window.show_error(text)
        self.review_failed.emit(text)

    def review_for_report(self) -> ReviewValues:
        """The review a report of :attr:`current` shows: the panel's, saved first if it is not yet."""
        if self.current is None or self.target is not self.current:
            return ReviewValues(self.prefs.reviewer)
        values = self.review.values()
        if self.review.is_dirty() and values.reviewer:
            self.save_review(values)
        return values if values.reviewer else replace(values, reviewer=self.prefs.reviewer)

    # -- settings and shutdown -------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = ReportSettingsDialog(self.prefs, self.window)
        if dialog.exec():
            self.apply_prefs(dialog.prefs())

    def apply_prefs(self, prefs: Any) -> None:
        if prefs.reviewer and prefs.reviewer != self.review.reviewer.text():
            self.review.reviewer.setText(prefs.reviewer)
        self.prefs = prefs
        save_report_prefs(self.window.settings, prefs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.store.close()
        return False
