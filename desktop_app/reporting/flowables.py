# SPDX-License-Identifier: Apache-2.0
"""Drawn parts of a report page: scan images, the heatmap colour bar and the probability bars."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image

from desktop_app.i18n.formats import decimal, join, significant
from desktop_app.i18n.phrase import Wording
from desktop_app.reporting import styles as st
from desktop_app.reporting.fonts import BOLD, REGULAR, display_order, draw_text
from desktop_app.reporting.inputs import HeatmapLegend, ReportError

#: Longest side, in pixels, of an image embedded in the PDF (about 300 dpi at the size it is shown).
MAX_EMBED_PIXELS = 1200


def image_flowable(array: np.ndarray, max_width: float, max_height: float) -> Image:
    """``array`` (uint8 gray or RGB) scaled to fit the box, aspect ratio kept, downsampled if huge."""
    from PIL import Image as PILImage

    height, width = array.shape[:2]
    scale = min(max_width / width, max_height / height)
    picture = PILImage.fromarray(np.ascontiguousarray(array))
    longest = max(height, width)
    if longest > MAX_EMBED_PIXELS:
        factor = MAX_EMBED_PIXELS / longest
        size = (max(1, round(width * factor)), max(1, round(height * factor)))
        picture = picture.resize(size, PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", compress_level=6)
    buffer.seek(0)
    return Image(buffer, width=width * scale, height=height * scale)


def legend_lut(legend: HeatmapLegend) -> np.ndarray:
    """The (256, 3) uint8 RGB colour table of ``legend`` (its own, else the app's map of that name)."""
    if legend.lut is not None:
        return np.asarray(legend.lut, dtype=np.uint8)
    from desktop_app.inference.colormaps import COLORMAP_NAMES, colormap_table

    name = legend.colormap.strip().lower()
    if name not in COLORMAP_NAMES:
        raise ReportError(f"Unknown heatmap colour map {legend.colormap!r}; pass its colour table")
    return colormap_table(name)


class ColourBar(Flowable):
    """Horizontal colour ramp with the values at both ends and what the colours mean."""

    def __init__(self, legend: HeatmapLegend, width: float, words: Wording) -> None:
        super().__init__()
        self.legend = legend
        self.width = width
        self.height = 30
        self.words = words
        self._ramp = ImageReader(_ramp_image(legend_lut(legend)))

    def draw(self) -> None:
        canvas, legend, words = self.canv, self.legend, self.words
        rtl = words.right_to_left
        bar_y, bar_h = 21, 7
        canvas.drawImage(self._ramp, 0, bar_y, width=self.width, height=bar_h)
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.rect(0, bar_y, self.width, bar_h, stroke=1, fill=0)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.setFont(REGULAR, 6.5)
        low = words.translate("Report", "{value} (low)").format(value=significant(legend.vmin, 3, words.language))
        high = words.translate("Report", "(high) {value}").format(value=significant(legend.vmax, 3, words.language))
        draw_text(canvas, 0, bar_y - 8, low, "left", rtl)
        draw_text(canvas, self.width, bar_y - 8, high, "right", rtl)
        caption = words.translate("Report", "{label} · colour map: {name}").format(
            label=words.say(legend.label), name=legend.colormap)
        draw_text(canvas, self.width / 2, 2, caption, "centre", rtl)


def _ramp_image(lut: np.ndarray):  # noqa: ANN202 - a PIL image
    from PIL import Image as PILImage

    return PILImage.fromarray(np.ascontiguousarray(lut.reshape(1, 256, 3)))


@dataclass(frozen=True)
class BarSpec:
    """What the probability bars show: scores in model order, the decision and the operating point.

    ``names``: how each label is shown (the card's translation); a label without one is shown as it is."""

    labels: list[str]
    scores: dict[str, float]
    decision: str
    threshold_label: str | None = None
    threshold: float | None = None
    band: tuple[float, float] | None = None  # review band on the threshold label, if any
    names: dict[str, str] = field(default_factory=dict)

    def name(self, label: str) -> str:
        return self.names.get(label, label)


class ProbabilityBars(Flowable):
    """One horizontal bar per label on a 0–1 scale; the operating threshold is a red line. Mirrored for a
    right-to-left report: labels on the right, bars growing to the left."""

    ROW = 15.0
    SCALE_H = 11.0
    NOTE_H = 9.0
    NOTE_SIZE = 6.8

    def __init__(self, spec: BarSpec, width: float, words: Wording) -> None:
        super().__init__()
        self.spec = spec
        self.width = width
        self.words = words
        self.label_w = min(130.0, width * 0.3)
        self.value_w = 42.0
        self.track_w = width - self.label_w - self.value_w - 8
        self.note_lines = self._note_lines(width - self.label_w)
        self.height = self.SCALE_H + self.ROW * len(spec.labels) + self.NOTE_H * len(self.note_lines) + 3

    def _x(self, p: float) -> float:
        x = self.label_w + self.track_w * min(max(p, 0.0), 1.0)
        return self._mx(x)

    def _mx(self, x: float, w: float = 0.0) -> float:
        """Left edge of a box at ``x`` (``w`` wide) drawn left to right, mirrored for right to left."""
        return self.width - x - w if self.words.right_to_left else x

    def _text(self, x: float, y: float, text: str, align: str = "left") -> None:
        rtl = self.words.right_to_left
        flipped = {"left": "right", "right": "left"}.get(align, align) if rtl else align
        draw_text(self.canv, self._mx(x), y, text, flipped, rtl)

    def draw(self) -> None:
        top = self.height - self.SCALE_H
        self._draw_scale(top)
        for row, label in enumerate(self.spec.labels):
            self._draw_row(label, top - self.ROW * (row + 1))
        self._draw_note()

    def _draw_scale(self, top: float) -> None:
        canvas = self.canv
        canvas.setFont(REGULAR, 6.5)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.4)
        for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
            x = self._x(tick)
            draw_text(canvas, x, top + 3, significant(tick, 3, self.words.language), "centre")
            canvas.line(x, top, x, top - self.ROW * len(self.spec.labels))

    def _draw_row(self, label: str, y: float) -> None:
        canvas, spec = self.canv, self.spec
        score = float(spec.scores.get(label, float("nan")))
        is_decision = label == spec.decision
        bar_y, bar_h = y + 3.5, self.ROW - 7
        canvas.setFillColor(colors.HexColor(st.INK))
        canvas.setFont(BOLD if is_decision else REGULAR, 8)
        self._text(0, bar_y + 1.5, _fit(spec.name(label), 24))
        canvas.setFillColor(colors.HexColor(st.PANEL))
        canvas.rect(self._mx(self.label_w, self.track_w), bar_y, self.track_w, bar_h, stroke=0, fill=1)
        if np.isfinite(score):
            canvas.setFillColor(colors.HexColor(st.BAR_DECISION if is_decision else st.BAR))
            length = self.track_w * min(max(score, 0.0), 1.0)
            canvas.rect(self._mx(self.label_w, length), bar_y + 1, length, bar_h - 2, stroke=0, fill=1)
        if label == spec.threshold_label and spec.band is not None:
            self._draw_band(bar_y, bar_h)
        canvas.setFillColor(colors.HexColor(st.INK))
        canvas.setFont(REGULAR, 8)
        text = decimal(score, 3, self.words.language) if np.isfinite(score) else self.words.translate("Report", "n/a")
        self._text(self.width, bar_y + 1.5, text, "right")
        if label == spec.threshold_label and spec.threshold is not None:
            self._draw_threshold(y)

    def _draw_band(self, bar_y: float, bar_h: float) -> None:
        """The review band, translucent over the bar so both stay visible."""
        canvas = self.canv
        low, high = sorted(self._x(v) for v in self.spec.band or (0.0, 0.0))
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(st.BAND))
        canvas.setFillAlpha(0.55)
        canvas.setStrokeColor(colors.HexColor(st.BAND_EDGE))
        canvas.setLineWidth(0.6)
        canvas.rect(low, bar_y - 1.5, high - low, bar_h + 3, stroke=1, fill=1)
        canvas.restoreState()

    def _draw_threshold(self, y: float) -> None:
        canvas = self.canv
        x = self._x(float(self.spec.threshold or 0.0))
        canvas.setStrokeColor(colors.HexColor(st.THRESHOLD))
        canvas.setLineWidth(1.6)
        canvas.line(x, y + 1, x, y + self.ROW - 1)
        canvas.setFillColor(colors.HexColor(st.THRESHOLD))
        path = canvas.beginPath()
        path.moveTo(x - 2.6, y + self.ROW)
        path.lineTo(x + 2.6, y + self.ROW)
        path.lineTo(x, y + self.ROW - 3.5)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)

    def _draw_note(self) -> None:
        canvas = self.canv
        canvas.setFont(REGULAR, self.NOTE_SIZE)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        for row, line in enumerate(reversed(self.note_lines)):
            self._text(self.label_w, 1.5 + self.NOTE_H * row, line)

    def _note_lines(self, width: float) -> list[str]:
        """What the threshold line, the shading and the dark bar mean, in as many lines as ``width`` needs."""
        code, rtl = self.words.language, self.words.right_to_left
        lines: list[list[str]] = []
        for part in self._note_parts():
            candidate = join([*lines[-1], part], code, strong=True) if lines else part
            shown = display_order(candidate, rtl)
            if lines and stringWidth(shown, REGULAR, self.NOTE_SIZE) <= width:
                lines[-1].append(part)
            else:
                lines.append([part])
        return [join(parts, code, strong=True) for parts in lines]

    def _note_parts(self) -> list[str]:
        spec, words = self.spec, self.words
        code = words.language
        parts = []
        if spec.threshold_label and spec.threshold is not None:
            parts.append(words.translate("Report", "red line: operating threshold {threshold} for {label}").format(
                threshold=significant(spec.threshold, 3, code), label=spec.name(spec.threshold_label)))
        else:
            parts.append(words.translate("Report", "operating point: the label with the highest probability"))
        if spec.band is not None:
            parts.append(words.translate("Report", "shaded: review band {low}–{high}").format(
                low=significant(spec.band[0], 3, code), high=significant(spec.band[1], 3, code)))
        parts.append(words.translate("Report", "dark bar: the model's result"))
        return parts


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
