# SPDX-License-Identifier: Apache-2.0
"""numpy → QImage without copying the pixels (after pyqtgraph's ``functions.ndarray_to_qimage``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

_FORMATS = {
    1: QImage.Format.Format_Grayscale8,
    3: QImage.Format.Format_RGB888,
    4: QImage.Format.Format_RGBA8888,
}


def ndarray_to_qimage(array: np.ndarray) -> QImage:
    """Wrap a uint8 (H, W), (H, W, 3) or (H, W, 4) array in a QImage that shares its memory.

    The QImage does not own the buffer: the caller must keep ``array`` alive for as long as the
    QImage (or a QPixmap made lazily from it) is used. Non-contiguous input is made contiguous
    first, so pass the result of :func:`as_displayable` to keep that copy alive too.
    """
    if array.dtype != np.uint8:
        raise TypeError(f"expected uint8 pixels, got {array.dtype}")
    channels = 1 if array.ndim == 2 else array.shape[2]
    if array.ndim not in (2, 3) or channels not in _FORMATS:
        raise ValueError(f"cannot show an array of shape {array.shape}")
    if not array.flags.c_contiguous:
        raise ValueError("array must be C-contiguous; call as_displayable() first")
    height, width = array.shape[:2]
    return QImage(array.data, width, height, array.strides[0], _FORMATS[channels])


def as_displayable(array: np.ndarray) -> np.ndarray:
    """Return ``array`` itself when it is already C-contiguous uint8, else a contiguous copy."""
    return np.ascontiguousarray(array, dtype=np.uint8)
