# SPDX-License-Identifier: Apache-2.0
"""Burn the result into pixels: the displayed image (with its heatmap) above a band of text.

The band says what a reader of the bare image must know: the decision, NEEDS REVIEW when the model is
unsure, a refused input check that was overridden, which model produced it, and that this is AI assistance,
not a diagnosis. The image keeps its own pixels (no scaling); narrow images are centred on a wider canvas
so the text stays legible. No patient data is written into the pixels.

The text is in the current language. Pillow's own shaping depends on libraqm/fribidi being present, so text
is drawn with its basic layout after ScanLens has joined Arabic letters and put right-to-left lines in display
order (:mod:`desktop_app.i18n.bidi`); a right-to-left language is right-aligned. Every machine draws the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.exporting.errors import ExportError
from desktop_app.i18n import is_right_to_left, translate
from desktop_app.i18n.arabic_shaping import shape
from desktop_app.i18n.bidi import has_right_to_left, visual
from desktop_app.i18n.phrase import QT_TRANSLATE_NOOP
from desktop_app.inference.prediction import Prediction
from desktop_app.scope.verdict import review_reason, unchecked_line

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

DISCLAIMER = QT_TRANSLATE_NOOP("Export", "AI assistance — not a diagnosis")
NEEDS_REVIEW = QT_TRANSLATE_NOOP("Export", "NEEDS REVIEW")
MIN_CANVAS_WIDTH = 480
_BAND = (24, 24, 24)
_TEXT = (255, 255, 255)
_MUTED = (190, 190, 190)
_WARN = (255, 191, 0)
_FONT_FILE = "DejaVuSans.ttf"
_BOLD_FONT_FILE = "DejaVuSans-Bold.ttf"

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class BurnedIn:
    """The composed pixels and where the analysed image sits in them (top, left, rows, cols)."""

    pixels: np.ndarray  # (rows, cols, 3) uint8 RGB
    image_box: tuple[int, int, int, int]


@dataclass(frozen=True)
class TextLine:
    text: str
    colour: Colour = _TEXT
    bold: bool = False


def result_lines(prediction: Prediction) -> list[TextLine]:
    """The text band's lines, in order."""
    lines = [TextLine(prediction.decision_text or prediction.decision, _TEXT, bold=True)]
    if prediction.needs_review:
        flag = translate("Export", NEEDS_REVIEW)
        lines.append(TextLine(f"{flag} — {review_reason(prediction.scope)}", _WARN, bold=True))
    if unchecked := unchecked_line(prediction.scope):
        lines.append(TextLine(unchecked, _MUTED))
    gate = prediction.gate
    if gate is not None and gate.overridden:
        lines.append(TextLine(translate("Export", "Input check took this for “{kind}”; scored at the user's request")
                              .format(kind=gate.label), _WARN))
    lines.append(TextLine(translate("Export", "Model {model} v{version}").format(
        model=prediction.model_id, version=prediction.model_version), _MUTED))
    lines.append(TextLine(translate("Export", DISCLAIMER), _WARN, bold=True))
    return lines


def burn_in(display: np.ndarray, prediction: Prediction) -> BurnedIn:
    """``display`` (uint8 gray or RGB, usually the heatmap overlay) above the result text band."""
    rgb = _as_rgb(display)
    rows, cols = rgb.shape[:2]
    width = max(cols, MIN_CANVAS_WIDTH)
    size = int(np.clip(round(width / 42), 12, 40))
    regular, bold = _font(_FONT_FILE, size), _font(_BOLD_FONT_FILE, size)
    margin, leading = size // 2 + 4, int(size * 1.35)
    wrapped = [
        (piece, line) for line in result_lines(prediction)
        for piece in _wrap(line.text, bold if line.bold else regular, width - 2 * margin)
    ]
    band = 2 * margin + leading * len(wrapped)
    canvas = np.zeros((rows + band, width, 3), np.uint8)
    canvas[rows:] = _BAND
    left = (width - cols) // 2
    canvas[:rows, left : left + cols] = rgb
    _draw(canvas, wrapped, rows + margin, margin, leading, regular, bold)
    return BurnedIn(canvas, (0, left, rows, cols))


def _draw(canvas: np.ndarray, lines: list[tuple[str, TextLine]], top: int, left: int, leading: int,
          regular: FreeTypeFont, bold: FreeTypeFont) -> None:
    from PIL import Image, ImageDraw

    picture = Image.fromarray(canvas)
    draw = ImageDraw.Draw(picture)
    rtl = is_right_to_left()
    for index, (text, line) in enumerate(lines):
        font = bold if line.bold else regular
        shown = _shown(text)
        x = canvas.shape[1] - left - font.getlength(shown) if rtl else left
        draw.text((x, top + index * leading), shown, fill=line.colour, font=font)
    canvas[...] = np.asarray(picture)


def _shown(text: str) -> str:
    """One line as drawn: Arabic letters joined, right-to-left runs in display order."""
    rtl = is_right_to_left()
    return visual(shape(text), rtl) if rtl or has_right_to_left(text) else text


def _wrap(text: str, font: FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap to ``width`` pixels (a single over-long word stays on its own line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(_shown(candidate)) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines or [""]


def _font(filename: str, size: int) -> FreeTypeFont:
    from PIL import ImageFont

    from desktop_app.resources import resource_path

    path = resource_path("fonts", filename)
    try:
        return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)
    except OSError as err:
        raise ExportError(f"The bundled font {filename} cannot be read ({err}); reinstall ScanLens") from err


def _as_rgb(display: np.ndarray) -> np.ndarray:
    if display.dtype != np.uint8 or display.ndim not in (2, 3) or (display.ndim == 3 and display.shape[2] != 3):
        raise ExportError(f"The image to export must be uint8 (H, W) or (H, W, 3), got {display.dtype} "
                          f"{display.shape}")
    return np.repeat(display[..., None], 3, axis=2) if display.ndim == 2 else display
