# SPDX-License-Identifier: Apache-2.0
"""Deterministic non-medical images for the input gate's ``other`` class.

What a clinic might double-click by mistake: photographs (colour and gray), scanned documents,
screenshots, charts, textures. Photos come from scikit-image's bundled ``skimage.data`` (no download);
everything else is drawn here. ``make_other_image(n)`` always returns the same RGB uint8 image for ``n``.
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

OTHER_COUNT = 3000
_PHOTOS = (
    "astronaut", "brick", "camera", "cat", "chelsea", "clock", "coffee", "coins", "colorwheel", "grass",
    "gravel", "hubble_deep_field", "immunohistochemistry", "logo", "moon", "page", "retina", "rocket",
    "text", "cell", "checkerboard",
)
_WORDS = "patient report clinic invoice total date name address phone meeting notes the and of to".split()


@lru_cache(maxsize=1)
def _photos() -> list[np.ndarray]:
    import skimage.data

    photos = []
    for name in _PHOTOS:
        image = np.asarray(getattr(skimage.data, name)())
        if image.dtype == bool:
            image = image.astype(np.uint8) * 255
        if image.ndim == 2:
            image = np.stack([image] * 3, axis=-1)
        photos.append(np.ascontiguousarray(image[:, :, :3]))
    return photos


def _photo(rng: np.random.Generator, gray: bool) -> np.ndarray:
    photos = _photos()
    image = photos[rng.integers(len(photos))]
    h, w = image.shape[:2]
    ch, cw = int(h * rng.uniform(0.3, 1.0)), int(w * rng.uniform(0.3, 1.0))
    y, x = rng.integers(0, h - ch + 1), rng.integers(0, w - cw + 1)
    crop = image[y : y + ch, x : x + cw].astype(np.float32)
    crop = crop * rng.uniform(0.6, 1.4, size=3) + rng.uniform(-40, 40)
    if rng.random() < 0.5:
        crop = crop[:, ::-1]
    crop = np.clip(crop, 0, 255).astype(np.uint8)
    if gray:
        crop = np.repeat(cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)[:, :, None], 3, axis=2)
        if rng.random() < 0.3:
            crop = 255 - crop
    return np.ascontiguousarray(crop)


def _text_lines(canvas: np.ndarray, rng: np.random.Generator, color: tuple, top: int, left: int) -> None:
    h, w = canvas.shape[:2]
    y = top
    scale = rng.uniform(0.3, 0.8)
    while y < h - 10:
        words = " ".join(rng.choice(_WORDS, size=rng.integers(2, 9)))
        cv2.putText(canvas, words, (left, int(y)), cv2.FONT_HERSHEY_SIMPLEX, scale, color, 1, cv2.LINE_AA)
        y += 30 * scale + rng.integers(2, 12)


def _document(rng: np.random.Generator) -> np.ndarray:
    h, w = int(rng.integers(200, 420)), int(rng.integers(150, 320))
    paper = int(rng.integers(215, 256))
    canvas = np.full((h, w, 3), paper, np.uint8)
    ink = tuple(int(v) for v in rng.integers(0, 70, size=3))
    _text_lines(canvas, rng, ink, int(rng.integers(15, 40)), int(rng.integers(5, 25)))
    if rng.random() < 0.4:  # a table
        for y in range(h // 2, h - 10, int(rng.integers(12, 30))):
            cv2.line(canvas, (10, y), (w - 10, y), ink, 1)
    return canvas


def _screenshot(rng: np.random.Generator) -> np.ndarray:
    h, w = int(rng.integers(150, 360)), int(rng.integers(200, 480))
    canvas = np.full((h, w, 3), rng.integers(30, 256, size=3), np.uint8)
    for _ in range(int(rng.integers(2, 8))):  # panels, title bars, buttons
        x0, y0 = int(rng.integers(0, w - 20)), int(rng.integers(0, h - 20))
        x1, y1 = int(rng.integers(x0 + 10, w)), int(rng.integers(y0 + 10, h))
        cv2.rectangle(canvas, (x0, y0), (x1, y1), tuple(int(v) for v in rng.integers(0, 256, 3)), -1)
    cv2.rectangle(canvas, (0, 0), (w, 18), tuple(int(v) for v in rng.integers(0, 256, 3)), -1)
    _text_lines(canvas, rng, tuple(int(v) for v in rng.integers(0, 256, 3)), 40, 10)
    return canvas


def _chart(rng: np.random.Generator) -> np.ndarray:
    h, w = int(rng.integers(150, 320)), int(rng.integers(200, 400))
    canvas = np.full((h, w, 3), 255, np.uint8)
    n = int(rng.integers(3, 12))
    for i in range(n):
        top = int(rng.integers(10, h - 20))
        color = tuple(int(v) for v in rng.integers(0, 220, 3))
        cv2.rectangle(canvas, (15 + i * (w - 20) // n, top), (10 + (i + 1) * (w - 20) // n, h - 15), color, -1)
    cv2.line(canvas, (12, h - 12), (w - 5, h - 12), (0, 0, 0), 1)
    return canvas


def _texture(rng: np.random.Generator) -> np.ndarray:
    size = int(rng.integers(64, 256))
    noise = rng.normal(128, 60, size=(size, size, 3)).astype(np.float32)
    noise = cv2.GaussianBlur(noise, (0, 0), float(rng.uniform(0.5, 12)))
    if rng.random() < 0.5:
        noise = noise.mean(axis=2, keepdims=True).repeat(3, axis=2)
    lo, hi = np.percentile(noise, (1, 99))
    return np.clip((noise - lo) / max(hi - lo, 1e-3) * 255, 0, 255).astype(np.uint8)


def _shapes(rng: np.random.Generator) -> np.ndarray:
    size = int(rng.integers(64, 300))
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    base = rng.uniform(0, 255, 3) + rng.uniform(-200, 200, 3) * (xx[..., None] * rng.uniform(-1, 1))
    canvas = np.clip(base + rng.uniform(-100, 100, 3) * yy[..., None], 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(1, 10))):
        center = tuple(int(v) for v in rng.integers(0, size, 2))
        cv2.circle(canvas, center, int(rng.integers(3, size // 2)), tuple(int(v) for v in rng.integers(0, 256, 3)), -1)
    return canvas


_MAKERS = (
    lambda rng: _photo(rng, gray=False), lambda rng: _photo(rng, gray=True), lambda rng: _photo(rng, gray=True),
    _document, _screenshot, _chart, _texture, _shapes,
)


def make_other_image(n: int) -> np.ndarray:
    """The n-th generated non-medical image, RGB uint8."""
    rng = np.random.default_rng(10_000 + n)
    return _MAKERS[n % len(_MAKERS)](rng)
