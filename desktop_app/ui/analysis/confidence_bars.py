# SPDX-License-Identifier: Apache-2.0
"""Calibrated probabilities as bars: one per label, with the card's operating threshold and review band.

For a threshold model the positive label's bar carries a vertical line at the threshold (with its
value) and the review band (uncertain range) shaded amber. For an argmax model the decided label's
bar carries the minimum confidence, shaded from 0 to it. The numbers are the model's own; the widget
only draws them (:meth:`ConfidenceBars.rows` returns exactly what is painted, for tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.inference.prediction import Prediction

REVIEW_AMBER = QColor(240, 163, 10)
_BAND_FILL = QColor(240, 163, 10, 110)
_OTHER_FILL = QColor(138, 143, 152)
_ROW_HEIGHT = 40
_BAR_HEIGHT = 16
_LEGEND_HEIGHT = 22


@dataclass(frozen=True)
class BarRow:
    label: str
    probability: float
    decided: bool

    @property
    def text(self) -> str:
        return f"{self.probability:.2f}"


@dataclass(frozen=True)
class Marker:
    """A line on one label's bar (operating threshold or minimum confidence) and its shaded band."""

    label: str
    value: float
    caption: str
    band: tuple[float, float]  # shaded range of the probability axis (review / uncertain)


def marker_for(prediction: Prediction) -> Marker | None:
    """The card's operating point as drawn on the bars (None when the card gives none)."""
    op, band = prediction.operating_point, prediction.review_band
    if op.get("type") == "threshold" and op.get("label") in prediction.scores:
        threshold = float(op["threshold"])
        low, high = float(band.get("low", threshold)), float(band.get("high", threshold))
        return Marker(str(op["label"]), threshold, f"threshold {threshold:.2f}", (low, high))
    if "min_confidence" in band:
        cutoff = float(band["min_confidence"])
        return Marker(prediction.decision, cutoff, f"min. confidence {cutoff:.2f}", (0.0, cutoff))
    return None


class ConfidenceBars(QWidget):
    """Custom-painted bars for one :class:`Prediction` (empty until :meth:`set_prediction`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self._marker: Marker | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)

    def set_prediction(self, prediction: Prediction | None) -> None:
        if prediction is None:
            self._rows, self._marker = [], None
        else:
            self._rows = [BarRow(label, float(prediction.scores[label]), label == prediction.decision)
                          for label in prediction.labels]
            self._marker = marker_for(prediction)
        self.updateGeometry()
        self.update()

    def rows(self) -> list[BarRow]:
        return list(self._rows)

    def marker(self) -> Marker | None:
        return self._marker

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        legend = _LEGEND_HEIGHT if self._marker else 0
        return QSize(320, len(self._rows) * _ROW_HEIGHT + legend + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, self.sizeHint().height())

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self._font(True))  # widest case: the decided label is bold
        label_w = min(max(metrics.horizontalAdvance(r.label) for r in self._rows) + 10, self.width() * 2 // 5)
        value_w = metrics.horizontalAdvance("0.00") + 12
        for index, row in enumerate(self._rows):
            top = index * _ROW_HEIGHT
            bar = QRectF(label_w, top + _ROW_HEIGHT - _BAR_HEIGHT - 4, self.width() - label_w - value_w, _BAR_HEIGHT)
            self._paint_row(painter, row, bar, label_w, value_w)
        if self._marker is not None:
            self._paint_legend(painter, len(self._rows) * _ROW_HEIGHT + 2)
        painter.end()

    def _paint_row(self, painter: QPainter, row: BarRow, bar: QRectF, label_w: int, value_w: int) -> None:
        palette = self.palette()
        text_rect = QRectF(0, bar.top() - 4, label_w - 6, bar.height() + 8)
        painter.setFont(self._font(row.decided))
        painter.setPen(palette.windowText().color())
        elided = painter.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 6)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
        value_rect = QRectF(bar.right() + 6, bar.top() - 4, value_w - 6, bar.height() + 8)
        painter.drawText(value_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.mid().color().lighter(130))
        painter.drawRoundedRect(bar, 3, 3)
        fill = QRectF(bar.left(), bar.top(), bar.width() * min(max(row.probability, 0.0), 1.0), bar.height())
        painter.setBrush(palette.highlight().color() if row.decided else _OTHER_FILL)
        painter.drawRoundedRect(fill, 3, 3)
        if self._marker is not None and self._marker.label == row.label:
            self._paint_marker(painter, self._marker, bar)

    def _paint_marker(self, painter: QPainter, marker: Marker, bar: QRectF) -> None:
        low, high = marker.band
        band = QRectF(bar.left() + bar.width() * low, bar.top() - 2, bar.width() * (high - low), bar.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BAND_FILL)
        painter.drawRect(band)
        painter.setBrush(QBrush(REVIEW_AMBER.darker(150), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(band)
        x = bar.left() + bar.width() * marker.value
        painter.setPen(QPen(self.palette().windowText().color(), 2))
        painter.drawLine(round(x), int(bar.top()) - 5, round(x), int(bar.bottom()) + 3)
        painter.setFont(self._font(False, smaller=True))
        caption_w = painter.fontMetrics().horizontalAdvance(marker.caption) + 4
        left = min(max(x - caption_w / 2, bar.left()), bar.right() - caption_w)
        painter.drawText(QRectF(left, bar.top() - 19, caption_w, 14), Qt.AlignmentFlag.AlignCenter, marker.caption)

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        painter.setFont(self._font(False, smaller=True))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BAND_FILL)
        swatch = QRectF(4, top + 5, 18, 10)
        painter.drawRect(swatch)
        painter.setBrush(QBrush(REVIEW_AMBER.darker(150), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(swatch)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(QRectF(28, top, self.width() - 28, 20), Qt.AlignmentFlag.AlignVCenter, self.legend_text())

    def legend_text(self) -> str:
        if self._marker is None:
            return ""
        low, high = self._marker.band
        band = f"review band {low:.2f}–{high:.2f}" if low > 0 else f"below {high:.2f}"
        return f"{band}: needs review   │ {self._marker.caption}"

    def _font(self, bold: bool, smaller: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        if smaller:
            font.setPointSizeF(max(font.pointSizeF() - 1.5, 6.0))
        return font
