# SPDX-License-Identifier: Apache-2.0
"""One :class:`Prediction` as a radiologist reads it: the sentence, the review flag, the bars, provenance.

An uncertain result (``needs_review``) is never shown as a confident answer: an amber "NEEDS REVIEW"
banner sits above the sentence and the sentence itself loses its emphasis. A result outside the model's
validated use (population or shift) says so in the banner, with its reasons; what could not be checked
(unknown age or view …) is listed under the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop_app.i18n.formats import decimal
from desktop_app.inference.prediction import GateVerdict, Prediction, kind_name
from desktop_app.scope.verdict import unchecked_line
from desktop_app.ui.analysis.confidence_bars import ConfidenceBars

PROVIDER_NAMES = {
    "CPUExecutionProvider": "CPU",
    "CUDAExecutionProvider": "NVIDIA GPU (CUDA)",
    "DmlExecutionProvider": "GPU (DirectML)",
    "CoreMLExecutionProvider": "Apple Core ML",
}
UNCERTAIN_BANNER = QT_TRANSLATE_NOOP("ResultView",
                                     "⚠ NEEDS REVIEW — the model is uncertain. This is not a confident answer.")


@dataclass(frozen=True)
class Colours:
    """Text on a background; tests check their WCAG contrast (desktop_app.ui.common.contrast)."""

    text: str
    background: str


#: Amber: an uncertain result. Deep red: a result outside the model's validated use.
REVIEW_COLOURS = Colours(text="#1b1300", background="#f0a30a")
OUTSIDE_COLOURS = Colours(text="#ffffff", background="#8e1b10")
NOTE_COLOURS = Colours(text="#5a3b00", background="#fff4d6")
#: Text drawn straight on the panel (the window colour): an overridden input gate.
WARNING_TEXT = "#8a4f00"
_BANNER = "background: {background}; color: {text}; font-weight: bold; padding: 6px; border-radius: 3px;"
REVIEW_STYLE = _BANNER.format(background=REVIEW_COLOURS.background, text=REVIEW_COLOURS.text)
OUTSIDE_STYLE = _BANNER.format(background=OUTSIDE_COLOURS.background, text=OUTSIDE_COLOURS.text)
WARNING_STYLE = f"color: {WARNING_TEXT}; font-weight: bold;"
NOTE_STYLE = (f"background: {NOTE_COLOURS.background}; color: {NOTE_COLOURS.text}; padding: 4px; "
              "border: 1px solid #e0b44c; border-radius: 3px;")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultView", text)


def provider_name(provider: str) -> str:
    return PROVIDER_NAMES.get(provider, provider.removesuffix("ExecutionProvider"))


def gate_text(gate: GateVerdict | None, kind_names: Mapping[str, str] | None = None) -> str:
    """The input gate's verdict as one sentence (overrides stated plainly). ``kind_names`` (the gate card's)
    names the kind when the verdict does not carry its name (a case read back from the history)."""
    if gate is None:
        return QCoreApplication.translate("ResultView", "Input gate: not run")
    kind = gate.name or kind_name(gate.label, kind_names)
    looks = QCoreApplication.translate("ResultView", "looks like {kind} ({score})").format(
        kind=kind, score=decimal(gate.score, 2))
    if gate.overridden:
        return QCoreApplication.translate(
            "ResultView", "⚠ Input gate overridden by user — the gate says this {looks}; "
            "the model was not validated on it.").format(looks=looks)
    if gate.accepted:
        return QCoreApplication.translate("ResultView", "Input gate: {looks} — matches the model").format(looks=looks)
    return QCoreApplication.translate("ResultView", "Input gate: {looks} — not accepted").format(looks=looks)


def provenance_text(prediction: Prediction) -> str:
    total = prediction.timings_ms.get("total")
    timing = f" · {total:.0f} ms" if total is not None else ""
    text = QCoreApplication.translate("ResultView", "Model {model} {version} · sha256 {sha} · {provider}{timing}")
    return text.format(model=prediction.model_id, version=prediction.model_version, sha=prediction.model_sha256[:12],
                       provider=provider_name(prediction.provider), timing=timing)


def is_outside_scope(prediction: Prediction) -> bool:
    return prediction.scope is not None and not prediction.scope.in_scope


def banner_text(prediction: Prediction) -> str:
    """The review banner: outside validated use (with its reasons) before plain uncertainty."""
    if is_outside_scope(prediction):
        assert prediction.scope is not None
        return QCoreApplication.translate(
            "ResultView", "⚠ OUTSIDE VALIDATED USE — {reasons}. The result may be wrong even if it looks certain."
        ).format(reasons="; ".join(prediction.scope.reasons))
    return _tr(UNCERTAIN_BANNER)


def _label(parent: QWidget, style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class ResultView(QWidget):
    """Shows one prediction; :meth:`show_prediction` replaces everything on it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.review_banner = _label(self, REVIEW_STYLE)
        self.review_banner.setText(_tr(UNCERTAIN_BANNER))
        self.decision = _label(self)
        self.unchecked = _label(self)
        self.gate_line = _label(self)
        self.bars = ConfidenceBars(self)
        self.provenance = _label(self)
        self.note = _label(self, NOTE_STYLE)
        self.source = _label(self)
        self._prediction: Prediction | None = None
        self._build()

    def _build(self) -> None:
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() + 3)
        big.setBold(True)
        self.decision.setFont(big)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 6.0))
        self.provenance.setFont(small)
        self.source.setFont(small)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        disclaimer = _label(self)
        disclaimer.setFont(small)
        disclaimer.setText(self.tr("Decision support only: confirm with a qualified reader."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.review_banner, self.decision, self.unchecked, self.gate_line, self.bars, rule,
                       self.provenance, self.note, self.source, disclaimer):
            layout.addWidget(widget)
        layout.addStretch(1)

    @property
    def prediction(self) -> Prediction | None:
        return self._prediction

    def show_prediction(self, prediction: Prediction, note: str = "", source: str = "",
                        card: Mapping[str, Any] | None = None) -> None:
        """Show ``prediction``; ``note`` is a provider note, ``source`` where a stored result came from,
        ``card`` the model's card (labels in the user's language)."""
        self._prediction = prediction
        self._show_banner(prediction)
        self.decision.setText(prediction.decision_text)
        self.unchecked.setText(unchecked_line(prediction.scope))
        self.unchecked.setVisible(bool(self.unchecked.text()))
        font = self.decision.font()
        font.setBold(not prediction.needs_review)  # an uncertain sentence is never emphasised
        self.decision.setFont(font)
        self.gate_line.setText(gate_text(prediction.gate))
        overridden = prediction.gate is not None and prediction.gate.overridden
        self.gate_line.setStyleSheet(WARNING_STYLE if overridden else "")
        self.bars.set_prediction(prediction, card)
        self.provenance.setText(provenance_text(prediction))
        self.set_note(note)
        self.source.setText(source)
        self.source.setVisible(bool(source))

    def _show_banner(self, prediction: Prediction) -> None:
        """The banner, named for screen readers and announced as an alert when it appears."""
        banner, outside = self.review_banner, is_outside_scope(prediction)
        banner.setText(banner_text(prediction))
        banner.setStyleSheet(OUTSIDE_STYLE if outside else REVIEW_STYLE)
        banner.setAccessibleName(self.tr("Outside validated use") if outside else self.tr("Needs review"))
        banner.setAccessibleDescription(banner.text())
        banner.setVisible(prediction.needs_review)
        if prediction.needs_review and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(banner, QAccessible.Event.Alert))

    def set_note(self, note: str) -> None:
        self.note.setText(f"⚠ {note}" if note else "")
        self.note.setVisible(bool(note))

    def clear(self) -> None:
        self._prediction = None
        self.bars.set_prediction(None)
