# SPDX-License-Identifier: Apache-2.0
"""Plain data passed between imaging stages. No Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np


class ImageLoadError(Exception):
    """A file that cannot be shown correctly. ``str(err)`` is a one-line reason for a radiologist."""


@dataclass(frozen=True)
class WindowPreset:
    """A window (VOI) setting in the units of ``LoadedImage.frames`` (modality values, e.g. HU)."""

    center: float
    width: float
    name: str = ""


@dataclass
class LoadedImage:
    """A decoded scan ready to display.

    ``frames`` has shape (n_frames, rows, cols) for monochrome or (n_frames, rows, cols, 3) for colour
    (RGB). Monochrome values are modality values (after rescale slope/intercept or modality LUT), as
    float32 or the stored integer type; colour frames are uint8 RGB.
    ``invert_default`` is True for MONOCHROME1 (display must invert so that high values are dark).
    """

    path: str
    frames: np.ndarray
    is_color: bool
    window_presets: list[WindowPreset] = field(default_factory=list)
    invert_default: bool = False
    metadata: dict[str, str | int | float | None] = field(default_factory=dict)
    decoder: str = ""
    source_format: str = ""  # "dicom" or raster format name ("png", "jpeg", ...)
    voi_lut_applied: bool = False  # True when a DICOM VOI LUT sequence produced the display values
    units: str = ""  # "HU" for CT, else ""
    #: (frame, window, function, invert) → display pixels, for the default window only (render.render_frame):
    #: the viewer's first paint and the analysis of the same frame share one windowing pass.
    render_cache: dict[tuple, np.ndarray] = field(default_factory=dict, repr=False, compare=False)
    #: frame → work done ahead for its analysis: working image, gate verdict, model inputs (inference.prepared).
    analysis_cache: dict[int, dict[object, Any]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_frames(self) -> int:
        return int(self.frames.shape[0])

    @property
    def rows(self) -> int:
        return int(self.frames.shape[1])

    @property
    def cols(self) -> int:
        return int(self.frames.shape[2])
