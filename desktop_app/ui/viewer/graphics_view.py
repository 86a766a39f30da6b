# SPDX-License-Identifier: Apache-2.0
"""A fast 2-D image view: fit, wheel zoom around the cursor, pan, right-drag window/level, orientation.

Scene layout: one ``QGraphicsPixmapItem`` (:attr:`ImageView.image_item`) holds the rendered frame in
pixel coordinates (x = column, y = row). Rotation and flips are set on that item's transform, zoom and
pan on the view. Overlays (e.g. a heatmap) are added with :meth:`ImageView.add_overlay`, which makes
them children of the image item: they are drawn in the same pixel coordinates, stacked above the
image, and follow every rotation, flip, zoom and pan.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from desktop_app.ui.common.qimage import as_displayable, ndarray_to_qimage

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 64.0


def overlay_item(rgba: np.ndarray, cover: tuple[int, int] | None = None, opacity: float = 1.0) -> QGraphicsPixmapItem:
    """A pixmap item for :meth:`ImageView.add_overlay` from a uint8 (H, W, 4) RGBA array.

    ``cover=(rows, cols)`` stretches a smaller map (e.g. a CAM at model resolution) over the whole
    image; ``opacity`` is applied on top of the array's own alpha.
    """
    rgba = as_displayable(rgba)
    item = QGraphicsPixmapItem(QPixmap.fromImage(ndarray_to_qimage(rgba)))
    item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
    item.setOpacity(opacity)
    if cover is not None:
        rows, cols = cover
        item.setTransform(QTransform.fromScale(cols / rgba.shape[1], rows / rgba.shape[0]))
    return item


class ImageView(QGraphicsView):
    """Shows one uint8 frame. Emits where the cursor is and how the user drags with the right button."""

    pixel_hovered = Signal(int, int)  # row, col in image pixels; (-1, -1) when outside the image
    window_dragged = Signal(int, int)  # dx, dy in screen pixels since the last move (right button)
    zoom_changed = Signal(float)  # current view scale (1.0 = one image pixel per screen pixel)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.image_item = QGraphicsPixmapItem()
        self.image_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.image_item)
        self._array: np.ndarray | None = None  # keeps the QImage's buffer alive
        self._orientation = QTransform()
        self._fit = True
        self._wl_last: QPoint | None = None
        self.placeholder_text = self.tr("Open a DICOM or image file (Ctrl+O), or drop files or a folder here")
        self.setAccessibleName(self.tr("Image"))
        self.setAccessibleDescription(self.placeholder_text)
        self._configure()

    def _configure(self) -> None:
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # right-to-left languages never mirror the image
        self.setBackgroundBrush(QColor(0, 0, 0))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMouseTracking(True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(200, 200)

    # -- content ---------------------------------------------------------------------------------
    def set_array(self, array: np.ndarray) -> None:
        """Show a uint8 (H, W) or (H, W, 3) array; the view keeps a reference to its buffer."""
        array = as_displayable(array)
        size_changed = self._array is None or self._array.shape[:2] != array.shape[:2]
        self._array = array
        self.image_item.setPixmap(QPixmap.fromImage(ndarray_to_qimage(array)))
        if size_changed:
            self._apply_orientation()

    def displayed_array(self) -> np.ndarray | None:
        """The exact uint8 array currently on screen (before view rotation/flip)."""
        return self._array

    def clear(self) -> None:
        self._array = None
        self.image_item.setPixmap(QPixmap())

    def add_overlay(self, item: QGraphicsItem, z: float = 1.0) -> QGraphicsItem:
        """Stack ``item`` above the image, in image pixel coordinates, following all transforms."""
        item.setParentItem(self.image_item)
        item.setZValue(z)
        return item

    def remove_overlay(self, item: QGraphicsItem) -> None:
        if item.parentItem() is self.image_item:
            self.scene().removeItem(item)

    # -- orientation -----------------------------------------------------------------------------
    def rotate_image(self, degrees: int) -> None:
        """Rotate as seen on screen (positive = clockwise), about the image centre."""
        self._orientation = self._orientation * QTransform().rotate(degrees)
        self._apply_orientation()

    def flip_image(self, horizontal: bool) -> None:
        """Mirror as seen on screen: left↔right when ``horizontal`` else top↔bottom."""
        flip = QTransform().scale(-1, 1) if horizontal else QTransform().scale(1, -1)
        self._orientation = self._orientation * flip
        self._apply_orientation()

    def reset_orientation(self) -> None:
        self._orientation = QTransform()
        self._apply_orientation()

    def orientation(self) -> QTransform:
        return QTransform(self._orientation)

    def _apply_orientation(self) -> None:
        rect = self.image_item.boundingRect()
        centre = QTransform().translate(-rect.width() / 2, -rect.height() / 2)
        self.image_item.setTransform(centre * self._orientation)
        self.scene().setSceneRect(self.image_item.sceneBoundingRect())
        if self._fit:
            self.fit_to_window()

    # -- zoom ------------------------------------------------------------------------------------
    def fit_to_window(self) -> None:
        """Scale so the whole image is visible, and keep fitting on resize until the user zooms."""
        self._fit = True
        rect = self.image_item.sceneBoundingRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.current_scale())

    def zoom_by(self, factor: float) -> None:
        """Zoom about the cursor when it is over the view, else about the centre."""
        target = min(max(self.current_scale() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / max(self.current_scale(), 1e-9)
        self._fit = False
        self.scale(factor, factor)
        self.zoom_changed.emit(self.current_scale())

    def zoom_actual_size(self) -> None:
        self.zoom_by(1.0 / max(self.current_scale(), 1e-9))

    def current_scale(self) -> float:
        t = self.transform()
        return math.hypot(t.m11(), t.m12())

    def is_fitting(self) -> bool:
        return self._fit

    # -- coordinates -----------------------------------------------------------------------------
    def image_pixel_at(self, view_pos: QPoint | QPointF) -> tuple[int, int] | None:
        """(row, col) of the image pixel under a viewport position, or None outside the image."""
        if self._array is None:
            return None
        point = self.image_item.mapFromScene(self.mapToScene(QPointF(view_pos).toPoint()))
        col, row = math.floor(point.x()), math.floor(point.y())
        height, width = self._array.shape[:2]
        if 0 <= row < height and 0 <= col < width:
            return row, col
        return None

    # -- events ----------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self._wl_last = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position().toPoint()
        if self._wl_last is not None:
            delta = pos - self._wl_last
            self._wl_last = pos
            if delta.x() or delta.y():
                self.window_dragged.emit(delta.x(), delta.y())
            event.accept()
            return
        pixel = self.image_pixel_at(pos)
        self.pixel_hovered.emit(*(pixel if pixel else (-1, -1)))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton and self._wl_last is not None:
            self._wl_last = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.fit_to_window()
            return
        super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.pixel_hovered.emit(-1, -1)
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._array is None and self.placeholder_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(160, 160, 160))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder_text)
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit:
            self.fit_to_window()
