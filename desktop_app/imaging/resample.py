# SPDX-License-Identifier: Apache-2.0
"""Resizing, CLAHE and luminance in numpy, written to give OpenCV's results (within one grey level).

The app used OpenCV (172 MB of the frozen build) for four small operations; these replace them and
follow OpenCV's definitions so models trained with OpenCV preprocessing see the same inputs:

* :func:`resize` — ``cv2.resize`` with ``INTER_AREA`` (exact-area averaging when shrinking, OpenCV's
  area-mode linear weights when enlarging), ``INTER_LINEAR`` and ``INTER_CUBIC`` (a = -0.75, edge pixels
  replicated). Separable: one weight matrix per axis, applied as two matrix products.
* :func:`clahe` — ``cv2.createCLAHE(clip, (n, n)).apply`` on uint8: per-tile histograms clipped and
  redistributed OpenCV's way, bilinear interpolation between tile lookup tables.
* :func:`rgb_to_gray` — ``cv2.COLOR_RGB2GRAY`` (fixed-point BT.601 weights, same rounding).

tests/test_imaging_resample.py compares each with OpenCV when it is installed (it is in the ``export``
extra): uint8 outputs within ±1, floats within 1e-6 of the value range.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import numpy as np

_CUBIC_A = -0.75
_FLOAT32_ABOVE = 1 << 22  # pixels x channels


def resize(image: np.ndarray, size: tuple[int, int], interpolation: str = "area") -> np.ndarray:
    """``image`` (H,W) or (H,W,C) resized to ``size`` = (width, height), like ``cv2.resize``.

    ``interpolation`` is "area", "linear" or "cubic". uint8 input gives uint8 (rounded, saturated); float
    input gives the input's float type.
    """
    width, height = int(size[0]), int(size[1])
    if width < 1 or height < 1:
        raise ValueError(f"cannot resize to {width}x{height}")
    rows, cols = image.shape[:2]
    if (rows, cols) == (height, width):
        return image.copy()
    area = interpolation == "area" and cols >= width and rows >= height
    if area and image.dtype == np.uint8:
        return _shrink_area_uint8(image, width, height)
    if area and image.dtype.kind == "f":
        # OpenCV's taps, no matrix product: BLAS would start threads of its own in each batch worker
        # (measured: batch triage 80 → 44 images/s on 2 cores)
        return _shrink_area(image, width, height).astype(image.dtype, copy=False)
    wy = _weights(rows, height, interpolation, area)
    wx = _weights(cols, width, interpolation, area)
    # float64 keeps model inputs within rounding of OpenCV; big images (thumbnails, viewer) use float32.
    dtype = np.float32 if image.size > _FLOAT32_ABOVE else np.float64
    wy, wx, work = wy.astype(dtype, copy=False), wx.astype(dtype, copy=False), image.astype(dtype)
    if work.ndim == 2:
        out = wy @ work @ wx.T
    else:
        out = np.einsum("ij,jkc->ikc", wy, work)
        out = np.einsum("ikc,lk->ilc", out, wx)
    if image.dtype == np.uint8:
        return np.clip(np.floor(out + 0.5), 0, 255).astype(np.uint8)
    return out.astype(image.dtype if image.dtype.kind == "f" else np.float64)


@lru_cache(maxsize=64)
def _weights(src: int, dst: int, interpolation: str, area: bool) -> np.ndarray:
    """(dst, src) matrix: row i holds the weights of the source pixels of output pixel i on one axis."""
    if area:
        matrix = _area_weights(src, dst)
    elif interpolation == "cubic":
        matrix = _cubic_weights(src, dst)
    elif interpolation in ("linear", "area"):
        matrix = _linear_weights(src, dst, area_mode=interpolation == "area")
    else:
        raise ValueError(f"unknown interpolation {interpolation!r}")
    matrix.setflags(write=False)  # cached and shared
    return matrix


def _area_weights(src: int, dst: int) -> np.ndarray:
    """OpenCV's computeResizeAreaTab: each output pixel averages the source area it covers."""
    scale = src / dst
    matrix = np.zeros((dst, src))
    for dx in range(dst):
        start, stop = dx * scale, dx * scale + scale
        cell = min(scale, src - start)
        first, last = math.ceil(start), min(math.floor(stop), src - 1)
        first = min(first, last)
        if first - start > 1e-3:
            matrix[dx, first - 1] = (first - start) / cell
        matrix[dx, first:last] = 1.0 / cell
        if stop - last > 1e-3:
            matrix[dx, last] = min(min(stop - last, 1.0), cell) / cell
    return matrix


def _shrink_area_uint8(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """OpenCV's INTER_AREA shrink of uint8 data with its own arithmetic, so the result is the same to the bit.

    Whole factors: block sums, 2x2 rounded half up, others times 1/area in float32. Otherwise each source
    row is weighted along x, then the rows along y, accumulating in float32 in OpenCV's order; rounded to
    nearest even. (CLAHE after the resize turns a one-level difference into several: exactness matters.)
    """
    rows, cols = image.shape[:2]
    fx, fy = 1.0 / (width / cols), 1.0 / (height / rows)
    if fx == int(fx) and fy == int(fy):
        kx, ky = int(fx), int(fy)
        blocks = image.reshape(height, ky, width, kx, *image.shape[2:]).astype(np.int32).sum(axis=(1, 3))
        if (kx, ky) == (2, 2):
            return ((blocks + 2) >> 2).astype(np.uint8)
        scaled = blocks.astype(np.float32) * np.float32(1.0 / (kx * ky))
        return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)
    return np.clip(np.rint(_shrink_area(image, width, height)), 0, 255).astype(np.uint8)


def _shrink_area(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """INTER_AREA shrink as float32 (not rounded): each source row weighted along x, then the rows along y,
    accumulating in OpenCV's order."""
    rows, cols = image.shape[:2]
    x_index, x_alpha = _area_taps(cols, width)
    y_index, y_alpha = _area_taps(rows, height)
    channels = (None,) * (image.ndim - 2)  # weights broadcast over colour channels
    pixels = image.astype(np.float32)
    along_x = np.zeros((rows, width, *image.shape[2:]), np.float32)
    for tap in range(x_index.shape[1]):
        x_weights = (None, slice(None), tap, *channels)  # a name, not a starred subscript (Python 3.10)
        along_x += pixels[:, x_index[:, tap]] * x_alpha[x_weights]
    out = np.zeros((height, width, *image.shape[2:]), np.float32)
    for tap in range(y_index.shape[1]):
        y_weights = (slice(None), tap, None, *channels)
        out += y_alpha[y_weights] * along_x[y_index[:, tap]]
    return out


@lru_cache(maxsize=64)
def _area_taps(src: int, dst: int) -> tuple[np.ndarray, np.ndarray]:
    """OpenCV's computeResizeAreaTab as (dst, taps) source indices and float32 weights (0 pads a short row)."""
    scale = 1.0 / (dst / src)
    rows: list[list[tuple[int, float]]] = []
    for dx in range(dst):
        start = dx * scale
        stop, cell = start + scale, min(scale, src - start)
        last = min(math.floor(stop), src - 1)
        first = min(math.ceil(start), last)
        taps = [(first - 1, (first - start) / cell)] if first - start > 1e-3 else []
        taps += [(sx, 1.0 / cell) for sx in range(first, last)]
        if stop - last > 1e-3:
            taps.append((last, min(min(stop - last, 1.0), cell) / cell))
        rows.append(taps)
    width = max(len(taps) for taps in rows)
    index = np.zeros((dst, width), np.intp)
    alpha = np.zeros((dst, width), np.float32)
    for dx, taps in enumerate(rows):
        index[dx, : len(taps)] = [t[0] for t in taps]
        alpha[dx, : len(taps)] = [t[1] for t in taps]
    index.setflags(write=False)
    alpha.setflags(write=False)
    return index, alpha


def _linear_weights(src: int, dst: int, *, area_mode: bool) -> np.ndarray:
    """Two-tap weights; in area mode (INTER_AREA when enlarging) OpenCV's own offsets are used."""
    scale = src / dst
    matrix = np.zeros((dst, src))
    for dx in range(dst):
        if area_mode:
            sx = math.floor(dx * scale)
            fx = (dx + 1) - (sx + 1) / scale
            fx = 0.0 if fx <= 0 else fx - math.floor(fx)
        else:
            position = (dx + 0.5) * scale - 0.5
            sx = math.floor(position)
            fx = position - sx
        if sx < 0:
            sx, fx = 0, 0.0
        if sx + 1 >= src:
            sx, fx = src - 1, 0.0
        matrix[dx, sx] += 1.0 - fx
        matrix[dx, min(sx + 1, src - 1)] += fx
    return matrix


def _cubic_weights(src: int, dst: int) -> np.ndarray:
    """Four-tap Keys cubic (a = -0.75) with edge replication, as OpenCV's INTER_CUBIC."""
    scale = src / dst
    position = (np.arange(dst) + 0.5) * scale - 0.5
    base = np.floor(position).astype(np.int64)
    frac = position - base
    matrix = np.zeros((dst, src))
    rows = np.arange(dst)
    for tap, coeff in enumerate(_cubic_coefficients(frac)):
        np.add.at(matrix, (rows, np.clip(base - 1 + tap, 0, src - 1)), coeff)
    return matrix


def _cubic_coefficients(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    a = _CUBIC_A
    c0 = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a
    c1 = ((a + 2) * x - (a + 3)) * x * x + 1
    c2 = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1
    return c0, c1, c2, 1.0 - c0 - c1 - c2


def rgb_to_gray(image: np.ndarray) -> np.ndarray:
    """uint8 RGB (H,W,3) → uint8 luminance, OpenCV's 15-bit fixed-point 0.299 R + 0.587 G + 0.114 B."""
    rgb = image.astype(np.uint32)
    gray = (rgb[..., 0] * 9798 + rgb[..., 1] * 19235 + rgb[..., 2] * 3735 + (1 << 14)) >> 15
    return gray.astype(np.uint8)


def clahe(image: np.ndarray, clip_limit: float, tile_grid: int) -> np.ndarray:
    """Contrast-limited adaptive histogram equalisation of a uint8 (H,W) image, OpenCV's algorithm."""
    if image.dtype != np.uint8 or image.ndim != 2:
        raise ValueError("CLAHE needs a uint8 gray image")
    rows, cols = image.shape
    padded = _pad_to_tiles(image, tile_grid)
    tile_h, tile_w = padded.shape[0] // tile_grid, padded.shape[1] // tile_grid
    luts = _tile_luts(padded, tile_grid, tile_h, tile_w, clip_limit)  # (tiles_y, tiles_x, 256)
    values = image.astype(np.intp)

    def lut(ty: np.ndarray, tx: np.ndarray) -> np.ndarray:
        return luts[ty, tx, values].astype(np.float32)

    result = _between_tiles(lut, rows, cols, tile_h, tile_w, tile_grid)
    return np.clip(np.rint(result), 0, 255).astype(np.uint8)


def clahe_levels(image: np.ndarray, clip_limit: float, tile_grid: int) -> np.ndarray:
    """:func:`clahe` for a float (H,W) image of continuous grey levels in [0, 255]: float32 out, no rounding.

    A level between two integers counts in both neighbouring histogram bins and reads the lookup tables
    between them, in proportion; integer levels give exactly the tables' values. So a quarter-level change of
    the input moves the output by about a quarter of the local slope instead of jumping to the next table
    entry (or not) as rounding to 8 bits does: scores stay put when a film is stored with more or fewer bits.
    """
    if image.ndim != 2:
        raise ValueError("CLAHE needs a gray image")
    levels = np.clip(np.asarray(image, dtype=np.float32), 0.0, 255.0)
    rows, cols = levels.shape
    low = np.minimum(levels.astype(np.intp), 254)  # levels are ≥ 0, so truncation is floor; 255 → 254 + 1.0
    frac = levels - low.astype(np.float32)
    padded_low, padded_frac = _pad_to_tiles(low, tile_grid), _pad_to_tiles(frac, tile_grid)
    tile_h, tile_w = padded_low.shape[0] // tile_grid, padded_low.shape[1] // tile_grid
    luts = _soft_tile_luts(padded_low, padded_frac, tile_grid, tile_h, tile_w, clip_limit)

    def lut(ty: np.ndarray, tx: np.ndarray) -> np.ndarray:
        below, above = luts[ty, tx, low], luts[ty, tx, low + 1]
        return below + (above - below) * frac

    result = _between_tiles(lut, rows, cols, tile_h, tile_w, tile_grid)
    return np.clip(result, 0.0, 255.0).astype(np.float32)


def _between_tiles(lut: Callable[[np.ndarray, np.ndarray], np.ndarray], rows: int, cols: int, tile_h: int,
                   tile_w: int, grid: int) -> np.ndarray:
    """Each pixel's value bilinearly interpolated between the lookups of its four nearest tiles;
    ``lut(tile_row, tile_col)`` gives every pixel's value in the tables of the tiles given per row and column."""
    y1, y2, ya = _tile_positions(rows, tile_h, grid)
    x1, x2, xa = _tile_positions(cols, tile_w, grid)
    yy1, yy2, ya = y1[:, None], y2[:, None], ya[:, None]
    xx1, xx2 = x1[None, :], x2[None, :]
    one = np.float32(1.0)
    top = lut(yy1, xx1) * (one - xa) + lut(yy1, xx2) * xa
    bottom = lut(yy2, xx1) * (one - xa) + lut(yy2, xx2) * xa
    return top * (one - ya) + bottom * ya


def _soft_tile_luts(low: np.ndarray, frac: np.ndarray, grid: int, tile_h: int, tile_w: int,
                    clip_limit: float) -> np.ndarray:
    """Per-tile float lookup tables from histograms where a level's count is split between its two bins."""
    bins = _tiles(low, grid, tile_h, tile_w).astype(np.int64) + np.arange(grid * grid)[:, None] * 256
    weight = _tiles(frac, grid, tile_h, tile_w).astype(np.float64)
    size = grid * grid * 256
    hist = (np.bincount(bins.ravel(), 1.0 - weight.ravel(), minlength=size)
            + np.bincount((bins + 1).ravel(), weight.ravel(), minlength=size)).reshape(grid * grid, 256)
    total = tile_h * tile_w
    if clip_limit > 0:
        hist = _clip_histograms(hist, max(int(clip_limit * total / 256), 1))
    lut = np.cumsum(hist, axis=1) * (255.0 / total)
    return np.clip(lut, 0.0, 255.0).astype(np.float32).reshape(grid, grid, 256)


def _pad_to_tiles(image: np.ndarray, grid: int) -> np.ndarray:
    """OpenCV pads (reflect-101) by ``grid - size % grid`` when a side is not a multiple of the grid."""
    rows, cols = image.shape
    if rows % grid == 0 and cols % grid == 0:
        return image
    return np.pad(image, ((0, grid - rows % grid), (0, grid - cols % grid)), mode="reflect")


def _tiles(values: np.ndarray, grid: int, tile_h: int, tile_w: int) -> np.ndarray:
    """(grid², tile pixels): each tile's pixels in one row, tiles in row-major order."""
    blocks = values[: grid * tile_h, : grid * tile_w].reshape(grid, tile_h, grid, tile_w)
    return blocks.transpose(0, 2, 1, 3).reshape(grid * grid, tile_h * tile_w)


def _tile_luts(padded: np.ndarray, grid: int, tile_h: int, tile_w: int, clip_limit: float) -> np.ndarray:
    flat = _tiles(padded, grid, tile_h, tile_w).astype(np.int64)
    offsets = np.arange(grid * grid)[:, None] * 256
    hist = np.bincount((flat + offsets).ravel(), minlength=grid * grid * 256).reshape(grid * grid, 256)
    total = tile_h * tile_w
    if clip_limit > 0:
        hist = _clip_histograms(hist.astype(np.float64), max(int(clip_limit * total / 256), 1))
    scale = np.float32(255.0 / total)
    lut = np.rint(np.cumsum(hist, axis=1).astype(np.float32) * scale)
    return np.clip(lut, 0, 255).astype(np.uint8).reshape(grid, grid, 256)


def _clip_histograms(hist: np.ndarray, limit: int) -> np.ndarray:
    """Clip each histogram at ``limit`` and spread the excess OpenCV's way: evenly, the remainder below 256
    one count every 256 // remainder bins from bin 0. Counts may be fractional (:func:`clahe_levels`): the
    spread is then continuous in them, OpenCV's for the whole counts below and above mixed by the fraction."""
    excess = np.maximum(hist - limit, 0.0).sum(axis=1)
    even = np.floor(excess / 256.0)
    residual = excess - even * 256.0
    whole = np.floor(residual).astype(np.intp)
    part = (residual - whole)[:, None]
    table = _residual_spread()
    spread = table[whole] * (1.0 - part) + table[np.minimum(whole + 1, 256)] * part
    return np.minimum(hist, limit) + even[:, None] + spread


@lru_cache(maxsize=1)
def _residual_spread() -> np.ndarray:
    """Row n: where OpenCV puts a residual of n counts (one count every 256 // n bins from bin 0)."""
    table = np.zeros((257, 256))
    for count in range(1, 257):
        step = max(256 // count, 1)
        table[count, np.arange(0, 256, step)[:count]] = 1.0
    table.setflags(write=False)
    return table


def _tile_positions(length: int, tile: int, grid: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pixel on one axis: the two tiles it interpolates between and the weight of the second."""
    position = np.arange(length, dtype=np.float32) * np.float32(1.0 / tile) - np.float32(0.5)
    first = np.floor(position).astype(np.intp)
    weight = (position - first).astype(np.float32)
    return np.maximum(first, 0), np.minimum(first + 1, grid - 1), weight
