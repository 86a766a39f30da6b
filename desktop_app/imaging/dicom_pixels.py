# SPDX-License-Identifier: Apache-2.0
"""Decode DICOM pixel data and turn stored values into display-ready values.

Built on pydicom's pixel backends (``pydicom.pixels``) and pure processing functions
(``apply_modality_lut``, ``apply_voi_lut``, ``apply_color_lut``). Plugins are tried in a fixed order and the
one that succeeded is reported, so the UI and the PDF can say which decoder produced the pixels.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydicom.dataset import Dataset
from pydicom.pixels import apply_color_lut, apply_modality_lut, apply_voi_lut, get_decoder
from pydicom.uid import UID

from desktop_app.imaging import imagecodecs_plugin
from desktop_app.imaging.errors import one_line, quoted, uid_name
from desktop_app.imaging.model import ImageLoadError

imagecodecs_plugin.register()

#: Plugins are tried in this order: ``imagecodecs`` (BSD; JPEG 8/12-bit, lossless, JPEG-LS, JPEG 2000, our
#: plugin) was the fastest on every syntax it decodes, measured on pydicom's corpus; ``pylibjpeg`` is RLE
#: (pylibjpeg-rle) and JPEG 2000 (pylibjpeg-openjpeg), both MIT; ``pydicom`` is the pure-numpy RLE decoder;
#: ``pillow`` is a last resort because it cannot decode 12/16-bit JPEG.
PLUGIN_ORDER = ("imagecodecs", "pylibjpeg", "gdcm", "pyjpegls", "pydicom", "pillow")
#: The plugins ScanLens ships; pydicom's install hints for the others (gdcm, pyjpegls, pillow, and the
#: GPL-3.0 pylibjpeg-libjpeg behind pylibjpeg's JPEG support) must not reach a user or clinic IT.
SHIPPED_PLUGINS = ("imagecodecs", "pylibjpeg", "pydicom")
_UNSHIPPED_PACKAGES = ("pylibjpeg-libjpeg",)

_RGB_LIKE = {"RGB", "YBR_ICT", "YBR_RCT"}


@dataclass
class Decoded:
    """Pixels as decoded: frames first, plus pydicom's description of them."""

    pixels: np.ndarray  # (frames, rows, cols) or (frames, rows, cols, samples)
    photometric: str
    decoder: str


@dataclass
class Rescale:
    """Per-frame rescale slope/intercept (modality transformation)."""

    slopes: np.ndarray
    intercepts: np.ndarray
    rescale_type: str | None = None

    @property
    def is_identity(self) -> bool:
        return bool(np.all(self.slopes == 1.0) and np.all(self.intercepts == 0.0))


def decode(ds: Dataset, tsyntax: UID, index: int | None = None) -> Decoded:
    """Decode every frame of ``ds`` (or only frame ``index``); raise :class:`ImageLoadError` naming the codec
    on failure."""
    try:
        decoder = get_decoder(tsyntax)
    except NotImplementedError as exc:
        raise ImageLoadError(_unsupported(tsyntax)) from exc
    if decoder.is_native:
        arr, props = decoder.as_array(ds, index=index)
        return _frames_first(arr, props, "pydicom/native")
    if tsyntax in _J2K_SYNTAXES:
        _use_all_cores_for_jpeg2000()
    plugins = [name for name in PLUGIN_ORDER if name in decoder.available_plugins]
    plugins += [name for name in decoder.available_plugins if name not in plugins]
    if not plugins:
        raise ImageLoadError(
            f"No decoder for {uid_name(tsyntax)} images is available in this ScanLens installation "
            "(its imagecodecs package is missing or damaged): reinstall ScanLens"
        )
    failures: list[str] = []
    for plugin in plugins:
        try:
            arr, props = decoder.as_array(ds, decoding_plugin=plugin, index=index)
        except (MemoryError, ImageLoadError, KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 - plugins raise their own types, Rust ones a PanicException
            failures.append(f"{plugin}: {_plugin_reason(exc)}")
            continue
        return _frames_first(arr, props, f"pydicom/{plugin}")
    raise ImageLoadError(f"The compressed image data ({uid_name(tsyntax)}) could not be decoded: {failures[0]}")


#: JPEG 2000 (lossless and lossy): decoded by imagecodecs' OpenJPEG, which releases the GIL (the UI stays
#: live during a 2048² decode) and decodes code-blocks on several threads (:func:`_use_all_cores_for_jpeg2000`).
_J2K_SYNTAXES = {UID("1.2.840.10008.1.2.4.90"), UID("1.2.840.10008.1.2.4.91")}
#: OpenJPEG's thread count; read by :mod:`desktop_app.imaging.imagecodecs_plugin` for each frame.
OPJ_THREADS_VARIABLE = imagecodecs_plugin.OPJ_THREADS_VARIABLE


def _use_all_cores_for_jpeg2000() -> None:
    """Let OpenJPEG decode on up to 4 cores (a 2048² lossless film: 500 → 250 ms on 2 cores).

    A value set by the user (or the clinic's IT) in the environment is kept.
    """
    os.environ.setdefault(OPJ_THREADS_VARIABLE, str(max(1, min(4, os.cpu_count() or 1))))


def _unsupported(tsyntax: UID) -> str:
    if not tsyntax.is_valid:
        return f"The Transfer Syntax UID of this file is not valid ({quoted(tsyntax)}): its image data cannot be read"
    name = uid_name(tsyntax)
    if name == str(tsyntax):
        return f"Unsupported compression: unknown transfer syntax {name}"
    return f"Unsupported compression: {name} ({tsyntax}) cannot be decoded by ScanLens"


def _plugin_reason(exc: BaseException) -> str:
    """pydicom wraps plugin errors as "Unable to decode ...:\n  plugin: reason"; keep the reason."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].startswith("Unable to decode"):
        return one_line(lines[1].split(": ", 1)[-1], 160)
    return one_line(exc, 160)


def _shipped_hints(hints: list[str]) -> list[str]:
    """pydicom's "plugin: requires package" hints, only for plugins ScanLens ships."""
    return [hint for hint in hints if hint.split(":", 1)[0].strip() in SHIPPED_PLUGINS
            and not any(package in hint for package in _UNSHIPPED_PACKAGES)]


def decoder_status() -> dict[str, dict[str, list[str]]]:
    """For each compressed transfer syntax pydicom knows: the plugins available and why others are not.

    For the About dialog and bug reports ("JPEG-LS: pylibjpeg; gdcm missing - requires gdcm>=3.0.10").
    """
    from pydicom.uid import AllTransferSyntaxes

    status: dict[str, dict[str, list[str]]] = {}
    for uid in AllTransferSyntaxes:
        try:
            decoder = get_decoder(uid)
        except NotImplementedError:  # e.g. MPEG/HEVC video: no pixel decoder at all
            continue
        if decoder.is_native:
            continue
        status[UID(uid).name] = {
            "available": [name for name in PLUGIN_ORDER if name in decoder.available_plugins],
            "missing": _shipped_hints(decoder.missing_dependencies),
        }
    return status


def _frames_first(arr: np.ndarray, props: dict[str, Any], decoder: str) -> Decoded:
    samples = int(props.get("samples_per_pixel", 1) or 1)
    single_ndim = 2 if samples == 1 else 3
    if arr.ndim == single_ndim:
        arr = arr[np.newaxis]
    if not arr.dtype.isnative:
        arr = arr.astype(arr.dtype.newbyteorder("="))
    photometric = str(props.get("photometric_interpretation", "")).strip().upper()
    return Decoded(pixels=arr, photometric=photometric, decoder=decoder)


# --- colour -------------------------------------------------------------------------------------------


def to_rgb8(ds: Dataset, decoded: Decoded) -> np.ndarray:
    """Colour frames as uint8 RGB ``(frames, rows, cols, 3)``."""
    pixels, photometric = decoded.pixels, decoded.photometric
    if photometric == "PALETTE COLOR":
        rgb = apply_color_lut(pixels, ds)
        return _to_uint8(rgb, 16 if rgb.dtype.itemsize > 1 else 8)
    if photometric in ("YBR_FULL", "YBR_FULL_422"):
        from pydicom.pixels import convert_color_space

        pixels = convert_color_space(pixels, photometric, "RGB", per_frame=True)
    elif photometric not in _RGB_LIKE:
        raise ImageLoadError(f"Colour format {photometric or 'unknown'} is not supported")
    if pixels.ndim != 4 or pixels.shape[-1] != 3:
        raise ImageLoadError("Colour images must have 3 samples per pixel")
    bits = int(ds.get("BitsStored", 8) or 8)
    return _to_uint8(pixels, bits)


def _to_uint8(pixels: np.ndarray, bits: int) -> np.ndarray:
    """Keep the top 8 of ``bits`` significant bits (16-bit RGB -> 8-bit RGB)."""
    if pixels.dtype == np.uint8:
        return pixels
    shift = max(bits - 8, 0)
    values = pixels.astype(np.uint64) >> np.uint64(shift) if shift else pixels
    return np.clip(values, 0, 255).astype(np.uint8)


# --- monochrome: modality and VOI transforms -------------------------------------------------------


def rescale_of(ds: Dataset, n_frames: int) -> Rescale | None:
    """Rescale slope/intercept per frame (classic header or enhanced functional groups), or ``None``."""
    per_frame = ds.get("PerFrameFunctionalGroupsSequence")
    shared = _transformation(ds.get("SharedFunctionalGroupsSequence"), 0)
    slopes, intercepts, kind = [], [], None
    for index in range(n_frames):
        item = _transformation(per_frame, index) or shared or ds
        if "RescaleSlope" not in item or "RescaleIntercept" not in item:
            return None
        slopes.append(_finite(item.RescaleSlope, "Rescale Slope"))
        intercepts.append(_finite(item.RescaleIntercept, "Rescale Intercept"))
        kind = kind or (str(item.get("RescaleType", "") or "").strip() or None)
    return Rescale(np.asarray(slopes, np.float64), np.asarray(intercepts, np.float64), kind)


def _finite(value: Any, name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise ImageLoadError(f"The DICOM header is damaged: {name} is not a number ({quoted(value, 32)})") from exc
    if not np.isfinite(number):
        raise ImageLoadError(f"The DICOM header is damaged: {name} is {number}")
    return number


def _transformation(groups: Any, index: int) -> Dataset | None:
    """The Pixel Value Transformation item of functional group ``index`` (if present)."""
    try:
        return groups[index].PixelValueTransformationSequence[0]
    except (AttributeError, IndexError, KeyError, TypeError):
        return None


def apply_rescale(stored: np.ndarray, rescale: Rescale) -> np.ndarray:
    """Modality values ``stored * slope + intercept``, computed one frame at a time to bound memory.

    Integral slopes and intercepts on integer data give an integer array (int16 when the result fits, else
    int32) so rendering can use a lookup table and values stay exact; otherwise float32.
    """
    if rescale.is_identity:
        return stored
    out = np.empty(stored.shape, dtype=_rescaled_dtype(stored, rescale))
    exact = np.issubdtype(out.dtype, np.integer)
    for index, (slope, intercept) in enumerate(zip(rescale.slopes, rescale.intercepts, strict=True)):
        if exact:
            out[index] = stored[index].astype(np.int64) * int(slope) + int(intercept)
        else:
            out[index] = stored[index].astype(np.float64) * slope + intercept
    return out


def _rescaled_dtype(stored: np.ndarray, rescale: Rescale) -> type[np.number]:
    slopes, intercepts = rescale.slopes, rescale.intercepts
    integral = np.all(slopes == np.round(slopes)) and np.all(intercepts == np.round(intercepts))
    if not (integral and np.issubdtype(stored.dtype, np.integer) and stored.size):
        return np.float32
    lo, hi = int(stored.min()), int(stored.max())
    ends = [v * s + b for v in (lo, hi) for s, b in zip(slopes, intercepts, strict=True)]
    for dtype in (np.int16, np.int32):
        info = np.iinfo(dtype)
        if info.min <= min(ends) and max(ends) <= info.max:
            return dtype
    return np.float32


def apply_modality_sequence(stored: np.ndarray, ds: Dataset) -> np.ndarray:
    """Apply a Modality LUT Sequence (pydicom); output is uint8/uint16."""
    return apply_modality_lut(stored, ds)


def has_voi_lut(ds: Dataset) -> bool:
    """True when ``ds`` has a usable VOI LUT Sequence (descriptor and data present)."""
    seq = ds.get("VOILUTSequence")
    if not seq:
        return False
    item = seq[0]
    return item.get("LUTDescriptor") is not None and item.get("LUTData") is not None


def apply_voi_sequence(values: np.ndarray, ds: Dataset) -> tuple[np.ndarray, tuple[float, float], str]:
    """Apply the first VOI LUT; return (output values, LUT output range (lo, hi), LUT explanation)."""
    try:
        out = apply_voi_lut(values, ds, index=0, prefer_lut=True)
    except (NotImplementedError, ValueError, AttributeError) as exc:
        raise ImageLoadError(f"The VOI LUT in this file cannot be applied: {one_line(exc)}") from exc
    item = ds.VOILUTSequence[0]
    lut = apply_voi_lut(np.arange(_lut_first(item), _lut_first(item) + _lut_len(item)), ds, index=0)
    explanation = str(item.get("LUTExplanation", "") or "").strip() or "VOI LUT"
    return out, (float(lut.min()), float(lut.max())), explanation


def _lut_first(item: Dataset) -> int:
    return int(item.LUTDescriptor[1])


def _lut_len(item: Dataset) -> int:
    return int(item.LUTDescriptor[0]) or 2**16
