# SPDX-License-Identifier: Apache-2.0
"""Augmentation for radiographs/MRI, applied to the cached uint8 image before the shared preprocessing."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class Strength:
    """Ranges of each jitter; 'strong' widens exposure, aspect and sharpness changes (scanner/period shift)."""

    angle: float
    scale: tuple[float, float]
    aspect: float  # independent x/y scale change: the data was squashed from films of many aspect ratios
    shift: float
    gamma: tuple[float, float]
    contrast: tuple[float, float]
    brightness: float
    blur_p: float
    blur_sigma: tuple[float, float]
    noise_p: float


STRENGTHS = {
    "standard": Strength(8, (0.9, 1.12), 0.0, 0.06, (0.7, 1.4), (0.8, 1.2), 0.08, 0.2, (0.4, 1.2), 0.0),
    "strong": Strength(10, (0.85, 1.15), 0.12, 0.08, (0.55, 1.7), (0.7, 1.3), 0.12, 0.3, (0.4, 1.6), 0.3),
}


def augment(image: np.ndarray, rng: np.random.Generator, hflip: bool, strength: str = "standard") -> np.ndarray:
    """Small affine jitter, exposure/contrast/gamma changes, mild blur and noise; never changes anatomy."""
    s = STRENGTHS[strength]
    h, w = image.shape[:2]
    angle = rng.uniform(-s.angle, s.angle)
    scale = rng.uniform(*s.scale)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    matrix[:, 2] += rng.uniform(-s.shift, s.shift, size=2) * (w, h)
    if s.aspect:
        stretch = 1 + rng.uniform(-s.aspect, s.aspect)  # about the centre, along x only
        matrix[0] *= stretch
        matrix[0, 2] += (1 - stretch) * w / 2
    image = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    if hflip and rng.random() < 0.5:
        image = image[:, ::-1]
    values = image.astype(np.float32) / 255.0
    gamma = rng.uniform(*s.gamma)
    values = np.power(values, gamma) * rng.uniform(*s.contrast) + rng.uniform(-s.brightness, s.brightness)
    if s.noise_p and rng.random() < s.noise_p:
        values += rng.normal(0, rng.uniform(0.005, 0.03), size=values.shape).astype(np.float32)
    image = np.clip(values * 255.0, 0, 255).astype(np.uint8)
    if rng.random() < s.blur_p:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(*s.blur_sigma))
    return np.ascontiguousarray(image)
