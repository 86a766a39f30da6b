# SPDX-License-Identifier: Apache-2.0
"""File → Export report (PDF), Print, Print preview and Export to PACS folder (DICOM) of the current case.

Each asks for the patient/study fields (typed only for non-DICOM images) and de-identification, then
runs on a worker from :attr:`RecordsFeature.current`. Printing rasterises the very PDF that Export
writes (:mod:`desktop_app.ui.reports.print_pages`), so paper and file cannot disagree. The ``path`` / ``folder``
/ ``printer`` / ``options`` arguments skip the dialogs (tests, scripting).
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from desktop_app.ui.common.worker import Worker
from desktop_app.ui.reports.jobs import AnalysedCase, ReviewValues, describe_job_error, export_to_folder, write_pdf
from desktop_app.ui.reports.options_dialog import ReportOptions, ReportOptionsDialog
from desktop_app.ui.reports.print_pages import PRINT_DPI, PrintError, paint_pages, prepare_printer, rasterise

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from desktop_app.exporting import ExportedStudy
    from desktop_app.ui.records.feature import RecordsFeature
    from desktop_app.ui.settings.report_settings import ReportPrefs

log = logging.getLogger(__name__)
EXPORT_TITLE = QT_TRANSLATE_NOOP("ReportOutputs", "Export Report (PDF)…")
PRINT_TITLE = QT_TRANSLATE_NOOP("ReportOutputs", "Print Report…")
PACS_TITLE = QT_TRANSLATE_NOOP("ReportOutputs", "Export to PACS Folder (DICOM)…")


def report_pages(case: AnalysedCase, options: ReportOptions, prefs: ReportPrefs, review: ReviewValues,
                 dpi: int = PRINT_DPI) -> list[QImage]:
    """The report of ``case`` written to a temporary PDF and rasterised (runs on a worker)."""
    with tempfile.TemporaryDirectory(prefix="scanlens-print-") as temp:
        return rasterise(write_pdf(case, options, prefs, review, Path(temp) / "report.pdf"), dpi)


def default_report_name(case: AnalysedCase, options: ReportOptions) -> str:
    """``<file>_report.pdf``; when de-identifying a dated name (file names often carry the patient's name)."""
    if options.deidentify:
        return f"scanlens_report_{datetime.now():%Y%m%d_%H%M}.pdf"
    return f"{Path(case.image.path).stem}_report.pdf"


class ReportOutputs(QObject):
    """The four output commands of one window; see the module docstring."""

    report_written = Signal(str)  # path of the PDF
    printed = Signal(int)  # number of pages sent to the printer
    exported = Signal(object)  # ExportedStudy
    failed = Signal(str)  # one-line reason, already shown

    def __init__(self, records: RecordsFeature):
        super().__init__(records)
        self.records = records
        self.window = records.window
        self._options: dict[str, ReportOptions] = {}  # per image path, while the window is open
        self.preview: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None

    # -- asking ----------------------------------------------------------------------------------------
    def ask_options(self, case: AnalysedCase, action: str) -> ReportOptions | None:
        """Patient fields and de-identification for ``case`` (remembered per file); None if cancelled.
        ``action`` is the command's name in the user's language."""
        # First time for this file: what was typed in the analysis panel (age, view, sequence) fills the fields.
        typed = {key: str(value) for key, value in case.result.typed.items() if value not in (None, "")}
        previous = self._options.get(case.image.path) or ReportOptions(typed)
        dialog = ReportOptionsDialog(case.image, action, previous, self.window)
        if not dialog.exec():
            return None
        options = dialog.options()
        self._options[case.image.path] = options
        return options

    def _start_folder(self) -> str:
        folder = self.records.prefs.last_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember_folder(self, folder: str | Path) -> None:
        records = self.records
        records.apply_prefs(replace(records.prefs, last_folder=str(folder)))

    def _prepare(self, action: str, options: ReportOptions | None) -> tuple[AnalysedCase, ReportOptions] | None:
        case = self.records.current
        if case is None:
            self.window.show_error(self.tr("There is no analysis on screen to report: analyse an image first."))
            return None
        options = options if options is not None else self.ask_options(case, action)
        if options is None:
            return None
        case.style = self.records.overlay_style()  # the heatmap as it is shown now
        return case, options

    def _run(self, what: str, fn: Any, *args: Any, on_done: Any) -> Worker:
        self.window.statusBar().showMessage(self.tr("{what}…").format(what=what))
        worker = Worker(fn, *args)
        worker.signals.returned.connect(on_done)
        worker.signals.errored.connect(lambda exc: self._fail(describe_job_error(exc, what)))
        return worker.start()

    def _fail(self, message: str) -> None:
        log.warning("%s", message)
        self.window.show_error(message)
        self.failed.emit(message)

    # -- export report ---------------------------------------------------------------------------------
    def export_report(self, path: str | Path | None = None, options: ReportOptions | None = None) -> Worker | None:
        prepared = self._prepare(self.tr(EXPORT_TITLE), options)
        if prepared is None:
            return None
        case, options = prepared
        if path is None:
            start = str(Path(self._start_folder()) / default_report_name(case, options))
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export report"), start,
                                                  self.tr("PDF report (*.pdf)"))
            if not path:
                return None
            path = path if path.lower().endswith(".pdf") else path + ".pdf"
        self._remember_folder(Path(path).parent)
        review = self.records.review_for_report()
        return self._run(self.tr("Export report"), write_pdf, case, options, self.records.prefs, review, path,
                         on_done=self._on_written)

    def _on_written(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Report saved: {path}").format(path=path), 15_000)
        self.report_written.emit(str(path))

    # -- print -----------------------------------------------------------------------------------------
    def print_report(self, printer: QPrinter | None = None, options: ReportOptions | None = None,
                     preview: bool = False) -> Worker | None:
        """Print (or preview) the report; with ``printer`` given it is printed there without a dialog."""
        prepared = self._prepare(self.tr(PRINT_TITLE), options)
        if prepared is None:
            return None
        case, options = prepared
        review = self.records.review_for_report()
        return self._run(self.tr("Prepare the report for printing"), report_pages, case, options, self.records.prefs,
                         review, on_done=lambda pages: self._print_pages(pages, printer, preview))

    def _print_pages(self, pages: list[QImage], printer: QPrinter | None, preview: bool) -> None:
        chosen = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(chosen, self.records.prefs.page_size, self.tr("ScanLens report"))
        if printer is None and preview:
            self._open_preview(chosen, pages)
            return
        if printer is None and QPrintDialog(chosen, self.window).exec() != QPrintDialog.DialogCode.Accepted:
            self.window.statusBar().clearMessage()
            return
        self._paint(chosen, pages)

    def _paint(self, printer: QPrinter, pages: list[QImage]) -> None:
        try:
            paint_pages(printer, pages)
        except PrintError as err:
            self._fail(self.tr("Print failed: {reason}").format(reason=err))
            return
        self.window.statusBar().showMessage(self.tr("Sent {count} page(s) to the printer.").format(count=len(pages)),
                                            8000)
        self.printed.emit(len(pages))

    def _open_preview(self, printer: QPrinter, pages: list[QImage]) -> None:
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Preview — ScanLens report"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(lambda target: self._paint_preview(target, pages))
        dialog.accepted.connect(lambda: self.printed.emit(len(pages)))
        dialog.destroyed.connect(self._preview_closed)
        dialog.resize(900, 1000)
        self.preview = dialog
        self._preview_printer = printer  # the dialog keeps a pointer to it: it must outlive the dialog
        self.window.statusBar().clearMessage()
        dialog.open()

    def _preview_closed(self) -> None:
        self.preview = None
        self._preview_printer = None

    def _paint_preview(self, printer: QPrinter, pages: list[QImage]) -> None:
        try:
            paint_pages(printer, pages)
        except PrintError as err:
            self._fail(self.tr("Print failed: {reason}").format(reason=err))

    # -- export to PACS folder -------------------------------------------------------------------------
    def export_pacs(self, folder: str | Path | None = None, options: ReportOptions | None = None) -> Worker | None:
        prepared = self._prepare(self.tr(PACS_TITLE), options)
        if prepared is None:
            return None
        case, options = prepared
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export to PACS folder"),
                                                      self._start_folder())
            if not folder:
                return None
        self._remember_folder(folder)
        review = self.records.review_for_report()
        return self._run(self.tr("DICOM export"), export_to_folder, case, options, self.records.prefs, review, folder,
                         on_done=lambda done: self._on_exported(done, Path(folder)))

    def _on_exported(self, done: ExportedStudy, folder: Path) -> None:
        count = len(done.secondary_captures) + (1 if done.report else 0)
        message = self.tr("Exported {count} DICOM file(s) to {folder}").format(count=count, folder=folder)
        if done.warnings:
            self.window.show_error(self.tr("{message}. Warning: {warnings}").format(
                message=message, warnings=" ".join(done.warnings)))
        self.window.statusBar().showMessage(message, 15_000)
        self.exported.emit(done)
