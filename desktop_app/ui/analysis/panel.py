# SPDX-License-Identifier: Apache-2.0
"""The "Analysis" panel: model choice, Analyse, the result (or the gate's refusal), heatmap controls.

It only displays and asks; :class:`desktop_app.ui.analysis.feature.AnalysisFeature` decides what runs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.result import AnalysisResult
from desktop_app.inference.prediction import GateVerdict
from desktop_app.ui.analysis.heatmap_overlay import HeatmapControls, HeatmapOverlay
from desktop_app.ui.analysis.patient_facts import PatientFactsBox
from desktop_app.ui.analysis.refusal_view import RefusalView
from desktop_app.ui.analysis.result_view import ResultView
from desktop_app.ui.common.accessibility import describe_from_action
from desktop_app.ui.common.menus import plain_text

AUTO_TEXT = QT_TRANSLATE_NOOP("AnalysisPanel", "Auto — chosen by the input gate")
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def _follow_action(button: QPushButton, action: QAction) -> None:
    button.setText(action.iconText() or plain_text(action.text()))
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    describe_from_action(button, action)


def _action_button(action: QAction, parent: QWidget) -> QPushButton:
    """A push button that triggers ``action`` and follows its text, enabled state and tooltip."""
    button = QPushButton(parent)
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: _follow_action(button, action))
    _follow_action(button, action)
    return button


def shortcut_text(action: QAction | None) -> str:
    """The action's shortcut as this platform writes it ("" when it has none)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) if action is not None else ""


class AnalysisPanel(QWidget):
    """Contents of the Analysis dock. ``actions`` maps analyse / toggle_heatmap / analyse_folder to QActions."""

    override_requested = Signal(str)  # model id: re-run ignoring the input gate
    auto_analyse_toggled = Signal(bool)

    def __init__(self, actions: dict[str, QAction], overlay: HeatmapOverlay, parent: QWidget | None = None):
        super().__init__(parent)
        self._analyse_key = shortcut_text(actions.get("analyse"))
        self.model_choice = QComboBox(self)
        # Long choices (other languages) elide instead of widening the dock past the screen.
        self.model_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_choice.setMinimumContentsLength(16)
        self.model_choice.addItem(self.tr(AUTO_TEXT), "auto")
        self.model_choice.setAccessibleName(self.tr("Model"))
        self.analyse_button = _action_button(actions["analyse"], self)
        self.folder_button = _action_button(actions["analyse_folder"], self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.setAccessibleName(self.tr("Analysing"))
        self.busy.hide()
        self.auto_analyse = QCheckBox(self.tr("Analyse automatically on open"), self)
        self.auto_analyse.toggled.connect(self.auto_analyse_toggled)
        self.patient = PatientFactsBox(self)
        self.patient.hide()
        self.idle = QLabel(self)
        self.result = ResultView(self)
        self.refusal = RefusalView(self)
        self.refusal.override_requested.connect(self.override_requested)
        self.error = QLabel(self)
        self.stack = QStackedWidget(self)
        self.heatmap_box = QGroupBox(self.tr("Heatmap"), self)
        self.heatmap = HeatmapControls(overlay, actions.get("toggle_heatmap"), self.heatmap_box)
        self._build()
        overlay.changed.connect(lambda: self.heatmap_box.setVisible(overlay.prediction is not None))
        self.heatmap_box.hide()
        self.show_idle(self.tr("Open an image, then press Analyse ({key}).").format(key=self._analyse_key))

    def _build(self) -> None:
        for label, style in ((self.idle, ""), (self.error, ERROR_STYLE)):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(style)
        for page in (self.idle, self.result, self.refusal, self.error):
            self.stack.addWidget(page)
        QVBoxLayout(self.heatmap_box).addWidget(self.heatmap)
        form = QFormLayout()
        form.addRow(self.tr("Model:"), self.model_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.analyse_button, 1)
        buttons.addWidget(self.folder_button)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.auto_analyse)
        layout.addWidget(self.patient)
        layout.addWidget(self.stack)
        layout.addWidget(self.heatmap_box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop of its own: Tab goes to its controls
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- models ----------------------------------------------------------------------------------
    def set_models(self, models: list[Any]) -> None:
        """Offer Auto plus each diagnostic model; unusable ones are listed disabled with the reason."""
        current = self.selected_model()
        self.model_choice.clear()
        self.model_choice.addItem(self.tr(AUTO_TEXT), "auto")
        for entry in models:
            self.model_choice.addItem(entry.title, entry.id)
            index = self.model_choice.count() - 1
            if not entry.available:
                self.model_choice.setItemText(index, self.tr("{model} (unavailable)").format(model=entry.title))
                self.model_choice.model().item(index).setEnabled(False)
                self.model_choice.setItemData(index, entry.reason, Qt.ItemDataRole.ToolTipRole)
        found = self.model_choice.findData(current)
        self.model_choice.setCurrentIndex(max(found, 0))

    def selected_model(self) -> str:
        return str(self.model_choice.currentData() or "auto")

    # -- states ----------------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.show_idle(self.tr("Analysing…"))

    def show_idle(self, text: str) -> None:
        self.idle.setText(text)
        self.stack.setCurrentWidget(self.idle)
        self.result.clear()

    def analyse_key(self) -> str:
        """The Analyse shortcut as shown in the panel's hints."""
        return self._analyse_key

    def show_result(self, result: AnalysisResult, note: str = "", source: str = "",
                    card: Mapping[str, Any] | None = None) -> None:
        """An analysed file's result: decision, bars, gate and provenance (everything the panel shows comes
        from ``result``; ``card``, the model's, names the labels in the user's language)."""
        assert result.prediction is not None, "only analysed results are shown here"
        self.result.show_prediction(result.prediction, note, source, card)
        self.stack.setCurrentWidget(self.result)

    def show_refusal(self, message: str, gate: GateVerdict | None, models: list[Any],
                     kind_names: Mapping[str, str] | None = None) -> None:
        self.refusal.show_refusal(message, gate, models, kind_names)
        self.stack.setCurrentWidget(self.refusal)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.stack.setCurrentWidget(self.error)

    def state(self) -> str:
        """"idle", "result", "refusal" or "error" (what the panel shows now)."""
        page = self.stack.currentWidget()
        return {self.idle: "idle", self.result: "result", self.refusal: "refusal"}.get(page, "error")
