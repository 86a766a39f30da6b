# SPDX-License-Identifier: Apache-2.0
"""The model's class activation map drawn over the image, and the controls that go with it.

The CAM of the chosen class (default: the decided class) is upsampled to at most
:data:`MAX_OVERLAY_SIDE` pixels, coloured with a perceptual colour map (``heatmap_rgba``) and added
with :meth:`ImageView.add_overlay` stretched over the whole image, so it follows zoom, pan, rotation and
flips. Colours are relative to this image's own CAM range; the legend says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsPixmapItem,
    QGridLayout,
    QLabel,
    QSlider,
    QWidget,
)

from desktop_app.i18n.card_text import label_text
from desktop_app.inference.prediction import Prediction
from desktop_app.ui.common.qimage import ndarray_to_qimage
from desktop_app.ui.viewer.graphics_view import ImageView, overlay_item

#: The CAM is a 6x6 map upsampled bicubically: 256 px is as smooth on screen (Qt scales it smoothly)
#: as 512 px, at a quarter of the colour-mapping work.
MAX_OVERLAY_SIDE = 256
COLORMAP_NAMES = ("inferno", "viridis", "turbo")


def overlay_shape(rows: int, cols: int, max_side: int = MAX_OVERLAY_SIDE) -> tuple[int, int]:
    """(rows, cols) of the rendered heatmap: the image's aspect ratio, at most ``max_side`` pixels."""
    scale = min(1.0, max_side / max(rows, cols, 1))
    return max(1, round(rows * scale)), max(1, round(cols * scale))


class HeatmapOverlay(QObject):
    """Owns the overlay item of one :class:`ImageView`; rebuilt when the class or colour map change."""

    changed = Signal()

    def __init__(self, view: ImageView, parent: QObject | None = None):
        super().__init__(parent)
        self._view = view
        self._item: QGraphicsPixmapItem | None = None
        self._prediction: Prediction | None = None
        self._cover: tuple[int, int] = (1, 1)
        self.card: dict[str, Any] = {}  # the prediction's model card (label names)
        self.class_label = ""
        self.colormap = COLORMAP_NAMES[0]
        self.opacity = 0.5
        self.visible = True

    @property
    def item(self) -> QGraphicsPixmapItem | None:
        return self._item

    @property
    def prediction(self) -> Prediction | None:
        return self._prediction

    def show_prediction(self, prediction: Prediction, image_shape: tuple[int, int],
                        card: Mapping[str, Any] | None = None) -> None:
        """Overlay ``prediction``'s CAM on an image of ``image_shape`` (rows, cols), decided class first;
        ``card`` (the model's) names the classes in the user's language."""
        self._prediction = prediction
        self._cover = image_shape
        self.card = dict(card or {})
        self.class_label = prediction.decision
        self._rebuild()

    def clear(self) -> None:
        self._prediction = None
        self._remove()
        self.changed.emit()

    def set_class(self, label: str) -> None:
        if label and label != self.class_label:
            self.class_label = label
            self._rebuild()

    def set_colormap(self, name: str) -> None:
        if name in COLORMAP_NAMES and name != self.colormap:
            self.colormap = name
            self._rebuild()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = min(max(opacity, 0.0), 1.0)
        if self._item is not None:
            self._item.setOpacity(self.opacity)

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        if self._item is not None:
            self._item.setVisible(visible)

    def _remove(self) -> None:
        if self._item is not None:
            self._view.remove_overlay(self._item)
            self._item = None

    def _rebuild(self) -> None:
        from desktop_app.inference.heatmap import heatmap_rgba

        self._remove()
        prediction = self._prediction
        if prediction is not None and prediction.cam is not None and self.class_label in prediction.labels:
            cam = prediction.cam[prediction.labels.index(self.class_label)]
            rgba = heatmap_rgba(cam, overlay_shape(*self._cover), self.colormap)
            self._item = overlay_item(rgba, cover=self._cover, opacity=self.opacity)
            self._item.setVisible(self.visible)
            self._view.add_overlay(self._item, 1.0)
        self.changed.emit()


def legend_pixmap(colormap: str, width: int = 200, height: int = 12) -> QPixmap:
    from desktop_app.inference.heatmap import legend_strip

    strip = legend_strip(width, height, colormap)
    return QPixmap.fromImage(ndarray_to_qimage(strip))  # fromImage copies: ``strip`` may go


class HeatmapControls(QWidget):
    """Show/hide (bound to the window's H action), class, colour map, opacity and the legend."""

    def __init__(self, overlay: HeatmapOverlay, toggle: QAction | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.overlay = overlay
        key = toggle.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if toggle is not None else ""
        self.toggle = QCheckBox(self.tr("Show over the image ({key})").format(key=key) if key
                                else self.tr("Show over the image"), self)
        self.toggle.setAccessibleName(self.tr("Show the heatmap over the image"))
        self.toggle.setAccessibleDescription(self.tr("Where the model looked, coloured over the image"))
        self.class_choice = QComboBox(self)
        self.class_choice.setAccessibleName(self.tr("Heatmap class"))
        self.colormap_choice = QComboBox(self)
        self.colormap_choice.addItems(list(COLORMAP_NAMES))  # the colour maps' own names
        self.colormap_choice.setAccessibleName(self.tr("Heatmap colours"))
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(round(overlay.opacity * 100))
        self.opacity.setAccessibleName(self.tr("Heatmap opacity"))
        self.opacity_value = QLabel(self._percent(self.opacity.value()), self)
        self.legend = QLabel(self)
        self.legend_caption = QLabel(self)
        self._build(toggle)
        overlay.changed.connect(self._sync)
        self._sync()

    def _build(self, toggle: QAction | None) -> None:
        if toggle is not None:  # the window's H action stays the one source of truth
            self.toggle.setChecked(toggle.isChecked())
            self.toggle.clicked.connect(lambda _checked: toggle.trigger())
            toggle.toggled.connect(self.toggle.setChecked)
        self.class_choice.currentIndexChanged.connect(
            lambda index: self.overlay.set_class(str(self.class_choice.itemData(index) or "")))
        self.colormap_choice.currentTextChanged.connect(self.overlay.set_colormap)
        self.opacity.valueChanged.connect(self._on_opacity)
        self.legend_caption.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.toggle, 0, 0, 1, 4)
        grid.addWidget(self._buddy(self.tr("Class:"), self.class_choice), 1, 0)
        grid.addWidget(self.class_choice, 1, 1)
        grid.addWidget(self._buddy(self.tr("Colours:"), self.colormap_choice), 1, 2)
        grid.addWidget(self.colormap_choice, 1, 3)
        grid.addWidget(self._buddy(self.tr("Opacity:"), self.opacity), 2, 0)
        grid.addWidget(self.opacity, 2, 1, 1, 2)
        grid.addWidget(self.opacity_value, 2, 3)
        grid.addWidget(self.legend, 3, 0, 1, 4)
        grid.addWidget(self.legend_caption, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)

    def _buddy(self, text: str, control: QWidget) -> QLabel:
        """A label tied to ``control`` (screen readers read it as the control's label)."""
        label = QLabel(text, self)
        label.setBuddy(control)
        return label

    def _percent(self, value: int) -> str:
        return self.tr("{value} %").format(value=value)

    def _on_opacity(self, value: int) -> None:
        self.opacity_value.setText(self._percent(value))
        self.overlay.set_opacity(value / 100)

    def _sync(self) -> None:
        """Mirror the overlay's state (new prediction, class, colour map) in the controls."""
        prediction = self.overlay.prediction
        labels = prediction.labels if prediction is not None else []
        names = [label_text(self.overlay.card, label) for label in labels]
        self.class_choice.blockSignals(True)
        choice = self.class_choice
        shown = [(choice.itemData(i), choice.itemText(i)) for i in range(choice.count())]
        if shown != list(zip(labels, names, strict=True)):
            self.class_choice.clear()
            for label, name in zip(labels, names, strict=True):
                self.class_choice.addItem(name, label)
        self.class_choice.setCurrentIndex(self.class_choice.findData(self.overlay.class_label))
        self.class_choice.blockSignals(False)
        self.colormap_choice.setCurrentText(self.overlay.colormap)
        self.legend.setPixmap(legend_pixmap(self.overlay.colormap))
        label = self.overlay.class_label
        name = label_text(self.overlay.card, label) if label else self.tr("the chosen class")
        self.legend_caption.setText(self.tr("low → high attention for {label}").format(label=name))
        self.legend_caption.setToolTip(self.tr("Colours are relative to this image's own range of attention; "
                                               "how likely each label is is shown by the bars, not the colours."))
        self.legend.setAccessibleName(self.tr("Heatmap colour scale"))
        self.legend.setAccessibleDescription(self.legend_caption.text())
        self.setEnabled(prediction is not None and prediction.cam is not None)
