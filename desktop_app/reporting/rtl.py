# SPDX-License-Identifier: Apache-2.0
"""Paragraphs of a right-to-left report (Arabic): lines broken in reading order, then each line reordered.

reportlab's own right-to-left layout needs rlbidi, an LGPL package, so :class:`RtlParagraph` does it: the text
is shaped (letters joined), broken into lines that fit the width in logical order, and every line is put in
display order (:func:`desktop_app.i18n.bidi.visual_order`) before reportlab draws it right-aligned. Bold runs
keep their font through the reordering. A line break is written ``"\\n"``.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from desktop_app.i18n.arabic_shaping import shape_with_origin
from desktop_app.i18n.bidi import levels, mirror, visual_order
from desktop_app.reporting.fonts import BOLD, markup

Runs = list[tuple[str, bool]]  # (text, bold) in reading order


class RtlParagraph(Flowable):
    """A right-aligned (or centred) paragraph of ``runs`` laid out right to left in ``style``."""

    def __init__(self, runs: Runs, style: ParagraphStyle) -> None:
        super().__init__()
        self.runs = runs
        self.style = ParagraphStyle(f"{style.name}-rtl", parent=style,
                                    alignment=TA_CENTER if style.alignment == TA_CENTER else TA_RIGHT)
        self._para: Paragraph | None = None

    def _laid_out(self, width: float) -> Paragraph:
        lines = display_lines(self.runs, width - self.style.leftIndent - self.style.rightIndent, self.style)
        return Paragraph("<br/>".join(lines) or "&nbsp;", self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's
        self._para = self._laid_out(availWidth)
        self.width, self.height = self._para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 - reportlab's
        return self._laid_out(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)


def display_lines(runs: Runs, width: float, style: ParagraphStyle) -> list[str]:
    """Paragraph markup of each line that fits ``width``, in display order."""
    text = "".join(t for t, _ in runs)
    bold = [b for t, b in runs for _ in t]
    lines: list[str] = []
    start = 0
    for hard_line in text.split("\n"):
        shaped, origin = shape_with_origin(hard_line)
        flags = [bold[start + i] for i in origin]
        start += len(hard_line) + 1
        for begin, end in _fitting_lines(shaped, flags, width, style):
            lines.append(_line_markup(shaped[begin:end], flags[begin:end]))
    return lines


def _width(text: str, flags: list[bool], style: ParagraphStyle) -> float:
    return sum(stringWidth(c, BOLD if b else style.fontName, style.fontSize) for c, b in zip(text, flags, strict=True))


def _fitting_lines(text: str, flags: list[bool], width: float, style: ParagraphStyle) -> list[tuple[int, int]]:
    """(start, end) of each line: words added while the line fits (a longer word gets a line of its own)."""
    words: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        end = text.find(" ", i)
        end = len(text) if end < 0 else end
        words.append((i, end))
        i = end
    lines: list[tuple[int, int]] = []
    for begin, end in words:
        if lines and _width(text[lines[-1][0]:end], flags[lines[-1][0]:end], style) <= width - 1:
            lines[-1] = (lines[-1][0], end)
        else:
            lines.append((begin, end))
    return lines or [(0, 0)]


def _line_markup(line: str, flags: list[bool]) -> str:
    """One line in display order; bold runs in ``<b>``; brackets mirrored where they read right to left."""
    resolved = levels(line)
    chunks: list[tuple[bool, list[str]]] = []
    for i in visual_order(line):
        char = mirror(line[i]) if resolved[i] % 2 else line[i]
        if chunks and chunks[-1][0] == flags[i]:
            chunks[-1][1].append(char)
        else:
            chunks.append((flags[i], [char]))
    return "".join(f"<b>{markup(''.join(c))}</b>" if b else markup("".join(c)) for b, c in chunks)
