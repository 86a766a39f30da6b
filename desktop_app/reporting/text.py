# SPDX-License-Identifier: Apache-2.0
"""Wording shared by the pages: the AI disclaimer, dates, label/value cells, the model card's texts."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from desktop_app.i18n.card_text import intended_use_text, limitations_text
from desktop_app.i18n.formats import datetime_text
from desktop_app.i18n.phrase import QT_TRANSLATE_NOOP, Wording
from desktop_app.reporting import styles as st
from desktop_app.reporting.language import paragraph
from desktop_app.reporting.rtl import Runs

DISCLAIMER_LEAD = QT_TRANSLATE_NOOP("Report", "AI assistance, not a diagnosis.")
DISCLAIMER_BODY = QT_TRANSLATE_NOOP(
    "Report",
    "The result, probabilities and heatmap in this report were produced by a machine-learning model and can be "
    "wrong. They support, and do not replace, the judgement of a qualified clinician, who makes the diagnosis. "
    "Do not use this report as the sole basis for a diagnosis or treatment decision.",
)
DISCLAIMER = f"<b>{DISCLAIMER_LEAD}</b> {DISCLAIMER_BODY}"
FOOTER_NOTE = QT_TRANSLATE_NOOP("Report", "AI assistance, not a diagnosis")


def format_datetime(moment: datetime, language: str = "en") -> str:
    """``2025-03-04 14:05 (UTC+01:00)`` in English, the language's date order otherwise; a naive datetime is
    shown as local time without an offset."""
    return datetime_text(moment, language)


def disclaimer_runs(words: Wording) -> Runs:
    """The AI disclaimer, its first sentence in bold."""
    return [(words.translate("Report", DISCLAIMER_LEAD), True), (" " + words.translate("Report", DISCLAIMER_BODY),
                                                                  False)]


def label_value(words: Wording, label: str, value: str) -> list[Flowable]:
    """A small grey label over a bold value, for the patient/study block."""
    s = st.styles()
    return [paragraph(words, label, s["label"]), paragraph(words, value, s["value"])]


def disclaimer_block(card: dict, width: float, words: Wording) -> Table:
    """Boxed disclaimer with the model card's intended use, limitations and training data, in the report's
    language where the card has a translation."""
    s = st.styles()
    parts: list[Flowable] = [paragraph(words, disclaimer_runs(words), s["disclaimer"])]
    intended = intended_use_text(card, words.language).strip() or words.translate(
        "Report", "Not stated in the model card.")
    parts.append(paragraph(words, [(words.translate("Report", "Intended use:"), True), (" " + intended, False)],
                           s["disclaimer"]))
    limitations = [x.strip() for x in limitations_text(card, words.language) if x.strip()]
    if limitations:
        parts.append(paragraph(words, [(words.translate("Report", "Limitations:"), True)], s["disclaimer"]))
        parts += [paragraph(words, f"• {item}", s["disclaimer"]) for item in limitations]
    else:
        parts.append(paragraph(words, [(words.translate("Report", "Limitations:"), True), (" " + words.translate(
            "Report", "not stated in the model card."), False)], s["disclaimer"]))
    citations = _training_citations(card)
    if citations:
        parts.append(paragraph(words, [(words.translate("Report", "Training data:"), True),
                                       (" " + "; ".join(citations), False)], s["small"]))
    table = Table([[parts]], colWidths=[width])
    table.setStyle(
        st.grid_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(st.MUTED)),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st.PANEL)),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _training_citations(card: dict) -> list[str]:
    training = card.get("training") or {}
    data = training.get("data") if isinstance(training, dict) else None
    if isinstance(data, str | dict):
        data = [data]
    return [_citation_text(x) for x in data or []]


def _citation_text(entry: object) -> str:
    """A citation given as text, or as an object with a ``citation``/``name`` (and maybe ``url``)."""
    if not isinstance(entry, dict):
        return str(entry)
    text = str(entry.get("citation") or entry.get("name") or entry.get("title") or "")
    url = entry.get("url")
    return f"{text} ({url})" if text and url else text or str(url or "")
