# SPDX-License-Identifier: Apache-2.0
"""The report's language on the page: translated paragraphs, right-to-left layout and mirrored rows.

Every page builder gets a :class:`~desktop_app.i18n.phrase.Wording` for the report's language (the current
language unless ``write_report(language=...)`` names one). Text goes through :func:`paragraph`: a
left-to-right language gets a reportlab Paragraph, a right-to-left one an
:class:`~desktop_app.reporting.rtl.RtlParagraph`. Table rows are mirrored for a right-to-left language
(:func:`in_reading_order`): what comes first is on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from desktop_app.i18n.phrase import Wording
from desktop_app.reporting.fonts import rich
from desktop_app.reporting.rtl import RtlParagraph, Runs

T = TypeVar("T")


def paragraph(words: Wording, content: str | Runs, style: ParagraphStyle) -> Flowable:
    """``content`` (plain text, or (text, bold) runs) as a paragraph in the report's direction."""
    runs: Runs = [(content, False)] if isinstance(content, str) else content
    if words.right_to_left:
        return RtlParagraph(runs, style)
    parts = [f"<b>{rich(text)}</b>" if bold else rich(text) for text, bold in runs]
    return Paragraph("".join(parts).replace("\n", "<br/>"), style)


def in_reading_order(words: Wording, cells: Sequence[T]) -> list[T]:
    """A table row's cells (or column widths) left to right: reversed for a right-to-left language."""
    return list(cells)[::-1] if words.right_to_left else list(cells)


def column(words: Wording, index: int, count: int) -> int:
    """Where column ``index`` (in reading order) of a ``count``-column table is drawn."""
    return count - 1 - index if words.right_to_left else index


def cell_style(words: Wording, extra: list[tuple[Any, ...]] | None = None) -> list[tuple[Any, ...]]:
    """Table style commands that align cells to the reading side."""
    return [("ALIGN", (0, 0), (-1, -1), "RIGHT" if words.right_to_left else "LEFT"), *(extra or [])]
