# SPDX-License-Identifier: Apache-2.0
"""Write the same picture as real DICOM files of different kinds (8-bit, 16-bit MONOCHROME1 + rescale + VOI)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid


def base_dataset(rows: int, cols: int, modality: str = "DX") -> Dataset:
    """File meta, UIDs, a test patient and the image size; callers add the pixel description and data."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.PatientName, ds.PatientID, ds.Modality = "Test^Patient", "T-0001", modality
    ds.Rows, ds.Columns, ds.SamplesPerPixel = rows, cols, 1
    return ds


def write_8bit(gray: np.ndarray, path: Path, modality: str = "DX", **attributes: object) -> Path:
    """MONOCHROME2, 8 bits stored, no rescale, no window: displays as the input.

    ``attributes`` are set on the dataset by keyword (``PatientAge="005Y"``, ``ViewPosition="LL"``).
    """
    ds = base_dataset(*gray.shape, modality)
    for keyword, value in attributes.items():
        setattr(ds, keyword, value)
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = np.ascontiguousarray(gray, dtype=np.uint8).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def write_16bit_monochrome1(gray: np.ndarray, path: Path) -> Path:
    """MONOCHROME1, 12 bits stored in 16, rescale slope 2 / intercept -1000 and a VOI window.

    Stored values are chosen so that modality LUT → window → MONOCHROME1 inversion reproduces ``gray``
    (up to rounding): stored = 500 + 8 * (255 - gray), modality = 2 * stored - 1000 = 16 * (255 - gray),
    window centre/width cover modality 0..4080 (DICOM linear: width - 1 = 4080).
    """
    ds = base_dataset(*gray.shape)
    ds.PhotometricInterpretation = "MONOCHROME1"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.RescaleSlope, ds.RescaleIntercept, ds.RescaleType = 2, -1000, "US"
    ds.WindowCenter, ds.WindowWidth = 2040.5, 4081
    stored = (500 + 8 * (255 - gray.astype(np.int32))).astype(np.uint16)
    ds.PixelData = stored.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path
