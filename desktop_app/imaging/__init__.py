# SPDX-License-Identifier: Apache-2.0
"""Qt-free imaging core: decode scans (DICOM, PNG, JPEG, TIFF, BMP) and render them for display.

``load_image(path) -> LoadedImage`` and ``render_frame(image, ...) -> uint8 array`` are the entry points;
:mod:`desktop_app.imaging.formats` is the one list of supported file formats.
"""

from desktop_app.imaging.loader import load_image
from desktop_app.imaging.model import ImageLoadError, LoadedImage, WindowPreset
from desktop_app.imaging.render import (
    auto_window,
    default_window,
    pixel_stats,
    pixel_value_at,
    render_frame,
)

__all__ = [
    "ImageLoadError",
    "LoadedImage",
    "WindowPreset",
    "auto_window",
    "default_window",
    "load_image",
    "pixel_stats",
    "pixel_value_at",
    "render_frame",
]
