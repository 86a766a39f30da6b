# SPDX-License-Identifier: Apache-2.0
"""Two-sided review rule by class-conditional split conformal prediction.

For each class c, ``q_c`` is the conformal quantile of ``1 - p_c`` over calibration images whose true class is
c; class c belongs to an image's prediction set when ``p_c >= 1 - q_c``. A result needs review when its set is
empty or holds more than the decided label (for a binary model this is a band around the operating threshold
that can flag a PNEUMONIA call as well as a NORMAL one). Calibrated on validation images seen through the
training augmentations as well as plain, so that the band keeps some margin under scanner/period shift.
"""

from __future__ import annotations

import math

import numpy as np

DEFAULT_ALPHA = 0.02


def class_thresholds(probs: np.ndarray, labels: np.ndarray, alpha: float = DEFAULT_ALPHA) -> np.ndarray:
    """Per class, the smallest probability that still puts the class in the prediction set."""
    out = np.empty(probs.shape[1])
    for c in range(probs.shape[1]):
        scores = np.sort(1.0 - probs[labels == c, c])
        n = len(scores)
        rank = math.ceil((n + 1) * (1 - alpha))
        q = 1.0 if n == 0 or rank > n else float(scores[rank - 1])
        out[c] = 1.0 - q
    return out


def prediction_sets(probs: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """(N, C) booleans: class c is in image n's set."""
    return probs >= thresholds[None, :]


def binary_band(thresholds: np.ndarray, operating_threshold: float) -> dict:
    """The flagged interval of p(positive) for a binary model, widened to contain the operating threshold.

    Class 1 is in the set when p >= t1, class 0 when 1 - p >= t0, i.e. p <= 1 - t0; the set is a single
    label outside [min(t1, 1 - t0), max(t1, 1 - t0)].
    """
    a, b = float(thresholds[1]), float(1.0 - thresholds[0])
    return {"low": min(a, b, operating_threshold), "high": max(a, b, operating_threshold)}


def flagged_by_sets(probs: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Argmax models: flag when the set is not exactly {argmax}."""
    sets = prediction_sets(probs, thresholds)
    top = probs.argmax(1)
    single = sets.sum(1) == 1
    return ~(single & sets[np.arange(len(probs)), top])
