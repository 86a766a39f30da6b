# SPDX-License-Identifier: Apache-2.0
"""How far a brain slice is from left-right symmetric, read from the pixels.

A healthy brain is close to symmetric about its midline; a tumour (bright on FLAIR and T2, dark or enhancing
on T1) breaks that. The brain model learned "no tumour" mostly from T2/FLAIR slices and every tumour from T1
post-contrast, so a FLAIR glioma can be called "no tumour" with confidence. A card's ``symmetry`` section
(``python -m export_tools symmetry``) gives the threshold above which such a call is outside validated use.

:func:`asymmetry_score`: the head (Otsu) is turned so its long axis is vertical and centred, the slice is
compared with its mirror image inside the eroded head after a light blur, and the score is the 95th percentile
of the absolute difference over the median grey level there. Numpy only (the app ships no OpenCV), a few
milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.i18n.phrase import Number, Phrase, Term, phrases
from desktop_app.imaging.resample import resize

SIDE = 128  # the slice is read at 128 x 128 (squashed like the model's input)
MIN_AREA = 100  # fewer head pixels (at 128 x 128): not judged
ERODE = 9  # the comparison stays this many pixels inside the head's edge
BLUR_SIGMA = 2.0


@dataclass(frozen=True)
class SymmetryCheck:
    """``score``: the asymmetry (None: no head found to judge); ``asymmetric``: beyond the card's threshold."""

    score: float | None
    threshold: float
    asymmetric: bool


def asymmetry_score(image: np.ndarray) -> float | None:
    """The slice's left-right asymmetry (0 for a mirror-symmetric head; larger is less symmetric)."""
    pixels = np.asarray(image, dtype=np.float32)
    gray = resize(pixels.mean(axis=2) if pixels.ndim == 3 else pixels, (SIDE, SIDE), "area").astype(np.float32)
    head = gray > otsu_level(np.clip(gray, 0, 255).astype(np.uint8)) * 0.5
    area = float(head.sum())
    if area < MIN_AREA:
        return None
    ys, xs = np.nonzero(head)
    cx, cy = xs.mean(), ys.mean()
    mu20, mu02, mu11 = ((xs - cx) ** 2).mean(), ((ys - cy) ** 2).mean(), ((xs - cx) * (ys - cy)).mean()
    angle = 0.5 * np.degrees(np.arctan2(2 * mu11, mu20 - mu02))
    turn = _turn_matrix(cx, cy, angle - 90)  # long axis vertical, head centred
    warped = _warp(np.dstack([gray, head.astype(np.float32)]), turn)  # one sampling for the slice and its head
    upright = warped[:, :, 0]
    inner = _erode(warped[:, :, 1] >= 0.5, ERODE)
    both = inner & inner[:, ::-1]
    if both.sum() < MIN_AREA:
        return None
    smooth = _gaussian(upright, BLUR_SIGMA)
    difference = np.abs(smooth - smooth[:, ::-1])[both]
    return float(np.quantile(difference, 0.95) / (np.median(upright[both]) + 1.0))


def otsu_level(values: np.ndarray) -> int:
    """Otsu's threshold of 8-bit values: the level that maximises the between-class variance."""
    hist = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    weight = np.cumsum(hist)
    total = weight[-1]
    mean = np.cumsum(hist * np.arange(256))
    below, above = weight, total - weight
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean[-1] * below / total - mean) ** 2 / (below * above / total)
    between[~np.isfinite(between)] = -1.0
    return int(np.argmax(between))


def _turn_matrix(cx: float, cy: float, degrees: float) -> np.ndarray:
    """2x3 affine matrix: rotate by ``degrees`` (counter-clockwise on screen) about (cx, cy), then move that
    point to the image centre."""
    a, b = np.cos(np.radians(degrees)), np.sin(np.radians(degrees))
    return np.array([[a, b, (1 - a) * cx - b * cy + SIDE / 2 - cx],
                     [-b, a, b * cx + (1 - a) * cy + SIDE / 2 - cy]])


_GRID_Y, _GRID_X = np.mgrid[0:SIDE, 0:SIDE].astype(np.float64)


def _warp(values: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """``values`` (H x W, or H x W x channels) mapped by the affine ``matrix`` onto a SIDE x SIDE grid,
    bilinear, zero outside."""
    inverse = np.linalg.inv(np.vstack([matrix, [0, 0, 1]]))[:2]
    ys, xs = _GRID_Y, _GRID_X
    sx = inverse[0, 0] * xs + inverse[0, 1] * ys + inverse[0, 2]
    sy = inverse[1, 0] * xs + inverse[1, 1] * ys + inverse[1, 2]
    x0, y0 = np.floor(sx).astype(int), np.floor(sy).astype(int)
    fx, fy = sx - x0, sy - y0
    if values.ndim == 3:
        fx, fy = fx[..., None], fy[..., None]
    padded = np.pad(values, [(1, 1), (1, 1)] + [(0, 0)] * (values.ndim - 2))  # zero border: outside reads 0
    height, width = values.shape[:2]

    def at(y: np.ndarray, x: np.ndarray) -> np.ndarray:
        return padded[np.clip(y + 1, 0, height + 1), np.clip(x + 1, 0, width + 1)]

    top = at(y0, x0) * (1 - fx) + at(y0, x0 + 1) * fx
    bottom = at(y0 + 1, x0) * (1 - fx) + at(y0 + 1, x0 + 1) * fx
    return (top * (1 - fy) + bottom * fy).astype(np.float32)


def _erode(mask: np.ndarray, size: int) -> np.ndarray:
    """Square erosion; the image border does not erode (as outside the image were inside the mask)."""
    half = size // 2
    out = mask.copy()
    for axis in (0, 1):
        padded = np.pad(out, [(half, half) if a == axis else (0, 0) for a in (0, 1)], constant_values=True)
        length = out.shape[axis]
        out = np.logical_and.reduce([np.take(padded, range(k, k + length), axis=axis) for k in range(size)])
    return out


def _gaussian(values: np.ndarray, sigma: float) -> np.ndarray:
    """Separable Gaussian blur, kernel of 8 sigma + 1 taps, mirrored border (as OpenCV's default for float images)."""
    half = round(sigma * 4)
    taps = np.exp(-0.5 * (np.arange(-half, half + 1) / sigma) ** 2)
    taps /= taps.sum()
    out = values.astype(np.float64)
    for axis in (0, 1):
        padded = np.pad(out, [(half, half) if a == axis else (0, 0) for a in (0, 1)], mode="reflect")
        length = out.shape[axis]
        out = sum(t * np.take(padded, range(k, k + length), axis=axis) for k, t in enumerate(taps))
    return out.astype(np.float32)


def check_symmetry(image: np.ndarray, section: Mapping[str, Any]) -> SymmetryCheck:
    """The card's symmetry check on one slice (the analysis working image)."""
    score = asymmetry_score(image)
    threshold = float(section["threshold"])
    return SymmetryCheck(score, threshold, score is not None and score > threshold)


def symmetry_reason(label: Term | str, check: SymmetryCheck) -> Phrase:
    """The scope reason for a call of ``label`` (no tumour) on an asymmetric slice."""
    return phrases.translate(
        "Scope", "{finding} called on a markedly asymmetric slice (asymmetry {score} > {threshold}): a tumour "
                 "may be missed").format(finding=label, score=Number(check.score or 0.0),
                                         threshold=Number(check.threshold))
