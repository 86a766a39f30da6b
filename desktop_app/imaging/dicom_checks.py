# SPDX-License-Identifier: Apache-2.0
"""Checks that run on the DICOM header before any pixel is decoded.

Each refusal is an :class:`ImageLoadError` whose message says, in one line, what the file is and why it is
not shown (a report, a segmentation, a dose grid, a file that is too large, ...).
"""

from __future__ import annotations

from pydicom.dataset import Dataset

from desktop_app.imaging.errors import quoted, uid_name
from desktop_app.imaging.limits import too_large_for_memory
from desktop_app.imaging.model import ImageLoadError

_SR = "1.2.840.10008.5.1.4.1.1.88"
_DICOMDIR = "1.2.840.10008.1.3.10"
_RT_IMAGE = "1.2.840.10008.5.1.4.1.1.481.1"

#: (SOP Class UID root, refusal). Roots match the UID itself or any UID below it; most specific first.
#: ``{name}`` is replaced by the SOP class name (e.g. "RT Plan Storage").
NON_IMAGE_SOP_CLASSES: tuple[tuple[str, str], ...] = (
    (f"{_SR}.59", "This is a DICOM Key Object Selection document, not an image"),
    (_SR, "This is a DICOM Structured Report, not an image"),
    (
        "1.2.840.10008.5.1.4.1.1.66.4",
        "This is a DICOM Segmentation, not an image (open the scan it refers to)",
    ),
    ("1.2.840.10008.5.1.4.1.1.66", "This is a DICOM {name} object, not an image"),
    ("1.2.840.10008.5.1.4.1.1.481.2", "This is a DICOM RT Dose grid, not a diagnostic image"),
    ("1.2.840.10008.5.1.4.1.1.481", "This is a DICOM radiotherapy object ({name}), not an image"),
    ("1.2.840.10008.5.1.4.1.1.9", "This is a DICOM waveform ({name}), not an image"),
    ("1.2.840.10008.5.1.4.1.1.11", "This is a DICOM Presentation State ({name}), not an image"),
    ("1.2.840.10008.5.1.4.1.1.104", "This is a DICOM encapsulated document ({name}), not an image"),
    ("1.2.840.10008.5.1.4.1.1.68", "This is a DICOM surface model ({name}), not an image"),
    (_DICOMDIR, "This is a DICOMDIR (the index of a CD/DVD): open an image file from that folder instead"),
)

_SUPPORTED_PHOTOMETRIC = {
    "MONOCHROME1",
    "MONOCHROME2",
    "RGB",
    "YBR_FULL",
    "YBR_FULL_422",
    "YBR_ICT",
    "YBR_RCT",
    "PALETTE COLOR",
}
_BITS_ALLOCATED = {1, 8, 16, 32, 64}
_PIXEL_KEYWORDS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")


def _matches(uid: str, root: str) -> bool:
    return uid == root or uid.startswith(root + ".")


def _sop_class(ds: Dataset) -> str:
    uid = ds.get("SOPClassUID") or getattr(ds, "file_meta", {}).get("MediaStorageSOPClassUID")
    return str(uid or "").strip()


#: The pixel data tags (7FE0,0010/0008/0009) as they appear in little- and big-endian files.
_PIXEL_TAG_BYTES = tuple(bytes.fromhex(h) for h in ("e07f1000", "e07f0800", "e07f0900", "7fe00010", "7fe00008",
                                                      "7fe00009"))
_SCAN_CHUNK = 8 * 1024 * 1024


def mentions_pixel_data(path: str) -> bool:
    """Whether the file's bytes hold a pixel data tag (read in chunks; used only when a dataset has none).

    pydicom drops a pixel data element that the file ends inside of (a compressed image cut short by an
    incomplete copy) or whose encapsulation is broken; this tells those apart from a file that never had
    an image.
    """
    overlap = 3
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(_SCAN_CHUNK):
            window = tail + chunk
            if any(tag in window for tag in _PIXEL_TAG_BYTES):
                return True
            tail = window[-overlap:]
    return False


def check_is_image(ds: Dataset, path: str | None = None) -> None:
    """Refuse non-image SOP classes and datasets without pixel data (``path``: to tell a file whose
    pixel data were cut off from one that has none)."""
    uid = _sop_class(ds)
    if "DirectoryRecordSequence" in ds:
        uid = _DICOMDIR
    for root, message in NON_IMAGE_SOP_CLASSES:
        if uid and _matches(uid, root) and uid != _RT_IMAGE:
            raise ImageLoadError(message.format(name=uid_name(uid) or "unknown"))
    if not any(keyword in ds for keyword in _PIXEL_KEYWORDS):
        if path is not None and mentions_pixel_data(path):
            raise ImageLoadError("The image data are truncated or damaged: the file's pixel data could not be "
                                 "read to their end (incomplete copy or download?)")
        name = uid_name(uid)
        kind = f" ({name})" if name else ""
        raise ImageLoadError(f"This DICOM file{kind} contains no image (no pixel data)")


def header_int(ds: Dataset, keyword: str, default: int | None = None) -> int | None:
    """An integer Image Pixel value (US/UL/IS) or ``default`` when absent or empty.

    A value of another type (text, a name, bytes: a wrong VR in a damaged file) is refused here, because
    pydicom's decoders would use it as it is (``"48" * 3`` is a string, not a size).
    """
    try:
        value = ds.get(keyword)
    except Exception as exc:  # a value pydicom cannot convert at all
        raise ImageLoadError(f"The DICOM header is damaged: {keyword} cannot be read") from exc
    if value is None or value == "" or value == b"":
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ImageLoadError(f"The DICOM header is damaged: {keyword} is not a number ({quoted(value, 32)})")
    return int(value)


def check_image_pixel_module(ds: Dataset) -> None:
    """Refuse missing or impossible Image Pixel module values before decoding."""
    for keyword in ("Rows", "Columns", "BitsAllocated"):
        value = header_int(ds, keyword)
        if value is None or value <= 0:
            raise ImageLoadError(f"The DICOM header has no valid image size ({keyword} is missing or zero)")
    bits = header_int(ds, "BitsAllocated")
    if bits not in _BITS_ALLOCATED:
        raise ImageLoadError(f"The DICOM header is damaged: Bits Allocated is {bits} (expected 1, 8, 16, 32 or 64)")
    for keyword in ("BitsStored", "HighBit", "PixelRepresentation", "PlanarConfiguration"):
        header_int(ds, keyword)
    photometric = str(ds.get("PhotometricInterpretation", "") or "").strip().upper()
    if not photometric:
        raise ImageLoadError("The DICOM header does not say how to show its pixels (no Photometric Interpretation)")
    if photometric not in _SUPPORTED_PHOTOMETRIC:
        raise ImageLoadError(f"Colour format {quoted(photometric, 32)} is not supported")
    samples = header_int(ds, "SamplesPerPixel", 1) or 1
    expected = 1 if photometric.startswith("MONOCHROME") or photometric == "PALETTE COLOR" else 3
    if samples != expected:
        raise ImageLoadError(f"{photometric} images need {expected} sample(s) per pixel, this file has {samples}")
    frame_count(ds)


def frame_count(ds: Dataset) -> int:
    """Number of Frames (1 when absent or 0); a negative or non-integral value is refused."""
    try:
        value = ds.get("NumberOfFrames")
    except Exception as exc:
        raise ImageLoadError("The DICOM header is damaged: Number of Frames cannot be read") from exc
    if value is None or value == "":
        return 1
    try:
        count = int(value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ImageLoadError(f"The DICOM header is damaged: Number of Frames is {quoted(value, 32)}") from exc
    if count == 0:
        return 1  # written by some modalities for single-frame images; pydicom reads it as 1 too
    if count < 0 or count != float(value):
        raise ImageLoadError(f"The DICOM header is damaged: Number of Frames is {quoted(value, 32)}")
    return count


def check_size(ds: Dataset, max_pixels: int | None, max_bytes: int) -> None:
    """Refuse images whose claimed size exceeds the pixel limit (per frame) or the memory ceiling."""
    rows, cols, frames = header_int(ds, "Rows") or 0, header_int(ds, "Columns") or 0, frame_count(ds)
    if max_pixels is not None and rows * cols > max_pixels:
        raise ImageLoadError(
            f"The image is too large to open safely: {cols}x{rows} = {rows * cols / 1e6:.0f} megapixels "
            f"(limit {max_pixels / 1e6:.0f} megapixels)"
        )
    samples = header_int(ds, "SamplesPerPixel", 1) or 1
    stored_bytes = max((header_int(ds, "BitsAllocated") or 8) // 8, 1)
    # decoded array + the converted (rescaled, float32 worst case) copy
    needed = rows * cols * frames * samples * (stored_bytes + 4)
    if needed > max_bytes:
        raise ImageLoadError(too_large_for_memory(f"{frames} frame(s) of {cols}x{rows}", needed, max_bytes))
