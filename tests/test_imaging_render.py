# SPDX-License-Identifier: Apache-2.0
"""Window/level rendering checked against pydicom's ``apply_windowing`` and against itself (LUT vs direct)."""

from __future__ import annotations

import time

import numpy as np
import pytest
from pydicom.dataset import Dataset
from pydicom.pixels import apply_windowing

from desktop_app.imaging import LoadedImage, WindowPreset, auto_window, pixel_stats, pixel_value_at, render_frame
from desktop_app.imaging.render import default_window, full_range_window, window_function, window_to_display

RNG = np.random.default_rng(7)


def pydicom_8bit(values: np.ndarray, center: float, width: float, function: str) -> np.ndarray:
    ds = Dataset()
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsStored, ds.PixelRepresentation = 8, 0
    ds.WindowCenter, ds.WindowWidth, ds.VOILUTFunction = center, width, function
    return np.floor(apply_windowing(values.astype(np.float64), ds)).astype(np.uint8)


def mono(frames: np.ndarray, **kwargs) -> LoadedImage:
    return LoadedImage(path="mem", frames=frames, is_color=False, **kwargs)


@pytest.mark.filterwarnings("ignore:overflow encountered in exp:RuntimeWarning")  # pydicom's sigmoid
@pytest.mark.parametrize("function", ["LINEAR", "LINEAR_EXACT", "SIGMOID"])
@pytest.mark.parametrize(("center", "width"), [(40, 400), (-600, 1500), (0.5, 1), (1000, 2.5), (127.5, 256)])
def test_window_to_display_matches_pydicom(function, center, width):
    values = np.arange(-2048, 2048, dtype=np.int32)
    ours = np.floor(window_to_display(values, WindowPreset(center, width), function)).astype(np.uint8)
    np.testing.assert_array_equal(ours, pydicom_8bit(values, center, width, function))


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.uint16, np.int16, np.int32, np.uint32, np.float32])
def test_render_matches_pydicom_for_every_dtype(dtype):
    info = np.iinfo(dtype) if np.issubdtype(dtype, np.integer) else None
    lo, hi = (max(info.min, -3000), min(info.max, 3000)) if info else (-3000, 3000)
    data = RNG.integers(lo, hi, size=(1, 40, 50), endpoint=True).astype(dtype)
    image = mono(data)
    window = WindowPreset(center=float(lo + hi) / 3, width=float(hi - lo) / 2)
    function = window_function(image)
    assert function == ("LINEAR_EXACT" if dtype == np.float32 else "LINEAR")
    np.testing.assert_array_equal(
        render_frame(image, window=window), pydicom_8bit(data[0], window.center, window.width, function)
    )


def test_lut_and_direct_paths_agree():
    data = RNG.integers(-1024, 3072, size=(1, 64, 64)).astype(np.int16)
    window = WindowPreset(40, 400)
    via_lut = render_frame(mono(data), window=window)
    via_direct = render_frame(mono(data.astype(np.int32)), window=window)
    np.testing.assert_array_equal(via_lut, via_direct)


def test_eight_bit_full_range_is_identity():
    data = np.arange(256, dtype=np.uint8).reshape(1, 16, 16)
    image = mono(data)
    assert default_window(image) == WindowPreset(127.5, 256.0, "Full range")
    np.testing.assert_array_equal(render_frame(image), data[0])


def test_full_range_window_maps_min_to_black_and_max_to_white():
    data = np.array([[[100, 200, 65000]]], dtype=np.uint16)
    image = mono(data)
    window = full_range_window(data)
    assert (window.center, window.width) == (32550.0, 64901.0)
    np.testing.assert_array_equal(render_frame(image), [[0, 0, 255]])


def test_invert_and_default_invert():
    data = RNG.integers(0, 4096, size=(1, 8, 8)).astype(np.uint16)
    plain = render_frame(mono(data))
    np.testing.assert_array_equal(render_frame(mono(data), invert=True), 255 - plain)
    inverted = mono(data, invert_default=True)
    np.testing.assert_array_equal(render_frame(inverted), 255 - plain)
    np.testing.assert_array_equal(render_frame(inverted, invert=False), plain)


def test_colour_window_applies_to_each_channel():
    rgb = RNG.integers(0, 256, size=(1, 6, 7, 3), dtype=np.uint8)
    image = LoadedImage(path="mem", frames=rgb, is_color=True)
    np.testing.assert_array_equal(render_frame(image), rgb[0])
    np.testing.assert_array_equal(render_frame(image, invert=True), 255 - rgb[0])
    narrow = render_frame(image, window=WindowPreset(128, 64))
    assert narrow.shape == (6, 7, 3)
    assert set(np.unique(narrow[rgb[0] < 96])) == {0}


def test_output_is_contiguous_and_frame_checked():
    image = mono(np.zeros((2, 5, 4), np.int16))
    out = render_frame(image, 1)
    assert out.flags.c_contiguous and out.dtype == np.uint8 and out.shape == (5, 4)
    with pytest.raises(IndexError):
        render_frame(image, 2)


def test_nan_renders_black():
    data = np.array([[[np.nan, 0.0, 1.0]]], dtype=np.float32)
    out = render_frame(mono(data), window=WindowPreset(0.5, 1.0))
    assert out[0, 0] == 0 and out[0, 2] == 255


def test_auto_window_from_percentiles():
    data = np.zeros((1, 100, 100), np.int16)
    data[0, :, :] = np.arange(100)[np.newaxis] * 10  # values 0..990
    data[0, 0, 0] = 30000  # outlier ignored by the percentiles
    window = auto_window(mono(data))
    assert window.name == "Auto"
    assert window.center - window.width / 2 == pytest.approx(4.5, abs=6)
    assert window.center + window.width / 2 == pytest.approx(990, abs=6)


def test_auto_window_on_constant_frame_falls_back_to_full_range():
    window = auto_window(mono(np.full((1, 4, 4), 7, np.uint16)))
    assert window.width >= 1


def test_pixel_stats_and_value():
    data = np.array([[[1, 2], [3, 10]]], dtype=np.uint16)
    image = mono(data)
    assert pixel_stats(image) == {"min": 1.0, "max": 10.0, "mean": 4.0}
    assert pixel_value_at(image, 0, 1, 1) == {
        "frame": 0, "row": 1, "col": 1, "units": "", "value": 10, "stored": 10, "modality": 10, "hu": None,
    }  # fmt: skip


def test_pixel_value_with_rescale():
    stored = np.array([[[0, 1000]]], dtype=np.int16)
    meta = {"modality_lut": "rescale", "rescale_slope": 2.0, "rescale_intercept": -1024.0}
    image = mono(stored * 2 - 1024, metadata=meta, units="HU")
    value = pixel_value_at(image, 0, 0, 1)
    assert (value["stored"], value["modality"], value["hu"]) == (1000, 976, 976)


def test_render_is_fast_on_a_large_16_bit_image():
    data = RNG.integers(0, 4096, size=(1, 2048, 2048)).astype(np.uint16)
    image = mono(data)
    render_frame(image)  # warm up
    started = time.perf_counter()
    render_frame(image, window=WindowPreset(1000, 500))
    assert time.perf_counter() - started < 1.0  # ~20 ms on one core; generous for a shared CPU


def test_remembered_default_rendering_is_reused_and_never_shared():
    """The viewer's default-window rendering is kept for the analysis; other windows are never kept."""
    frames = np.random.default_rng(5).integers(0, 4096, (2, 64, 48)).astype(np.uint16)
    image = LoadedImage(path="x", frames=frames, is_color=False, window_presets=[WindowPreset(2048, 4096)])
    first = render_frame(image, 1, remember=True)
    assert len(image.render_cache) == 1
    first[:] = 0  # the caller's array is its own: drawing on it must not change what is remembered
    again = render_frame(image, 1)
    expected = np.floor(window_to_display(frames[1], WindowPreset(2048, 4096))).astype(np.uint8)
    np.testing.assert_array_equal(again, expected)
    image.frames = frames[::-1].copy()  # not how the app works: proves the second call came from the cache
    assert np.array_equal(render_frame(image, 1), expected)
    render_frame(image, 1, window=WindowPreset(100, 200), remember=True)
    render_frame(image, 0, invert=True, remember=True)
    assert [k[0] for k in image.render_cache] == [1]  # non-default renderings are not kept
    render_frame(image, 0, remember=True)
    assert [k[0] for k in image.render_cache] == [0]  # one remembered rendering per image


@pytest.mark.parametrize("dtype", [np.uint16, np.int16])
def test_large_16bit_frames_looked_up_in_bands_match_one_lookup(dtype):
    """Frames ≥ 1 MP are windowed in row bands on several threads: every pixel as one np.take gives."""
    from desktop_app.imaging import render

    info = np.iinfo(dtype)
    frame = np.random.default_rng(7).integers(info.min, info.max, (1031, 1111), endpoint=True).astype(dtype)
    image = LoadedImage(path="mem", frames=frame[None], is_color=False)
    window = WindowPreset(center=300.0, width=5000.0)
    shown = render.render_frame(image, window=window)
    lut = render._build_lut(np.dtype(dtype), window, "LINEAR")
    index = frame.view(np.uint16) ^ np.uint16(0x8000) if dtype == np.int16 else frame
    np.testing.assert_array_equal(shown, np.take(lut, index))
    assert render._build_lut(np.dtype(dtype), window, "LINEAR") is lut and not lut.flags.writeable


def test_display_levels_keep_what_the_8_bit_display_truncates():
    from desktop_app.imaging.render import display_levels

    eight = RNG.integers(0, 256, size=(1, 30, 40)).astype(np.uint8)
    np.testing.assert_array_equal(display_levels(mono(eight)), eight[0].astype(np.float32))
    twelve = (eight.astype(np.uint16) * 16 + RNG.integers(0, 16, size=eight.shape).astype(np.uint16))
    image = mono(twelve, window_presets=[WindowPreset(2048, 4096)])
    levels = display_levels(image)
    assert levels.dtype == np.float32 and 0.0 <= levels.min() and levels.max() <= 255.0
    # the middle of each display value: within half a level of what render_frame shows, plus that value's 0.5
    assert np.abs(levels + 0.5 - render_frame(image)).max() <= 1.0
    assert len(np.unique(levels)) > 2 * len(np.unique(render_frame(image)))  # detail between display values
    inverted = mono(twelve, window_presets=[WindowPreset(2048, 4096)], invert_default=True)
    np.testing.assert_allclose(display_levels(inverted), 255.0 - levels, atol=1e-4)
    as_float = mono(twelve.astype(np.float32), window_presets=[WindowPreset(2048, 4096)])
    np.testing.assert_allclose(display_levels(as_float), levels, atol=0.07)  # LINEAR_EXACT vs LINEAR
