# SPDX-License-Identifier: Apache-2.0
"""The page about one analysed image: patient/study, images, result, scores, provenance, review."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from desktop_app.i18n.card_text import label_text
from desktop_app.i18n.formats import decimal, join, significant
from desktop_app.i18n.phrase import Wording
from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.reporting import styles as st
from desktop_app.reporting.flowables import BarSpec, ColourBar, ProbabilityBars, image_flowable
from desktop_app.reporting.inputs import ReportInput
from desktop_app.reporting.language import cell_style, in_reading_order, paragraph
from desktop_app.reporting.text import disclaimer_block, format_datetime, label_value
from desktop_app.scope.verdict import unchecked_line

IMAGE_MAX_HEIGHT = 250.0
IMAGE_MIN_HEIGHT = 110.0
FRAME_SLACK = 16.0  # frame padding (2 x 6 pt) and rounding


def scan_story(item: ReportInput, index: int, total: int, width: float, height: float,
               words: Wording) -> list[Flowable]:
    """Flowables for the page about ``item`` (image ``index`` of ``total``) in a ``width`` x ``height`` frame.

    The images get whatever height the rest of the page leaves (within limits), so that the whole page
    about one image fits on one sheet of A4 or Letter whenever the texts allow it.
    """
    s = st.styles()
    title = words.translate("Report", "Analysis of {name}").format(name=item.display_name(index, words.language))
    if total > 1:
        title += "  ·  " + words.translate("Report", "image {index} of {total}").format(index=index, total=total)
    head: list[Flowable] = [
        paragraph(words, title, s["h1"]),
        Spacer(0, 3),
        patient_block(item, width, words),
        Spacer(0, 6),
        result_box(item, width, words),
        Spacer(0, 6),
    ]
    tail: list[Flowable] = [
        paragraph(words, words.translate("Report", "Probability per label"), s["h2"]),
        ProbabilityBars(bar_spec(item.prediction, item.card, words.language), width, words),
        Spacer(0, 4),
        provenance_block(item, width, words),
        review_block(item, width, words),
        Spacer(0, 6),
        disclaimer_block(item.card, width, words),  # one table row: reportlab never splits it
    ]
    left_for_images = height - FRAME_SLACK - sum(_height(f, width, height) for f in head + tail)
    return [*head, _fitted_images(item, width, left_for_images, words), *tail]


def _fitted_images(item: ReportInput, width: float, available: float, words: Wording) -> Table:
    """The images block at the largest image height (within limits) whose block fits ``available``."""
    image_h = IMAGE_MAX_HEIGHT
    block = images_block(item, width, image_h, words)
    overflow = _height(block, width, 10_000) - available
    if overflow > 0:
        image_h = max(IMAGE_MIN_HEIGHT, image_h - overflow)
        block = images_block(item, width, image_h, words)
    return block


def _height(flowable: Flowable, width: float, height: float) -> float:
    _, h = flowable.wrap(width, height)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def patient_block(item: ReportInput, width: float, words: Wording) -> Table:
    """Patient and study fields, four per row, each a small label over its value."""
    cells = [label_value(words, label, value) for label, value in item.shown_patient_fields(words.language)]
    rows: list[list[Any]] = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    rows[-1] += [""] * (4 - len(rows[-1]))
    table = Table([in_reading_order(words, row) for row in rows], colWidths=[width / 4] * 4)
    table.setStyle(
        st.grid_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(st.PANEL)),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor(st.RULE)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def result_box(item: ReportInput, width: float, words: Wording) -> Table:
    """The plain-language result, with a prominent NEEDS REVIEW badge when the model asks for it."""
    s = st.styles()
    prediction = item.prediction
    if not prediction.in_scope:
        badge = paragraph(words, "⚠ " + words.translate("Report", "OUTSIDE VALIDATED USE"), s["badge"])
        note = words.translate("Report", "This image is outside what the model was validated for; its result may be "
                                         "wrong even when it looks certain. A clinician must review this image before "
                                         "the result is used.")
        background, edge = st.REVIEW_BG, st.REVIEW_EDGE
    elif prediction.needs_review:
        badge = paragraph(words, "⚠ " + words.translate("Report", "NEEDS REVIEW"), s["badge"])
        note = words.translate("Report", "A clinician must review this image before the result is used.")
        background, edge = st.REVIEW_BG, st.REVIEW_EDGE
    else:
        badge = paragraph(words, words.translate("Report", "AI RESULT"), s["badge_ok"])
        note = words.translate("Report", "Inside the model's validated use and not flagged as uncertain. A clinician "
                                         "still makes the diagnosis.")
        background, edge = st.OK_BG, st.OK_EDGE
    text = [
        paragraph(words, words.say(prediction.decision_text) or label_text(item.card, prediction.decision,
                                                                            words.language), s["result"]),
        paragraph(words, note, s["small"]),
    ]
    if unchecked := unchecked_line(prediction.scope):
        text.append(paragraph(words, words.say(unchecked), s["small"]))
    gate = prediction.gate
    if gate is not None and (gate.overridden or not gate.accepted):
        warning = (words.translate("Report", "The input check took this image for “{kind}” and refused it; it was "
                                             "scored anyway at the user's request.") if gate.overridden else
                   words.translate("Report", "The input check took this image for “{kind}” and refused it."))
        text.append(paragraph(words, warning.format(kind=gate.label), s["cell_review"]))
    table = Table([in_reading_order(words, [badge, text])], colWidths=in_reading_order(words, [146, width - 146]))
    table.setStyle(
        st.grid_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                ("BOX", (0, 0), (-1, -1), 1.4 if prediction.needs_review else 0.8, colors.HexColor(edge)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8 if words.right_to_left else 4),
            ]
        )
    )
    return table


def images_block(item: ReportInput, width: float, max_height: float, words: Wording) -> Table:
    """The image and the image with the heatmap side by side, captions and colour bar below.

    Without an overlay the image is centred on the full width, with a note that there is no heatmap.
    """
    s = st.styles()
    if item.overlay is None:
        caption = words.translate("Report", "Image as analysed. No heatmap overlay for this image.")
        cells: list[Any] = [[image_flowable(item.image, width, max_height), paragraph(words, caption, s["caption"])]]
        widths = [width]
    else:
        half = (width - 10.0) / 2
        right: list[Any] = [
            image_flowable(item.overlay, half, max_height),
            paragraph(words, words.translate(
                "Report", "Heatmap overlay: where the model looked — not a lesion outline"), s["caption"]),
        ]
        if item.legend is not None:
            right.append(ColourBar(item.legend, min(half, 220), words))
        left = [image_flowable(item.image, half, max_height),
                paragraph(words, words.translate("Report", "Image as analysed"), s["caption"])]
        cells = in_reading_order(words, [left, right])
        widths = [width / 2, width / 2]
    table = Table([cells], colWidths=widths)
    table.setStyle(
        st.grid_style(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def bar_spec(prediction: Prediction, card: dict | None = None, language: str | None = None) -> BarSpec:
    """Bars in the model's label order, with the threshold and review band from the operating point; labels
    named as the card translates them into ``language``."""
    labels = list(prediction.labels) or list(prediction.scores)
    op = prediction.operating_point or {}
    band = prediction.review_band or {}
    threshold_label = threshold = None
    if op.get("type") == "threshold" and op.get("threshold") is not None:
        threshold_label, threshold = str(op.get("label")), float(op["threshold"])
    shaded = None
    if threshold_label and "low" in band and "high" in band:
        shaded = (float(band["low"]), float(band["high"]))
    names = {label: label_text(card or {}, label, language) for label in labels}
    return BarSpec(labels, dict(prediction.scores), prediction.decision, threshold_label, threshold, shaded, names)


def provenance_block(item: ReportInput, width: float, words: Wording) -> Table:
    """Which model produced the result, how it ran, and what the input gate said."""
    prediction = item.prediction
    model_rows = [
        (words.translate("Report", "Model"), f"{prediction.model_id}  v{prediction.model_version}"),
        (words.translate("Report", "Model sha256"),
         f"{prediction.model_sha256[:12]}…" if prediction.model_sha256 else "—"),
        (words.translate("Report", "Execution provider"), prediction.provider or "—"),
        (words.translate("Report", "Operating point"), operating_point_text(prediction, item.card, words)),
    ]
    gate_rows = gate_rows_for(prediction.gate, words)
    left = _kv_table(words.translate("Report", "Model"), model_rows, width / 2 - 4, words)
    right = _kv_table(words.translate("Report", "Input check (gate)"), gate_rows, width / 2 - 4, words)
    return _side_by_side(left, right, width, words)


def operating_point_text(prediction: Prediction, card: dict | None, words: Wording) -> str:
    op = prediction.operating_point or {}
    band = prediction.review_band or {}
    code = words.language
    if op.get("type") == "threshold":
        text = words.translate("Report", "{label} if p ≥ {threshold}").format(
            label=label_text(card or {}, str(op.get("label")), code),
            threshold=significant(float(op.get("threshold", 0)), 3, code))
    else:
        text = words.translate("Report", "highest probability (argmax)")
    if "low" in band and "high" in band:
        review = words.translate("Report", "review if {low}–{high}").format(
            low=significant(float(band["low"]), 3, code), high=significant(float(band["high"]), 3, code))
    elif "min_confidence" in band:
        review = words.translate("Report", "review if top p < {cutoff}").format(
            cutoff=significant(float(band["min_confidence"]), 3, code))
    else:
        return text
    return join([text, review], code, strong=True)


def gate_rows_for(gate: GateVerdict | None, words: Wording) -> list[tuple[str, str]]:
    if gate is None:
        return [(words.translate("Report", "Verdict"), words.translate("Report", "No input check was run"))]
    if gate.accepted and not gate.overridden:
        status = words.translate("Report", "accepted")
    elif gate.overridden:
        status = words.translate("Report", "refused by the gate — scored anyway at the user's request (override)")
    else:
        status = words.translate("Report", "refused")
    rows = [(words.translate("Report", "Image type"), gate.label),
            (words.translate("Report", "Gate score"), decimal(gate.score, 3, words.language)),
            (words.translate("Report", "Verdict"), status)]
    if gate.reason:
        rows.append((words.translate("Report", "Reason"), words.say(gate.reason)))
    return rows


def review_block(item: ReportInput, width: float, words: Wording) -> Table:
    """Reviewer, agreement with the AI result and report time on the left; the comment on the right."""
    s = st.styles()
    agreement = {"agree": words.translate("Report", "Agrees with the AI result"),
                 "disagree": words.translate("Report", "Disagrees with the AI result")}
    not_recorded = words.translate("Report", "Not recorded")
    rows = [
        (words.translate("Report", "Reviewer"), item.reviewer.strip() or not_recorded),
        (words.translate("Report", "Reviewer's opinion"), agreement.get(item.agreement or "", not_recorded)),
        (words.translate("Report", "Report generated"), format_datetime(item.generated_at, words.language)),
    ]
    left = _kv_table(words.translate("Report", "Clinician review"), rows, width / 2 - 4, words)
    comment = _titled(words.translate("Report", "Comment"),
                      [paragraph(words, item.shown_comment() or "—", s["cell"])], width / 2 - 4, words)
    return _side_by_side(left, comment, width, words)


def _side_by_side(left: Flowable, right: Flowable, width: float, words: Wording) -> Table:
    table = Table([in_reading_order(words, [left, right])], colWidths=[width / 2, width / 2])
    table.setStyle(st.grid_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _titled(title: str, content: list[Flowable], width: float, words: Wording) -> Table:
    """A section title with a rule under it, then ``content``."""
    return _section(title, [[content, ""]], width, words)


def _kv_table(title: str, rows: list[tuple[str, str]], width: float, words: Wording) -> Table:
    s = st.styles()
    data = [in_reading_order(words, [paragraph(words, k, s["label"]), paragraph(words, v, s["cell"])])
            for k, v in rows]
    return _section(title, data, width, words, key_width=92)


def _section(title: str, rows: list[list[Any]], width: float, words: Wording,
             key_width: float | None = None) -> Table:
    s = st.styles()
    data: list[list[Any]] = [[paragraph(words, title, s["h2"]), ""], *rows]
    widths = in_reading_order(words, [key_width, width - key_width]) if key_width else [width / 2, width / 2]
    spans = [] if key_width else [("SPAN", (0, 1), (-1, -1))]
    table = Table(data, colWidths=widths)
    table.setStyle(
        st.grid_style(
            cell_style(words, [
                *spans,
                ("SPAN", (0, 0), (-1, 0)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(st.ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
            ])
        )
    )
    return table
