# SPDX-License-Identifier: Apache-2.0
"""Bundled Unicode fonts for the PDF, and markup that switches to the CJK font where DejaVu has no glyph.

reportlab has no automatic font fallback, so :func:`rich` splits text into runs and wraps the runs that
only the CJK font covers in ``<font name=...>``. reportlab neither joins Arabic letters nor reorders
right-to-left text: :func:`rich` does both for a short right-to-left value (a name) in a left-to-right report;
whole right-to-left paragraphs are laid out by :mod:`desktop_app.reporting.rtl`. See
``resources/fonts/README.md`` for the files.
"""

from __future__ import annotations

import functools
from typing import Any
from xml.sax.saxutils import escape

from desktop_app.i18n.arabic_shaping import shape
from desktop_app.i18n.bidi import has_right_to_left, visual
from desktop_app.reporting.inputs import ReportError
from desktop_app.resources import resource_path

REGULAR = "ScanLensSans"
BOLD = "ScanLensSans-Bold"
CJK = "ScanLensCJK"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallback.ttf"}


@functools.lru_cache(maxsize=1)
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the bundled fonts with reportlab once; return each font's set of covered code points."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    coverage: dict[str, frozenset[int]] = {}
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        try:
            font = TTFont(name, str(path))
        except (OSError, TTFError) as err:
            raise ReportError(f"The bundled font {filename} cannot be read ({err}); reinstall ScanLens") from err
        pdfmetrics.registerFont(font)
        coverage[name] = frozenset(font.face.charToGlyph)
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK, bold, italic, CJK)
    return coverage


def rich(text: object) -> str:
    """Escape ``text`` for a reportlab Paragraph, switching to the CJK font for runs DejaVu lacks; Arabic
    inside it joined and in reading order (one line of a left-to-right paragraph)."""
    return markup(display_order(str(text), right_to_left=False))


def display_order(text: str, right_to_left: bool) -> str:
    """``text`` (one line, logical order) as drawn: Arabic letters joined, right-to-left runs reordered."""
    if not right_to_left and not has_right_to_left(text):
        return text
    return visual(shape(text), right_to_left)


def markup(text: str) -> str:
    """Escape ``text`` (already in display order) for a Paragraph, with CJK runs in the CJK font."""
    coverage = register_fonts()
    latin, cjk = coverage[REGULAR], coverage[CJK]
    out: list[str] = []
    run: list[str] = []
    run_is_cjk = False
    for char in str(text):
        is_cjk = ord(char) not in latin and ord(char) in cjk
        if is_cjk != run_is_cjk and run:
            out.append(_wrap("".join(run), run_is_cjk))
            run = []
        run_is_cjk = is_cjk
        run.append(char)
    if run:
        out.append(_wrap("".join(run), run_is_cjk))
    return "".join(out)


def _wrap(segment: str, is_cjk: bool) -> str:
    escaped = escape(segment)
    return f'<font name="{CJK}">{escaped}</font>' if is_cjk else escaped


def draw_text(canvas: Any, x: float, y: float, text: str, align: str = "left", right_to_left: bool = False) -> None:
    """``text`` on ``canvas`` in display order, ``align``-ed ("left", "right", "centre") on ``x``; keeps the
    canvas's font and size unless the text needs the CJK font."""
    shown = display_order(text, right_to_left)
    if plain_font_for(shown) == CJK:
        canvas.setFont(CJK, canvas._fontsize)
    draw = {"left": canvas.drawString, "right": canvas.drawRightString}.get(align, canvas.drawCentredString)
    draw(x, y, shown)


def plain_font_for(text: str) -> str:
    """Font for a canvas ``drawString`` of ``text`` (no markup): CJK when DejaVu lacks any character."""
    coverage = register_fonts()
    if any(ord(c) not in coverage[REGULAR] and ord(c) in coverage[CJK] for c in text):
        return CJK
    return REGULAR
