# SPDX-License-Identifier: Apache-2.0
"""Heatmap: upsampling, colour lookup and blending put colour where the CAM is high."""

from __future__ import annotations

import numpy as np

from desktop_app.inference.heatmap import blend, colormap_lut, heatmap_rgba, legend_strip, normalised_cam


def _cam_hot_top_left() -> np.ndarray:
    cam = np.zeros((6, 6), np.float32)
    cam[:2, :2] = 5.0
    return cam


def test_normalised_cam_spans_range_and_follows_peak() -> None:
    level = normalised_cam(_cam_hot_top_left(), (60, 90))
    assert level.shape == (60, 90) and level.dtype == np.uint8
    assert level[:10, :15].mean() > 200 and level[40:, 60:].mean() < 10


def test_flat_cam_gives_no_heat() -> None:
    assert normalised_cam(np.full((6, 6), 3.0, np.float32), (20, 20)).max() == 0


def test_blend_changes_pixels_only_where_cam_is_high() -> None:
    gray = np.full((60, 60), 100, np.uint8)
    out = blend(gray, _cam_hot_top_left(), opacity=0.8)
    hot_lut = colormap_lut()[255].astype(int)
    assert np.abs(out[2, 2].astype(int) - hot_lut).max() < 60  # near the colour map's top colour
    cold = out[50, 50].astype(int)
    assert np.abs(cold - 100).max() < 40  # low attention keeps the image readable
    assert np.abs(out[2, 2].astype(int) - 100).max() > 80


def test_heatmap_alpha_rises_with_attention_and_legend_is_monotonic() -> None:
    rgba = heatmap_rgba(_cam_hot_top_left(), (30, 30))
    assert rgba[1, 1, 3] > rgba[25, 25, 3]
    strip = legend_strip(64, 4)
    luminance = strip[0].astype(float) @ [0.299, 0.587, 0.114]
    assert luminance[-1] > luminance[0]
