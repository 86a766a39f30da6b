# SPDX-License-Identifier: Apache-2.0
"""Open any supported file by its content: ``load_image(path) -> LoadedImage``.

The file's first bytes decide (``DICM`` at offset 128, PNG/JPEG/TIFF/BMP signatures); the extension only
matters for DICOM files written without the 128-byte preamble, which are tried when the first element
looks like a DICOM tag or the name suggests DICOM. Only :class:`ImageLoadError` leaves this module.
"""

from __future__ import annotations

import os
import stat
from os import PathLike

from desktop_app.imaging.errors import one_line
from desktop_app.imaging.formats import format_for_extension
from desktop_app.imaging.limits import max_image_bytes, max_image_pixels
from desktop_app.imaging.model import ImageLoadError, LoadedImage
from desktop_app.logging_setup import remember_identifiers

_HEADER_BYTES = 132
_RASTER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"II+\x00", "tiff"),
    (b"MM\x00+", "tiff"),
    (b"BM", "bmp"),
)
_KNOWN_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"GIF8", "This is a GIF image, which ScanLens does not open"),
    (b"%PDF", "This is a PDF document, not an image"),
    (b"PK\x03\x04", "This is a ZIP archive: extract it and open the images inside"),
    (b"\x1f\x8b", "This is a gzip-compressed file: extract it and open the image inside"),
    (b"\x00\x00\x00\x0cjP  ", "This is a JPEG 2000 file, which ScanLens opens only inside DICOM"),
    (b"\xffO\xffQ", "This is a JPEG 2000 codestream, which ScanLens opens only inside DICOM"),
)
#: Groups a DICOM dataset written without preamble commonly starts with (file meta, identification, ...).
_FIRST_GROUPS = {0x0002, 0x0008, 0x0010, 0x0018, 0x0020, 0x0028}
_SUPPORTED_TEXT = "DICOM, PNG, JPEG, TIFF or BMP"


def load_image(
    path: str | PathLike[str], *, max_pixels: int | None = None, max_bytes: int | None = None,
    analysis_min_side: int | None = None,
) -> LoadedImage:
    """Decode the file at ``path``.

    ``max_pixels`` limits the size of one image/frame (default 150 megapixels) and ``max_bytes`` the memory
    its decoded pixels may need (default ``$SCANLENS_MAX_IMAGE_MB`` or 2048 MiB; see
    :mod:`desktop_app.imaging.limits`). Both are checked on the header, before decoding.
    ``analysis_min_side``: only for callers that analyse and never show the pixels (batch triage): a JPEG
    may be decoded at reduced scale, both sides staying at least this long (see ``raster.load_raster``).
    Raises :class:`ImageLoadError` with a one-line reason.
    """
    path = os.fspath(path)
    limits = (max_image_pixels(max_pixels), max_image_bytes(max_bytes))
    try:
        image = _load(path, *limits, analysis_min_side)
    except ImageLoadError as exc:
        reason = one_line(str(exc))
        if reason == str(exc):
            raise
        raise ImageLoadError(reason or "The file cannot be opened") from exc  # keep the one-line promise
    except MemoryError as exc:
        raise ImageLoadError("Not enough memory to open this image") from exc
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - last line of defence, also for a decoder's PanicException
        raise ImageLoadError(f"Unexpected error while opening the file: {one_line(exc)}") from exc
    remember_identifiers(image.metadata)  # so that no log line names the patient (desktop_app.logging_setup)
    return image


def detect_format(header: bytes) -> str | None:
    """``"dicom"``, ``"png"``, ``"jpeg"``, ``"tiff"``, ``"bmp"`` from the first 132 bytes, else ``None``."""
    if header[128:132] == b"DICM":
        return "dicom"
    for signature, name in _RASTER_SIGNATURES:
        if header.startswith(signature):
            return name
    return None


def _load(path: str, max_pixels: int, max_bytes: int, analysis_min_side: int | None = None) -> LoadedImage:
    header = _read_header(path)
    kind = detect_format(header)
    if kind == "dicom":
        return _dicom(path, max_pixels, max_bytes, force=False)
    if kind is not None:
        from desktop_app.imaging.raster import load_raster

        return load_raster(path, max_pixels=max_pixels, max_bytes=max_bytes, analysis_min_side=analysis_min_side)
    for signature, message in _KNOWN_UNSUPPORTED:
        if header.startswith(signature):
            raise ImageLoadError(message)
    if _looks_like_raw_dicom(header) or _named_like_dicom(path):
        return _dicom(path, max_pixels, max_bytes, force=True)
    raise ImageLoadError(f"Not a supported image file (ScanLens opens {_SUPPORTED_TEXT})")


def _dicom(path: str, max_pixels: int, max_bytes: int, *, force: bool) -> LoadedImage:
    from desktop_app.imaging.dicom import load_dicom

    return load_dicom(path, force=force, max_pixels=max_pixels, max_bytes=max_bytes)


def _read_header(path: str) -> bytes:
    """First bytes of the file, with clear refusals for what is not a readable, non-empty file."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise ImageLoadError("File not found") from exc
    except PermissionError as exc:
        raise ImageLoadError("Permission denied: ScanLens cannot access this file") from exc
    except OSError as exc:
        raise ImageLoadError(f"The file cannot be accessed: {one_line(exc.strerror or exc)}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImageLoadError("This is a folder, not a file: open an image file inside it")
    if not stat.S_ISREG(info.st_mode):
        raise ImageLoadError("This is not a regular file")
    if info.st_size == 0:
        raise ImageLoadError("The file is empty (0 bytes)")
    try:
        with open(path, "rb") as handle:
            return handle.read(_HEADER_BYTES)
    except PermissionError as exc:
        raise ImageLoadError("Permission denied: ScanLens cannot read this file") from exc
    except OSError as exc:
        raise ImageLoadError(f"The file cannot be read: {one_line(exc.strerror or exc)}") from exc


def _looks_like_raw_dicom(header: bytes) -> bool:
    """True when the file starts with a plausible DICOM tag (little- or big-endian group number)."""
    if len(header) < 8:
        return False
    little = int.from_bytes(header[0:2], "little")
    big = int.from_bytes(header[0:2], "big")
    return little in _FIRST_GROUPS or big in _FIRST_GROUPS


def _named_like_dicom(path: str) -> bool:
    fmt = format_for_extension(path)
    return fmt is not None and fmt.name == "dicom"
