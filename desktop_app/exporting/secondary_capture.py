# SPDX-License-Identifier: Apache-2.0
"""Secondary Capture Image Storage of what the viewer showed: image + heatmap + burned-in result text."""

from __future__ import annotations

from datetime import datetime

import numpy as np
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import SecondaryCaptureImageStorage

from desktop_app.exporting.burn_in import burn_in
from desktop_app.exporting.modules import (
    SYNTHETIC,
    NewInstance,
    add_referenced_series,
    base_dataset,
    copy_into,
    da,
    instance_reference,
    tm,
)
from desktop_app.exporting.source import SourceStudy
from desktop_app.reporting.inputs import ReportInput

SC_SERIES_NUMBER = 9901
SC_SERIES_DESCRIPTION = "ScanLens AI result (heatmap, burned-in text)"


def secondary_capture_dataset(item: ReportInput, source: SourceStudy, new: NewInstance) -> Dataset:
    """The SC dataset (RGB, 8 bits) for one analysed image; ``new.sop_class_uid`` must be SC Image Storage.

    The pixels are ``item.overlay`` (or ``item.image`` when the model gave no map) with the text band of
    :func:`burn_in` below. Conversion Type is SYN: the picture is composed by ScanLens, not captured.
    """
    shown = item.overlay if item.overlay is not None else item.image
    composed = burn_in(shown, item.prediction).pixels
    ds = base_dataset(source, new)
    copy_into(ds, source.series_attributes)
    if "BodyPartExamined" not in ds and "Laterality" not in ds:
        ds.Laterality = ""  # Type 2C: the body part is unknown, so it may be paired; laterality unknown
    _general_image(ds, source, item)
    _references(ds, source)
    _image_pixel(ds, composed)
    ds.DateOfSecondaryCapture, ds.TimeOfSecondaryCapture = da(new.created), tm(new.created)
    return ds


def sc_instance(series_uid: str, instance_number: int, item: ReportInput, created: datetime) -> NewInstance:
    """The :class:`NewInstance` of the SC for ``item`` in the SC series ``series_uid``."""
    p = item.prediction
    return NewInstance(
        sop_class_uid=SecondaryCaptureImageStorage,
        series_instance_uid=series_uid,
        series_number=SC_SERIES_NUMBER,
        instance_number=instance_number,
        modality="OT",
        series_description=SC_SERIES_DESCRIPTION,
        created=created,
        conversion_type=SYNTHETIC,
        model_versions=(f"{p.model_id} {p.model_version}",),
    )


def _general_image(ds: Dataset, source: SourceStudy, item: ReportInput) -> None:
    p = item.prediction
    ds.ImageType = ["DERIVED", "SECONDARY"]
    ds.PatientOrientation = ""
    # Burned In Annotation says whether the pixels identify the patient: ScanLens writes no patient data,
    # so only the source's own annotation counts.
    ds.BurnedInAnnotation = "YES" if source.burned_in_annotation else "NO"
    ds.DerivationDescription = f"Heatmap of {p.model_id} v{p.model_version} and result text burned in"[:1024]
    ds.LossyImageCompression = "01" if source.lossy else "00"
    if ds.LossyImageCompression == "01" and not source.is_dicom:
        ds.LossyImageCompressionMethod = "ISO_10918_1"


def _references(ds: Dataset, source: SourceStudy) -> None:
    """Source Image and Referenced Image Sequences (General Reference / General Image) and the series."""
    source_item, referenced = instance_reference(source), instance_reference(source)
    if source_item is None or referenced is None:
        return
    purpose = Dataset()
    purpose.CodeValue, purpose.CodingSchemeDesignator = "121322", "DCM"
    purpose.CodeMeaning = "Source image for image processing operation"
    source_item.PurposeOfReferenceCodeSequence = Sequence([purpose])
    ds.SourceImageSequence = Sequence([source_item])
    ds.ReferencedImageSequence = Sequence([referenced])
    add_referenced_series(ds, [source])


def _image_pixel(ds: Dataset, rgb: np.ndarray) -> None:
    rows, cols = rgb.shape[:2]
    ds.SamplesPerPixel = 3
    ds.PhotometricInterpretation = "RGB"
    ds.PlanarConfiguration = 0
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = np.ascontiguousarray(rgb, dtype=np.uint8).tobytes()
