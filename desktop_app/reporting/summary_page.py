# SPDX-License-Identifier: Apache-2.0
"""The first page of a multi-image report: one row per analysed image."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.reporting import styles as st
from desktop_app.reporting.fonts import rich
from desktop_app.reporting.inputs import ReportInput
from desktop_app.reporting.text import DISCLAIMER, format_datetime

_HEADERS = ("#", "File", "Patient ID", "Model", "Result", "Probability", "Review")
_WIDTHS = (0.04, 0.24, 0.14, 0.17, 0.14, 0.12, 0.15)


def summary_story(items: list[ReportInput], width: float) -> list[Flowable]:
    """Title, counts, the table of results and the disclaimer."""
    s = st.styles()
    flagged = sum(1 for item in items if item.prediction.needs_review)
    overview = (
        f"{len(items)} images analysed · <b>{flagged} need review</b> · generated "
        f"{format_datetime(items[0].generated_at)}. Probability is the model's probability of the result shown. "
        "Each image has its own page after this one."
    )
    return [
        Paragraph("Summary of analysed images", s["h1"]),
        Spacer(0, 3),
        Paragraph(overview, s["body"]),
        Spacer(0, 8),
        summary_table(items, width),
        Spacer(0, 10),
        Paragraph(DISCLAIMER, s["disclaimer"]),
    ]


def summary_table(items: list[ReportInput], width: float) -> Table:
    s = st.styles()
    rows: list[list[object]] = [[Paragraph(h, s["cell_bold"]) for h in _HEADERS]]
    review_rows = []
    for index, item in enumerate(items, start=1):
        review_style = s["cell_review"] if item.prediction.needs_review else s["cell"]
        cells = [Paragraph(rich(v), s["cell"]) for v in _row_values(item, index)]
        rows.append([*cells, Paragraph(_review_markup(item), review_style)])
        if item.prediction.needs_review:
            review_rows.append(index)
    table = Table(rows, colWidths=[width * w for w in _WIDTHS], repeatRows=1)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.PANEL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(st.ACCENT)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor(st.RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in review_rows:
        commands.append(("BACKGROUND", (-1, row), (-1, row), colors.HexColor(st.REVIEW_BG)))
    table.setStyle(st.grid_style(commands))
    return table


def _row_values(item: ReportInput, index: int) -> list[str]:
    p = item.prediction
    probability = p.scores.get(p.decision)
    return [
        str(index),
        item.display_name(index),
        item.shown_patient_id(),
        f"{p.model_id} v{p.model_version}",
        p.decision,
        "—" if probability is None else f"{probability:.3f}",
    ]


def _review_markup(item: ReportInput) -> str:
    """Review flag, and the reviewer's opinion on a second line when one was recorded."""
    flag = "NEEDS REVIEW" if item.prediction.needs_review else "—"
    opinion = {"agree": "reviewer agrees", "disagree": "reviewer disagrees"}.get(item.agreement or "", "")
    return f"{flag}<br/>{rich(opinion)}" if opinion else flag
