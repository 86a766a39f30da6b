# SPDX-License-Identifier: Apache-2.0
"""Wording shared by the pages: the AI disclaimer, dates, label/value cells."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table

from desktop_app.reporting import styles as st
from desktop_app.reporting.fonts import rich

DISCLAIMER = (
    "<b>AI assistance, not a diagnosis.</b> The result, probabilities and heatmap in this report were "
    "produced by a machine-learning model and can be wrong. They support, and do not replace, the "
    "judgement of a qualified clinician, who makes the diagnosis. Do not use this report as the sole basis "
    "for a diagnosis or treatment decision."
)
FOOTER_NOTE = "AI assistance, not a diagnosis"


def format_datetime(moment: datetime) -> str:
    """``2025-03-04 14:05 (UTC+01:00)``; a naive datetime is shown as local time without an offset."""
    text = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def label_value(label: str, value: str) -> list[Paragraph]:
    """A small grey label over a bold value, for the patient/study block."""
    s = st.styles()
    return [Paragraph(rich(label), s["label"]), Paragraph(rich(value), s["value"])]


def disclaimer_block(card: dict, width: float) -> Table:
    """Boxed disclaimer with the model card's intended use, limitations and training data."""
    s = st.styles()
    parts: list[Any] = [Paragraph(DISCLAIMER, s["disclaimer"])]
    intended = str(card.get("intended_use") or "").strip() or "Not stated in the model card."
    parts.append(Paragraph(f"<b>Intended use:</b> {rich(intended)}", s["disclaimer"]))
    limitations = [str(x).strip() for x in card.get("limitations") or [] if str(x).strip()]
    if limitations:
        parts.append(Paragraph("<b>Limitations:</b>", s["disclaimer"]))
        parts += [Paragraph(f"• {rich(item)}", s["disclaimer"], bulletText=None) for item in limitations]
    else:
        parts.append(Paragraph("<b>Limitations:</b> not stated in the model card.", s["disclaimer"]))
    citations = _training_citations(card)
    if citations:
        parts.append(Paragraph(f"<b>Training data:</b> {rich('; '.join(citations))}", s["small"]))
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
