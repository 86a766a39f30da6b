# SPDX-License-Identifier: Apache-2.0
"""Is a brain slice presented as the model saw it in training — with the scalp and skull — or skull-stripped?

The header cannot tell (a skull-stripped slice saved as PNG or DICOM says nothing about it), so this is read
from the pixels of the analysis working image. On a slice with the skull, walking inwards from the head's
outer edge one meets a bright scalp/fat ring, then the dark bone band (bone and air give almost no MR
signal), then the brain. On a skull-stripped slice the brain surface meets the black background directly.

:func:`presentation_features` measures that on rays cast from the head's centre; a card's ``presentation``
section (fitted by ``python -m export_tools presentation``) turns the features into a score with a logistic
model, and a score below its threshold means "skull-stripped". Numpy only, a few milliseconds per image.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.i18n.phrase import Number, Phrase, phrases

N_RAYS = 72  # rays from the head's centre
DEPTHS = 40  # samples along each ray, from the outer edge inwards to DEPTH_SPAN of the head radius
DEPTH_SPAN = 0.45
STEP = 1.0  # sampling step along a ray, in pixels of the reduced image
SIDE = 256  # larger images are read at every n-th pixel so that their longer side is about this
BACKGROUND = 0.1  # a pixel darker than this fraction of the image's 99th percentile is background
MIN_RAYS = 12  # fewer rays that end in background (head cut by the frame): the presentation is not judged

# The feature names, in the order a card's ``weights`` use them.
FEATURES = ("ring_fraction", "dark_gap_fraction", "dip_depth", "peak_median", "dip_median", "rim_median",
            "peak_bright")


@dataclass(frozen=True)
class PresentationCheck:
    """``score``: the card's logistic score (higher: more like a slice with the skull), None when the image
    could not be judged (no head outline found); ``stripped``: the score is below the card's threshold."""

    score: float | None
    threshold: float
    stripped: bool


def _gray(image: np.ndarray) -> np.ndarray:
    """Gray float32, reduced by striding to a longer side of about :data:`SIDE` (speed; features are
    relative to the head's size)."""
    step = max(1, round(max(image.shape[:2]) / SIDE))
    gray = np.asarray(image[::step, ::step], dtype=np.float32)
    return gray.mean(axis=2) if gray.ndim == 3 else gray


def _rays(gray: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray] | None:
    """Intensity profiles along rays from the centre of the bright pixels (-1 outside the image), and
    the number of samples of each ray inside the image."""
    ys, xs = np.nonzero(gray[::2, ::2] > threshold)
    if len(ys) < 50:
        return None
    height, width = gray.shape
    angles = np.linspace(0.0, 2 * np.pi, N_RAYS, endpoint=False)
    steps = np.arange(0.0, float(np.hypot(height, width)), STEP)
    py = 2 * ys.mean() + np.outer(np.sin(angles), steps)
    px = 2 * xs.mean() + np.outer(np.cos(angles), steps)
    inside = (py >= 0) & (py <= height - 1) & (px >= 0) & (px <= width - 1)
    iy = np.clip(np.rint(py).astype(np.intp), 0, height - 1)
    ix = np.clip(np.rint(px).astype(np.intp), 0, width - 1)
    return np.where(inside, gray[iy, ix], -1.0), inside.sum(axis=1)


def _edge_profiles(profiles: np.ndarray, lengths: np.ndarray,
                   threshold: float) -> tuple[np.ndarray, float, float] | None:
    """Each usable ray's profile from its outer head edge inwards (DEPTHS samples) divided by the interior
    level (median deeper than 0.3 of the head radius), the head radius in samples and the interior level."""
    above = profiles > threshold
    last = np.where(above.any(axis=1), above.shape[1] - 1 - np.argmax(above[:, ::-1], axis=1), 0)
    usable = (last < lengths - 4) & (last > 10)  # the edge meets background before the frame
    if usable.sum() < MIN_RAYS:
        return None
    radius = float(np.median(last[usable]))
    depth = np.linspace(0.0, DEPTH_SPAN * radius, DEPTHS)
    index = np.rint(np.clip(last[usable, None] - depth[None, :], 0, None)).astype(np.intp)
    edge = np.take_along_axis(profiles[usable], index, axis=1)
    interior = float(np.median(edge[:, depth > 0.3 * radius]))
    if interior <= 0:
        return None
    return edge / interior, radius, interior


def _ring_parts(edge: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per ray: the brightest value in the outer band (scalp), the darkest just inside it (bone), the
    brightest beyond that (brain), and the dip's depth as a fraction of the head radius."""
    depth = np.linspace(0.0, DEPTH_SPAN * radius, DEPTHS)
    rows, k = np.arange(len(edge)), np.arange(DEPTHS)[None, :]
    peak_at = np.argmax(np.where(depth[None, :] <= 0.12 * radius, edge, -np.inf), axis=1)
    peak = edge[rows, peak_at]
    window = (k > peak_at[:, None]) & (depth[None, :] <= depth[peak_at][:, None] + 0.2 * radius)
    dips = np.where(window, edge, np.inf)
    dip_at = np.argmin(dips, axis=1)
    dip = np.where(np.isfinite(dips[rows, dip_at]), dips[rows, dip_at], peak)
    beyond = np.max(np.where(k > dip_at[:, None], edge, -np.inf), axis=1)
    return peak, dip, np.where(np.isfinite(beyond), beyond, dip), depth[dip_at] / radius


def _dark_gap(edge: np.ndarray) -> np.ndarray:
    """Per ray: within the outer quarter of the radius, a near-black sample (bone) with brighter tissue on
    both sides (scalp outside, brain inside)."""
    band = edge[:, np.linspace(0.0, DEPTH_SPAN, DEPTHS) <= 0.25]
    outside = np.maximum.accumulate(band, axis=1)
    inside = np.maximum.accumulate(band[:, ::-1], axis=1)[:, ::-1]
    return np.any((band < 0.35) & (outside > 0.6) & (inside > 0.6), axis=1)


def presentation_features(image: np.ndarray) -> dict[str, float] | None:
    """The :data:`FEATURES` of a uint8 gray or RGB slice, or None when no head outline is found (blank
    image, or a head cut by the frame on most sides). Levels are relative to the brain's interior level."""
    gray = _gray(image)
    bright = float(np.percentile(gray[::2, ::2], 99))
    if bright <= 0:
        return None
    rays = _rays(gray, BACKGROUND * bright)
    found = None if rays is None else _edge_profiles(*rays, BACKGROUND * bright)
    if found is None:
        return None
    edge, radius, interior = found
    peak, dip, beyond, dip_depth = _ring_parts(edge, radius)
    strict = (peak - dip >= 0.4) & (beyond - dip >= 0.25)
    rim = edge[:, : max(2, DEPTHS // 11)].mean(axis=1)
    return {"ring_fraction": float(strict.mean()), "dark_gap_fraction": float(_dark_gap(edge).mean()),
            "dip_depth": float(np.median(dip_depth)),
            "peak_median": float(np.median(peak)), "dip_median": float(np.median(dip)),
            "rim_median": float(np.median(rim)),
            "peak_bright": float(np.median(peak)) * interior / bright}


def presentation_problems(section: Any) -> list[str]:
    """What is wrong with a card's ``presentation`` section (empty when it is usable)."""
    if not isinstance(section, dict):
        return ["presentation must be a JSON object"]
    names, weights = section.get("features"), section.get("weights")
    if not isinstance(names, list) or not names or any(name not in FEATURES for name in names):
        return [f"presentation features must be a list of {', '.join(FEATURES)}"]
    if not isinstance(weights, list) or len(weights) != len(names) or not all(_number(w) for w in weights):
        return ["presentation weights must be one number per feature"]
    return [f"presentation {key} must be a number" for key in ("bias", "threshold") if not _number(section.get(key))]


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and bool(np.isfinite(value))


def presentation_score(features: Mapping[str, float], section: Mapping[str, Any]) -> float:
    """The card's logistic score in [0, 1] (1: like the training slices, with the skull)."""
    values = np.array([float(features[name]) for name in section["features"]])
    logit = float(np.dot(values, np.asarray(section["weights"], dtype=float)) + float(section["bias"]))
    return float(1.0 / (1.0 + np.exp(-np.clip(logit, -50.0, 50.0))))


def check_presentation(image: np.ndarray, section: Mapping[str, Any]) -> PresentationCheck:
    """Judge ``image`` (the analysis working image) with a card's ``presentation`` section."""
    threshold = float(section["threshold"])
    features = presentation_features(image)
    if features is None:
        return PresentationCheck(None, threshold, False)
    score = presentation_score(features, section)
    return PresentationCheck(score, threshold, score < threshold)


def presentation_reason(check: PresentationCheck) -> Phrase:
    """The scope reason for a skull-stripped slice, with its score and the card's threshold."""
    return phrases.translate(
        "Scope", "skull-stripped slice (validated on slices with the skull; score {score} < {threshold})"
    ).format(score=Number(check.score or 0.0), threshold=Number(check.threshold))
