# SPDX-License-Identifier: Apache-2.0
"""Encapsulated PDF Storage of the report, in the analysed study, pointing at the analysed instances."""

from __future__ import annotations

from collections.abc import Sequence as Seq
from datetime import datetime

from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import EncapsulatedPDFStorage

from desktop_app.exporting.errors import ExportError
from desktop_app.exporting.modules import WORKSTATION, NewInstance, base_dataset, dt
from desktop_app.exporting.source import SourceStudy

PDF_MIME = "application/pdf"
DOC_SERIES_NUMBER = 9902
DOC_SERIES_DESCRIPTION = "ScanLens AI report"
DOCUMENT_TITLE = "ScanLens AI-assisted image analysis report"


def encapsulated_pdf_dataset(
    pdf: bytes, sources: Seq[SourceStudy], new: NewInstance, *, identifies_patient: bool
) -> Dataset:
    """The Encapsulated PDF dataset for ``pdf``, which reports on the images of ``sources`` (one study).

    ``identifies_patient`` sets Burned In Annotation: YES unless the report was de-identified.
    Odd-length documents are padded with one NUL byte (PS3.5 even length); Encapsulated Document Length
    keeps the true size.
    """
    if not pdf.startswith(b"%PDF"):
        raise ExportError("The report to export is not a PDF document")
    if not sources:
        raise ExportError("An exported report needs at least one analysed image")
    studies = {s.study_instance_uid for s in sources}
    if len(studies) != 1:
        raise ExportError("One exported report must cover images of a single study")
    ds = base_dataset(sources[0], new)
    ds.AcquisitionDateTime = dt(new.created)
    ds.BurnedInAnnotation = "YES" if identifies_patient else "NO"
    ds.RecognizableVisualFeatures = "NO"
    ds.DocumentTitle = DOCUMENT_TITLE
    ds.ConceptNameCodeSequence = Sequence([_concept_name()])
    ds.MIMETypeOfEncapsulatedDocument = PDF_MIME
    ds.EncapsulatedDocument = pdf + (b"\0" if len(pdf) % 2 else b"")
    ds.EncapsulatedDocumentLength = len(pdf)
    references = [_source_instance(s) for s in sources if s.is_dicom and s.referenced_sop_class_uid]
    if references:
        ds.SourceInstanceSequence = Sequence(references)
    return ds


def pdf_instance(series_uid: str, instance_number: int, created: datetime, models: Seq[str]) -> NewInstance:
    """The :class:`NewInstance` of an exported report in the report series ``series_uid``."""
    return NewInstance(
        sop_class_uid=EncapsulatedPDFStorage,
        series_instance_uid=series_uid,
        series_number=DOC_SERIES_NUMBER,
        instance_number=instance_number,
        modality="DOC",
        series_description=DOC_SERIES_DESCRIPTION,
        created=created,
        conversion_type=WORKSTATION,
        model_versions=tuple(dict.fromkeys(models)),
    )


def _concept_name() -> Dataset:
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator = "18748-4", "LN"
    code.CodeMeaning = "Diagnostic imaging report"
    return code


def _source_instance(source: SourceStudy) -> Dataset:
    item = Dataset()
    item.ReferencedSOPClassUID = source.referenced_sop_class_uid
    item.ReferencedSOPInstanceUID = source.referenced_sop_instance_uid
    return item
