# SPDX-License-Identifier: Apache-2.0
"""What happens after an analysis, shared by the CLI and the UI (Qt-free).

:func:`render_result` makes the displayed image, the heatmap overlay and its legend in one place so the
viewer, the PDF report and the DICOM Secondary Capture all show the same picture; :func:`build_report_input`
wraps them with the patient fields into a ``ReportInput``; :func:`record_case` stores the analysis in the
case history; :class:`BatchOutputs` does all of it, plus the DICOM exports, for a batch. Typed patient
fields (``typed``) are used only for non-DICOM images: a DICOM header wins.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.imaging.model import LoadedImage
from desktop_app.imaging.render import render_frame
from desktop_app.inference.heatmap import DEFAULT_COLORMAP, blend, colormap_lut
from desktop_app.inference.prediction import Prediction
from desktop_app.reporting.inputs import PATIENT_FIELDS, Agreement, HeatmapLegend, PageSize, ReportInput

if TYPE_CHECKING:
    from desktop_app.exporting import SourceStudy, StudyItem
    from desktop_app.storage import CaseStore

MetaValue = str | int | float | None
#: Metadata keys a report or export may use besides :data:`PATIENT_FIELDS`.
EXTRA_PATIENT_KEYS = ("accession_number", "referring_physician", "institution", "other_patient_ids")


@dataclass(frozen=True)
class OverlayStyle:
    """How the heatmap is drawn over the image (the viewer's defaults)."""

    opacity: float = 0.5
    colormap: str = DEFAULT_COLORMAP


@dataclass(frozen=True)
class RenderedResult:
    """The displayed frame, the same frame with the decided class's heatmap, and the heatmap legend."""

    display: np.ndarray
    overlay: np.ndarray | None
    legend: HeatmapLegend | None


def render_result(
    image: LoadedImage, prediction: Prediction, frame: int = 0, style: OverlayStyle | None = None
) -> RenderedResult:
    """Render ``frame`` as the viewer does and blend the CAM of ``prediction.decision`` over it.

    The overlay is ``None`` when the prediction has no map for the decided class.
    """
    style = style or OverlayStyle()
    display = render_frame(image, frame)
    cam = decided_cam(prediction)
    if cam is None:
        return RenderedResult(display, None, None)
    overlay = blend(display, cam, opacity=style.opacity, colormap=style.colormap)
    legend = HeatmapLegend(
        colormap=style.colormap,
        vmin=0.0,
        vmax=1.0,
        label=f"Model attention for {prediction.decision}, relative to this image",
        lut=colormap_lut(style.colormap),
    )
    return RenderedResult(display, overlay, legend)


def decided_cam(prediction: Prediction) -> np.ndarray | None:
    """The class activation map of the decided label, or None."""
    if prediction.cam is None or prediction.decision not in prediction.labels:
        return None
    return prediction.cam[prediction.labels.index(prediction.decision)]


def patient_fields(image: LoadedImage, typed: Mapping[str, MetaValue] | None = None) -> dict[str, MetaValue]:
    """Patient/study fields for a report: the image's metadata, or the typed values for a non-DICOM image."""
    keys = [key for key, _ in PATIENT_FIELDS] + list(EXTRA_PATIENT_KEYS)
    fields = {key: image.metadata.get(key) for key in keys}
    if image.source_format != "dicom" and typed:
        fields.update({key: value for key, value in typed.items() if key in keys and value not in (None, "")})
    return fields


def build_report_input(
    image: LoadedImage,
    prediction: Prediction,
    card: dict,
    *,
    frame: int = 0,
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
    """The ``ReportInput`` of one analysed image: display, overlay and legend as the viewer shows them."""
    rendered = render_result(image, prediction, frame, style)
    extra = {"generated_at": generated_at} if generated_at is not None else {}
    return ReportInput(
        image=rendered.display,
        prediction=prediction,
        card=card,
        overlay=rendered.overlay,
        legend=rendered.legend,
        patient=patient_fields(image, typed),
        reviewer=reviewer,
        agreement=agreement,
        comment=comment,
        clinic_name=clinic_name,
        clinic_logo=clinic_logo,
        page_size=page_size,
        deidentify=deidentify,
        **extra,
    )


def record_case(
    store: CaseStore, image: LoadedImage, prediction: Prediction, typed: Mapping[str, MetaValue] | None = None
) -> int:
    """Store ``prediction`` in the case history with the image's patient ID and study date; the case id.

    Raises ``StorageError``; the caller decides whether losing the record stops the work.
    """
    fields = patient_fields(image, typed)
    return store.record_analysis(
        prediction,
        patient_id=_text(fields.get("patient_id")),
        study_date=_text(fields.get("study_date")),
        patient_name=_text(fields.get("patient_name")),
        file_path=prediction.file or image.path,
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

    def add(self, image: LoadedImage, prediction: Prediction) -> None:
        """Record one scored image and keep what the report and exports need."""
        if self.settings.record:
            self._record(image, prediction)
        if self.settings.keeps_results:
            self._kept.append((self._report_input(image, prediction), self._source(image)))

    def add_refused(self, path: str, reason: str) -> None:
        self._refused.append((path, reason))

    def finish(self) -> bool:
        """Write the report and exports; False when one of them failed (already said on ``warn``)."""
        if self._store is not None:
            self._store.close()
        if not self.settings.keeps_results:
            return True
        for path, reason in self._refused:
            self._warn(f"not in the report or exports: {path}: {reason}")
        if not self._kept:
            self._warn("no report or export written: no image was analysed")
            return True
        report_ok, report_bytes = self._write_report()
        folder = self.settings.export_dir
        export_ok = folder is None or self._export(folder, report_bytes)
        return report_ok and export_ok

    def _record(self, image: LoadedImage, prediction: Prediction) -> None:
        from desktop_app.storage import CaseStore, StorageError

        if self._store_failed:
            return
        try:
            if self._store is None:
                self._store = CaseStore(self.settings.db)
            record_case(self._store, image, prediction, self.settings.typed)
        except StorageError as err:
            self._store_failed = self._store is None  # cannot open: stop trying; a failed write: try the next
            self._warn(f"warning: {prediction.file or image.path} was not recorded in the case history: {err}")

    def _report_input(self, image: LoadedImage, prediction: Prediction) -> ReportInput:
        s = self.settings
        return build_report_input(image, prediction, self._card_for(prediction.model_id), deidentify=s.deidentify,
                                  reviewer=s.reviewer, clinic_name=s.clinic_name, page_size=s.page_size,
                                  typed=s.typed)

    def _source(self, image: LoadedImage) -> SourceStudy | None:
        from desktop_app.exporting import ExportError, source_study

        if self.settings.export_dir is None:
            return None
        try:
            return source_study(image, 0, self.settings.typed)
        except ExportError as err:
            self._warn(f"{image.path} will not be exported: {err}")
            return None

    def _write_report(self) -> tuple[bool, bytes | None]:
        from desktop_app.reporting import ReportError, write_report

        if self.settings.report is None:
            return True, None
        try:
            path = write_report([report for report, _ in self._kept], self.settings.report)
            data = path.read_bytes()
        except (ReportError, OSError) as err:
            self._warn(f"the report was not written: {err}")
            return False, None
        self._say(f"wrote report {path}")
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
                pdf = whole_report if whole_report is not None else _report_bytes(group)
                done = export_study(group, folder, pdf=pdf, mapper=mapper)
            except (ExportError, ReportError) as err:
                self._warn(f"DICOM export failed: {err}")
                ok = False
                continue
            for note in done.warnings:
                self._warn(f"warning: DICOM export: {note}")
            for path in (*done.secondary_captures, *([done.report] if done.report else [])):
                self._say(f"wrote {path}")
                self.exported.append(path)
        return ok


def _report_bytes(group: Sequence[StudyItem]) -> bytes:
    """The PDF report of one study's images, built in a temporary folder."""
    import tempfile

    from desktop_app.reporting import write_report

    with tempfile.TemporaryDirectory(prefix="scanlens-report-") as folder:
        return write_report([i.report for i in group], Path(folder) / "report.pdf").read_bytes()
