# SPDX-License-Identifier: Apache-2.0
"""The one list of file formats ScanLens opens.

File dialogs, the Linux ``.desktop`` file (``MimeType=``), and the Windows/macOS file associations are all
generated from :data:`FORMATS`, so adding a format here is the only change needed to advertise it.
Detection of what a file really is happens by content in :mod:`desktop_app.imaging.loader`; the extension
is only a hint for dialogs and the desktop.
"""

from __future__ import annotations

from dataclasses import dataclass
from os import PathLike
from pathlib import Path


@dataclass(frozen=True)
class ImageFormat:
    """One supported file format.

    ``extensions`` are lower case without the dot; the first one is the preferred extension.
    """

    name: str
    extensions: tuple[str, ...]
    mime_types: tuple[str, ...]
    description: str


FORMATS: tuple[ImageFormat, ...] = (
    ImageFormat("dicom", ("dcm", "dicom"), ("application/dicom",), "DICOM image"),
    ImageFormat("png", ("png",), ("image/png",), "PNG image"),
    ImageFormat("jpeg", ("jpg", "jpeg"), ("image/jpeg",), "JPEG image"),
    ImageFormat("tiff", ("tif", "tiff"), ("image/tiff",), "TIFF image"),
    ImageFormat("bmp", ("bmp",), ("image/bmp", "image/x-bmp", "image/x-ms-bmp"), "BMP image"),
)

#: DICOM files exported by modalities and PACS often have no extension at all (``IM000001``).
EXTENSIONLESS_FORMAT = "dicom"


def format_by_name(name: str) -> ImageFormat:
    """Return the format called ``name`` (e.g. ``"png"``); raise ``KeyError`` if unknown."""
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    raise KeyError(name)


def all_extensions() -> tuple[str, ...]:
    """Every supported extension, lower case, without the dot, in :data:`FORMATS` order."""
    return tuple(ext for fmt in FORMATS for ext in fmt.extensions)


def all_mime_types() -> tuple[str, ...]:
    """Every supported MIME type, without duplicates, in :data:`FORMATS` order."""
    seen: dict[str, None] = {}
    for fmt in FORMATS:
        seen.update(dict.fromkeys(fmt.mime_types))
    return tuple(seen)


def _patterns(extensions: tuple[str, ...]) -> str:
    return " ".join(f"*.{ext}" for ext in extensions)


def file_dialog_filter(include_all_files: bool = True) -> str:
    """A Qt-style name filter string for ``QFileDialog`` (entries separated by ``;;``).

    The first entry lists every supported extension; ``All files (*)`` comes last so that DICOM files
    without an extension can be chosen.
    """
    entries = [f"All supported images ({_patterns(all_extensions())})"]
    entries += [f"{fmt.description}s ({_patterns(fmt.extensions)})" for fmt in FORMATS]
    if include_all_files:
        entries.append("All files (*)")
    return ";;".join(entries)


def desktop_mime_types() -> str:
    """The value of ``MimeType=`` in a freedesktop ``.desktop`` file (``;``-terminated list)."""
    return "".join(f"{mime};" for mime in all_mime_types())


def format_for_extension(path: str | PathLike[str]) -> ImageFormat | None:
    """The format suggested by the file name of ``path`` (``None`` when the extension is unknown).

    A file without an extension, or whose "extension" is a number (files named after their UID, such as
    ``1.2.840.113619.2.55.3.320``), suggests DICOM.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if not suffix or suffix.isdigit():
        return format_by_name(EXTENSIONLESS_FORMAT)
    for fmt in FORMATS:
        if suffix in fmt.extensions:
            return fmt
    return None


def is_supported_path(path: str | PathLike[str]) -> bool:
    """True if the name of ``path`` looks like something ScanLens opens (supported or no extension).

    Used to filter dropped files and folder listings; it does not read the file.
    """
    return format_for_extension(path) is not None


def collect_paths(paths: list[str]) -> list[Path]:
    """Files as given, folders recursed for supported images (DICOM files may lack an extension)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and (is_supported_path(p) or not p.suffix))
        else:
            found.append(path)
    return found
