# SPDX-License-Identifier: Apache-2.0
"""Calibrated probabilities as bars: one per label, with the card's operating threshold and review band.

For a threshold model the positive label's bar carries a vertical line at the threshold (with its
value) and the review band (uncertain range) shaded amber. For an argmax model the decided label's
bar carries the minimum confidence, shaded from 0 to it. The numbers are the model's own; the widget
only draws them (:meth:`ConfidenceBars.rows` returns exactly what is painted, for tests).

Labels are shown in the user's language (the card's translations); the bars are mirrored in a
right-to-left layout. Screen readers get the same numbers from the accessible description
("PNEUMONIA 83 %, NORMAL 17 % …"), updated with every prediction; the widget takes the keyboard focus
(Tab) so that it can be read, and the window's focus ring shows where it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.i18n.card_text import label_text
from desktop_app.i18n.formats import decimal
from desktop_app.inference.prediction import Prediction

REVIEW_AMBER = QColor(240, 163, 10)
#: Bar colours, fixed so that their contrast holds on any theme: each fill is ≥ 3:1 against the track.
TRACK_COLOUR = QColor("#e3e6ea")
DECIDED_FILL = QColor("#1c5fa8")
OTHER_FILL = QColor("#646b77")
_BAND_FILL = QColor(240, 163, 10, 110)
_ROW_HEIGHT = 40
_BAR_HEIGHT = 16
_LEGEND_HEIGHT = 22
_Align = Qt.AlignmentFlag


@dataclass(frozen=True)
class BarRow:
    label: str  # the card's label id (what is recorded)
    probability: float
    decided: bool
    name: str = ""  # the label as shown (translated); "" means the id

    @property
    def text(self) -> str:
        return decimal(self.probability, 2)

    @property
    def shown_name(self) -> str:
        return self.name or self.label


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
        caption = QCoreApplication.translate("ConfidenceBars", "threshold {value}").format(value=decimal(threshold, 2))
        return Marker(str(op["label"]), threshold, caption, (low, high))
    if "min_confidence" in band:
        cutoff = float(band["min_confidence"])
        caption = QCoreApplication.translate("ConfidenceBars", "min. confidence {value}")
        caption = caption.format(value=decimal(cutoff, 2))
        return Marker(prediction.decision, cutoff, caption, (0.0, cutoff))
    return None


def spoken_scores(rows: list[BarRow]) -> str:
    """The bars as one sentence for screen readers: "PNEUMONIA 83 %, NORMAL 17 %", decided label first."""
    ordered = sorted(rows, key=lambda row: not row.decided)
    spoken = QCoreApplication.translate("ConfidenceBars", "{label} {percent} %")
    return ", ".join(spoken.format(label=row.shown_name, percent=round(row.probability * 100)) for row in ordered)


class ConfidenceBars(QWidget):
    """Custom-painted bars for one :class:`Prediction` (empty until :meth:`set_prediction`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[BarRow] = []
        self._marker: Marker | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so that a screen reader user can land on the scores
        self.setAccessibleName(self.tr("Probabilities"))
        self._describe()

    def set_prediction(self, prediction: Prediction | None, card: Mapping[str, Any] | None = None) -> None:
        """Show ``prediction``'s scores; ``card`` (the model's) names the labels in the user's language."""
        if prediction is None:
            self._rows, self._marker = [], None
        else:
            names = dict(card or {})
            self._rows = [BarRow(label, float(prediction.scores[label]), label == prediction.decision,
                                 label_text(names, label)) for label in prediction.labels]
            self._marker = marker_for(prediction)
        self._describe()
        self.updateGeometry()
        self.update()

    def _describe(self) -> None:
        """The accessible description: the scores, then the operating point and review band."""
        if not self._rows:
            self.setAccessibleDescription(self.tr("No result"))
            return
        parts = [spoken_scores(self._rows)]
        if self._marker is not None:
            parts.append(self.legend_text())
        self.setAccessibleDescription("; ".join(parts))

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
    def _mirrored(self, rect: QRectF) -> QRectF:
        """``rect`` laid out left to right, placed for the widget's direction (mirrored in right-to-left)."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _align(self, horizontal: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        """``horizontal`` (left or right in left-to-right terms) for the widget's direction, vertically centred."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            horizontal = _Align.AlignLeft if horizontal == _Align.AlignRight else _Align.AlignRight
        return horizontal | _Align.AlignAbsolute | _Align.AlignVCenter

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self._rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self._font(True))  # widest case: the decided label is bold
        widest = max(metrics.horizontalAdvance(r.shown_name) for r in self._rows)
        label_w = min(widest + 10, self.width() * 2 // 5)
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
        elided = painter.fontMetrics().elidedText(row.shown_name, Qt.TextElideMode.ElideRight, label_w - 6)
        painter.drawText(self._mirrored(text_rect), self._align(_Align.AlignRight), elided)
        value_rect = QRectF(bar.right() + 6, bar.top() - 4, value_w - 6, bar.height() + 8)
        painter.drawText(self._mirrored(value_rect), self._align(_Align.AlignLeft), row.text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOUR)
        painter.drawRoundedRect(self._mirrored(bar), 3, 3)
        fill = QRectF(bar.left(), bar.top(), bar.width() * min(max(row.probability, 0.0), 1.0), bar.height())
        painter.setBrush(DECIDED_FILL if row.decided else OTHER_FILL)
        painter.drawRoundedRect(self._mirrored(fill), 3, 3)
        if self._marker is not None and self._marker.label == row.label:
            self._paint_marker(painter, self._marker, bar)

    def _paint_marker(self, painter: QPainter, marker: Marker, bar: QRectF) -> None:
        low, high = marker.band
        band = QRectF(bar.left() + bar.width() * low, bar.top() - 2, bar.width() * (high - low), bar.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BAND_FILL)
        painter.drawRect(self._mirrored(band))
        painter.setBrush(QBrush(REVIEW_AMBER.darker(150), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(self._mirrored(band))
        x = bar.left() + bar.width() * marker.value
        line = self._mirrored(QRectF(x, bar.top() - 5, 0, bar.height() + 8))
        painter.setPen(QPen(self.palette().windowText().color(), 2))
        painter.drawLine(round(line.left()), round(line.top()), round(line.left()), round(line.bottom()))
        painter.setFont(self._font(False, smaller=True))
        caption_w = painter.fontMetrics().horizontalAdvance(marker.caption) + 4
        left = min(max(x - caption_w / 2, bar.left()), bar.right() - caption_w)
        caption = self._mirrored(QRectF(left, bar.top() - 19, caption_w, 14))
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, marker.caption)

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        painter.setFont(self._font(False, smaller=True))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BAND_FILL)
        swatch = self._mirrored(QRectF(4, top + 5, 18, 10))
        painter.drawRect(swatch)
        painter.setBrush(QBrush(REVIEW_AMBER.darker(150), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(swatch)
        painter.setPen(self.palette().windowText().color())
        text = self._mirrored(QRectF(28, top, self.width() - 28, 20))
        painter.drawText(text, self._align(_Align.AlignLeft), self.legend_text())

    def legend_text(self) -> str:
        if self._marker is None:
            return ""
        low, high = self._marker.band
        if low > 0:
            band = self.tr("review band {low}–{high}").format(low=decimal(low, 2), high=decimal(high, 2))
        else:
            band = self.tr("below {high}").format(high=decimal(high, 2))
        return self.tr("{band}: needs review   │ {caption}").format(band=band, caption=self._marker.caption)

    def _font(self, bold: bool, smaller: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        if smaller:
            font.setPointSizeF(max(font.pointSizeF() - 1.5, 6.0))
        return font
