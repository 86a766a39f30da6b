# SPDX-License-Identifier: Apache-2.0
"""Class activation map → colour heatmap: upsample, perceptual colour lookup table, blend with opacity.

The CAM is shown relative to its own range in this image (legend: low → high attention for the chosen
class); its absolute size is in the probability bars, not in the colours.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from desktop_app.imaging.resample import resize
from desktop_app.inference.colormaps import colormap_table

COLORMAPS = dict.fromkeys(("inferno", "viridis", "turbo"))  # perceptual maps offered; tables: inference.colormaps
DEFAULT_COLORMAP = "inferno"


def colormap_lut(name: str = DEFAULT_COLORMAP) -> np.ndarray:
    """(256, 3) uint8 RGB lookup table of a perceptual colour map."""
    return colormap_table(name)


def normalised_cam(cam_map: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Upsample a (h,w) CAM to ``shape`` (rows, cols) and scale it to 0..255 uint8 for this image."""
    rows, cols = shape
    # Bicubic like OpenCV's INTER_CUBIC (a = -0.75, edges replicated), computed in float64, cast to float32.
    up = resize(cam_map.astype(np.float64), (cols, rows), "cubic").astype(np.float32)
    lo, hi = float(cam_map.min()), float(cam_map.max())
    scale = 255.0 / (hi - lo) if hi - lo > 1e-6 else 0.0
    up -= lo  # in place: the same float32 arithmetic as ``clip((up - lo) * scale)`` without temporaries
    up *= scale
    np.clip(up, 0, 255, out=up)
    return up.astype(np.uint8)


@lru_cache(maxsize=len(COLORMAPS))
def rgba_lut(name: str = DEFAULT_COLORMAP) -> np.ndarray:
    """(256,) uint32 table: each entry is the RGBA bytes of one CAM level (alpha rises with attention).

    One gather of 4-byte entries builds the whole RGBA layer (much faster than colour + alpha apart).
    """
    table = np.empty((256, 4), dtype=np.uint8)
    table[:, :3] = colormap_lut(name)
    table[:, 3] = np.minimum(np.arange(256) + 64, 255)
    packed = table.view(np.uint32)[:, 0].copy()
    packed.setflags(write=False)  # cached and shared
    return packed


def heatmap_rgba(cam_map: np.ndarray, shape: tuple[int, int], colormap: str = DEFAULT_COLORMAP) -> np.ndarray:
    """(rows, cols, 4) uint8: colour from the LUT, alpha rising with attention (low attention stays clear)."""
    level = normalised_cam(cam_map, shape)
    return rgba_lut(colormap)[level].view(np.uint8).reshape(*shape, 4)


@lru_cache(maxsize=8)
def _blend_table(opacity: float, colormap: str) -> np.ndarray:
    """(256 CAM levels x 256 image values, 4) uint8 RGB + padding: ``image x (1 - alpha) + colour x alpha``.

    Computed once per opacity and colour map with the float32 arithmetic of a per-pixel blend, so
    looking the result up gives exactly the same pixels at a fraction of the cost.
    """
    rgba = rgba_lut(colormap).view(np.uint8).reshape(256, 4)
    alpha = rgba[:, 3:4].astype(np.float32) * (opacity / 255.0)
    image = np.arange(256, dtype=np.float32)[None, :, None]
    mixed = image * (1.0 - alpha)[:, None, :] + (rgba[:, :3].astype(np.float32) * alpha)[:, None, :]
    table = np.zeros((256 * 256, 4), dtype=np.uint8)
    table[:, :3] = mixed.astype(np.uint8).reshape(256 * 256, 3)
    table.setflags(write=False)  # cached and shared
    return table


def blend(display: np.ndarray, cam_map: np.ndarray, opacity: float = 0.5,
          colormap: str = DEFAULT_COLORMAP) -> np.ndarray:
    """Display image (gray or RGB uint8) with the heatmap composited on top, as RGB uint8."""
    level = normalised_cam(cam_map, display.shape[:2]).astype(np.uint16) << 8
    table = _blend_table(float(opacity), colormap)
    if display.ndim == 2:  # one 4-byte gather per pixel, then drop the padding byte
        packed = np.take(table.view(np.uint32)[:, 0], level | display)
        return np.ascontiguousarray(packed.view(np.uint8).reshape(*display.shape, 4)[..., :3])
    out = np.empty(display.shape, dtype=np.uint8)
    for channel in range(3):
        out[..., channel] = np.take(table[:, channel], level | display[..., channel])
    return out


def legend_strip(width: int = 256, height: int = 12, colormap: str = DEFAULT_COLORMAP) -> np.ndarray:
    """Horizontal colour bar (height, width, 3) uint8 from low (left) to high (right) attention."""
    ramp = np.linspace(0, 255, width).astype(np.uint8)
    return np.repeat(colormap_lut(colormap)[ramp][None], height, axis=0)
