# SPDX-License-Identifier: Apache-2.0
"""The one list of supported formats and the helpers derived from it."""

from __future__ import annotations

import pytest

from desktop_app.imaging import formats


def test_every_format_has_extensions_and_mime_types():
    names = [fmt.name for fmt in formats.FORMATS]
    assert names == ["dicom", "png", "jpeg", "tiff", "bmp"]
    for fmt in formats.FORMATS:
        assert fmt.extensions and fmt.mime_types and fmt.description
        assert all(ext == ext.lower() and not ext.startswith(".") for ext in fmt.extensions)


def test_all_extensions_and_mime_types():
    assert formats.all_extensions() == ("dcm", "dicom", "png", "jpg", "jpeg", "tif", "tiff", "bmp")
    mimes = formats.all_mime_types()
    assert mimes[0] == "application/dicom"
    assert {"image/png", "image/jpeg", "image/tiff", "image/bmp"} <= set(mimes)
    assert len(mimes) == len(set(mimes))


def test_file_dialog_filter_lists_every_extension_and_all_files():
    entries = formats.file_dialog_filter().split(";;")
    assert entries[0].startswith("All supported images (")
    for ext in formats.all_extensions():
        assert f"*.{ext}" in entries[0]
    assert "DICOM images (*.dcm *.dicom)" in entries
    assert entries[-1] == "All files (*)"
    assert "All files" not in formats.file_dialog_filter(include_all_files=False)


def test_desktop_mime_types_is_semicolon_terminated():
    value = formats.desktop_mime_types()
    assert value.startswith("application/dicom;image/png;")
    assert value.endswith(";")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("scan.DCM", True),
        ("scan.dicom", True),
        ("IM000001", True),  # DICOM media files have no extension
        ("1.2.840.113619.2.55.3.320", True),  # named after its UID
        ("x.png", True),
        ("x.JPG", True),
        ("x.jpeg", True),
        ("x.tif", True),
        ("x.tiff", True),
        ("x.bmp", True),
        ("notes.txt", False),
        ("movie.gif", False),
        ("archive.zip", False),
    ],
)
def test_is_supported_path(name, expected):
    assert formats.is_supported_path(name) is expected


def test_format_for_extension_and_by_name():
    assert formats.format_for_extension("a/b/c.Tiff").name == "tiff"
    assert formats.format_for_extension("IM1").name == "dicom"
    assert formats.format_for_extension("a.txt") is None
    assert formats.format_by_name("jpeg").mime_types == ("image/jpeg",)
    with pytest.raises(KeyError):
        formats.format_by_name("gif")
