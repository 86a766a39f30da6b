# SPDX-License-Identifier: Apache-2.0
"""What the user sees when the input gate refuses an image, and the deliberate way around it.

The view says what the gate thinks the image is (label + score), which models are installed and for
what, and offers "Analyse anyway with <model>" — a re-run with ``override_gate=True`` whose result is
then marked "Input gate overridden by user".
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.i18n.formats import decimal
from desktop_app.inference.prediction import GateVerdict, kind_name


def models_html(models: list[Any], kind_names: Mapping[str, str] | None = None) -> str:
    """Installed diagnostic models as an HTML list: id, version, what it is for, or why it is unusable.

    ``kind_names``: the input gate card's names of the kinds of image ("a chest X-ray")."""
    if not models:
        return QCoreApplication.translate("RefusalView", "No diagnostic models are installed.")
    items = []
    for entry in models:
        if entry.input_kind:
            what = QCoreApplication.translate("RefusalView", "for {kind}").format(
                kind=html.escape(kind_name(entry.input_kind, kind_names)))
        else:
            what = QCoreApplication.translate("RefusalView", "input kind not stated")
        unavailable = QCoreApplication.translate("RefusalView", "unavailable: {reason}")
        state = what if entry.available else f"<i>{unavailable.format(reason=html.escape(entry.reason))}</i>"
        items.append(f"<li><b>{html.escape(entry.title)}</b> — {state}</li>")
    heading = html.escape(QCoreApplication.translate("RefusalView", "Installed models:"))
    return f"{heading}<ul style='margin-top:2px'>{''.join(items)}</ul>"


class RefusalView(QWidget):
    """Shows one refusal; emits :attr:`override_requested` with the model the user chose."""

    override_requested = Signal(str)  # model id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self.tr("Not analysed — the input gate stopped this image"), self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() + 2)
        self.title.setFont(font)
        self.message = QLabel(self)
        self.gate = QLabel(self)
        self.models = QLabel(self)
        self.model_choice = QComboBox(self)
        self.model_choice.setAccessibleName(self.tr("Model to analyse with anyway"))
        self.override_button = QPushButton(self)
        self.caution = QLabel(self.tr("The result of a model on a kind of image it was not trained for is not "
                                      "validated; it will be marked as overridden."), self)
        self._build()

    def _build(self) -> None:
        for label in (self.title, self.message, self.gate, self.models, self.caution):
            label.setWordWrap(True)
        self.model_choice.currentIndexChanged.connect(self._update_button)
        self.override_button.clicked.connect(self._request_override)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.message, self.gate, self.models):
            layout.addWidget(widget)
        layout.addWidget(self.model_choice)
        layout.addWidget(self.override_button)
        layout.addWidget(self.caution)
        layout.addStretch(1)

    def show_refusal(self, message: str, gate: GateVerdict | None, models: list[Any],
                     kind_names: Mapping[str, str] | None = None) -> None:
        """``models``: the analyser's diagnostic :class:`ModelEntry` objects; ``kind_names``: its gate's."""
        self.message.setText(message)
        if gate is not None:
            self.gate.setText(self.tr("The input gate says this looks like <b>{kind}</b> (probability {score}).")
                              .format(kind=html.escape(gate.kind_name), score=decimal(gate.score, 2)))
        else:
            self.gate.setText(self.tr("The input gate could not run."))
        self.models.setText(models_html(models, kind_names))
        self.model_choice.clear()
        for entry in models:
            if entry.available:
                self.model_choice.addItem(entry.title, entry.id)
        usable = self.model_choice.count() > 0 and gate is not None
        for widget in (self.model_choice, self.override_button, self.caution):
            widget.setVisible(usable)
        self._update_button()

    def chosen_model(self) -> str:
        return str(self.model_choice.currentData() or "")

    def _update_button(self) -> None:
        self.override_button.setText(self.tr("Analyse anyway with {model}").format(model=self.chosen_model() or "…"))
        self.override_button.setEnabled(bool(self.chosen_model()))

    def _request_override(self) -> None:
        if self.chosen_model():
            self.override_requested.emit(self.chosen_model())
