# SPDX-License-Identifier: Apache-2.0
"""Colours, paragraph styles and table styles shared by the report pages."""

from __future__ import annotations

import functools
from typing import Any

from desktop_app.reporting.fonts import BOLD, REGULAR, register_fonts

INK = "#1f2933"
MUTED = "#52606d"
RULE = "#cbd2d9"
PANEL = "#f5f7fa"
ACCENT = "#1d4e89"
BAR = "#6b8fb8"
BAR_DECISION = "#1d4e89"
THRESHOLD = "#c81e1e"
BAND = "#fcd34d"
BAND_EDGE = "#d97706"
REVIEW_INK = "#9a3412"
REVIEW_BG = "#fff4e5"
REVIEW_EDGE = "#ea580c"
OK_BG = "#eef6ee"
OK_EDGE = "#3f7d3f"

BODY_SIZE = 8.5


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, Any]:
    """Paragraph styles by name: body, small, label, value, h1, h2, result, badge, cell, cell_bold."""
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_SIZE, leading=11, textColor=INK)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=7, leading=8.8, textColor=MUTED),
        "label": derive("label", fontSize=7, leading=9, textColor=MUTED),
        "value": derive("value", fontName=BOLD, fontSize=9, leading=11.5),
        "h1": derive("h1", fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT),
        "h2": derive("h2", fontName=BOLD, fontSize=9.5, leading=12, textColor=ACCENT, spaceBefore=5, spaceAfter=2),
        "result": derive("result", fontName=BOLD, fontSize=11, leading=14),
        "badge": derive("badge", fontName=BOLD, fontSize=12, leading=15, textColor=REVIEW_INK),
        "badge_ok": derive("badge_ok", fontName=BOLD, fontSize=9, leading=12, textColor=OK_EDGE),
        "cell": derive("cell", fontSize=8, leading=10),
        "cell_bold": derive("cell_bold", fontName=BOLD, fontSize=8, leading=10),
        "cell_review": derive("cell_review", fontName=BOLD, fontSize=8, leading=10, textColor=REVIEW_INK),
        "caption": derive("caption", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=1),
        "disclaimer": derive("disclaimer", fontSize=7.5, leading=9.6),
    }


def grid_style(extra: list[tuple] | None = None) -> Any:
    """A light table style: panel background, thin rules, tight padding."""
    from reportlab.platypus import TableStyle

    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    return TableStyle(commands + (extra or []))
