# SPDX-License-Identifier: Apache-2.0
"""The first page of a multi-image report: one row per analysed image (columns mirrored right to left)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from desktop_app.i18n.card_text import label_text
from desktop_app.i18n.formats import decimal
from desktop_app.i18n.phrase import QT_TRANSLATE_NOOP, Wording
from desktop_app.reporting import styles as st
from desktop_app.reporting.inputs import ReportInput
from desktop_app.reporting.language import cell_style, column, in_reading_order, paragraph
from desktop_app.reporting.text import disclaimer_runs, format_datetime

_HEADERS = ("#", QT_TRANSLATE_NOOP("Report", "File"), QT_TRANSLATE_NOOP("Report", "Patient ID"),
            QT_TRANSLATE_NOOP("Report", "Model"), QT_TRANSLATE_NOOP("Report", "Result"),
            QT_TRANSLATE_NOOP("Report", "Probability"), QT_TRANSLATE_NOOP("Report", "Review"))
_WIDTHS = (0.04, 0.24, 0.14, 0.17, 0.14, 0.12, 0.15)


def summary_story(items: list[ReportInput], width: float, words: Wording) -> list[Flowable]:
    """Title, counts, the table of results and the disclaimer."""
    s = st.styles()
    flagged = sum(1 for item in items if item.prediction.needs_review)
    overview = [
        (words.translate("Report", "{count} images analysed").format(count=len(items)) + " · ", False),
        (words.translate("Report", "{count} need review").format(count=flagged), True),
        (" · " + words.translate("Report", "generated {time}").format(
            time=format_datetime(items[0].generated_at, words.language)) + ". ", False),
        (words.translate("Report", "Probability is the model's probability of the result shown. Each image has its "
                                   "own page after this one."), False),
    ]
    return [
        paragraph(words, words.translate("Report", "Summary of analysed images"), s["h1"]),
        Spacer(0, 3),
        paragraph(words, overview, s["body"]),
        Spacer(0, 8),
        summary_table(items, width, words),
        Spacer(0, 10),
        paragraph(words, disclaimer_runs(words), s["disclaimer"]),
    ]


def summary_table(items: list[ReportInput], width: float, words: Wording) -> Table:
    s = st.styles()
    header = [paragraph(words, words.translate("Report", h), s["cell_bold"]) for h in _HEADERS]
    rows: list[list[object]] = [in_reading_order(words, header)]
    review_rows = []
    for index, item in enumerate(items, start=1):
        review_style = s["cell_review"] if item.prediction.needs_review else s["cell"]
        cells = [paragraph(words, v, s["cell"]) for v in _row_values(item, index, words)]
        rows.append(in_reading_order(words, [*cells, paragraph(words, _review_text(item, words), review_style)]))
        if item.prediction.needs_review:
            review_rows.append(index)
    table = Table(rows, colWidths=in_reading_order(words, [width * w for w in _WIDTHS]), repeatRows=1)
    review_column = column(words, len(_HEADERS) - 1, len(_HEADERS))
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.PANEL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(st.ACCENT)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor(st.RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in review_rows:
        commands.append(("BACKGROUND", (review_column, row), (review_column, row), colors.HexColor(st.REVIEW_BG)))
    table.setStyle(st.grid_style(cell_style(words, commands)))
    return table


def _row_values(item: ReportInput, index: int, words: Wording) -> list[str]:
    p = item.prediction
    probability = p.scores.get(p.decision)
    return [
        str(index),
        item.display_name(index, words.language),
        item.shown_patient_id(words.language),
        f"{p.model_id} v{p.model_version}",
        label_text(item.card, p.decision, words.language),
        "—" if probability is None else decimal(probability, 3, words.language),
    ]


def _review_text(item: ReportInput, words: Wording) -> str:
    """Review flag, and the reviewer's opinion on a second line when one was recorded."""
    flag = words.translate("Report", "NEEDS REVIEW") if item.prediction.needs_review else "—"
    opinion = {"agree": words.translate("Report", "reviewer agrees"),
               "disagree": words.translate("Report", "reviewer disagrees")}.get(item.agreement or "", "")
    return f"{flag}\n{opinion}" if opinion else flag
