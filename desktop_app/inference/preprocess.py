# SPDX-License-Identifier: Apache-2.0
"""The one preprocessing spec shared by training and the app.

A model card stores a ``preprocessing`` dict; :func:`preprocess` turns a displayed image (uint8, what the
viewer shows after modality LUT, VOI/window and MONOCHROME1 inversion) into the model's input tensor.
The training tools import this module, so the app and training can never disagree.

Spec keys
---------
channels : "gray" | "rgb"
    "gray": colour input is converted to luminance, the model sees the gray image in all 3 channels.
    "rgb": gray input is replicated to 3 channels, colour is kept (the input gate uses colour as a cue).
size : [height, width]
    Squash-resize (aspect ratio NOT kept, like the training data) with ``interpolation``. An image at
    least twice :data:`WORKING_SIDE` on a side is first box-averaged by a whole factor on that axis
    (:func:`working_image`); training also reduced in two steps (images cached at 224/96 px, then
    resized), and the analyser computes that working image once for the gate and the diagnostic model.
pre_size : [height, width] (optional)
    Squash-resize to this size first, by area averaging, when the image has another size: the training
    copies were themselves squashed to it (224x224), so a full-resolution film then reaches the model
    through the same two resizes, with the same sharpness, as the training images did.
interpolation : "area" | "linear"
clahe : null | {"clip_limit": float, "tile_grid": int}
    Contrast-limited adaptive histogram equalisation, applied after the resize on the gray image.
precision : "uint8" (default) | "float"
    "uint8": the chain starts from the 8-bit display and rounds to 8 bits after each reduction, resize and
    CLAHE (OpenCV's arithmetic, what the first models were trained with). "float": it starts from the
    display's continuous grey levels (:func:`desktop_app.imaging.render.display_levels`: a 12/16-bit image
    keeps what lies between two display values) and never rounds; CLAHE splits a level between its two
    histogram bins and lookup entries (:func:`resample.clahe_levels`). The same film stored with 8, 12 or 16
    bits then reaches the model as nearly the same picture instead of differing by a grey level in half of
    its pixels, which CLAHE doubles (issue 15: re-encoding moved near-threshold scores by up to 0.055).
    8-bit input gives the same levels either way; only the rounding after each step is gone.
scale : float      multiply uint8 values by this (1/255)
mean, std : [3 floats]   per-channel normalisation after scaling
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image

from desktop_app.imaging import resample

#: Resizing follows OpenCV's INTER_AREA / INTER_LINEAR (desktop_app.imaging.resample: within one grey level).
_INTERPOLATION = ("area", "linear")
#: Shortest side a working image keeps: 2x the largest shipped model input (192), so the final resize
#: still averages at least 2x2 source pixels per model pixel, and the costly reduction runs once.
WORKING_SIDE = 384
SPEC_KEYS = ("channels", "size", "interpolation", "clahe", "scale", "mean", "std")
_PRECISIONS = ("uint8", "float")
#: BT.601 luminance weights, as OpenCV's COLOR_RGB2GRAY, for float levels.
_LUMINANCE = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def validate_spec(spec: dict[str, Any]) -> None:
    """Raise ValueError with a readable reason when a card's preprocessing spec is unusable."""
    missing = [k for k in SPEC_KEYS if k not in spec]
    if missing:
        raise ValueError(f"preprocessing spec lacks {', '.join(missing)}")
    if spec["channels"] not in ("gray", "rgb"):
        raise ValueError(f"unknown channels {spec['channels']!r}")
    if spec["interpolation"] not in _INTERPOLATION:
        raise ValueError(f"unknown interpolation {spec['interpolation']!r}")
    if len(spec["size"]) != 2 or len(spec["mean"]) != 3 or len(spec["std"]) != 3:
        raise ValueError("size needs 2 values, mean and std 3 each")
    if spec.get("pre_size") is not None and len(spec["pre_size"]) != 2:
        raise ValueError("pre_size needs 2 values")
    if spec.get("precision", "uint8") not in _PRECISIONS:
        raise ValueError(f"unknown precision {spec['precision']!r}")


def takes_levels(spec: dict[str, Any]) -> bool:
    """Whether the model's chain starts from float grey levels (``precision: float``) rather than 8 bits."""
    return spec.get("precision", "uint8") == "float"


def to_uint8(image: np.ndarray) -> np.ndarray:
    """Bring a display image to uint8 (H,W) or (H,W,3); RGBA drops alpha."""
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 display image, got {image.dtype}")
    if image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    return image


def working_image(image: np.ndarray) -> np.ndarray:
    """Exact box-mean reduction by the largest whole factor per axis keeping each side ≥ WORKING_SIDE.

    A 1152x1422 film becomes 384x474 (factor 3): every working pixel is the mean of a 3x3 block, so the
    final area resize sees the same light as from the full image, at a fraction of the cost.
    """
    image = to_uint8(image)
    factors = _working_factors(image)
    if factors == (1, 1):
        return image
    return np.asarray(Image.fromarray(np.ascontiguousarray(image)).reduce(factors))


def _working_factors(image: np.ndarray) -> tuple[int, int]:
    """(x, y): the largest whole reduction factors that keep each side ≥ :data:`WORKING_SIDE`."""
    height, width = image.shape[:2]
    return max(1, width // WORKING_SIDE), max(1, height // WORKING_SIDE)


def working_levels(levels: np.ndarray) -> np.ndarray:
    """:func:`working_image` for float grey levels: the same whole factors, exact block means, no rounding.

    A partial block at the right or bottom edge averages the pixels it has, as ``Image.reduce`` does.
    """
    fx, fy = _working_factors(levels)
    levels = np.asarray(levels, dtype=np.float32)
    if (fx, fy) == (1, 1):
        return levels
    return _block_mean(_block_mean(levels, fy, axis=0), fx, axis=1)


def _block_mean(values: np.ndarray, factor: int, axis: int) -> np.ndarray:
    if factor == 1:
        return values
    length = values.shape[axis]
    whole = length // factor * factor
    shape = (*values.shape[:axis], whole // factor, factor, *values.shape[axis + 1:])
    body = values[(slice(None),) * axis + (slice(0, whole),)]
    blocks = body.reshape(shape)
    # a sum of strided slices: numpy reduces a short inner axis ~25x slower than it adds whole arrays
    total = blocks[(slice(None),) * (axis + 1) + (0,)].astype(np.float32)
    for offset in range(1, factor):
        total += blocks[(slice(None),) * (axis + 1) + (offset,)]
    means = total * np.float32(1.0 / factor)
    if whole < length:  # the partial block at the edge
        rest = values[(slice(None),) * axis + (slice(whole, None),)]
        means = np.concatenate([means, rest.mean(axis=axis, dtype=np.float32, keepdims=True)], axis=axis)
    return means


def resize_and_equalise(image: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    """Channel conversion, squash-resize and optional CLAHE; returns uint8 (H,W) or (H,W,3), or float32 for a
    ``precision: float`` spec (which also takes uint8 input: its values are its levels)."""
    if takes_levels(spec):
        return _resize_and_equalise_levels(working_levels(image), spec)
    image = working_image(image)
    if spec["channels"] == "gray" and image.ndim == 3:
        image = resample.rgb_to_gray(image)
    image = _resize(image, spec)
    clahe = spec.get("clahe")
    if clahe:
        clip, grid = float(clahe["clip_limit"]), int(clahe["tile_grid"])
        if image.ndim == 2:
            image = resample.clahe(image, clip, grid)
        else:
            image = _colour_clahe(image, clip, grid)
    return image


def _resize_and_equalise_levels(levels: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    """The float chain: the same steps as for 8 bits on continuous grey levels, never rounded.

    Not even at ``pre_size``, where the 8-bit training copies were rounded: a film's sub-level offset against
    its 8-bit version (a 12-bit film windowed over its range) would move half its pixels a level again
    (measured: re-encoding spread at 1024 px 0.030 → 0.069). Without that rounding texture, one of the four
    full-resolution Kermany samples scores just beyond the shift threshold (1.16 vs 1.13).
    """
    if levels.ndim == 3:
        levels = levels[:, :, :3] @ _LUMINANCE if spec["channels"] == "gray" else levels[:, :, :3]
    levels = _resize(levels, spec)
    clahe = spec.get("clahe")
    if clahe:
        if levels.ndim != 2:
            raise ValueError("CLAHE on colour input needs precision uint8")
        levels = resample.clahe_levels(levels, float(clahe["clip_limit"]), int(clahe["tile_grid"]))
    return np.asarray(levels, dtype=np.float32)


def _resize(image: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    """To ``pre_size`` by area averaging (when the image has another size), then to the model's ``size``."""
    pre_size = spec.get("pre_size")
    if pre_size and image.shape[:2] != (int(pre_size[0]), int(pre_size[1])):
        image = resample.resize(image, (int(pre_size[1]), int(pre_size[0])), "area")
    height, width = (int(v) for v in spec["size"])
    if image.shape[:2] != (height, width):
        image = resample.resize(image, (width, height), spec["interpolation"])
    return image


def _colour_clahe(image: np.ndarray, clip: float, grid: int) -> np.ndarray:
    """CLAHE on the lightness of a colour image (CIE L*a*b*). No shipped card uses it; it needs OpenCV
    (the ``export`` extra), which the app does not ship."""
    try:
        import cv2
    except ImportError as exc:
        raise ValueError("CLAHE on colour input needs OpenCV (pip install opencv-python-headless)") from exc
    lab = cv2.cvtColor(image, cv2.COLOR_RGB2LAB)
    lab[:, :, 0] = resample.clahe(np.ascontiguousarray(lab[:, :, 0]), clip, grid)
    return cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)


def normalise(image: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    """uint8 or float levels (H,W) or (H,W,3) at model size → float32 (3,H,W) scaled and normalised."""
    scale = float(spec["scale"])
    mean = np.asarray(spec["mean"], dtype=np.float32) * np.float32(1.0 / scale)
    inv_std = np.float32(scale) / np.asarray(spec["std"], dtype=np.float32)
    if image.ndim == 2:
        # One channel computed once, then broadcast: cheaper than normalising three copies.
        plane = image.astype(np.float32)
        return np.stack([(plane - mean[c]) * inv_std[c] for c in range(3)])
    chw = image.transpose(2, 0, 1).astype(np.float32)
    return (chw - mean[:, None, None]) * inv_std[:, None, None]


def preprocess(image: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    """Display image (or, for ``precision: float``, its float grey levels) → model input (3, H, W), float32."""
    return normalise(resize_and_equalise(image, spec), spec)
