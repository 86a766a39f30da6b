# SPDX-License-Identifier: Apache-2.0
"""Synthetic skull-stripped versions of brain MRI slices: the negatives the presentation check learns from.

No skull-stripped slice we may use is at hand, so they are made from the training slices (which show the
scalp and skull): the head is found, the brain inside it is kept and everything outside is set to black.
The brain's outline is found two ways, at random, to vary the result as real skull-stripping tools do:

* ``ring``: along rays from the head centre, the inner edge of the dark bone band (after the bright scalp);
* ``erosion``: the head mask shrunk by 6–20 % of its equivalent radius (scalp + skull thickness).

The mask's edge is then sometimes feathered, the intensities sometimes rescaled to the brain's own range
(as preprocessing pipelines do), and the slice re-encoded as JPEG like the training files.
"""

from __future__ import annotations

import cv2
import numpy as np

RING_RAYS = 180


def head_mask(gray: np.ndarray) -> np.ndarray:
    """The largest bright connected region, holes filled."""
    bright = (gray > 0.1 * max(float(np.percentile(gray, 99)), 1.0)).astype(np.uint8)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(bright)
    if count < 2:
        return bright.astype(bool)
    head = (labels == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))).astype(np.uint8)
    outside = 1 - head
    height, width = head.shape
    cv2.floodFill(outside, np.zeros((height + 2, width + 2), np.uint8), (0, 0), 2)
    return (head == 1) | (outside == 1)


def _ring_radius(profile: np.ndarray, last: int, radius: float, interior: float) -> float:
    """Distance from the centre to the inner edge of the dark band on one ray (in samples)."""
    segment = profile[max(int(last - 0.3 * radius), 1): last + 1][::-1]  # from the edge inwards
    if len(segment) < 5:
        return 0.85 * last
    peak_at = int(np.argmax(segment[: max(2, int(0.12 * radius))]))
    dip_at = peak_at + int(np.argmin(segment[peak_at: peak_at + max(3, int(0.2 * radius))]))
    level = segment[dip_at] + 0.5 * (min(interior, segment[peak_at]) - segment[dip_at])
    recovered = np.nonzero(segment[dip_at:] > level)[0]
    return float(last - dip_at - (int(recovered[0]) if len(recovered) else 0))


def brain_by_ring(gray: np.ndarray, head: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The brain as the region inside the dark bone band, its outline smoothed along the angle."""
    ys, xs = np.nonzero(head)
    cy, cx = ys.mean(), xs.mean()
    height, width = gray.shape
    angles = np.linspace(0, 2 * np.pi, RING_RAYS, endpoint=False)
    steps = np.arange(0, np.hypot(height, width), 0.5)
    py, px = cy + np.outer(np.sin(angles), steps), cx + np.outer(np.cos(angles), steps)
    inside = (py >= 0) & (py <= height - 1) & (px >= 0) & (px <= width - 1)
    iy, ix = np.clip(np.rint(py).astype(int), 0, height - 1), np.clip(np.rint(px).astype(int), 0, width - 1)
    on_head = head[iy, ix] & inside
    last = np.where(on_head.any(1), on_head.shape[1] - 1 - np.argmax(on_head[:, ::-1], 1), 0)
    radius = float(np.median(last))
    profiles = cv2.GaussianBlur(gray, (0, 0), 1.0)[iy, ix]
    core = profiles[:, : int(0.5 * radius)][on_head[:, : int(0.5 * radius)]]
    interior = float(np.median(core)) if core.size else 1.0
    radii = np.array([_ring_radius(profiles[i], int(last[i]), radius, interior) for i in range(RING_RAYS)])
    padded = np.concatenate([radii[-4:], radii, radii[:4]])
    smooth = np.array([np.median(padded[i: i + 9]) for i in range(RING_RAYS)])
    smooth -= rng.uniform(0, 0.06) * radius  # sometimes a little cortex or CSF goes too
    points = np.stack([cx + np.cos(angles) * smooth * 0.5, cy + np.sin(angles) * smooth * 0.5], 1)
    brain = np.zeros((height, width), np.uint8)
    cv2.fillPoly(brain, [np.rint(points).astype(np.int32)], 1)
    return brain.astype(bool) & head


def brain_by_erosion(head: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    distance = cv2.distanceTransform(head.astype(np.uint8), cv2.DIST_L2, 5)
    return distance > rng.uniform(0.06, 0.2) * np.sqrt(head.sum() / np.pi)


def skull_strip(image: np.ndarray, rng: np.random.Generator) -> np.ndarray | None:
    """A skull-stripped uint8 gray version of ``image``, or None when the head cannot be separated from the
    background (gray background, head filling the frame) or the stripping removed too little or too much."""
    gray = np.asarray(image, dtype=np.float32)
    gray = gray.mean(axis=2) if gray.ndim == 3 else gray
    head = head_mask(gray)
    if not 0.05 < head.mean() < 0.85:
        return None
    method = "ring" if rng.random() < 0.6 else "erosion"
    brain = brain_by_ring(gray, head, rng) if method == "ring" else brain_by_erosion(head, rng)
    kept = brain.sum() / head.sum()
    if not 0.35 < kept < 0.9:
        return None
    weight = brain.astype(np.float32)
    if rng.random() < 0.5:
        weight = cv2.GaussianBlur(weight, (0, 0), rng.uniform(0.7, 2.5)) * brain
    stripped = gray * weight
    if rng.random() < 0.5:
        stripped *= 255.0 / max(float(np.percentile(stripped[brain], 99.5)), 1.0)
    stripped = np.clip(stripped, 0, 255).astype(np.uint8)
    _, encoded = cv2.imencode(".jpg", stripped, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(75, 96))])
    return cv2.imdecode(encoded, cv2.IMREAD_GRAYSCALE)
