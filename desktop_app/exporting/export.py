# SPDX-License-Identifier: Apache-2.0
"""Write the DICOM exports of one study: one Secondary Capture per analysed image and the report as
Encapsulated PDF. Each dataset is validated before it is written, and written atomically."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydicom.dataset import Dataset

from desktop_app.exporting.deidentify import DeidentifyOptions, deidentify_dataset
from desktop_app.exporting.encapsulated_pdf import encapsulated_pdf_dataset, pdf_instance
from desktop_app.exporting.errors import ExportError
from desktop_app.exporting.secondary_capture import sc_instance, secondary_capture_dataset
from desktop_app.exporting.source import SourceStudy
from desktop_app.exporting.uids import UidMapper, new_uid
from desktop_app.exporting.validate import validate_dataset
from desktop_app.fsutil import WriteError, atomic_write_bytes
from desktop_app.reporting.inputs import ReportInput


@dataclass(frozen=True)
class StudyItem:
    """One analysed image to export: what the report shows about it and where it came from."""

    report: ReportInput
    source: SourceStudy


@dataclass(frozen=True)
class ExportedStudy:
    """Files written for one study; ``study_instance_uid`` is the UID in them (replaced if de-identified)."""

    study_instance_uid: str
    secondary_captures: tuple[Path, ...]
    report: Path | None
    warnings: tuple[str, ...] = ()


def group_by_study(items: Iterable[StudyItem]) -> list[list[StudyItem]]:
    """Items grouped by Study Instance UID, in first-seen order (a report never mixes studies)."""
    groups: dict[str, list[StudyItem]] = {}
    for item in items:
        groups.setdefault(item.source.study_instance_uid, []).append(item)
    return list(groups.values())


def export_study(
    items: Sequence[StudyItem],
    out_dir: str | os.PathLike[str],
    *,
    pdf: bytes | None,
    mapper: UidMapper | None = None,
    created: datetime | None = None,
    options: DeidentifyOptions | None = None,
) -> ExportedStudy:
    """Write an SC per item and, when ``pdf`` is given, the Encapsulated PDF of the study into ``out_dir``.

    All items must belong to one study. When any item's report is de-identified, every file is
    de-identified with ``mapper`` (share one mapper between calls to keep UIDs consistent); ``pdf`` must then
    be the de-identified report, as ``write_report`` writes it for these items.

    Raises
    ------
    ExportError
        Mixed studies, a dataset that fails validation (nothing is written then), or a write failure.
    """
    if not items:
        raise ExportError("Nothing to export: no analysed image was given")
    if len({i.source.study_instance_uid for i in items}) != 1:
        raise ExportError("One export must cover images of a single study")
    moment = created or datetime.now().astimezone()
    deidentify = any(i.report.deidentify for i in items)
    named = _datasets(items, pdf, moment, identifies_patient=not deidentify)
    if deidentify:
        mapper = mapper or UidMapper()
        named = [(kind, deidentify_dataset(ds, mapper, options)) for kind, ds in named]
    encoded = [(kind, ds, _checked_bytes(kind, ds)) for kind, ds in named]
    paths = _write_all(encoded, Path(out_dir))
    scs = tuple(p for (kind, _), p in zip(named, paths, strict=True) if kind == "SC")
    report = next((p for (kind, _), p in zip(named, paths, strict=True) if kind == "DOC"), None)
    return ExportedStudy(str(named[0][1].StudyInstanceUID), scs, report, tuple(_warnings(items, deidentify)))


def _datasets(
    items: Sequence[StudyItem], pdf: bytes | None, moment: datetime, *, identifies_patient: bool
) -> list[tuple[str, Dataset]]:
    sc_series = str(new_uid())
    named = [
        ("SC", secondary_capture_dataset(i.report, i.source, sc_instance(sc_series, n, i.report, moment)))
        for n, i in enumerate(items, start=1)
    ]
    if pdf is not None:
        models = [f"{i.report.prediction.model_id} {i.report.prediction.model_version}" for i in items]
        new = pdf_instance(str(new_uid()), 1, moment, models)
        sources = [i.source for i in items]
        named.append(("DOC", encapsulated_pdf_dataset(pdf, sources, new, identifies_patient=identifies_patient)))
    return named


def _warnings(items: Sequence[StudyItem], deidentify: bool) -> list[str]:
    notes = []
    for item in items:
        if item.source.dropped:
            notes.append(f"left out invalid source attributes: {', '.join(item.source.dropped)}")
        if deidentify and item.source.burned_in_annotation:
            notes.append("the source image has burned-in annotation that may identify the patient; ScanLens "
                         "does not remove it from the pixels: check the export before sharing it")
    return list(dict.fromkeys(notes))


def _checked_bytes(kind: str, ds: Dataset) -> bytes:
    """``ds`` encoded, then read back and validated as a file; refused when it is not valid."""
    import pydicom

    data = dataset_bytes(ds)
    result = validate_dataset(pydicom.dcmread(io.BytesIO(data)))
    if not result.ok:
        raise ExportError(f"The {kind} export is not valid DICOM, nothing was written: {result.summary()}")
    return data


def _write_all(encoded: list[tuple[str, Dataset, bytes]], folder: Path) -> list[Path]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        from desktop_app.fsutil import describe_os_error

        raise ExportError(f"Cannot create the export folder {folder}: {describe_os_error(err)}") from err
    return [_write(data, folder / f"{kind}_{ds.SOPInstanceUID}.dcm") for kind, ds, data in encoded]


def dataset_bytes(ds: Dataset) -> bytes:
    """``ds`` as a PS3.10 file (preamble, file meta, Explicit VR Little Endian)."""
    buffer = io.BytesIO()
    try:
        ds.save_as(buffer, enforce_file_format=True)
    except (ValueError, TypeError, AttributeError, OverflowError) as err:
        raise ExportError(f"The DICOM file could not be encoded: {err}") from err
    return buffer.getvalue()


def write_dataset(ds: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write ``ds`` to ``path`` atomically; raises :class:`ExportError` with a one-line reason."""
    return _write(dataset_bytes(ds), path)


def _write(data: bytes, path: str | os.PathLike[str]) -> Path:
    try:
        return atomic_write_bytes(path, data)
    except WriteError as err:
        raise ExportError(str(err)) from err
