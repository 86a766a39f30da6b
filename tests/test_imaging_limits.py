# SPDX-License-Identifier: Apache-2.0
"""Decompression bombs and huge images are refused from the header, before memory is spent, and the
memory ceiling is configurable (``SCANLENS_MAX_IMAGE_MB`` or ``load_image(..., max_bytes=...)``)."""

from __future__ import annotations

import logging
import resource
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging import ImageLoadError, load_image
from desktop_app.imaging.limits import DEFAULT_MAX_IMAGE_MB, ENV_MAX_IMAGE_MB, MIB, max_image_bytes
from desktop_app.imaging.raster import estimated_bytes
from tests.dicom_factory import base_dataset

MAX_GROWTH_MB = 300


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def write_png_bomb(path: Path, side: int = 30_000, rows_per_block: int = 1_000) -> Path:
    """A real, valid 8-bit grey PNG of side x side zero pixels, written in well under a second.

    Each block of rows is deflated once; after a full flush the compressor's state is reset, so the same
    block compresses to the same bytes and is repeated. The Adler-32 of the whole stream is computed
    block by block. The file is ~1 MB for 900 megapixels.
    """
    assert side % rows_per_block == 0
    raw = (b"\0" * (side + 1)) * rows_per_block  # filter byte 0 + pixels, per row
    compressor = zlib.compressobj(9)
    first = compressor.compress(raw) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(raw) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)[:-4]  # final empty block; its Adler-32 covers two blocks only
    adler = 1
    for _ in range(side // rows_per_block):
        adler = zlib.adler32(raw, adler)
    stream = first + repeat * (side // rows_per_block - 1) + tail + struct.pack(">I", adler)
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", stream) + _chunk(b"IEND", b""))
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_png_bomb_helper_writes_a_valid_stream(tmp_path: Path) -> None:
    path = write_png_bomb(tmp_path / "small.png", side=2_000, rows_per_block=500)
    with Image.open(path) as img:
        assert img.size == (2_000, 2_000)
        img.load()  # Pillow inflates and checks the stream: the generator is honest
        assert img.getextrema() == (0, 0)


def test_real_30000_square_png_is_refused_before_decoding(tmp_path: Path) -> None:
    path = write_png_bomb(tmp_path / "bomb 30000.png")
    assert path.stat().st_size < 2 * MIB
    before, started = _peak_rss_mb(), time.perf_counter()
    with pytest.raises(ImageLoadError, match="too large") as info:
        load_image(path)
    assert time.perf_counter() - started < 5
    assert _peak_rss_mb() - before < MAX_GROWTH_MB
    assert "900 megapixels" in str(info.value) and "\n" not in str(info.value)


def _dicom_claiming(path: Path, rows: int, cols: int, frames: int, bits: int = 16) -> Path:
    ds = base_dataset(rows, cols, modality="OT")
    ds.PatientName, ds.PatientID, ds.NumberOfFrames = "Huge^Claim", "HUGE-1", frames
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = bits, bits, bits - 1, 0
    ds.PixelData = bytes(4096)  # the claim is 4 GB; the file holds 4 KB
    ds.save_as(path, enforce_file_format=True)
    return path


def test_dicom_claiming_4_gb_is_refused_with_the_ceiling_named(tmp_path: Path) -> None:
    path = _dicom_claiming(tmp_path / "claims 4 GB.dcm", 8192, 8192, 32)  # 8192 x 8192 x 32 x 2 bytes = 4 GiB
    before = _peak_rss_mb()
    with pytest.raises(ImageLoadError) as info:
        load_image(path)
    message = str(info.value)
    assert "too large to open" in message and ENV_MAX_IMAGE_MB in message and "limit 2.0 GiB" in message
    assert _peak_rss_mb() - before < MAX_GROWTH_MB


def test_raising_the_ceiling_lets_the_header_through_to_the_next_check(tmp_path: Path, monkeypatch) -> None:
    path = _dicom_claiming(tmp_path / "claims.dcm", 8192, 8192, 32)
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, str(16 * 1024))
    with pytest.raises(ImageLoadError, match="truncated"):  # not "too large": the ceiling was raised
        load_image(path)


def test_pixel_limit_applies_per_frame(tmp_path: Path) -> None:
    with pytest.raises(ImageLoadError, match="megapixels"):
        load_image(_dicom_claiming(tmp_path / "wide.dcm", 65_535, 65_535, 1, bits=8))


@pytest.fixture
def gray_jpeg(samples_dir: Path) -> Path:
    return samples_dir / "chest_normal_IM-0117-0001.jpeg"


def test_env_ceiling_refuses_an_ordinary_image(gray_jpeg: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, "1")
    with pytest.raises(ImageLoadError, match=r"limit 1 MiB, set SCANLENS_MAX_IMAGE_MB"):
        load_image(gray_jpeg)


def test_argument_wins_over_environment(gray_jpeg: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, "1")
    assert load_image(gray_jpeg, max_bytes=512 * MIB).rows > 0
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, "4096")
    with pytest.raises(ImageLoadError, match="too large"):
        load_image(gray_jpeg, max_bytes=1024)


@pytest.mark.parametrize("value", ["abc", "-5", "0", "nan", "inf", ""])
def test_unusable_environment_value_keeps_the_default(value: str, monkeypatch, caplog) -> None:
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, value)
    with caplog.at_level(logging.WARNING, logger="desktop_app.imaging.limits"):
        assert max_image_bytes() == DEFAULT_MAX_IMAGE_MB * MIB
    assert bool(caplog.records) == bool(value)


def test_environment_value_in_mib(monkeypatch) -> None:
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, "512")
    assert max_image_bytes() == 512 * MIB
    assert max_image_bytes(1234) == 1234


def test_colour_images_count_their_working_copies(tmp_path: Path, monkeypatch) -> None:
    """A 4000 x 4000 RGBA PNG (16 MP) is far below the pixel limit but needs ~300 MiB to decode."""
    header = struct.pack(">IIBBBBB", 4000, 4000, 8, 6, 0, 0, 0)
    path = tmp_path / "rgba.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + _chunk(b"IEND", b""))
    assert estimated_bytes("RGBA", 16_000_000) > 256 * MIB
    monkeypatch.setenv(ENV_MAX_IMAGE_MB, "256")
    with pytest.raises(ImageLoadError, match="4000x4000 RGBA would need about"):
        load_image(path)


def test_alpha_compositing_matches_float_rounding(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    rgba = rng.integers(0, 256, size=(300, 7, 4), dtype=np.uint8)  # more rows than one block
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba).save(path)
    expected = np.rint(rgba[..., :3].astype(np.float64) * rgba[..., 3:] / 255).astype(np.uint8)
    np.testing.assert_array_equal(load_image(path).frames[0], expected)
