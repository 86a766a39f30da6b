# SPDX-License-Identifier: Apache-2.0
"""The files the benchmark reads: bundled samples, and full-size images generated into a temporary folder.

Generated from the bundled chest X-ray so the input gate and the chest model accept them:

* ``jpeg_3000x2500``: an 8-bit grayscale JPEG (quality 95) the size of a modern detector export;
* ``dicom16_2048``: 2048x2048 MONOCHROME2, 12 bits stored in 16, with a VOI window, uncompressed;
* ``dicom16_2048_j2k`` / ``dicom16_2048_rle``: the same pixels, JPEG 2000 lossless / RLE lossless (encoded
  with pydicom's own encoders; a kind whose encoder is missing is skipped with a note);
* ``dicom16_2048_jls`` / ``dicom16_2048_jpeg12``: JPEG-LS lossless and 12-bit lossy JPEG (JPEG Extended),
  encoded with imagecodecs (pydicom has no encoder for them).

Nothing is downloaded: pydicom's test-file corpus is not used because missing files would be fetched.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_app.resources import resource_path

CHEST_SAMPLE = "chest_normal_IM-0117-0001.jpeg"
BRAIN_SAMPLE = "brain_glioma_Tr-glTr_0000.jpg"
DICOM_SAMPLE = "nih_cxr14_dx_no_finding.dcm"
#: Samples a batch is built from: every one is accepted by the input gate and scored by a model.
BATCH_SOURCES = (
    "chest_normal_IM-0117-0001.jpeg", "chest_normal_IM-0129-0001.jpeg",
    "chest_pneumonia_person1003_virus_1685.jpeg", "chest_pneumonia_person1004_bacteria_2935.jpeg",
    "brain_glioma_Tr-glTr_0000.jpg", "brain_meningioma_Tr-meTr_0000.jpg",
    "brain_notumor_Tr-noTr_0000.jpg", "brain_pituitary_Tr-piTr_0000.jpg", DICOM_SAMPLE,
)


@dataclass
class BenchInputs:
    """Named input files (``files``), why some kinds are missing (``notes``) and the batch folder."""

    folder: Path
    files: dict[str, Path] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    batch_folder: Path | None = None
    batch_files: list[Path] = field(default_factory=list)


def samples_dir() -> Path:
    return resource_path("samples")


def prepare_inputs(folder: Path, batch_images: int) -> BenchInputs:
    """Collect the samples and write the generated files and a batch of ``batch_images`` copies."""
    inputs = BenchInputs(folder)
    samples = samples_dir()
    for name, file in (("sample_chest_jpeg", CHEST_SAMPLE), ("sample_brain_jpeg", BRAIN_SAMPLE),
                       ("sample_dicom8", DICOM_SAMPLE)):
        if (samples / file).is_file():
            inputs.files[name] = samples / file
    chest = samples / CHEST_SAMPLE
    if chest.is_file():
        _generate(chest, folder, inputs)
    if batch_images > 0:
        inputs.batch_folder = folder / "batch"
        inputs.batch_files = write_batch(samples, inputs.batch_folder, batch_images)
    return inputs


def _generate(chest: Path, folder: Path, inputs: BenchInputs) -> None:
    from PIL import Image

    from desktop_app.imaging.resample import resize

    gray = np.asarray(Image.open(chest).convert("L"))
    jpeg = folder / "chest_3000x2500.jpg"
    Image.fromarray(resize(gray, (3000, 2500), "cubic")).save(jpeg, quality=95)
    inputs.files["jpeg_3000x2500"] = jpeg
    stored = _twelve_bit(resize(gray, (2048, 2048), "cubic"))
    inputs.files["dicom16_2048"] = write_dicom16(stored, folder / "chest_2048_16bit.dcm")
    for kind, syntax in (("dicom16_2048_j2k", "JPEG2000Lossless"), ("dicom16_2048_rle", "RLELossless"),
                         ("dicom16_2048_jls", "JPEGLSLossless"), ("dicom16_2048_jpeg12", "JPEGExtended12Bit")):
        try:
            inputs.files[kind] = write_dicom16(stored, folder / f"chest_2048_{kind.rsplit('_', 1)[1]}.dcm", syntax)
        except Exception as exc:  # noqa: BLE001 - an optional encoder is missing or failed: say so
            inputs.notes[kind] = f"not generated: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"


def _twelve_bit(gray: np.ndarray) -> np.ndarray:
    """8-bit picture → 12-bit detector-like values with a little noise (so it does not compress trivially)."""
    noise = np.random.default_rng(0).integers(0, 16, size=gray.shape)
    return (gray.astype(np.uint16) * 16 + noise).astype(np.uint16)


def write_dicom16(stored: np.ndarray, path: Path, syntax: str | None = None) -> Path:
    """MONOCHROME2 DX, 12 bits stored in 16, window covering the data; ``syntax``: a pydicom.uid name."""
    import pydicom.uid
    from pydicom.dataset import Dataset, FileMetaDataset

    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = pydicom.uid.DigitalXRayImageStorageForPresentation
    meta.MediaStorageSOPInstanceUID = pydicom.uid.generate_uid()
    meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = pydicom.uid.generate_uid(), pydicom.uid.generate_uid()
    ds.PatientName, ds.PatientID, ds.Modality = "Benchmark^Synthetic", "BENCH-0001", "DX"
    ds.Rows, ds.Columns, ds.SamplesPerPixel = stored.shape[0], stored.shape[1], 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.WindowCenter, ds.WindowWidth = 2048, 4096
    ds.PixelData = np.ascontiguousarray(stored, dtype=np.uint16).tobytes()
    if syntax in _IMAGECODECS_ENCODED:
        from pydicom.encaps import encapsulate

        ds.PixelData = encapsulate([_IMAGECODECS_ENCODED[syntax](np.ascontiguousarray(stored, dtype=np.uint16))])
        ds["PixelData"].VR, ds.file_meta.TransferSyntaxUID = "OB", getattr(pydicom.uid, syntax)
        if syntax == "JPEGExtended12Bit":
            ds.LossyImageCompression = "01"
    elif syntax is not None:
        ds.compress(getattr(pydicom.uid, syntax))
    ds.save_as(path, enforce_file_format=True)
    return path


def _jpegls(stored: np.ndarray) -> bytes:
    import imagecodecs

    return bytes(imagecodecs.jpegls_encode(stored))


def _jpeg12(stored: np.ndarray) -> bytes:
    import imagecodecs

    return bytes(imagecodecs.jpeg8_encode(stored, level=95, bitspersample=12))


_IMAGECODECS_ENCODED = {"JPEGLSLossless": _jpegls, "JPEGExtended12Bit": _jpeg12}


def write_batch(samples: Path, folder: Path, count: int) -> list[Path]:
    """``count`` byte copies of :data:`BATCH_SOURCES`, in turn (file names keep the source's extension)."""
    sources = [samples / name for name in BATCH_SOURCES if (samples / name).is_file()]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count if sources else 0):
        source = sources[index % len(sources)]
        target = folder / f"{index:04d}_{source.name}"
        shutil.copyfile(source, target)
        written.append(target)
    return written
