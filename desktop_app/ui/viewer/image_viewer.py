# SPDX-License-Identifier: Apache-2.0
"""The image viewer: display state (frame, window, invert) → ``render_frame`` → :class:`ImageView`.

:class:`ImageViewer` is the controller the rest of the UI talks to. All pixel decisions are made by
``desktop_app.imaging.render``; this module only keeps the state and wires mouse gestures to it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget

from desktop_app.imaging import render
from desktop_app.imaging.model import ImageLoadError, LoadedImage, WindowPreset
from desktop_app.ui.viewer.graphics_view import ImageView

#: Common CT windows (center, width in HU), offered when the image is in Hounsfield units. Their names are
#: shown translated (window_controls.window_name); the file's own presets keep their names.
CT_PRESETS: tuple[WindowPreset, ...] = (
    WindowPreset(40, 400, QT_TRANSLATE_NOOP("WindowPresets", "Soft tissue")),
    WindowPreset(-600, 1500, QT_TRANSLATE_NOOP("WindowPresets", "Lung")),
    WindowPreset(400, 1800, QT_TRANSLATE_NOOP("WindowPresets", "Bone")),
    WindowPreset(40, 80, QT_TRANSLATE_NOOP("WindowPresets", "Brain")),
    WindowPreset(50, 350, QT_TRANSLATE_NOOP("WindowPresets", "Mediastinum")),
    WindowPreset(60, 160, QT_TRANSLATE_NOOP("WindowPresets", "Liver")),
)
MANUAL = QT_TRANSLATE_NOOP("WindowPresets", "Manual")  # a window dragged with the mouse

#: Screen pixels of right-drag that sweep the whole data range.
DRAG_PIXELS_PER_RANGE = 600.0


def format_pixel_value(row: int, col: int, info: dict) -> str:
    """Status-bar text for the pixel under the cursor from ``render.pixel_value_at``'s dict."""
    parts = [QCoreApplication.translate("ImageViewer", "Row {row}  Col {col}").format(row=row, col=col)]
    if info.get("rgb") is not None:
        parts.append("RGB " + ", ".join(str(v) for v in info["rgb"]))
        return "   ".join(parts)
    if info.get("stored") is not None:
        parts.append(QCoreApplication.translate("ImageViewer", "Stored {value}").format(value=_fmt(info["stored"])))
    if info.get("hu") is not None:
        parts.append(f"{_fmt(info['hu'])} HU")
    else:
        value = info.get("modality") if info.get("modality") is not None else info.get("value")
        unit = f" {info['units']}" if info.get("units") else ""
        parts.append(QCoreApplication.translate("ImageViewer", "Value {value}").format(value=_fmt(value)) + unit)
    return "   ".join(parts)


def _fmt(value: object) -> str:
    if isinstance(value, float | np.floating):
        return f"{float(value):.6g}"
    return str(value)


class ImageViewer(QWidget):
    """Image view plus frame selector; owns the display state of the current image."""

    rendered = Signal()  # the view shows a new rendering of the current state
    window_changed = Signal(object)  # WindowPreset | None (None for colour images)
    invert_changed = Signal(bool)
    frame_changed = Signal(int)
    pixel_info_changed = Signal(str)  # "" when the cursor leaves the image
    frame_failed = Signal(str)  # a frame that cannot be decoded (damaged cine): the one-line reason

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = ImageView(self)
        self._image: LoadedImage | None = None
        self._frame = 0
        self._window: WindowPreset | None = None
        self._invert = False
        self._ranges: dict[int, tuple[float, float]] = {}
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self.render_now)
        self._build_frame_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._frame_bar)
        self.view.window_dragged.connect(self.adjust_window)
        self.view.pixel_hovered.connect(self._on_hover)

    def _build_frame_bar(self) -> None:
        self._frame_bar = QWidget(self)
        self.frame_slider = QSlider(Qt.Orientation.Horizontal, self._frame_bar)
        self.frame_slider.setAccessibleName(self.tr("Frame"))
        self.frame_spin = QSpinBox(self._frame_bar)
        self.frame_spin.setAccessibleName(self.tr("Frame number"))
        self._frame_total = QLabel(self._frame_bar)
        row = QHBoxLayout(self._frame_bar)
        row.setContentsMargins(6, 2, 6, 2)
        caption = QLabel(self.tr("Frame"), self._frame_bar)
        caption.setBuddy(self.frame_spin)
        row.addWidget(caption)
        row.addWidget(self.frame_slider, 1)
        row.addWidget(self.frame_spin)
        row.addWidget(self._frame_total)
        self.frame_slider.valueChanged.connect(lambda v: self.set_frame(v - 1))
        self.frame_spin.valueChanged.connect(lambda v: self.set_frame(v - 1))
        self._frame_bar.hide()

    # -- state -----------------------------------------------------------------------------------
    @property
    def image(self) -> LoadedImage | None:
        return self._image

    @property
    def frame(self) -> int:
        return self._frame

    @property
    def window(self) -> WindowPreset | None:
        return self._window

    @property
    def inverted(self) -> bool:
        return self._invert

    def set_image(self, image: LoadedImage | None) -> None:
        """Show a new image with its default window, inversion and orientation, fitted to the view."""
        self._image = image
        self._frame = 0
        self._ranges.clear()
        if image is None:
            self.view.clear()
            self._frame_bar.hide()
            return
        self._window = None if image.is_color else render.default_window(image)
        self._invert = bool(image.invert_default)
        self._update_frame_bar()
        self.view.reset_orientation()
        self.render_now()
        self.view.fit_to_window()
        self.window_changed.emit(self._window)
        self.invert_changed.emit(self._invert)
        self.frame_changed.emit(0)

    def _update_frame_bar(self) -> None:
        count = self._image.n_frames if self._image else 1
        for widget in (self.frame_slider, self.frame_spin):
            widget.blockSignals(True)
            widget.setRange(1, count)
            widget.setValue(1)
            widget.blockSignals(False)
        self._frame_total.setText(f"/ {count}")
        self.frame_spin.setAccessibleDescription(self.tr("of {count} frames").format(count=count))
        self._frame_bar.setVisible(count > 1)

    def set_frame(self, index: int) -> None:
        if self._image is None or not 0 <= index < self._image.n_frames or index == self._frame:
            return
        self._frame = index
        for widget in (self.frame_slider, self.frame_spin):
            widget.blockSignals(True)
            widget.setValue(index + 1)
            widget.blockSignals(False)
        self.render_now()
        self.frame_changed.emit(index)

    def set_window(self, window: WindowPreset) -> None:
        """Apply a window (ignored for colour images, which have none)."""
        if self._image is None or self._image.is_color:
            return
        self._window = WindowPreset(float(window.center), max(float(window.width), 1e-6), window.name)
        self.schedule_render()
        self.window_changed.emit(self._window)

    def auto_window(self) -> None:
        if self._image is not None and not self._image.is_color:
            self.set_window(render.auto_window(self._image, self._frame))

    def reset_window(self) -> None:
        if self._image is not None and not self._image.is_color:
            self.set_window(render.default_window(self._image))

    def set_inverted(self, inverted: bool) -> None:
        if self._image is None or inverted == self._invert:
            return
        self._invert = inverted
        self.schedule_render()
        self.invert_changed.emit(inverted)

    def window_presets(self) -> list[WindowPreset]:
        """The image's own presets, then the common CT presets for images in HU."""
        if self._image is None or self._image.is_color:
            return []
        presets = list(self._image.window_presets)
        if self._image.units == "HU":
            presets += [p for p in CT_PRESETS if p.name not in {q.name for q in presets}]
        return presets

    # -- gestures --------------------------------------------------------------------------------
    def adjust_window(self, dx: int, dy: int) -> None:
        """Right-drag: right widens the window (less contrast), down raises the center (darker)."""
        if self._image is None or self._image.is_color or self._window is None:
            return
        low, high = self.data_range()
        step = max(high - low, 1.0) / DRAG_PIXELS_PER_RANGE
        width = max(self._window.width + dx * step, step)
        center = self._window.center + dy * step
        self.set_window(WindowPreset(center, width, MANUAL))

    def data_range(self) -> tuple[float, float]:
        """(min, max) of the current frame's modality values, cached per frame."""
        if self._image is None:
            return 0.0, 1.0
        if self._frame not in self._ranges:
            try:
                pixels = self._image.frames[self._frame]
            except ImageLoadError:
                return 0.0, 1.0
            self._ranges[self._frame] = (float(np.nanmin(pixels)), float(np.nanmax(pixels)))
        return self._ranges[self._frame]

    def _on_hover(self, row: int, col: int) -> None:
        if self._image is None or row < 0:
            self.pixel_info_changed.emit("")
            return
        try:
            info = render.pixel_value_at(self._image, self._frame, row, col)
        except ImageLoadError:
            self.pixel_info_changed.emit("")
            return
        self.pixel_info_changed.emit(format_pixel_value(row, col, info))

    # -- rendering -------------------------------------------------------------------------------
    def schedule_render(self) -> None:
        """Render once the event queue is empty, so a burst of drag events costs one render."""
        self._render_timer.start()

    def render_now(self) -> None:
        self._render_timer.stop()
        if self._image is None:
            return
        try:
            array = render.render_frame(self._image, self._frame, self._window, self._invert, remember=True)
        except ImageLoadError as exc:
            # A damaged frame of a cine: a black frame of the same size keeps the geometry; the others still play.
            array = np.zeros((self._image.rows, self._image.cols), np.uint8)
            self.frame_failed.emit(str(exc))
        self.view.set_array(array)
        self.rendered.emit()

    def displayed_array(self) -> np.ndarray | None:
        """The uint8 array on screen (``render_frame``'s output for the current state)."""
        return self.view.displayed_array()
