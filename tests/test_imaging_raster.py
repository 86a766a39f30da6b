# SPDX-License-Identifier: Apache-2.0
"""PNG, JPEG, TIFF and BMP decoding on files written in the test."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging import ImageLoadError, load_image, render_frame
from desktop_app.imaging.render import default_window

RNG = np.random.default_rng(1234)


def gray8() -> np.ndarray:
    return RNG.integers(0, 256, size=(24, 32), dtype=np.uint8)


def gray16() -> np.ndarray:
    data = RNG.integers(100, 60000, size=(24, 32), dtype=np.uint16)
    data[0, 0], data[-1, -1] = 100, 60000
    return data


def rgb8() -> np.ndarray:
    return RNG.integers(0, 256, size=(24, 32, 3), dtype=np.uint8)


@pytest.mark.parametrize("ext", ["png", "tif", "bmp"])
def test_gray8_lossless_formats_round_trip(tmp_path, ext):
    data = gray8()
    path = tmp_path / f"gray.{ext}"
    Image.fromarray(data).save(path)
    image = load_image(path)
    assert image.frames.shape == (1, 24, 32)
    assert image.frames.dtype == np.uint8
    assert not image.is_color
    np.testing.assert_array_equal(image.frames[0], data)
    assert image.source_format == {"tif": "tiff"}.get(ext, ext)
    assert image.metadata["bit_depth"] == 8
    # an 8-bit image renders unchanged
    window = default_window(image)
    assert (window.center, window.width) == (127.5, 256.0)
    np.testing.assert_array_equal(render_frame(image), data)


@pytest.mark.parametrize("ext", ["png", "tif"])
def test_gray16_keeps_uint16_and_windows_min_to_max(tmp_path, ext):
    data = gray16()
    path = tmp_path / f"gray16.{ext}"
    Image.fromarray(data).save(path)
    image = load_image(path)
    assert image.frames.dtype == np.uint16
    np.testing.assert_array_equal(image.frames[0], data)
    assert image.metadata["bit_depth"] == 16
    window = default_window(image)
    assert window.center == pytest.approx((100 + 60000) / 2)
    assert window.width == pytest.approx(60000 - 100 + 1)
    shown = render_frame(image)
    assert shown[0, 0] == 0 and shown[-1, -1] == 255


def test_gray16_png_written_by_opencv(tmp_path):
    import cv2

    data = gray16()
    path = tmp_path / "cv16.png"
    assert cv2.imwrite(str(path), data)
    np.testing.assert_array_equal(load_image(path).frames[0], data)


@pytest.mark.parametrize("ext", ["png", "tif", "bmp"])
def test_true_colour_is_rgb_uint8(tmp_path, ext):
    data = rgb8()
    path = tmp_path / f"rgb.{ext}"
    Image.fromarray(data).save(path)
    image = load_image(path)
    assert image.is_color
    assert image.frames.shape == (1, 24, 32, 3)
    np.testing.assert_array_equal(image.frames[0], data)
    np.testing.assert_array_equal(render_frame(image), data)


def test_grayscale_stored_as_rgb_becomes_monochrome(tmp_path):
    data = gray8()
    path = tmp_path / "grey_as_rgb.png"
    Image.fromarray(np.stack([data] * 3, axis=-1)).save(path)
    image = load_image(path)
    assert not image.is_color
    assert image.frames.shape == (1, 24, 32)
    np.testing.assert_array_equal(image.frames[0], data)
    assert "grayscale" in image.metadata["note"]


def test_grayscale_rgb_jpeg_becomes_monochrome(tmp_path):
    data = np.repeat(np.linspace(0, 255, 32, dtype=np.uint8)[np.newaxis], 24, axis=0)
    path = tmp_path / "grey_as_rgb.jpg"
    Image.fromarray(np.stack([data] * 3, axis=-1)).save(path, quality=95)
    image = load_image(path)
    assert not image.is_color and image.source_format == "jpeg"
    assert np.abs(image.frames[0].astype(int) - data).max() <= 3


def test_gray_jpeg(tmp_path):
    data = np.repeat(np.linspace(0, 255, 32, dtype=np.uint8)[np.newaxis], 24, axis=0)
    path = tmp_path / "gray.jpeg"
    Image.fromarray(data).save(path, quality=95)
    image = load_image(path)
    assert image.frames.shape == (1, 24, 32) and image.frames.dtype == np.uint8
    assert np.abs(image.frames[0].astype(int) - data).max() <= 3


def test_opaque_alpha_is_dropped(tmp_path):
    data = rgb8()
    rgba = np.dstack([data, np.full(data.shape[:2], 255, np.uint8)])
    path = tmp_path / "rgba.png"
    Image.fromarray(rgba).save(path)
    image = load_image(path)
    assert image.is_color
    np.testing.assert_array_equal(image.frames[0], data)
    assert "alpha" in image.metadata["note"]


def test_transparent_pixels_are_composited_over_black(tmp_path):
    data = np.full((4, 4, 3), 200, np.uint8)
    data[..., 0] = 100
    alpha = np.full((4, 4), 255, np.uint8)
    alpha[0, 0], alpha[1, 1] = 0, 128
    path = tmp_path / "rgba.png"
    Image.fromarray(np.dstack([data, alpha])).save(path)
    frame = load_image(path).frames[0]
    np.testing.assert_array_equal(frame[0, 0], [0, 0, 0])
    np.testing.assert_array_equal(frame[1, 1], np.rint(np.array([100, 200, 200]) * 128 / 255))
    np.testing.assert_array_equal(frame[2, 2], [100, 200, 200])


def test_gray_with_alpha_is_monochrome(tmp_path):
    data = gray8()
    path = tmp_path / "la.png"
    Image.fromarray(data).convert("LA").save(path)
    image = load_image(path)
    assert not image.is_color


def test_palette_grey_and_colour(tmp_path):
    indices = RNG.integers(0, 4, size=(10, 12), dtype=np.uint8)
    grey = Image.fromarray(indices, mode="P")
    grey.putpalette([0, 0, 0, 80, 80, 80, 160, 160, 160, 255, 255, 255])
    grey.save(tmp_path / "grey_palette.png")
    image = load_image(tmp_path / "grey_palette.png")
    assert not image.is_color
    np.testing.assert_array_equal(image.frames[0], np.array([0, 80, 160, 255], np.uint8)[indices])

    colour = Image.fromarray(indices, mode="P")
    palette = [255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]
    colour.putpalette(palette)
    colour.save(tmp_path / "colour_palette.bmp")
    image = load_image(tmp_path / "colour_palette.bmp")
    assert image.is_color
    np.testing.assert_array_equal(image.frames[0], np.array(palette, np.uint8).reshape(4, 3)[indices])


def test_one_bit_image(tmp_path):
    data = RNG.integers(0, 2, size=(8, 16)).astype(bool)
    Image.fromarray(data).save(tmp_path / "bits.png")
    image = load_image(tmp_path / "bits.png")
    np.testing.assert_array_equal(image.frames[0], data.astype(np.uint8) * 255)


def test_exif_orientation_is_applied(tmp_path):
    # stored 40 wide x 20 high: left half dark, right half bright
    stored = np.zeros((20, 40), np.uint8)
    stored[:, 20:] = 255
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to display"
    path = tmp_path / "rotated.jpg"
    Image.fromarray(stored).save(path, exif=exif.tobytes(), quality=95)
    image = load_image(path)
    shown = image.frames[0]
    assert shown.shape == (40, 20)  # rows, cols swapped
    assert shown[:18].mean() < 10  # the stored left half is now on top
    assert shown[22:].mean() > 245
    assert image.metadata["exif_orientation"] == 6


def test_size_limit_is_checked(tmp_path):
    Image.fromarray(gray8()).save(tmp_path / "small.png")
    with pytest.raises(ImageLoadError, match="too large"):
        load_image(tmp_path / "small.png", max_pixels=100)


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


@pytest.mark.parametrize("side", [13_000, 100_000])  # ours (150 MP) and Pillow's hard stop (179 MP)
def test_decompression_bomb_is_refused_before_decoding(tmp_path, side):
    # A huge PNG header with almost no data: must be refused from the header alone.
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
    path = tmp_path / "bomb.png"
    path.write_bytes(data + _png_chunk(b"IEND", b""))
    with pytest.raises(ImageLoadError, match="too large") as info:
        load_image(path)
    assert "\n" not in str(info.value)


def test_truncated_png_is_refused(tmp_path):
    path = tmp_path / "cut.png"
    Image.fromarray(RNG.integers(0, 256, size=(64, 64), dtype=np.uint8)).save(path)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(ImageLoadError) as info:
        load_image(path)
    assert str(info.value) and "\n" not in str(info.value)


def test_multipage_tiff_shows_first_page_and_says_so(tmp_path):
    pages = [Image.fromarray(np.full((8, 8), v, np.uint8)) for v in (10, 20, 30)]
    pages[0].save(tmp_path / "pages.tif", save_all=True, append_images=pages[1:])
    image = load_image(tmp_path / "pages.tif")
    assert image.n_frames == 1 and image.frames[0, 0, 0] == 10
    assert image.metadata["pages"] == 3


def test_float_tiff(tmp_path):
    data = RNG.normal(size=(16, 16)).astype(np.float32)
    Image.fromarray(data).save(tmp_path / "float.tif")
    image = load_image(tmp_path / "float.tif")
    assert image.frames.dtype == np.float32
    np.testing.assert_allclose(image.frames[0], data)
    shown = render_frame(image)
    assert shown.min() == 0 and shown.max() == 255


def test_gif_is_refused_with_its_name(tmp_path):
    Image.fromarray(gray8()).save(tmp_path / "anim.gif")
    with pytest.raises(ImageLoadError, match="GIF"):
        load_image(tmp_path / "anim.gif")


def test_bundled_jpeg_samples(samples_dir):
    for path in sorted(samples_dir.glob("*.jp*g")):
        image = load_image(path)
        assert not image.is_color, path.name  # all samples are grayscale (some stored as RGB)
        assert image.frames.dtype == np.uint8
        reference = np.asarray(Image.open(path).convert("L"))
        np.testing.assert_array_equal(image.frames[0], reference)
