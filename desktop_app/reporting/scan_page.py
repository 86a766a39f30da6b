# SPDX-License-Identifier: Apache-2.0
"""The page about one analysed image: patient/study, images, result, scores, provenance, review."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.reporting import styles as st
from desktop_app.reporting.flowables import BarSpec, ColourBar, ProbabilityBars, image_flowable
from desktop_app.reporting.fonts import rich
from desktop_app.reporting.inputs import ReportInput
from desktop_app.reporting.text import disclaimer_block, format_datetime, label_value
from desktop_app.scope.verdict import unchecked_line

IMAGE_MAX_HEIGHT = 250.0
IMAGE_MIN_HEIGHT = 110.0
FRAME_SLACK = 16.0  # frame padding (2 x 6 pt) and rounding


def scan_story(item: ReportInput, index: int, total: int, width: float, height: float) -> list[Flowable]:
    """Flowables for the page about ``item`` (image ``index`` of ``total``) in a ``width`` x ``height`` frame.

    The images get whatever height the rest of the page leaves (within limits), so that the whole page
    about one image fits on one sheet of A4 or Letter whenever the texts allow it.
    """
    s = st.styles()
    title = f"Analysis of {item.display_name(index)}"
    if total > 1:
        title += f"  ·  image {index} of {total}"
    head: list[Flowable] = [
        Paragraph(rich(title), s["h1"]),
        Spacer(0, 3),
        patient_block(item, width),
        Spacer(0, 6),
        result_box(item.prediction, width),
        Spacer(0, 6),
    ]
    tail: list[Flowable] = [
        Paragraph("Probability per label", s["h2"]),
        ProbabilityBars(bar_spec(item.prediction), width),
        Spacer(0, 4),
        provenance_block(item.prediction, width),
        review_block(item, width),
        Spacer(0, 6),
        disclaimer_block(item.card, width),  # one table row: reportlab never splits it
    ]
    left_for_images = height - FRAME_SLACK - sum(_height(f, width, height) for f in head + tail)
    return [*head, _fitted_images(item, width, left_for_images), *tail]


def _fitted_images(item: ReportInput, width: float, available: float) -> Table:
    """The images block at the largest image height (within limits) whose block fits ``available``."""
    image_h = IMAGE_MAX_HEIGHT
    block = images_block(item, width, image_h)
    overflow = _height(block, width, 10_000) - available
    if overflow > 0:
        image_h = max(IMAGE_MIN_HEIGHT, image_h - overflow)
        block = images_block(item, width, image_h)
    return block


def _height(flowable: Flowable, width: float, height: float) -> float:
    _, h = flowable.wrap(width, height)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def patient_block(item: ReportInput, width: float) -> Table:
    """Patient and study fields, four per row, each a small label over its value."""
    cells = [label_value(label, value) for label, value in item.shown_patient_fields()]
    rows: list[list[Any]] = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    rows[-1] += [""] * (4 - len(rows[-1]))
    table = Table(rows, colWidths=[width / 4] * 4)
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


def result_box(prediction: Prediction, width: float) -> Table:
    """The plain-language result, with a prominent NEEDS REVIEW badge when the model asks for it."""
    s = st.styles()
    if not prediction.in_scope:
        badge = Paragraph("⚠ OUTSIDE VALIDATED USE", s["badge"])
        note = ("This image is outside what the model was validated for; its result may be wrong even when it "
                "looks certain. A clinician must review this image before the result is used.")
        background, edge = st.REVIEW_BG, st.REVIEW_EDGE
    elif prediction.needs_review:
        badge = Paragraph("⚠ NEEDS REVIEW", s["badge"])
        note = "A clinician must review this image before the result is used."
        background, edge = st.REVIEW_BG, st.REVIEW_EDGE
    else:
        badge = Paragraph("AI RESULT", s["badge_ok"])
        note = "Inside the model's validated use and not flagged as uncertain. A clinician still makes the diagnosis."
        background, edge = st.OK_BG, st.OK_EDGE
    text = [
        Paragraph(rich(prediction.decision_text or prediction.decision), s["result"]),
        Paragraph(rich(note), s["small"]),
    ]
    if unchecked := unchecked_line(prediction.scope):
        text.append(Paragraph(rich(unchecked), s["small"]))
    gate = prediction.gate
    if gate is not None and (gate.overridden or not gate.accepted):
        warning = f"The input check took this image for “{gate.label}” and refused it"
        warning += "; it was scored anyway at the user's request." if gate.overridden else "."
        text.append(Paragraph(rich(warning), s["cell_review"]))
    table = Table([[badge, text]], colWidths=[146, width - 146])
    table.setStyle(
        st.grid_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                ("BOX", (0, 0), (-1, -1), 1.4 if prediction.needs_review else 0.8, colors.HexColor(edge)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def images_block(item: ReportInput, width: float, max_height: float) -> Table:
    """The image and the image with the heatmap side by side, captions and colour bar below.

    Without an overlay the image is centred on the full width, with a note that there is no heatmap.
    """
    s = st.styles()
    if item.overlay is None:
        cells: list[list[Any]] = [
            [
                image_flowable(item.image, width, max_height),
                Paragraph("Image as analysed. No heatmap overlay for this image.", s["caption"]),
            ]
        ]
        widths = [width]
    else:
        half = (width - 10.0) / 2
        right: list[Any] = [
            image_flowable(item.overlay, half, max_height),
            Paragraph("Heatmap overlay: where the model looked — not a lesion outline", s["caption"]),
        ]
        if item.legend is not None:
            right.append(ColourBar(item.legend, min(half, 220)))
        cells = [[image_flowable(item.image, half, max_height), Paragraph("Image as analysed", s["caption"])], right]
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


def bar_spec(prediction: Prediction) -> BarSpec:
    """Bars in the model's label order, with the threshold and review band from the operating point."""
    labels = list(prediction.labels) or list(prediction.scores)
    op = prediction.operating_point or {}
    band = prediction.review_band or {}
    threshold_label = threshold = None
    if op.get("type") == "threshold" and op.get("threshold") is not None:
        threshold_label, threshold = str(op.get("label")), float(op["threshold"])
    shaded = None
    if threshold_label and "low" in band and "high" in band:
        shaded = (float(band["low"]), float(band["high"]))
    return BarSpec(labels, dict(prediction.scores), prediction.decision, threshold_label, threshold, shaded)


def provenance_block(prediction: Prediction, width: float) -> Table:
    """Which model produced the result, how it ran, and what the input gate said."""
    model_rows = [
        ("Model", f"{prediction.model_id}  v{prediction.model_version}"),
        ("Model sha256", f"{prediction.model_sha256[:12]}…" if prediction.model_sha256 else "—"),
        ("Execution provider", prediction.provider or "—"),
        ("Operating point", operating_point_text(prediction)),
    ]
    gate_rows = gate_rows_for(prediction.gate)
    left = _kv_table("Model", model_rows, width / 2 - 4)
    right = _kv_table("Input check (gate)", gate_rows, width / 2 - 4)
    return _side_by_side(left, right, width)


def operating_point_text(prediction: Prediction) -> str:
    op = prediction.operating_point or {}
    band = prediction.review_band or {}
    if op.get("type") == "threshold":
        text = f"{op.get('label')} if p ≥ {float(op.get('threshold', 0)):.3g}"
    else:
        text = "highest probability (argmax)"
    if "low" in band and "high" in band:
        text += f"; review if {float(band['low']):.3g}–{float(band['high']):.3g}"
    elif "min_confidence" in band:
        text += f"; review if top p < {float(band['min_confidence']):.3g}"
    return text


def gate_rows_for(gate: GateVerdict | None) -> list[tuple[str, str]]:
    if gate is None:
        return [("Verdict", "No input check was run")]
    if gate.accepted and not gate.overridden:
        status = "accepted"
    elif gate.overridden:
        status = "refused by the gate — scored anyway at the user's request (override)"
    else:
        status = "refused"
    rows = [("Image type", gate.label), ("Gate score", f"{gate.score:.3f}"), ("Verdict", status)]
    if gate.reason:
        rows.append(("Reason", gate.reason))
    return rows


def review_block(item: ReportInput, width: float) -> Table:
    """Reviewer, agreement with the AI result and report time on the left; the comment on the right."""
    s = st.styles()
    agreement = {"agree": "Agrees with the AI result", "disagree": "Disagrees with the AI result"}
    rows = [
        ("Reviewer", item.reviewer.strip() or "Not recorded"),
        ("Reviewer's opinion", agreement.get(item.agreement or "", "Not recorded")),
        ("Report generated", format_datetime(item.generated_at)),
    ]
    left = _kv_table("Clinician review", rows, width / 2 - 4)
    comment = _titled("Comment", [Paragraph(rich(item.shown_comment() or "—"), s["cell"])], width / 2 - 4)
    return _side_by_side(left, comment, width)


def _side_by_side(left: Flowable, right: Flowable, width: float) -> Table:
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(st.grid_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _titled(title: str, content: list[Flowable], width: float) -> Table:
    """A section title with a rule under it, then ``content``."""
    return _section(title, [[content, ""]], width)


def _kv_table(title: str, rows: list[tuple[str, str]], width: float) -> Table:
    s = st.styles()
    data = [[Paragraph(rich(k), s["label"]), Paragraph(rich(v), s["cell"])] for k, v in rows]
    return _section(title, data, width, key_width=92)


def _section(title: str, rows: list[list[Any]], width: float, key_width: float | None = None) -> Table:
    s = st.styles()
    data: list[list[Any]] = [[Paragraph(rich(title), s["h2"]), ""], *rows]
    widths = [key_width, width - key_width] if key_width else [width / 2, width / 2]
    spans = [] if key_width else [("SPAN", (0, 1), (-1, -1))]
    table = Table(data, colWidths=widths)
    table.setStyle(
        st.grid_style(
            [
                *spans,
                ("SPAN", (0, 0), (-1, 0)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(st.ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
            ]
        )
    )
    return table
