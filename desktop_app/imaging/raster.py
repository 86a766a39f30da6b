# SPDX-License-Identifier: Apache-2.0
"""PNG, JPEG, TIFF and BMP files via Pillow.

Pillow is used rather than OpenCV because it reads the header without decoding (so the size limit is
checked first), applies EXIF orientation, expands palettes, and keeps 16-bit grayscale as ``uint16``.
Colour images whose three channels are identical (grayscale X-rays saved as RGB JPEG) become monochrome.
"""

from __future__ import annotations

import os
import re
import warnings
from typing import Any

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from desktop_app.imaging import limits
from desktop_app.imaging.bounded_file import BoundedFile
from desktop_app.imaging.errors import one_line
from desktop_app.imaging.model import ImageLoadError, LoadedImage
from desktop_app.imaging.render import full_range_window

#: Refuse raster images with more pixels than this (decompression-bomb guard). Kept below Pillow's own
#: hard stop (2 x ``Image.MAX_IMAGE_PIXELS`` ~ 179 MP) so the user sees our message, not Pillow's.
DEFAULT_MAX_PIXELS = limits.DEFAULT_MAX_PIXELS

_PIL_FORMATS = {"PNG": "png", "JPEG": "jpeg", "MPO": "jpeg", "TIFF": "tiff", "BMP": "bmp", "DIB": "bmp"}
_PIL_OPENERS = ("PNG", "JPEG", "TIFF", "BMP", "DIB")  # Pillow plugins tried (JPEG also yields MPO)
_EXIF_ORIENTATION = 0x0112
_ALPHA_MODES = ("RGBA", "LA", "PA", "La", "RGBa")
_MONO_MODES = ("L", "I;16", "I;16L", "I;16B", "I;16N", "I", "F")
#: Bytes per pixel of Pillow's own storage by mode (multi-band images use 4 bytes per pixel).
_STORAGE_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
#: Working memory per pixel while decoding: Pillow's image, its EXIF-rotated copy, the converted copy and
#: the numpy arrays made from it (colour: RGB(A) array, comparison masks, the alpha-blended result).
_MONO_COPIES, _COLOUR_BYTES = 4, 20
_ROWS_PER_BLOCK = 256


def load_raster(path: str, *, max_pixels: int | None = None, max_bytes: int | None = None,
                analysis_min_side: int | None = None) -> LoadedImage:
    """Decode a PNG, JPEG, TIFF or BMP file into a :class:`LoadedImage`.

    ``max_pixels`` and ``max_bytes`` default to :mod:`desktop_app.imaging.limits` and are checked on the
    header, before decoding. Raises :class:`ImageLoadError` (only) when the file cannot be shown correctly.
    ``analysis_min_side`` (analysis-only callers, never the viewer): a JPEG may be decoded at 1/2, 1/4 or
    1/8 scale by libjpeg as long as both sides stay at least this long; the metadata says so.
    """
    pixel_limit, byte_limit = limits.max_image_pixels(max_pixels), limits.max_image_bytes(max_bytes)
    try:
        with BoundedFile(path) as handle, _open(handle) as img:
            fmt = _format_name(img)
            _check_size(img, pixel_limit, byte_limit)
            meta = _file_metadata(path, img, fmt)
            reduced = _draft_for_analysis(img, analysis_min_side)
            frame, is_color, note = _decode(img)
    except ImageLoadError:
        raise
    except MemoryError as exc:
        raise ImageLoadError("Not enough memory to open this image") from exc
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise ImageLoadError(f"The image file is damaged or incomplete: {one_line(exc)}") from exc
    if note or reduced:
        meta["note"] = "; ".join(filter(None, [meta.get("note"), reduced, note]))
    meta["rows"], meta["columns"] = int(frame.shape[0]), int(frame.shape[1])
    return LoadedImage(
        path=str(path),
        frames=frame[np.newaxis],
        is_color=is_color,
        window_presets=[] if is_color else [full_range_window(frame)],
        metadata=meta,
        decoder=f"pillow {Image.__version__}",
        source_format=fmt,
    )


def _open(handle: BoundedFile) -> Image.Image:
    """Open with the four plugins we support only (less parser surface for hostile files); Pillow reads
    through ``handle`` so no chunk length in the file can make it allocate beyond the file's size."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            return Image.open(handle, formats=_PIL_OPENERS)  # type: ignore[arg-type]
        except Image.DecompressionBombError as exc:
            raise ImageLoadError(_bomb_message(exc)) from exc
        except UnidentifiedImageError as exc:
            raise ImageLoadError("The file is not a readable PNG, JPEG, TIFF or BMP image") from exc


def _bomb_message(exc: Exception) -> str:
    """Pillow's own stop (it says "Image size (N pixels) exceeds limit of M pixels ...") in our words."""
    hard_limit = 2 * (Image.MAX_IMAGE_PIXELS or 0) / 1e6
    found = re.search(r"\((\d+) pixels\)", str(exc))
    size = f"{int(found.group(1)) / 1e6:,.0f} megapixels, " if found else ""
    return f"The image is too large to open safely ({size}over the {hard_limit:.0f} megapixel limit)"


def _format_name(img: Image.Image) -> str:
    fmt = _PIL_FORMATS.get(img.format or "")
    if fmt is None:
        kind = img.format or "This format of"
        raise ImageLoadError(f"{kind} images are not supported (use DICOM, PNG, JPEG, TIFF or BMP)")
    return fmt


def _check_size(img: Image.Image, pixel_limit: int, byte_limit: int) -> None:
    width, height = img.size
    if width <= 0 or height <= 0:
        raise ImageLoadError("The image has no pixels (width or height is zero)")
    if width * height > pixel_limit:
        raise ImageLoadError(
            f"The image is too large to open safely: {width}x{height} = "
            f"{width * height / 1e6:.0f} megapixels (limit {pixel_limit / 1e6:.0f} megapixels)"
        )
    needed = estimated_bytes(img.mode, width * height)
    if needed > byte_limit:
        raise ImageLoadError(limits.too_large_for_memory(f"{width}x{height} {img.mode}", needed, byte_limit))


def estimated_bytes(mode: str, pixels: int) -> int:
    """Peak memory to decode an image of ``pixels`` pixels in Pillow ``mode`` (an upper estimate)."""
    if mode in _MONO_MODES or mode == "1":
        return pixels * _STORAGE_BYTES.get(mode, 4) * _MONO_COPIES
    return pixels * _COLOUR_BYTES


def _draft_for_analysis(img: Image.Image, min_side: int | None) -> str:
    """Let libjpeg scale a JPEG down while decoding (both sides stay >= ``min_side``); '' when it did not."""
    if not min_side or img.format not in ("JPEG", "MPO"):
        return ""
    full = img.size
    img.draft(img.mode, (min_side, min_side))
    if img.size == full:
        return ""
    return f"decoded at {img.size[0]}x{img.size[1]} (1/{round(full[0] / img.size[0])} scale) for analysis only"


def _decode(img: Image.Image) -> tuple[np.ndarray, bool, str]:
    """Return (pixels, is_color, note on conversions) for the first page of ``img``, EXIF-oriented."""
    img.load()
    oriented = ImageOps.exif_transpose(img) or img
    mode = oriented.mode
    if mode in _MONO_MODES:
        return _monochrome(np.asarray(oriented)), False, ""
    if mode == "1":
        return np.asarray(oriented.convert("L")), False, ""
    has_alpha = mode in _ALPHA_MODES or (mode == "P" and "transparency" in oriented.info)
    rgba = np.asarray(oriented.convert("RGBA" if has_alpha else "RGB"))
    rgb, alpha_note = _flatten_alpha(rgba) if has_alpha else (rgba, "")
    if _channels_identical(rgb):
        note = "; ".join(filter(None, [alpha_note, f"{mode} image with identical channels shown as grayscale"]))
        return np.ascontiguousarray(rgb[..., 0]), False, note
    return np.ascontiguousarray(rgb), True, alpha_note


def _monochrome(arr: np.ndarray) -> np.ndarray:
    """Native-endian copy; 32-bit integer data that fit 16 bits become ``uint16``."""
    arr = arr.astype(arr.dtype.newbyteorder("="), copy=True)
    if arr.dtype == np.int32 and arr.size and arr.min() >= 0 and arr.max() <= 0xFFFF:
        arr = arr.astype(np.uint16)
    return arr


def _flatten_alpha(rgba: np.ndarray) -> tuple[np.ndarray, str]:
    """Drop a fully opaque alpha channel; otherwise composite over black (the viewer background).

    Integer arithmetic, a block of rows at a time, so a large image needs little memory beyond its result:
    ``(value * alpha + 127) // 255`` is ``value * alpha / 255`` rounded to the nearest integer.
    """
    alpha = rgba[..., 3]
    if alpha.min() == 255:
        return rgba[..., :3], "opaque alpha channel ignored"
    flat = np.empty((*rgba.shape[:2], 3), dtype=np.uint8)
    for start in range(0, rgba.shape[0], _ROWS_PER_BLOCK):
        block = rgba[start : start + _ROWS_PER_BLOCK].astype(np.uint16)
        flat[start : start + _ROWS_PER_BLOCK] = (block[..., :3] * block[..., 3:] + 127) // 255
    return flat, "transparent pixels composited over black"


def _channels_identical(rgb: np.ndarray) -> bool:
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return bool(np.array_equal(red, green) and np.array_equal(green, blue))


def _source_bit_depth(img: Image.Image) -> int:
    raw = " ".join(str(tile.args) for tile in getattr(img, "tile", []) or [])
    if img.mode.startswith("I;16") or ";16" in raw:
        return 16
    return {"1": 1, "I": 32, "F": 32}.get(img.mode, 8)


def _file_metadata(path: str, img: Image.Image, fmt: str) -> dict[str, Any]:
    width, height = img.size
    meta: dict[str, Any] = {
        "format": fmt,
        "width": width,
        "height": height,
        "bit_depth": _source_bit_depth(img),
        "mode": img.mode,
        "file_size": os.path.getsize(path),
        "number_of_frames": 1,
    }
    orientation = _exif_orientation(img)
    if orientation:
        meta["exif_orientation"] = orientation
    pages = int(getattr(img, "n_frames", 1) or 1)
    if pages > 1:
        meta["pages"] = pages
        meta["note"] = f"Only the first of {pages} pages is shown"
    return meta


def _exif_orientation(img: Image.Image) -> int | None:
    """EXIF Orientation 1..8, else ``None`` (absent, or damaged: then the image is shown as stored)."""
    value = img.getexif().get(_EXIF_ORIENTATION)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8:
        return value
    return None
