# SPDX-License-Identifier: Apache-2.0
"""Shift detection fitted on the training images: class-conditional Mahalanobis distance of the pooled
image embedding, in the whitened space of its leading principal components, with a shrunk shared covariance.

The fitted constants go into the ONNX graph (``export_tools.scope``: output ``shift_score``) so the shipped
file's sha256 covers them; the card keeps the threshold and how it was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_COMPONENTS = 128
DEFAULT_SHRINKAGE = 0.1
DEFAULT_PASS_RATE = 0.95  # share of in-distribution validation images the threshold lets through


@dataclass
class ShiftModel:
    mean: np.ndarray  # (D,) training embedding mean
    projection: np.ndarray  # (D, k) principal directions scaled to unit variance (whitening)
    class_means: np.ndarray  # (C, k) per-class means in the whitened space
    precision_factor: np.ndarray  # (k, k) L with L @ L.T = inverse of the shrunk shared within-class covariance
    components: int
    shrinkage: float

    def score(self, embeddings: np.ndarray) -> np.ndarray:
        """Smallest squared Mahalanobis distance to a class mean (higher = less like the training images)."""
        u = (embeddings - self.mean) @ self.projection
        diffs = u[:, None, :] - self.class_means[None]
        return (np.einsum("nck,kj->ncj", diffs, self.precision_factor) ** 2).sum(-1).min(1)


def fit_shift(embeddings: np.ndarray, labels: np.ndarray, n_classes: int, components: int = DEFAULT_COMPONENTS,
              shrinkage: float = DEFAULT_SHRINKAGE) -> ShiftModel:
    """Fit on training embeddings (N, D) with their labels."""
    x = embeddings.astype(np.float64)
    mean = x.mean(0)
    _, sing, vt = np.linalg.svd(x - mean, full_matrices=False)
    k = min(components, vt.shape[0])
    variance = sing[:k] ** 2 / max(len(x) - 1, 1)
    projection = vt[:k].T / np.sqrt(variance + 1e-12)
    u = (x - mean) @ projection
    class_means = np.stack([u[labels == c].mean(0) for c in range(n_classes)])
    within = u - class_means[labels]
    cov = within.T @ within / max(len(u) - n_classes, 1)
    shrunk = (1 - shrinkage) * cov + shrinkage * np.trace(cov) / k * np.eye(k)
    factor = np.linalg.cholesky(np.linalg.inv(shrunk))
    return ShiftModel(mean.astype(np.float32), projection.astype(np.float32), class_means.astype(np.float32),
                      factor.astype(np.float32), k, shrinkage)


def threshold_for(scores: np.ndarray, pass_rate: float = DEFAULT_PASS_RATE) -> float:
    """The score below which ``pass_rate`` of these (in-distribution validation) images fall."""
    return float(np.quantile(scores, pass_rate))
