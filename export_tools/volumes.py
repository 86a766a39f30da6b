# SPDX-License-Identifier: Apache-2.0
"""Real CT/MR volumes (NIfTI) turned into what a clinic would open: axial DICOM slices and projection films.

A CT volume gives axial slices (written as CT DICOM with the scanner's usual windows) and digitally
reconstructed radiographs — the sum of attenuation through the body, which is what a CT scout/localiser
and an abdominal film show. Files are written as DICOM so the app's own decode and window path renders them.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import cv2
import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, DigitalXRayImageStorageForPresentation, ExplicitVRLittleEndian, MRImageStorage

_NIFTI_TYPES = {2: np.uint8, 4: np.int16, 8: np.int32, 16: np.float32, 64: np.float64, 256: np.int8, 512: np.uint16}
#: CT windows (centre, width) a scanner stores with a series: soft tissue, abdomen, lung, bone.
CT_WINDOWS = ((40, 400), (50, 350), (-600, 1500), (300, 1500))


def read_nifti(path: Path) -> np.ndarray:
    """A gzipped NIfTI-1 volume as float32 (x, y, z), scaled by its slope/intercept."""
    raw = gzip.decompress(path.read_bytes())
    dims = np.frombuffer(raw[40:56], "<i2")
    dtype = _NIFTI_TYPES[int(np.frombuffer(raw[70:72], "<i2")[0])]
    offset = int(np.frombuffer(raw[108:112], "<f4")[0])
    slope, intercept = (float(v) for v in np.frombuffer(raw[112:120], "<f4"))
    shape = tuple(int(d) for d in dims[1 : 1 + int(dims[0])])[:3]
    volume = np.frombuffer(raw[offset:], dtype, count=int(np.prod(shape))).reshape(shape, order="F")
    volume = volume.astype(np.float32)
    return volume * slope + intercept if slope not in (0.0, 1.0) else volume + intercept


def axial_slice(volume: np.ndarray, z: int, side: int = 512) -> np.ndarray:
    """Slice z oriented as a radiologist reads it (anterior up), resized to a scanner-like matrix."""
    image = np.rot90(volume[:, :, z])
    scale = side / max(image.shape)
    return cv2.resize(image, (round(image.shape[1] * scale), round(image.shape[0] * scale)),
                      interpolation=cv2.INTER_CUBIC)


def reformat(volume: np.ndarray, axis: int, index: int, side: int = 512) -> np.ndarray:
    """A coronal (axis 1) or sagittal (axis 0) plane of an isotropic volume, head up."""
    image = np.rot90(np.take(volume, index, axis=axis))
    scale = side / max(image.shape)
    return cv2.resize(image, (round(image.shape[1] * scale), round(image.shape[0] * scale)),
                      interpolation=cv2.INTER_CUBIC)


def projection(volume: np.ndarray, axis: int, z_range: tuple[int, int] | None = None, side: int = 768) -> np.ndarray:
    """Digitally reconstructed radiograph: summed attenuation (water = 1) through axis 1 (AP) or 0 (lateral)."""
    part = volume if z_range is None else volume[:, :, z_range[0] : z_range[1]]
    mu = np.clip(part + 1000.0, 0, None) / 1000.0
    image = np.rot90(mu.sum(axis=axis))  # (z, x or y): head up
    scale = side / max(image.shape)
    return cv2.resize(image, (round(image.shape[1] * scale), round(image.shape[0] * scale)),
                      interpolation=cv2.INTER_CUBIC)


def _dataset(modality: str, sop_class: str, image: np.ndarray, uid_tail: str, patient: str) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = f"1.2.826.0.1.3680043.10.1236.{uid_tail}"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop_class, meta.MediaStorageSOPInstanceUID
    ds.PatientName, ds.PatientID, ds.Modality = patient, patient, modality
    ds.Rows, ds.Columns, ds.SamplesPerPixel = *image.shape, 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 16, 15
    return ds


def write_ct_slice(image: np.ndarray, window: tuple[float, float], path: Path, uid_tail: str,
                   patient: str = "VOLUME") -> Path:
    """HU slice as signed CT DICOM with rescale -1024 and the given window."""
    ds = _dataset("CT", CTImageStorage, image, uid_tail, patient)
    ds.PixelRepresentation, ds.RescaleSlope, ds.RescaleIntercept = 1, 1, -1024
    ds.WindowCenter, ds.WindowWidth = window
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.PixelData = np.clip(image + 1024, -32768, 32767).astype(np.int16).tobytes()
    return _save(ds, path)


def write_mr_slice(image: np.ndarray, path: Path, uid_tail: str) -> Path:
    """MR magnitude slice as unsigned 16-bit MR DICOM without a window (the app shows its full range)."""
    ds = _dataset("MR", MRImageStorage, image, uid_tail, "VOLUME")
    ds.PixelRepresentation = 0
    ds.PixelData = np.clip(image - image.min(), 0, 65535).astype(np.uint16).tobytes()
    return _save(ds, path)


def write_projection(image: np.ndarray, path: Path, uid_tail: str, localizer: bool, patient: str = "VOLUME") -> Path:
    """A projection film: 12-bit DX, bone bright (MONOCHROME2), ImageType LOCALIZER for a scout."""
    ds = _dataset("CT" if localizer else "DX", DigitalXRayImageStorageForPresentation, image, uid_tail, patient)
    ds.PixelRepresentation = 0
    ds.ImageType = ["ORIGINAL", "PRIMARY", "LOCALIZER"] if localizer else ["ORIGINAL", "PRIMARY"]
    ds.PixelData = np.clip(image / max(float(image.max()), 1e-6) * 4095, 0, 4095).astype(np.uint16).tobytes()
    return _save(ds, path)


def _save(ds: Dataset, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path
