# SPDX-License-Identifier: Apache-2.0
"""Window/level a :class:`LoadedImage` frame into 8-bit display pixels.

:func:`render_frame` is the single definition of what the viewer shows and what ``scanlens render``
writes. Windowing follows DICOM PS3.3 C.11.2.1.2 (the same semantics as ``pydicom.pixels.apply_windowing``)
with an output range of 0..255, quantised by truncation; MONOCHROME1 images are inverted after windowing.

The window function comes from the image: ``LINEAR`` for integer data, ``LINEAR_EXACT`` for float data
(where the half-unit offsets of ``LINEAR`` would be wrong for small value ranges), ``SIGMOID`` when the
DICOM VOI LUT Function says so.
"""

from __future__ import annotations

import functools
import os
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from desktop_app.imaging.model import LoadedImage, WindowPreset

_COLOR_WINDOW = WindowPreset(center=127.5, width=256.0, name="Full range")
_LUT_DTYPES = (np.uint8, np.uint16, np.int8, np.int16)
_CHUNK_PIXELS = 1 << 20
_AUTO_SAMPLE = 1 << 20
_IDENTITY_8BIT = np.arange(256, dtype=np.uint8)
#: 16-bit images at least this large are looked up in row bands on several threads (np.take releases
#: the GIL): a 2048² frame 5.1 → 2.0 ms on 2 cores, which matters as the viewer renders on the GUI thread.
_PARALLEL_LOOKUP_PIXELS = 1 << 20
_lookup_pool: ThreadPoolExecutor | None = None
_lookup_pool_lock = threading.Lock()


def full_range_window(values: np.ndarray) -> WindowPreset:
    """Window showing the whole value range: 0..255 for uint8 data, else the data's min..max.

    Integer data get ``width = hi - lo + 1`` (so an 8-bit image renders unchanged with center 127.5,
    width 256); float data get ``width = hi - lo``, over their finite values (NaN/inf are ignored).
    """
    if values.dtype == np.uint8 or values.size == 0:
        lo, hi = 0.0, 255.0
    else:
        lo, hi = float(np.min(values)), float(np.max(values))
        if not (np.isfinite(lo) and np.isfinite(hi)):  # float data with NaN/inf: window the finite values
            lo, hi = _finite_range(values)
    extra = 1.0 if np.issubdtype(values.dtype, np.integer) or values.dtype == np.bool_ else 0.0
    return WindowPreset(center=(lo + hi) / 2.0, width=max(hi - lo + extra, 1e-6), name="Full range")


def _finite_range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    return float(finite.min()), float(finite.max())


def default_window(image: LoadedImage) -> WindowPreset:
    """The first window preset of ``image`` (DICOM presets come first), else its full range."""
    if image.window_presets:
        return image.window_presets[0]
    if image.is_color:
        return _COLOR_WINDOW
    return full_range_window(image.frames)


def window_function(image: LoadedImage) -> str:
    """The VOI LUT function used to render ``image``: LINEAR, LINEAR_EXACT or SIGMOID."""
    if image.is_color:
        return "LINEAR"
    declared = str(image.metadata.get("voi_lut_function") or "LINEAR").upper()
    if declared == "SIGMOID" or declared == "LINEAR_EXACT":
        return declared
    return "LINEAR" if _is_integer(image.frames.dtype) else "LINEAR_EXACT"


def auto_window(image: LoadedImage, frame: int = 0, low: float = 0.5, high: float = 99.5) -> WindowPreset:
    """Window from robust percentiles (``low``..``high``) of one frame (sampled on large frames)."""
    data = _frame(image, frame)
    sample = data.reshape(-1)
    if sample.size > _AUTO_SAMPLE:
        sample = sample[:: sample.size // _AUTO_SAMPLE + 1]
    lo, hi = (float(v) for v in np.percentile(sample, [low, high]))
    if not hi > lo:
        return full_range_window(data)
    extra = 1.0 if _is_integer(data.dtype) else 0.0
    return WindowPreset(center=(lo + hi) / 2.0, width=hi - lo + extra, name="Auto")


def render_frame(
    image: LoadedImage,
    frame: int = 0,
    window: WindowPreset | None = None,
    invert: bool | None = None,
    remember: bool = False,
) -> np.ndarray:
    """Display pixels of ``frame``: uint8 ``(rows, cols)`` or, for colour, ``(rows, cols, 3)`` RGB.

    ``window`` defaults to :func:`default_window`; ``invert`` to ``image.invert_default`` (MONOCHROME1).
    ``remember`` (the viewer): keep a copy of a default-window rendering on the image, so that analysing
    the frame on screen skips the windowing pass (16-bit 2048²: ~6 ms). Callers always get their own array.
    """
    data = _frame(image, frame)
    default = default_window(image)
    window = default if window is None else window
    function = window_function(image)
    inverted = image.invert_default if invert is None else bool(invert)
    # Only the default rendering is kept (one per image): W/L dragging never fills memory with copies.
    key = (frame, float(window.center), float(window.width), function, inverted)
    cacheable = (window.center, window.width) == (default.center, default.width) and inverted == image.invert_default
    cached = image.render_cache.get(key) if cacheable else None
    if cached is not None:
        return cached.copy()  # callers may draw on their array; the cached one stays as rendered
    if data.dtype == np.bool_:
        data = data.view(np.uint8)
    if data.dtype in _LUT_DTYPES:
        out = _apply_lut(data, _build_lut(data.dtype, window, function))
    else:
        out = _apply_direct(data, window, function)
    if inverted:
        np.subtract(255, out, out=out)
    if cacheable and remember:
        image.render_cache.clear()
        image.render_cache[key] = out.copy()
    return out


def display_levels(image: LoadedImage, frame: int = 0) -> np.ndarray:
    """The default rendering of ``frame`` before truncation to 8 bits: float32 grey levels in [0, 255].

    A level of ``g`` is the middle of display value ``g`` (the window's output less half a level), so an 8-bit
    image gives exactly its own values and a 12/16-bit one keeps the detail between two display values that
    :func:`render_frame` truncates away; MONOCHROME1 is inverted. Colour images give their RGB values.
    What a model with ``precision: float`` preprocessing starts from (desktop_app.inference.preprocess).
    """
    data = _frame(image, frame)
    window, function = default_window(image), window_function(image)
    if data.dtype == np.bool_:
        data = data.view(np.uint8)
    if data.dtype == np.uint8 and (window.center, window.width, function) == (127.5, 256.0, "LINEAR"):
        levels = data.astype(np.float32)  # the identity window: the stored values are the levels (255 too)
    elif data.dtype in _LUT_DTYPES:
        levels = _apply_lut(data, _build_lut(data.dtype, window, function, LEVELS))
    else:
        levels = _apply_direct(data, window, function, LEVELS)
    if image.invert_default:
        np.subtract(np.float32(255.0), levels, out=levels)
    return levels


def window_to_display(values: np.ndarray, window: WindowPreset, function: str = "LINEAR") -> np.ndarray:
    """Map ``values`` through ``window`` to float64 display levels in [0, 255] (before truncation)."""
    x = np.asarray(values, dtype=np.float64)
    center, width = float(window.center), float(window.width)
    if function == "SIGMOID":
        exponent = np.clip(-4.0 * (x - center) / max(width, 1e-12), -700.0, 700.0)  # no overflow
        return 255.0 / (1.0 + np.exp(exponent))
    if function == "LINEAR":
        center, width = center - 0.5, width - 1.0
    lower, upper = center - width / 2.0, center + width / 2.0
    y = ((x - center) / max(width, 1e-12) + 0.5) * 255.0
    y = np.where(x <= lower, 0.0, np.where(x > upper, 255.0, y))
    return np.clip(y, 0.0, 255.0)


def _to_uint8(levels: np.ndarray) -> np.ndarray:
    return np.floor(levels).astype(np.uint8)


def _to_levels(levels: np.ndarray) -> np.ndarray:
    """Window output → :func:`display_levels`' float levels: less half a level, so ``g`` is display value g's
    middle."""
    return np.clip(levels - 0.5, 0.0, 255.0).astype(np.float32)


DISPLAY, LEVELS = "display", "levels"
#: What a window's output becomes: the viewer's 8-bit display (truncated) or float levels.
_OUTPUTS = {DISPLAY: _to_uint8, LEVELS: _to_levels}


def _build_lut(dtype: np.dtype, window: WindowPreset, function: str, output: str = DISPLAY) -> np.ndarray:
    return _cached_lut(np.dtype(dtype).str, float(window.center), float(window.width), function, output)


@functools.lru_cache(maxsize=24)
def _cached_lut(dtype: str, center: float, width: float, function: str, output: str = DISPLAY) -> np.ndarray:
    """The table for one window (a 16-bit one costs ~0.6 ms to build; W/L drags revisit the same ones)."""
    info = np.iinfo(np.dtype(dtype))
    values = window_to_display(np.arange(info.min, info.max + 1), WindowPreset(center, width), function)
    table = _OUTPUTS[output](values)
    table.setflags(write=False)
    return table


def _apply_lut(data: np.ndarray, lut: np.ndarray) -> np.ndarray:
    """Look up every pixel; signed data are shifted to unsigned indices with an XOR of the sign bit.

    8-bit data: an identity 8-bit table (the default full-range window) is a copy; any other table is a gather,
    on several threads for large images. The result has the table's type.
    """
    if data.dtype == np.int16:
        data = data.view(np.uint16) ^ np.uint16(0x8000)
    elif data.dtype == np.int8:
        data = data.view(np.uint8) ^ np.uint8(0x80)
    if data.dtype == np.uint8 and data.size and lut.dtype == np.uint8:
        if np.array_equal(lut, _IDENTITY_8BIT):
            return np.array(data, order="C", copy=True)
    workers = min(4, os.cpu_count() or 1)
    if data.size < _PARALLEL_LOOKUP_PIXELS or workers < 2 or data.shape[0] < workers:
        return np.ascontiguousarray(np.take(lut, data))
    out = np.empty(data.shape, dtype=lut.dtype)
    bands = np.array_split(np.arange(data.shape[0]), workers)
    list(_pool(workers).map(lambda rows: np.take(lut, data[rows[0] : rows[-1] + 1],
                                                 out=out[rows[0] : rows[-1] + 1]), bands))
    return out


def _pool(workers: int) -> ThreadPoolExecutor:
    global _lookup_pool
    with _lookup_pool_lock:
        if _lookup_pool is None:
            _lookup_pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="window-lut")
        return _lookup_pool


def _apply_direct(data: np.ndarray, window: WindowPreset, function: str, output: str = DISPLAY) -> np.ndarray:
    """Float or 32-bit data: compute in float64, a block of rows at a time to bound memory."""
    convert = _OUTPUTS[output]
    out = np.empty(data.shape, dtype=np.uint8 if output == DISPLAY else np.float32)
    rows_per_block = max(1, _CHUNK_PIXELS // max(1, data[0].size))
    for start in range(0, data.shape[0], rows_per_block):
        block = data[start : start + rows_per_block]
        levels = np.nan_to_num(window_to_display(block, window, function), nan=0.0)
        out[start : start + rows_per_block] = convert(levels)
    return out


def pixel_stats(image: LoadedImage, frame: int = 0) -> dict[str, float]:
    """Minimum, maximum and mean of one frame in the units of ``image.frames``."""
    data = _frame(image, frame)
    if data.size == 0:
        return {"min": 0.0, "max": 0.0, "mean": 0.0}
    mean = float(np.mean(data, dtype=np.float64))
    return {"min": float(np.min(data)), "max": float(np.max(data)), "mean": mean}


def pixel_value_at(image: LoadedImage, frame: int, row: int, col: int) -> dict[str, object]:
    """The value under the cursor.

    ``stored`` is the value in the file before rescale (``None`` when it cannot be recovered: Modality LUT
    Sequence, VOI LUT applied, or rescale that varies per frame); ``modality`` is after rescale;
    ``hu`` is set for CT. Colour pixels give ``rgb``.
    """
    data = _frame(image, frame)
    if not (0 <= row < data.shape[0] and 0 <= col < data.shape[1]):
        raise IndexError(f"Pixel ({row}, {col}) is outside the {data.shape[0]}x{data.shape[1]} image")
    result: dict[str, object] = {"frame": frame, "row": row, "col": col, "units": image.units}
    if image.is_color:
        result["rgb"] = [int(v) for v in data[row, col]]
        return result
    value = data[row, col].item()
    result["value"] = value
    result["stored"], result["modality"] = _stored_and_modality(image, value)
    result["hu"] = result["modality"] if image.units == "HU" else None
    return result


def _stored_and_modality(image: LoadedImage, value: float) -> tuple[int | None, float | None]:
    meta = image.metadata
    if image.voi_lut_applied:
        return None, None
    if meta.get("modality_lut") == "sequence" or meta.get("rescale_varies"):
        return None, value
    slope, intercept = meta.get("rescale_slope"), meta.get("rescale_intercept")
    if meta.get("modality_lut") == "rescale" and isinstance(slope, float) and isinstance(intercept, float):
        stored = int(round((value - intercept) / slope)) if slope else None  # noqa: RUF046 - numpy<2 rounds to float
        return stored, value
    return (int(value) if float(value).is_integer() else None), value


def _frame(image: LoadedImage, frame: int) -> np.ndarray:
    if not 0 <= frame < image.n_frames:
        raise IndexError(f"Frame {frame} does not exist (the image has {image.n_frames} frame(s))")
    return image.frames[frame]


def _is_integer(dtype: np.dtype) -> bool:
    return bool(np.issubdtype(dtype, np.integer) or dtype == np.bool_)
