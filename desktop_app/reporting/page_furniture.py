# SPDX-License-Identifier: Apache-2.0
"""What every page carries: the clinic header and the footer with "Page N of M" (mirrored right to left)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.i18n.phrase import Wording
from desktop_app.reporting import styles as st
from desktop_app.reporting.fonts import BOLD, REGULAR, draw_text
from desktop_app.reporting.inputs import ReportError, ReportInput
from desktop_app.reporting.text import FOOTER_NOTE, format_datetime

MARGIN = 14 * mm
LOGO_MAX_H = 13 * mm
LOGO_MAX_W = 38 * mm
HEADER_RULE_DROP = 16 * mm


@dataclass(frozen=True)
class PageFurniture:
    """Header and footer content, the same on every page of one report."""

    clinic_name: str
    logo: ImageReader | None
    generated: str
    app_version: str
    deidentified: bool
    words: Wording

    @classmethod
    def for_report(cls, item: ReportInput, words: Wording) -> PageFurniture:
        logo = _read_logo(item.clinic_logo) if item.clinic_logo else None
        generated = format_datetime(item.generated_at, words.language)
        return cls(item.clinic_name.strip(), logo, generated, item.app_version, item.deidentify, words)

    def _text(self, canvas: Canvas, x: float, y: float, text: str, align: str = "left") -> None:
        """``text`` at ``x`` measured from the reading side: from the right edge for a right-to-left report."""
        rtl = self.words.right_to_left
        width = canvas._pagesize[0]
        flipped = {"left": "right", "right": "left"}.get(align, align) if rtl else align
        draw_text(canvas, width - x if rtl else x, y, text, flipped, rtl)

    def draw_header(self, canvas: Canvas, doc: Any) -> None:
        """reportlab page callback: logo, clinic name, report title, generation time and a rule."""
        width, height = doc.pagesize
        top = height - MARGIN
        x = MARGIN
        if self.logo is not None:
            x += self._draw_logo(canvas, top, width) + 4 * mm
        words = self.words
        canvas.setFillColor(colors.HexColor(st.INK))
        canvas.setFont(BOLD, 12.5)
        self._text(canvas, x, top - 6 * mm, self.clinic_name or "ScanLens")
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.setFont(REGULAR, 8)
        self._text(canvas, x, top - 10.5 * mm, words.translate("Report", "AI-assisted image analysis report"))
        generated = words.translate("Report", "Generated {time}").format(time=self.generated)
        self._text(canvas, width - MARGIN, top - 6 * mm, generated, "right")
        if self.deidentified:
            canvas.setFillColor(colors.HexColor(st.ACCENT))
            self._text(canvas, width - MARGIN, top - 10.5 * mm, words.translate("Report", "De-identified report"),
                       "right")
        canvas.setStrokeColor(colors.HexColor(st.ACCENT))
        canvas.setLineWidth(1)
        canvas.line(MARGIN, top - HEADER_RULE_DROP, width - MARGIN, top - HEADER_RULE_DROP)

    def _draw_logo(self, canvas: Canvas, top: float, page_width: float) -> float:
        assert self.logo is not None
        pixel_w, pixel_h = self.logo.getSize()
        scale = min(LOGO_MAX_W / pixel_w, LOGO_MAX_H / pixel_h)
        w, h = pixel_w * scale, pixel_h * scale
        x = page_width - MARGIN - w if self.words.right_to_left else MARGIN
        canvas.drawImage(
            self.logo, x, top - HEADER_RULE_DROP + 1.5 * mm + (LOGO_MAX_H - h) / 2, width=w, height=h, mask="auto"
        )
        return w

    def draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        width, _ = canvas._pagesize
        y = 10 * mm
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.setFont(REGULAR, 7.5)
        words = self.words
        self._text(canvas, MARGIN, y, f"ScanLens {self.app_version} · {words.translate('Report', FOOTER_NOTE)}")
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(colors.HexColor(st.INK))
        self._text(canvas, width - MARGIN, y, words.translate("Report", "Page {page} of {total}").format(
            page=page, total=total), "right")
        canvas.restoreState()


def numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    """A Canvas class that holds pages back until ``save`` so the footer can say "Page N of M"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture.draw_footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _read_logo(path: str | os.PathLike[str]) -> ImageReader:
    """The clinic logo, checked now so a bad file gives a clear message rather than a broken PDF."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as picture:
            picture.load()
            image = picture.convert("RGBA") if picture.mode in ("P", "LA", "RGBA") else picture.convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError) as err:
        raise ReportError(f"The clinic logo {os.fspath(path)} cannot be read: {err}") from err
    return ImageReader(image)
