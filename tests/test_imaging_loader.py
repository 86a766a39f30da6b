# SPDX-License-Identifier: Apache-2.0
"""``load_image``: choosing by content, clear refusals for paths that are not images, Qt-free core."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging import ImageLoadError, load_image
from desktop_app.imaging.formats import is_supported_path
from desktop_app.imaging.loader import detect_format

REPO_ROOT = Path(__file__).resolve().parents[1]


def refused(path) -> str:
    with pytest.raises(ImageLoadError) as info:
        load_image(path)
    message = str(info.value)
    assert message and "\n" not in message
    return message


def test_missing_file(tmp_path):
    assert refused(tmp_path / "nope.dcm") == "File not found"


def test_directory(tmp_path):
    assert "folder" in refused(tmp_path)


def test_empty_file(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    assert "empty" in refused(tmp_path / "empty.png")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.png"
    Image.fromarray(np.zeros((4, 4), np.uint8)).save(path)
    path.chmod(0)
    try:
        assert "Permission denied" in refused(path)
    finally:
        path.chmod(0o600)


def test_permission_denied_when_reading(tmp_path, monkeypatch):
    from desktop_app.imaging import loader

    path = tmp_path / "locked.png"
    Image.fromarray(np.zeros((4, 4), np.uint8)).save(path)

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader, "open", deny, raising=False)
    assert "Permission denied" in refused(path)


def test_text_file_is_not_an_image(tmp_path):
    (tmp_path / "notes.txt").write_text("hello, this is not a scan\n")
    assert "Not a supported image" in refused(tmp_path / "notes.txt")


@pytest.mark.parametrize(
    ("header", "fragment"),
    [(b"%PDF-1.7\n", "PDF"), (b"PK\x03\x04rest", "ZIP"), (b"GIF89a....", "GIF"), (b"\x1f\x8b\x08\x00", "gzip")],
)
def test_known_non_image_formats_are_named(tmp_path, header, fragment):
    path = tmp_path / "file.png"
    path.write_bytes(header + b"\0" * 64)
    assert fragment in refused(path)


def test_content_wins_over_extension(tmp_path):
    data = np.arange(64, dtype=np.uint8).reshape(8, 8)
    path = tmp_path / "really_a_png.jpg"
    Image.fromarray(data).save(path, format="PNG")
    image = load_image(path)
    assert image.source_format == "png"
    np.testing.assert_array_equal(image.frames[0], data)


def test_fake_png_is_refused(tmp_path):
    path = tmp_path / "fake.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    refused(path)


def test_detect_format():
    assert detect_format(b"\0" * 128 + b"DICM") == "dicom"
    assert detect_format(b"\x89PNG\r\n\x1a\n") == "png"
    assert detect_format(b"\xff\xd8\xff\xe0") == "jpeg"
    assert detect_format(b"II*\x00") == detect_format(b"MM\x00*") == "tiff"
    assert detect_format(b"BM....") == "bmp"
    assert detect_format(b"hello") is None


def test_bundled_samples_load(samples_dir):
    paths = sorted(p for p in samples_dir.iterdir() if is_supported_path(p))  # not ATTRIBUTION.md
    assert len(paths) >= 10
    for path in paths:
        image = load_image(path)
        assert image.frames.dtype == np.uint8 and not image.is_color, path.name


def test_shared_samples_load(shared_samples):
    for path in sorted(shared_samples.iterdir()):
        if path.is_file():
            assert load_image(path).n_frames == 1


def test_sample_dicom(samples_dir):
    image = load_image(samples_dir / "nih_cxr14_dx_no_finding.dcm")
    assert image.source_format == "dicom" and image.decoder == "pydicom/native"
    assert image.frames.shape == (1, 1024, 1024)
    assert image.metadata["modality"] == "DX"
    assert image.metadata["transfer_syntax"] == "Implicit VR Little Endian"
    assert not image.invert_default


def test_core_imports_and_runs_without_qt(samples_dir):
    """The imaging core and the CLI must work with PySide6 impossible to import."""
    script = textwrap.dedent(
        f"""
        import sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is blocked in this test")

        sys.meta_path.insert(0, BlockQt())
        from desktop_app import commands
        from desktop_app.imaging import load_image, render_frame

        image = load_image({str(samples_dir / "nih_cxr14_dx_no_finding.dcm")!r})
        assert render_frame(image).shape == (1024, 1024)
        assert "info" in commands.command_names()
        assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
