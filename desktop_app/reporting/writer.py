# SPDX-License-Identifier: Apache-2.0
"""``write_report``: lay out the pages with reportlab and write the PDF atomically."""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.fsutil import WriteError, atomic_write_bytes
from desktop_app.i18n import current_language, resolve
from desktop_app.i18n.phrase import QT_TRANSLATE_NOOP, Wording
from desktop_app.reporting.inputs import ReportError, ReportInput, validate

MARGIN_MM = 14.0
HEADER_MM = 20.0
FOOTER_MM = 14.0
PDF_TITLE = QT_TRANSLATE_NOOP("Report", "ScanLens AI-assisted image analysis report")


def write_report(
    inputs: Sequence[ReportInput], out_path: str | os.PathLike[str], *, summary: bool | None = None,
    language: str | None = None,
) -> Path:
    """Write a PDF report for ``inputs`` to ``out_path`` and return the path written.

    One page per analysed image; a summary page comes first when ``summary`` is True, or by default
    when there is more than one image. Page size, clinic name and logo come from the first input. If
    any input asks for de-identification, every page is de-identified (privacy wins over a mixed
    request). The file is replaced atomically: on failure the old file, if any, is untouched.

    ``language`` (a code such as "fr"; default: the current language, which the app's setting and the CLI's
    ``--language`` set) is the report's: headings, the decision sentence, scope reasons, the model card's
    intended use and limitations (where the card has them), numbers and dates. Right-to-left languages are
    laid out right to left.

    Raises
    ------
    ReportError
        With a one-line reason (bad input, unreadable logo, disk full, read-only folder, ...).
    """
    items = list(inputs)
    if not items:
        raise ReportError("Nothing to report: no analysed image was given")
    for index, item in enumerate(items, start=1):
        validate(item, index)
    if any(item.deidentify for item in items):
        items = [dataclasses.replace(item, deidentify=True) for item in items]
    with_summary = len(items) > 1 if summary is None else summary
    try:
        words = Wording(resolve(language) if language else current_language())
    except ValueError as err:
        raise ReportError(str(err)) from err
    try:
        data = _render(items, with_summary, words)
    except ReportError:
        raise
    except Exception as err:  # noqa: BLE001 - reportlab raises many types; the user needs one message
        reason = " ".join(str(err).split()) or type(err).__name__
        raise ReportError(f"The report could not be laid out: {reason}") from err
    try:
        return atomic_write_bytes(out_path, data)
    except WriteError as err:
        raise ReportError(str(err)) from err


def _render(items: list[ReportInput], with_summary: bool, words: Wording) -> bytes:
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    from desktop_app.reporting.page_furniture import PageFurniture, numbered_canvas
    from desktop_app.reporting.scan_page import scan_story
    from desktop_app.reporting.summary_page import summary_story
    from desktop_app.reporting.text import FOOTER_NOTE

    first = items[0]
    furniture = PageFurniture.for_report(first, words)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4 if first.page_size == "A4" else LETTER,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=(MARGIN_MM + HEADER_MM) * mm - 6 * mm,
        bottomMargin=(FOOTER_MM + 4) * mm,
        title=words.translate("Report", PDF_TITLE),
        author=f"ScanLens {first.app_version}",
        creator=f"ScanLens {first.app_version}",
        subject=words.translate("Report", FOOTER_NOTE),
        lang=words.language,
    )
    story: list[Any] = []
    if with_summary:
        story += summary_story(items, doc.width, words)
    for index, item in enumerate(items, start=1):
        if story:
            story.append(PageBreak())
        story += scan_story(item, index, len(items), doc.width, doc.height, words)
    doc.build(
        story,
        onFirstPage=furniture.draw_header,
        onLaterPages=furniture.draw_header,
        canvasmaker=numbered_canvas(furniture),
    )
    return buffer.getvalue()
