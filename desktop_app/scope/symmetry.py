# SPDX-License-Identifier: Apache-2.0
"""How far a brain slice is from left-right symmetric, read from the pixels.

A healthy brain is close to symmetric about its midline; a tumour (bright on FLAIR and T2, dark or enhancing
on T1) breaks that. The brain model learned "no tumour" mostly from T2/FLAIR slices and every tumour from T1
post-contrast, so a FLAIR glioma can be called "no tumour" with confidence. A card's ``symmetry`` section
(``python -m export_tools symmetry``) gives the threshold above which such a call is outside validated use.

:func:`asymmetry_score`: the head (Otsu) is turned so its long axis is vertical and centred, the slice is
compared with its mirror image inside the eroded head after a light blur, and the score is the 95th percentile
of the absolute difference over the median grey level there. Numpy and OpenCV, about a millisecond.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from desktop_app.i18n.phrase import Number, Phrase, Term, phrases

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
    gray = cv2.resize(pixels.mean(axis=2) if pixels.ndim == 3 else pixels, (SIDE, SIDE),
                      interpolation=cv2.INTER_AREA).astype(np.float32)
    level, _ = cv2.threshold(np.clip(gray, 0, 255).astype(np.uint8), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    head = (gray > level * 0.5).astype(np.uint8)
    moments = cv2.moments(head, True)
    if moments["m00"] < MIN_AREA:
        return None
    cx, cy = moments["m10"] / moments["m00"], moments["m01"] / moments["m00"]
    angle = 0.5 * np.degrees(np.arctan2(2 * moments["mu11"], moments["mu20"] - moments["mu02"]))
    turn = cv2.getRotationMatrix2D((cx, cy), angle - 90, 1.0)  # long axis vertical, head centred
    turn[0, 2] += SIDE / 2 - cx
    turn[1, 2] += SIDE / 2 - cy
    upright = cv2.warpAffine(gray, turn, (SIDE, SIDE))
    inner = cv2.erode(cv2.warpAffine(head, turn, (SIDE, SIDE)), np.ones((ERODE, ERODE), np.uint8)) > 0
    both = inner & inner[:, ::-1]
    if both.sum() < MIN_AREA:
        return None
    smooth = cv2.GaussianBlur(upright, (0, 0), BLUR_SIGMA)
    difference = np.abs(smooth - smooth[:, ::-1])[both]
    return float(np.quantile(difference, 0.95) / (np.median(upright[both]) + 1.0))


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
