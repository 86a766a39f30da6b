# SPDX-License-Identifier: Apache-2.0
"""Small DICOM seed files covering the loader's branches (written with pydicom, in memory)."""

from __future__ import annotations

import io

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    RLELossless,
    SecondaryCaptureImageStorage,
)

_UID_ROOT = "1.2.826.0.1.3680043.10.1478.99."  # fixed UIDs keep the seeds byte-identical run to run


def _dataset(rows: int, cols: int, syntax: str = ExplicitVRLittleEndian, modality: str = "OT") -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = _UID_ROOT + "1"
    meta.TransferSyntaxUID = syntax
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = _UID_ROOT + "2", _UID_ROOT + "3"
    ds.PatientName, ds.PatientID, ds.Modality = "Fuzz^Seed", "FUZZ-0001", modality
    ds.Rows, ds.Columns, ds.SamplesPerPixel = rows, cols, 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    return ds



def _write(ds: Dataset) -> bytes:
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def mono8_window(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape, modality="DX")
    ds.WindowCenter, ds.WindowWidth = [128, 100], [256, 120]
    ds.WindowCenterWidthExplanation = ["FULL", "NARROW"]
    ds.PixelData = gray.tobytes()
    return _write(ds)


def mono1_rescale_implicit(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape, ImplicitVRLittleEndian, "CR")
    ds.PhotometricInterpretation = "MONOCHROME1"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
    ds.RescaleSlope, ds.RescaleIntercept, ds.RescaleType = 2, -1000, "US"
    ds.WindowCenter, ds.WindowWidth = 2040, 4081
    ds.PixelData = (500 + 8 * (255 - gray.astype(np.uint16))).astype("<u2").tobytes()
    return _write(ds)


def ct_signed_big_endian(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape, ExplicitVRBigEndian, "CT")
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
    ds.WindowCenter, ds.WindowWidth = 40, 400
    ds.PixelData = (gray.astype(np.int16) * 8 - 200).astype(">i2").tobytes()
    return _write(ds)


def _rgb(gray: np.ndarray) -> np.ndarray:
    return np.stack([gray, np.roll(gray, 3, axis=0), 255 - gray], axis=-1).astype(np.uint8)


def rgb_planar(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape)
    ds.SamplesPerPixel, ds.PhotometricInterpretation, ds.PlanarConfiguration = 3, "RGB", 1
    ds.PixelData = np.ascontiguousarray(_rgb(gray).transpose(2, 0, 1)).tobytes()
    return _write(ds)


def ybr_full(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape)
    ds.SamplesPerPixel, ds.PhotometricInterpretation, ds.PlanarConfiguration = 3, "YBR_FULL", 0
    ds.PixelData = _rgb(gray).tobytes()
    return _write(ds)


def multiframe(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape, modality="XA")
    ds.NumberOfFrames = 3
    ds.PixelData = np.stack([gray, 255 - gray, gray // 2]).tobytes()
    return _write(ds)


def _compressed_pair(gray: np.ndarray, modality: str, bits_stored: int, syntax: str, plugin: str) -> bytes:
    """Two 16-bit frames (the picture and its negative, x16) compressed with ``syntax``."""
    ds = _dataset(*gray.shape, modality=modality)
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, bits_stored, bits_stored - 1
    ds.NumberOfFrames = 2
    frames = np.stack([gray, 255 - gray]).astype(np.uint16) * 16
    ds.compress(syntax, frames, encoding_plugin=plugin)
    return _write(ds)


def rle(gray: np.ndarray) -> bytes:
    return _compressed_pair(gray, "MR", 16, RLELossless, "pydicom")


def jpeg2000_unsigned(gray: np.ndarray) -> bytes:
    """12-bit unsigned 2-frame JPEG 2000: the OpenCV decoding path (dicom_pixels._opencv_jpeg2000)."""
    return _compressed_pair(gray, "DX", 12, JPEG2000Lossless, "pylibjpeg")


def palette(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape)
    ds.PhotometricInterpretation = "PALETTE COLOR"
    ramp = np.arange(256, dtype=np.uint16) * 257
    for colour, lut in (("Red", ramp), ("Green", ramp[::-1]), ("Blue", (ramp // 2))):
        setattr(ds, f"{colour}PaletteColorLookupTableDescriptor", [256, 0, 16])
        setattr(ds, f"{colour}PaletteColorLookupTableData", np.ascontiguousarray(lut).astype("<u2").tobytes())
    ds.PixelData = gray.tobytes()
    return _write(ds)


def voi_lut(gray: np.ndarray) -> bytes:
    ds = _dataset(*gray.shape, modality="DX")
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
    item = Dataset()
    item.LUTDescriptor = [4096, 0, 12]
    item.LUTData = (np.sqrt(np.arange(4096)) * 64).astype("<u2").tobytes()
    item.LUTExplanation = "SQRT"
    ds.VOILUTSequence = [item]
    ds.PixelData = (gray.astype(np.uint16) * 16).astype("<u2").tobytes()
    return _write(ds)
