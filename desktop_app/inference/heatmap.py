# SPDX-License-Identifier: Apache-2.0
"""Class activation map → colour heatmap: upsample, perceptual colour lookup table, blend with opacity.

The CAM is shown relative to its own range in this image (legend: low → high attention for the chosen
class); its absolute size is in the probability bars, not in the colours.
"""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

COLORMAPS = {"inferno": cv2.COLORMAP_INFERNO, "viridis": cv2.COLORMAP_VIRIDIS, "turbo": cv2.COLORMAP_TURBO}
DEFAULT_COLORMAP = "inferno"


@lru_cache(maxsize=len(COLORMAPS))
def colormap_lut(name: str = DEFAULT_COLORMAP) -> np.ndarray:
    """(256, 3) uint8 RGB lookup table of a perceptual colour map."""
    ramp = np.arange(256, dtype=np.uint8)[:, None]
    return cv2.cvtColor(cv2.applyColorMap(ramp, COLORMAPS[name]), cv2.COLOR_BGR2RGB)[:, 0, :].copy()


def normalised_cam(cam_map: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Upsample a (h,w) CAM to ``shape`` (rows, cols) and scale it to 0..255 uint8 for this image."""
    rows, cols = shape
    up = cv2.resize(cam_map.astype(np.float32), (cols, rows), interpolation=cv2.INTER_CUBIC)
    lo, hi = float(cam_map.min()), float(cam_map.max())
    scale = 255.0 / (hi - lo) if hi - lo > 1e-6 else 0.0
    return np.clip((up - lo) * scale, 0, 255).astype(np.uint8)


def heatmap_rgba(cam_map: np.ndarray, shape: tuple[int, int], colormap: str = DEFAULT_COLORMAP) -> np.ndarray:
    """(rows, cols, 4) uint8: colour from the LUT, alpha rising with attention (low attention stays clear)."""
    level = normalised_cam(cam_map, shape)
    rgba = np.empty((*shape, 4), dtype=np.uint8)
    rgba[..., :3] = colormap_lut(colormap)[level]
    rgba[..., 3] = np.minimum(level.astype(np.uint16) + 64, 255).astype(np.uint8)
    return rgba


def blend(display: np.ndarray, cam_map: np.ndarray, opacity: float = 0.5,
          colormap: str = DEFAULT_COLORMAP) -> np.ndarray:
    """Display image (gray or RGB uint8) with the heatmap composited on top, as RGB uint8."""
    base = display if display.ndim == 3 else cv2.cvtColor(display, cv2.COLOR_GRAY2RGB)
    rgba = heatmap_rgba(cam_map, base.shape[:2], colormap)
    alpha = rgba[..., 3:4].astype(np.float32) * (float(opacity) / 255.0)
    out = base.astype(np.float32) * (1.0 - alpha) + rgba[..., :3].astype(np.float32) * alpha
    return out.astype(np.uint8)


def legend_strip(width: int = 256, height: int = 12, colormap: str = DEFAULT_COLORMAP) -> np.ndarray:
    """Horizontal colour bar (height, width, 3) uint8 from low (left) to high (right) attention."""
    ramp = np.linspace(0, 255, width).astype(np.uint8)
    return np.repeat(colormap_lut(colormap)[ramp][None], height, axis=0)
