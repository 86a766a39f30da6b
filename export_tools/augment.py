# SPDX-License-Identifier: Apache-2.0
"""Augmentation for radiographs/MRI, applied to the cached uint8 image before the shared preprocessing."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class Strength:
    """Ranges of each jitter; 'strong' widens exposure, aspect and sharpness changes (scanner/period shift).

    ``film_p``: chance of the artefacts of portable and other-hospital films (field-of-view borders and crops,
    text markers, lines and tubes); ``dither``: ±1 grey-level noise so that re-encoding (8-bit PNG vs
    rescaled 16-bit DICOM) does not move a score.
    """

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
    film_p: float = 0.0
    dither: bool = False


_STANDARD = dict(angle=8, scale=(0.9, 1.12), aspect=0.0, shift=0.06, gamma=(0.7, 1.4), contrast=(0.8, 1.2),
                 brightness=0.08, blur_p=0.2, blur_sigma=(0.4, 1.2), noise_p=0.0)
_STRONG = dict(angle=10, scale=(0.85, 1.15), aspect=0.12, shift=0.08, gamma=(0.55, 1.7), contrast=(0.7, 1.3),
               brightness=0.12, blur_p=0.3, blur_sigma=(0.4, 1.6), noise_p=0.3)
_PORTABLE = dict(angle=10, scale=(0.8, 1.2), aspect=0.15, shift=0.08, gamma=(0.5, 1.8), contrast=(0.65, 1.35),
                 brightness=0.12, blur_p=0.3, blur_sigma=(0.4, 1.8), noise_p=0.4)

STRENGTHS = {
    "standard": Strength(**_STANDARD),
    "strong": Strength(**_STRONG),
    "portable": Strength(**_STANDARD | {"noise_p": 0.2}, film_p=0.6, dither=True),
    "portable_strong": Strength(**_PORTABLE, film_p=0.7, dither=True),
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
    if s.film_p and rng.random() < s.film_p:
        image = film_artefacts(np.ascontiguousarray(image), rng)
    values = image.astype(np.float32) / 255.0
    gamma = rng.uniform(*s.gamma)
    values = np.power(values, gamma) * rng.uniform(*s.contrast) + rng.uniform(-s.brightness, s.brightness)
    if s.noise_p and rng.random() < s.noise_p:
        values += rng.normal(0, rng.uniform(0.005, 0.04), size=values.shape).astype(np.float32)
    image = np.clip(values * 255.0, 0, 255).astype(np.uint8)
    if rng.random() < s.blur_p:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(*s.blur_sigma))
    if s.dither and rng.random() < 0.5:
        image = grey_level_jitter(image, rng)
    return np.ascontiguousarray(image)


def grey_level_jitter(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each pixel moved by -1, 0 or +1 grey level: what re-windowing a re-encoded film does."""
    step = rng.integers(-1, 2, size=image.shape, dtype=np.int16)
    return np.clip(image.astype(np.int16) + step, 0, 255).astype(np.uint8)


def film_artefacts(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One to three of: collimation borders, a tighter field of view, text markers, lines and tubes."""
    ops = [_collimation_border, _field_of_view_crop, _text_marker, _lines_and_tubes]
    for n in rng.choice(len(ops), size=int(rng.integers(1, 4)), replace=False):
        image = ops[n](image, rng)
    return image


def _collimation_border(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Dark or bright bands on one to four sides, as a collimated or scanned film has."""
    out = image.copy()
    h, w = out.shape[:2]
    value = 0 if rng.random() < 0.6 else int(rng.integers(200, 256))
    for side in range(4):
        if rng.random() < 0.5:
            depth = int(rng.uniform(0.02, 0.12) * (h if side < 2 else w))
            if side == 0:
                out[:depth] = value
            elif side == 1:
                out[h - depth:] = value
            elif side == 2:
                out[:, :depth] = value
            else:
                out[:, w - depth:] = value
    return out


def _field_of_view_crop(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Zoom in on the thorax or out with a dark margin: adult films fill the frame differently."""
    h, w = image.shape[:2]
    if rng.random() < 0.5:
        frac = rng.uniform(0.75, 0.95)
        ch, cw = int(h * frac), int(w * frac)
        y, x = int(rng.integers(0, h - ch + 1)), int(rng.integers(0, w - cw + 1))
        return cv2.resize(image[y:y + ch, x:x + cw], (w, h), interpolation=cv2.INTER_AREA)
    frac = rng.uniform(0.75, 0.95)
    small = cv2.resize(image, (int(w * frac), int(h * frac)), interpolation=cv2.INTER_AREA)
    out = np.full_like(image, int(rng.integers(0, 30)))
    y, x = int(rng.integers(0, h - small.shape[0] + 1)), int(rng.integers(0, w - small.shape[1] + 1))
    out[y:y + small.shape[0], x:x + small.shape[1]] = small
    return out


_MARKERS = ["L", "R", "AP", "PA", "PORTABLE", "SUPINE", "ERECT", "UPRIGHT", "12:04", "PORT"]


def _text_marker(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Burnt-in lead markers and labels near an edge."""
    out = image.copy()
    h, w = out.shape[:2]
    for _ in range(int(rng.integers(1, 3))):
        text = str(rng.choice(_MARKERS))
        font_scale = rng.uniform(0.3, 0.8) * w / 224
        x = int(rng.uniform(0.02, 0.7) * w)
        y = int(rng.choice([rng.uniform(0.06, 0.2), rng.uniform(0.85, 0.97)]) * h)
        value = int(rng.integers(220, 256)) if rng.random() < 0.8 else int(rng.integers(0, 30))
        cv2.putText(out, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, font_scale, value,
                    max(1, int(round(font_scale * 2))), cv2.LINE_AA)
    return out


def _lines_and_tubes(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Bright thin curves (ECG leads, lines, tubes) and round electrode pads over the chest."""
    out = image.copy()
    h, w = out.shape[:2]
    for _ in range(int(rng.integers(1, 4))):
        start = rng.uniform(0, 1, 2) * (w, h)
        control = rng.uniform(0.2, 0.8, 2) * (w, h)
        end = rng.uniform(0, 1, 2) * (w, h)
        t = np.linspace(0, 1, 40)[:, None]
        curve = (1 - t) ** 2 * start + 2 * (1 - t) * t * control + t ** 2 * end
        cv2.polylines(out, [curve.astype(np.int32)], False, int(rng.integers(170, 256)),
                      int(rng.integers(1, 4)), cv2.LINE_AA)
    for _ in range(int(rng.integers(0, 4))):
        centre = (int(rng.uniform(0.15, 0.85) * w), int(rng.uniform(0.15, 0.85) * h))
        cv2.circle(out, centre, int(rng.uniform(0.015, 0.035) * w), int(rng.integers(180, 256)), -1, cv2.LINE_AA)
    return out
