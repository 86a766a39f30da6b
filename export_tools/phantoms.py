# SPDX-License-Identifier: Apache-2.0
"""Generated imaging phantoms, written as real DICOM files: what a clinic's QA scan looks like.

CT slices of water cylinders, CT quality-assurance phantoms (inserts of known density, bead rings,
line-pair bars) and Shepp-Logan head phantoms, in Hounsfield units with a CT window; and projection
radiographs (CT scout / DX film) of the same objects. The input gate must refuse all of them: a phantom
scan is no patient. ``write_phantom(seed, path)`` always writes the same file for a seed; only numpy,
OpenCV and pydicom are needed, so tests can make unseen phantoms offline.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from export_tools.volumes import write_ct_slice, write_projection

KINDS = ("water", "qa", "shepp_logan", "projection")
_WINDOWS = ((40, 400), (0, 200), (50, 350), (300, 1500), (-600, 1600), (100, 700))
# Shepp-Logan (modified, Toft 1996): intensity, semi-axes a/b, centre x/y, angle in degrees.
_SHEPP_LOGAN = (
    (1.0, 0.69, 0.92, 0.0, 0.0, 0), (-0.8, 0.6624, 0.874, 0.0, -0.0184, 0),
    (-0.2, 0.11, 0.31, 0.22, 0.0, -18), (-0.2, 0.16, 0.41, -0.22, 0.0, 18),
    (0.1, 0.21, 0.25, 0.0, 0.35, 0), (0.1, 0.046, 0.046, 0.0, 0.1, 0), (0.1, 0.046, 0.046, 0.0, -0.1, 0),
    (0.1, 0.046, 0.023, -0.08, -0.605, 0), (0.1, 0.023, 0.023, 0.0, -0.606, 0),
    (0.1, 0.023, 0.046, 0.06, -0.605, 0),
)


def phantom_kind(seed: int) -> str:
    return KINDS[seed % len(KINDS)]


def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    axis = (np.arange(size, dtype=np.float32) - size / 2 + 0.5) / (size / 2)
    return np.meshgrid(axis, axis)


def _noise(image: np.ndarray, rng: np.random.Generator, low: float, high: float) -> np.ndarray:
    sigma = rng.uniform(low, high)
    noise = rng.normal(0, sigma, image.shape).astype(np.float32)
    return image + cv2.GaussianBlur(noise, (0, 0), rng.uniform(0.5, 1.5))


def _couch(image: np.ndarray, rng: np.random.Generator) -> None:
    """The curved CT table under the object (drawn in place)."""
    size = image.shape[0]
    y = int(size * rng.uniform(0.82, 0.93))
    axes = (int(size * 0.6), int(size * rng.uniform(0.05, 0.12)))
    cv2.ellipse(image, (size // 2, y + axes[1]), axes, 0, 180, 360, float(rng.uniform(100, 400)),
                int(rng.integers(2, 6)))


def _water(rng: np.random.Generator, size: int) -> np.ndarray:
    xx, yy = _grid(size)
    radius = rng.uniform(0.45, 0.85)
    image = np.full((size, size), -1000.0, np.float32)
    shell = rng.uniform(0.02, 0.06)
    image[np.hypot(xx, yy) < radius] = rng.uniform(80, 200)  # acrylic shell
    image[np.hypot(xx, yy) < radius - shell] = rng.uniform(-10, 10)
    if rng.random() < 0.4:  # ring artefacts of a miscalibrated detector
        r = np.hypot(xx, yy)
        for _ in range(int(rng.integers(1, 5))):
            image += (np.abs(r - rng.uniform(0.05, radius)) < 0.004) * rng.uniform(-40, 40)
    return image


def _qa(rng: np.random.Generator, size: int) -> np.ndarray:
    image = _water(rng, size)
    xx, yy = _grid(size)
    radius = float(np.hypot(xx, yy)[image > -500].max())
    n = int(rng.integers(4, 9))
    ring = rng.uniform(0.45, 0.7) * radius
    for k in range(n):  # density inserts: air, lung, fat, acrylic, bone, teflon
        angle = 2 * np.pi * k / n + rng.uniform(0, 0.3)
        cx, cy = ring * np.cos(angle), ring * np.sin(angle)
        r = rng.uniform(0.05, 0.12) * radius
        image[np.hypot(xx - cx, yy - cy) < r] = rng.choice([-1000, -800, -100, 120, 340, 900, 1000])
    if rng.random() < 0.6:  # a ring of small beads
        beads = int(rng.integers(8, 24))
        bead_ring = rng.uniform(0.15, 0.35) * radius
        for k in range(beads):
            angle = 2 * np.pi * k / beads
            image[np.hypot(xx - bead_ring * np.cos(angle), yy - bead_ring * np.sin(angle)) < 0.012] = 900
    if rng.random() < 0.5:  # line-pair bars near the centre
        for k in range(int(rng.integers(3, 8))):
            x0 = int(size * (0.45 + 0.015 * k * 2))
            cv2.rectangle(image, (x0, int(size * 0.46)), (x0 + max(1, size // 200), int(size * 0.54)), 800, -1)
    return image


def _shepp_logan(rng: np.random.Generator, size: int) -> np.ndarray:
    xx, yy = _grid(size)
    image = np.zeros((size, size), np.float32)
    scale = rng.uniform(0.75, 1.0)
    for value, a, b, cx, cy, angle in _SHEPP_LOGAN:
        theta = np.deg2rad(angle + rng.uniform(-5, 5))
        a, b = a * scale * rng.uniform(0.9, 1.1), b * scale * rng.uniform(0.9, 1.1)
        x, y = xx - cx * scale, yy + cy * scale
        inside = ((x * np.cos(theta) + y * np.sin(theta)) / a) ** 2 + ((y * np.cos(theta) - x * np.sin(theta)) / b) ** 2
        image[inside <= 1] += value
    return image * rng.uniform(800, 1400) - 1000


def _projection(rng: np.random.Generator, size: int) -> np.ndarray:
    """Line integrals of a phantom through its side: a scout/DX picture (attenuation, not HU)."""
    slices = _qa(rng, size) if rng.random() < 0.5 else _shepp_logan(rng, size)
    mu = np.clip(slices + 1000, 0, None) / 1000
    profile = mu.sum(axis=0)  # one projection row across the object
    length = int(size * rng.uniform(0.8, 1.4))
    image = np.tile(profile, (length, 1))
    if rng.random() < 0.5:  # inserts as rods along the phantom: bands with edges
        image *= 1 + 0.15 * np.sin(np.linspace(0, rng.uniform(3, 20), length))[:, None]
    image = cv2.resize(image, (size, size), interpolation=cv2.INTER_LINEAR)
    return image.T if rng.random() < 0.5 else image


def make_phantom(seed: int, size: int = 512) -> tuple[str, np.ndarray]:
    """(kind, float32 image): HU for CT kinds, attenuation line integrals for ``projection``."""
    rng = np.random.default_rng(seed)
    kind = phantom_kind(seed)
    image = {"water": _water, "qa": _qa, "shepp_logan": _shepp_logan, "projection": _projection}[kind](rng, size)
    if kind != "projection":
        if rng.random() < 0.7:
            _couch(image, rng)
        return kind, _noise(image, rng, 3, 40)
    return kind, _noise(image, rng, 0.002, 0.02 * float(image.max()))


def write_phantom(seed: int, path: Path, size: int = 512) -> Path:
    """The seed's phantom as a CT image (signed HU, rescale and a CT window) or a DX film (unsigned)."""
    kind, image = make_phantom(seed, size)
    rng = np.random.default_rng(seed + 7)
    uid = f"7{seed}"
    if kind == "projection":
        return write_projection(image, path, uid, localizer=bool(rng.random() < 0.5), patient="PHANTOM")
    return write_ct_slice(image, _WINDOWS[int(rng.integers(len(_WINDOWS)))], path, uid, patient="PHANTOM")
