# SPDX-License-Identifier: Apache-2.0
"""Augmentation for radiographs/MRI, applied to the cached uint8 image before the shared preprocessing."""

from __future__ import annotations

import cv2
import numpy as np


def augment(image: np.ndarray, rng: np.random.Generator, hflip: bool) -> np.ndarray:
    """Small affine jitter, exposure/contrast/gamma changes and mild blur; never changes anatomy."""
    h, w = image.shape[:2]
    angle = rng.uniform(-8, 8)
    scale = rng.uniform(0.9, 1.12)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    matrix[:, 2] += rng.uniform(-0.06, 0.06, size=2) * (w, h)
    image = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    if hflip and rng.random() < 0.5:
        image = image[:, ::-1]
    values = image.astype(np.float32) / 255.0
    gamma = rng.uniform(0.7, 1.4)
    values = np.power(values, gamma) * rng.uniform(0.8, 1.2) + rng.uniform(-0.08, 0.08)
    image = np.clip(values * 255.0, 0, 255).astype(np.uint8)
    if rng.random() < 0.2:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.4, 1.2))
    return np.ascontiguousarray(image)
