# SPDX-License-Identifier: Apache-2.0
"""What is made of an analysis besides showing it, shared by the CLI and the UI (Qt-free).

:func:`build_report_input` turns an :class:`AnalysisResult` into the ``ReportInput`` the PDF report, the
printed pages and the DICOM Secondary Capture (with its burnt-in result) are made from; :func:`record_case`
stores it in the case history; :class:`BatchOutputs` does both, plus the DICOM exports, for a batch. Typed
patient fields (``typed``) are used only for non-DICOM images: a DICOM header wins. The report is written in
``OutputSettings.language`` (None: the current language); the lines said to the user in the current language.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.analysis.render import OverlayStyle, render_result
from desktop_app.analysis.result import PATIENT_KEYS, AnalysisResult, MetaValue
from desktop_app.i18n import translate
from desktop_app.reporting.inputs import Agreement, PageSize, ReportInput

if TYPE_CHECKING:
    from desktop_app.exporting import SourceStudy, StudyItem
    from desktop_app.storage import CaseStore


def patient_fields(result: AnalysisResult, typed: Mapping[str, MetaValue] | None = None) -> dict[str, MetaValue]:
    """Patient/study fields for a report: the image's metadata, or the typed values for a non-DICOM image."""
    fields = {key: result.patient.get(key) for key in PATIENT_KEYS}
    if result.source_format != "dicom" and typed:
        fields.update({key: value for key, value in typed.items() if key in PATIENT_KEYS and value not in (None, "")})
    return fields


def build_report_input(
    result: AnalysisResult,
    card: dict,
    *,
    deidentify: bool = False,
    reviewer: str = "",
    agreement: Agreement | None = None,
    comment: str = "",
    clinic_name: str = "",
    clinic_logo: str | os.PathLike[str] | None = None,
    page_size: PageSize = "A4",
    typed: Mapping[str, MetaValue] | None = None,
    style: OverlayStyle | None = None,
    generated_at: datetime | None = None,
) -> ReportInput:
    """The ``ReportInput`` of one analysed image: display, overlay and legend as the viewer shows them.

    The PDF page, the printed page and the DICOM Secondary Capture's burnt-in text read this, so whatever
    of ``result`` they show is taken here. ``result`` must hold its image and prediction.
    """
    image, prediction = result.image, result.prediction
    if image is None or prediction is None:
        raise ValueError(f"no analysed image to report for {result.path}")
    rendered = render_result(image, prediction, result.frame, style, card)
    report = ReportInput(
        image=rendered.display,
        prediction=prediction,
        card=card,
        overlay=rendered.overlay,
        legend=rendered.legend,
        patient=patient_fields(result, typed),
        reviewer=reviewer,
        agreement=agreement,
        comment=comment,
        clinic_name=clinic_name,
        clinic_logo=clinic_logo,
        page_size=page_size,
        deidentify=deidentify,
    )
    return report if generated_at is None else replace(report, generated_at=generated_at)


def record_case(store: CaseStore, result: AnalysisResult, typed: Mapping[str, MetaValue] | None = None) -> int:
    """Store an analysed ``result`` in the case history with its patient ID and study date; the case id.

    Raises ``StorageError``; the caller decides whether losing the record stops the work.
    """
    prediction = result.prediction
    if prediction is None:
        raise ValueError(f"{result.path} was not analysed: nothing to record")
    fields = patient_fields(result, typed)
    return store.record_analysis(
        prediction,
        patient_id=_text(fields.get("patient_id")),
        study_date=_text(fields.get("study_date")),
        patient_name=_text(fields.get("patient_name")),
        file_path=prediction.file or result.path,
        file_sha256=prediction.file_sha256 or None,
    )


def _text(value: MetaValue) -> str | None:
    return None if value in (None, "") else str(value)


@dataclass(frozen=True)
class OutputSettings:
    """What to do with each analysis of a batch besides showing it."""

    report: Path | None = None  # one PDF for the whole batch
    export_dir: Path | None = None  # DICOM SC + Encapsulated PDF per study
    record: bool = True  # store every analysis in the case history
    db: Path | None = None  # case history file (default: ``storage.default_db_path()``)
    deidentify: bool = False  # report and exports (not the local case history)
    reviewer: str = ""
    clinic_name: str = ""
    page_size: PageSize = "A4"
    typed: Mapping[str, MetaValue] = field(default_factory=dict)  # patient fields for non-DICOM images
    language: str | None = None  # of the report (None: the current language)

    @property
    def keeps_results(self) -> bool:
        return self.report is not None or self.export_dir is not None


class BatchOutputs:
    """Records, reports and exports the analyses of a batch, as the CLI and a batch window need.

    Failures never lose the analysis already shown: a case history that cannot be written is a warning;
    a report or export that cannot be written is an error reported by :meth:`finish`. ``card_for`` maps a
    model id to its card; ``say`` and ``warn`` print one line each (stdout/stderr for the CLI).
    """

    def __init__(self, settings: OutputSettings, card_for: Callable[[str], dict], say: Callable[[str], None],
                 warn: Callable[[str], None]) -> None:
        self.settings = settings
        self._card_for, self._say, self._warn = card_for, say, warn
        self._store: CaseStore | None = None
        self._store_failed = False
        self._kept: list[tuple[ReportInput, SourceStudy | None]] = []
        self._refused: list[tuple[str, str]] = []
        self.exported: list[Path] = []  # DICOM files written by the export, in order

    def add(self, result: AnalysisResult) -> None:
        """Record one analysed file and keep what the report and exports need; note one that was not."""
        if not result.ok:
            self._refused.append((result.path, result.reason or translate("Outputs", "not analysed")))
            return
        if self.settings.record:
            self._record(result)
        if self.settings.keeps_results:
            self._kept.append((self._report_input(result), self._source(result)))

    def finish(self) -> bool:
        """Write the report and exports; False when one of them failed (already said on ``warn``)."""
        if self._store is not None:
            self._store.close()
        if not self.settings.keeps_results:
            return True
        for path, reason in self._refused:
            self._warn(translate("Outputs", "not in the report or exports: {path}: {reason}").format(
                path=path, reason=reason))
        if not self._kept:
            self._warn(translate("Outputs", "no report or export written: no image was analysed"))
            return True
        report_ok, report_bytes = self._write_report()
        folder = self.settings.export_dir
        export_ok = folder is None or self._export(folder, report_bytes)
        return report_ok and export_ok

    def _record(self, result: AnalysisResult) -> None:
        from desktop_app.storage import CaseStore, StorageError

        if self._store_failed:
            return
        try:
            if self._store is None:
                self._store = CaseStore(self.settings.db)
            record_case(self._store, result, self.settings.typed)
        except StorageError as err:
            self._store_failed = self._store is None  # cannot open: stop trying; a failed write: try the next
            self._warn(translate("Outputs", "warning: {path} was not recorded in the case history: {error}").format(
                path=result.path, error=err))

    def _report_input(self, result: AnalysisResult) -> ReportInput:
        s = self.settings
        return build_report_input(result, self._card_for(result.model), deidentify=s.deidentify,
                                  reviewer=s.reviewer, clinic_name=s.clinic_name, page_size=s.page_size,
                                  typed=s.typed)

    def _source(self, result: AnalysisResult) -> SourceStudy | None:
        from desktop_app.exporting import ExportError, source_study

        if self.settings.export_dir is None or result.image is None:
            return None
        try:
            return source_study(result.image, result.frame, self.settings.typed)
        except ExportError as err:
            self._warn(translate("Outputs", "{path} will not be exported: {error}").format(path=result.path, error=err))
            return None

    def _write_report(self) -> tuple[bool, bytes | None]:
        from desktop_app.reporting import ReportError, write_report

        if self.settings.report is None:
            return True, None
        try:
            path = write_report([report for report, _ in self._kept], self.settings.report,
                                language=self.settings.language)
            data = path.read_bytes()
        except (ReportError, OSError) as err:
            self._warn(translate("Outputs", "the report was not written: {error}").format(error=err))
            return False, None
        self._say(translate("Outputs", "wrote report {path}").format(path=path))
        return True, data

    def _export(self, folder: Path, report_bytes: bytes | None) -> bool:
        from desktop_app.exporting import ExportError, StudyItem, UidMapper, export_study, group_by_study
        from desktop_app.reporting import ReportError

        items = [StudyItem(report, source) for report, source in self._kept if source is not None]
        groups = group_by_study(items)
        whole_report = report_bytes if len(groups) == 1 and len(items) == len(self._kept) else None
        mapper, ok = UidMapper(), len(items) == len(self._kept)
        for group in groups:
            try:
                pdf = whole_report if whole_report is not None else _report_bytes(group, self.settings.language)
                done = export_study(group, folder, pdf=pdf, mapper=mapper)
            except (ExportError, ReportError) as err:
                self._warn(translate("Outputs", "DICOM export failed: {error}").format(error=err))
                ok = False
                continue
            for note in done.warnings:
                self._warn(translate("Outputs", "warning: DICOM export: {note}").format(note=note))
            for path in (*done.secondary_captures, *([done.report] if done.report else [])):
                self._say(translate("Outputs", "wrote {path}").format(path=path))
                self.exported.append(path)
        return ok


def _report_bytes(group: Sequence[StudyItem], language: str | None = None) -> bytes:
    """The PDF report of one study's images, built in a temporary folder."""
    import tempfile

    from desktop_app.reporting import write_report

    with tempfile.TemporaryDirectory(prefix="scanlens-report-") as folder:
        return write_report([i.report for i in group], Path(folder) / "report.pdf", language=language).read_bytes()
