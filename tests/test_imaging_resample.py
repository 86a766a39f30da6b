# SPDX-License-Identifier: Apache-2.0
"""desktop_app.imaging.resample and the colour map tables against OpenCV (which the models were trained
with; installed with the dev/export extras, not shipped in the app), plus checks that need no OpenCV."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging import resample
from desktop_app.inference.colormaps import COLORMAP_NAMES, colormap_table

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "resources" / "samples").glob("*.jp*g"))
RNG = np.random.default_rng(7)
NOISE = [RNG.integers(0, 256, shape, dtype=np.uint8) for shape in ((384, 474), (1000, 999), (50, 300), (97, 40))]
IMAGES = [np.asarray(Image.open(p).convert("L")) for p in SAMPLES[:4]] + NOISE
SIZES = [(192, 192), (64, 64), (97, 133), (30, 20), (500, 300)]


@pytest.fixture(scope="module")
def cv2():
    return pytest.importorskip("cv2")


def level_difference(a: np.ndarray, b: np.ndarray) -> int:
    assert a.shape == b.shape and a.dtype == b.dtype
    return int(np.abs(a.astype(int) - b.astype(int)).max())


def test_area_shrink_is_bit_exact(cv2):
    """The models' inputs: shrinking with INTER_AREA gives OpenCV's pixels exactly (CLAHE after it would
    turn a one-level difference into several)."""
    checked = 0
    for image in IMAGES:
        for width, height in SIZES:
            if width <= image.shape[1] and height <= image.shape[0]:
                expected = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
                assert level_difference(resample.resize(image, (width, height), "area"), expected) == 0
                checked += 1
        rgb = np.ascontiguousarray(np.stack([image, image[::-1], image[:, ::-1]], axis=-1))
        expected = cv2.resize(rgb, (20, 20), interpolation=cv2.INTER_AREA)
        assert level_difference(resample.resize(rgb, (20, 20), "area"), expected) == 0
    assert checked >= 30


def test_enlarging_is_within_one_level(cv2):
    for image in IMAGES[-2:]:
        for width, height in ((640, 480), (64, 64), (500, 300)):
            for name, flag in (("area", cv2.INTER_AREA), ("linear", cv2.INTER_LINEAR)):
                expected = cv2.resize(image, (width, height), interpolation=flag)
                assert level_difference(resample.resize(image, (width, height), name), expected) <= 1


def test_cubic_upsampling_of_a_cam(cv2):
    cam = RNG.random((7, 7))
    for rows, cols in ((512, 512), (1000, 700), (13, 100)):
        expected = cv2.resize(cam, (cols, rows), interpolation=cv2.INTER_CUBIC)
        np.testing.assert_allclose(resample.resize(cam, (cols, rows), "cubic"), expected, atol=1e-5)


@pytest.mark.parametrize(("clip", "grid"), [(2.0, 8), (3.0, 4), (1.0, 7), (0.0, 8)])
def test_clahe_is_bit_exact(cv2, clip, grid):
    for image in [*IMAGES, resample.resize(IMAGES[0], (192, 192))]:
        expected = cv2.createCLAHE(clipLimit=clip, tileGridSize=(grid, grid)).apply(image)
        assert level_difference(resample.clahe(image, clip, grid), expected) == 0


def test_luminance_is_bit_exact(cv2):
    rgb = RNG.integers(0, 256, (300, 200, 3), dtype=np.uint8)
    assert level_difference(resample.rgb_to_gray(rgb), cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)) == 0


def test_colour_maps_are_opencvs(cv2):
    for name in COLORMAP_NAMES:
        ramp = np.arange(256, dtype=np.uint8)[:, None]
        code = getattr(cv2, f"COLORMAP_{name.upper()}")
        expected = cv2.cvtColor(cv2.applyColorMap(ramp, code), cv2.COLOR_BGR2RGB)[:, 0, :]
        np.testing.assert_array_equal(colormap_table(name), expected)


# --- without OpenCV ---------------------------------------------------------------------------------


def test_whole_factor_shrink_is_the_block_mean_rounded_half_up():
    image = np.array([[0, 1, 10, 20], [2, 3, 30, 42]], np.uint8)  # 2x2 block means 1.5 and 25.5
    np.testing.assert_array_equal(resample.resize(image, (2, 1)), [[2, 26]])  # (sum + 2) >> 2, as OpenCV


def test_constant_images_stay_constant():
    flat = np.full((90, 70), 77, np.uint8)
    for name in ("area", "linear", "cubic"):
        for size in ((33, 21), (140, 180)):
            assert np.all(resample.resize(flat, size, name) == 77), name
    assert np.all(resample.clahe(flat, 2.0, 8) == resample.clahe(flat, 2.0, 8)[0, 0])


def test_bad_requests_are_refused():
    with pytest.raises(ValueError, match="cannot resize"):
        resample.resize(np.zeros((4, 4), np.uint8), (0, 3))
    with pytest.raises(ValueError, match="uint8 gray"):
        resample.clahe(np.zeros((4, 4), np.float32), 2.0, 2)
    with pytest.raises(KeyError):
        colormap_table("no_such_map")


@pytest.mark.parametrize(("clip", "grid"), [(2.0, 8), (3.0, 4), (0.0, 8)])
def test_clahe_of_whole_levels_is_opencvs_before_rounding(clip, grid):
    """Whole grey levels give the 8-bit CLAHE's result to its rounding (its tables and output are rounded)."""
    for image in [*IMAGES[-3:], resample.resize(IMAGES[0], (192, 192))]:
        levels = resample.clahe_levels(image.astype(np.float32), clip, grid)
        assert levels.dtype == np.float32
        assert np.abs(levels - resample.clahe(image, clip, grid)).max() <= 1.0


def test_clahe_of_levels_is_continuous_where_opencv_spreads_a_residual():
    """OpenCV spreads the clipped residual over every (256 // r)-th bin: at r = 128 → 129 the step halves.
    The float tables mix the two spreads, so a tiny change of the histogram changes the output a little."""
    base = np.full((64, 64), 40.0, np.float32)
    base[:, :32] = np.linspace(0, 255, 64 * 32, dtype=np.float32).reshape(64, 32)
    outputs = [resample.clahe_levels(base + np.float32(d), 2.0, 2) for d in np.linspace(0, 0.5, 11)]
    steps = [np.abs(b - a).max() for a, b in itertools.pairwise(outputs)]
    assert max(steps) < 2.0
