# SPDX-License-Identifier: Apache-2.0
"""DICOM exports of an analysis (Qt-free): a Secondary Capture of what the viewer showed (image, heatmap,
burned-in result) and the PDF report as Encapsulated PDF, both filed in the analysed study.

Build a :class:`SourceStudy` per analysed image with :func:`source_study`, pair it with the image's
``ReportInput`` in a :class:`StudyItem`, and call :func:`export_study` per study (:func:`group_by_study`).
:func:`deidentify_dataset` implements the PS3.15 Basic Profile; :func:`validate_file` checks the output.
"""

from __future__ import annotations

from desktop_app.exporting.deidentify import DeidentifyOptions, deidentify_dataset, deidentify_metadata
from desktop_app.exporting.errors import ExportError
from desktop_app.exporting.export import ExportedStudy, StudyItem, export_study, group_by_study, write_dataset
from desktop_app.exporting.source import SourceStudy, source_study
from desktop_app.exporting.uids import UidMapper
from desktop_app.exporting.validate import ValidationResult, validate_dataset, validate_file

__all__ = [
    "DeidentifyOptions",
    "ExportError",
    "ExportedStudy",
    "SourceStudy",
    "StudyItem",
    "UidMapper",
    "ValidationResult",
    "deidentify_dataset",
    "deidentify_metadata",
    "export_study",
    "group_by_study",
    "source_study",
    "validate_dataset",
    "validate_file",
    "write_dataset",
]
