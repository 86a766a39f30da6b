# SPDX-License-Identifier: Apache-2.0
"""Wires the analysis into the main window: dock, heatmap overlay, status bar, dialogs, batch.

Results are tied to what is on screen: every request carries the window's image generation, and an
outcome is shown only when it is the controller's newest request *and* that image is still shown.
Opening another image discards the running request (its result is dropped when it arrives).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop_app.analysis.result import ANALYSED, REFUSED, AnalysisResult
from desktop_app.imaging.model import LoadedImage
from desktop_app.ui.analysis.controller import AnalysisController, Request
from desktop_app.ui.analysis.heatmap_overlay import HeatmapOverlay
from desktop_app.ui.analysis.panel import AnalysisPanel
from desktop_app.ui.analysis.result_view import NOTE_STYLE, provider_name
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.settings.analysis_settings import AnalysisPrefs, SettingsDialog, load_prefs, save_prefs

if TYPE_CHECKING:
    from desktop_app.ui.batch.window import BatchWindow
    from desktop_app.ui.shell.host import WindowHost

log = logging.getLogger(__name__)
#: Delay between showing an image and preparing its analysis in the background (well under the time a
#: reader takes to press Analyse; long enough for the first paint and for flicking through thumbnails).
PREPARE_DELAY_MS = 150


class AnalysisFeature(QObject):
    """Everything analysis-related of one main window (``window.analysis``)."""

    result_shown = Signal(object)  # AnalysisResult: a fresh analysis is on screen
    result_cleared = Signal()  # the result on screen went away (new image, frame or analysis)
    batch_row_done = Signal(object)  # AnalysisResult of a batch run (to be recorded in the case history)

    def __init__(self, window: WindowHost):
        super().__init__(window)
        self.window = window
        self.prefs = load_prefs(window.settings)
        self.controller = AnalysisController(self)
        self.overlay = HeatmapOverlay(window.viewer.view, self)
        self._restore_overlay_style()
        actions = {key: window.commands[key] for key in ("analyse", "toggle_heatmap", "analyse_folder")}
        self.panel = AnalysisPanel(actions, self.overlay, window)
        self.dock = window.add_dock(self.panel, self.tr("Analysis"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.setObjectName("dock_analysis")  # the same in every language: the saved window state finds it
        window.splitDockWidget(self.dock, window.metadata_dock, Qt.Orientation.Vertical)
        window.resizeDocks([self.dock, window.metadata_dock], [560, 200], Qt.Orientation.Vertical)
        self.device_label = QLabel(window)
        self.device_label.setAccessibleName(self.tr("AI device"))
        window.statusBar().addPermanentWidget(self.device_label)
        self.batch: BatchWindow | None = None
        self._note = ""
        self._shown: tuple[int, int] | None = None  # (generation, frame) of the result on screen
        self._stored: tuple[int, AnalysisResult] | None = None  # a batch result waiting for its image
        self._typed: dict[str, dict[str, str]] = {}  # file → patient facts typed for it (this session)
        self._models_dialog_wanted = False
        self._connect()
        self.apply_prefs(self.prefs)
        heatmap_on = str(window.settings.value("analysis/heatmap", True)).lower() in ("true", "1")
        window.commands["toggle_heatmap"].setChecked(heatmap_on)
        self.overlay.set_visible(heatmap_on)
        window.installEventFilter(self)

    def _restore_overlay_style(self) -> None:
        settings = self.window.settings
        self.overlay.set_colormap(str(settings.value("analysis/colormap", self.overlay.colormap)))
        try:
            self.overlay.set_opacity(float(settings.value("analysis/opacity", self.overlay.opacity)))
        except (TypeError, ValueError):
            pass  # a hand-edited settings file: keep the default

    def _connect(self) -> None:
        c = self.controller
        c.busy_changed.connect(self._on_busy)
        c.finished.connect(self._on_finished)
        c.refused.connect(self._on_refused)
        c.failed.connect(self._on_failed)
        c.analyser_ready.connect(self._on_analyser_ready)
        c.provider_changed.connect(self._on_provider)
        self.panel.override_requested.connect(lambda model_id: self.analyse_current(model_id, True))
        self.panel.auto_analyse_toggled.connect(self._on_auto_toggled)
        self.panel.patient.changed.connect(self._on_patient_facts_changed)
        settings = self.window.settings
        heatmap = self.panel.heatmap
        heatmap.colormap_choice.currentTextChanged.connect(lambda name: settings.setValue("analysis/colormap", name))
        heatmap.opacity.valueChanged.connect(lambda value: settings.setValue("analysis/opacity", value / 100))
        self.window.image_changed.connect(self._on_image_changed)
        self.window.viewer.frame_changed.connect(self._on_frame_changed)

    # -- configuration ---------------------------------------------------------------------------
    def apply_prefs(self, prefs: AnalysisPrefs) -> None:
        self.prefs = prefs
        self.panel.auto_analyse.blockSignals(True)
        self.panel.auto_analyse.setChecked(prefs.auto_analyse)
        self.panel.auto_analyse.blockSignals(False)
        if self.controller.configure(prefs.device, [prefs.user_models_dir()]):
            self._after_reconfigure()

    def use_model_dirs(self, model_dirs: list[Path], device: str = "auto") -> None:
        """Use exactly these model folders (tests, demos) instead of shipped + user folder."""
        if self.controller.configure(device, model_dirs=model_dirs):
            self._after_reconfigure()

    def _after_reconfigure(self) -> None:
        self._note = ""
        self.device_label.setText(self.tr("AI device: {device}").format(device=self.controller.device))
        self.device_label.setToolTip(self.tr("Models are loaded on the first analysis"))
        self.device_label.setStyleSheet("")
        if self.controller.analyser is None and self.window.current_image is not None:
            self.controller.load()

    def _on_auto_toggled(self, on: bool) -> None:
        self.prefs = AnalysisPrefs(self.prefs.device, on, self.prefs.models_dir)
        save_prefs(self.window.settings, self.prefs)

    def set_heatmap_visible(self, on: bool) -> None:
        self.overlay.set_visible(on)
        self.window.settings.setValue("analysis/heatmap", on)

    # -- requests --------------------------------------------------------------------------------
    def analyse_current(self, model_id: str | None = None, override_gate: bool = False) -> Request | None:
        """Analyse the frame on screen with ``model_id`` (default: the panel's choice)."""
        image = self.window.current_image
        if image is None:
            return None
        self._clear_result()
        model_id = model_id or self.panel.selected_model()
        self.window.statusBar().showMessage(self.tr("Analysing…"))
        typed = self.panel.patient.facts() if self.panel.patient.isVisibleTo(self.panel) else {}
        return self.controller.analyse(image, self.window.viewer.frame, self.window.generation,
                                       model_id, override_gate, typed)

    def _on_patient_facts_changed(self) -> None:
        """Keep what was typed for this file; a result on screen is redone with it."""
        image = self.window.current_image
        if image is None:
            return
        self._typed[image.path] = self.panel.patient.facts()
        if self._shown is not None:
            self.analyse_current()

    def _on_image_changed(self, image: LoadedImage, generation: int) -> None:
        self.controller.invalidate()  # a running analysis belongs to the previous image
        self._clear_result()
        self.panel.patient.setVisible(image.metadata.get("format") != "dicom")
        self.panel.patient.set_facts(self._typed.get(image.path, {}))
        self.panel.show_idle(self.tr("Press Analyse ({key}) to run the AI on this image.").format(
            key=self.panel.analyse_key()))
        if self.controller.analyser is None:
            self.controller.load()  # discover the models in the background for the model list
        if self._stored is not None and self._stored[0] == generation:
            _, row = self._stored
            self._stored = None
            self._show_stored_row(row, image)
        elif self.prefs.auto_analyse:
            self.analyse_current()
        else:
            self._prepare(image, self.window.viewer.frame)

    def _on_frame_changed(self, frame: int) -> None:
        if self._shown is not None and self._shown[1] != frame:
            shown_frame = self._shown[1] + 1
            self.controller.invalidate()
            self._clear_result()
            self.panel.show_idle(self.tr("The result was for frame {frame}. Press Analyse ({key}) for this frame.")
                                 .format(frame=shown_frame, key=self.panel.analyse_key()))
        if self.window.current_image is not None:
            self._prepare(self.window.current_image, frame)

    def _prepare(self, image: LoadedImage, frame: int) -> None:
        """Working image, gate verdict and model input of the frame on screen, in the background (Analyse
        then only runs the model). Started a moment after the image is shown, so that it never delays the
        first paint and images flipped past quickly are not prepared at all."""

        def start() -> None:
            if self.window.current_image is image and self.window.viewer.frame == frame:
                Worker(_prepare_in_background, self.controller.analyser_getter(), image, frame,
                       self.panel.selected_model()).start()

        QTimer.singleShot(PREPARE_DELAY_MS, self, start)

    def _clear_result(self) -> None:
        self.overlay.clear()
        self._shown = None
        self.result_cleared.emit()

    def _is_on_screen(self, request: Request) -> bool:
        current = self.window.current_image is not None and request.generation == self.window.generation
        if not current:
            log.debug("dropping analysis for generation %d (showing %d)", request.generation, self.window.generation)
        return current and request.frame == self.window.viewer.frame

    # -- outcomes ----------------------------------------------------------------------------------
    def _on_busy(self, busy: bool) -> None:
        self.panel.set_busy(busy)

    def _on_finished(self, request: Request, result: AnalysisResult) -> None:
        if self._is_on_screen(request) and result.prediction is not None:
            self._show_result(result, request.frame)
            self.result_shown.emit(result)

    def _show_result(self, result: AnalysisResult, frame: int, source: str = "") -> None:
        image, prediction = self.window.current_image, result.prediction
        assert image is not None and prediction is not None
        card = self.card_of(prediction.model_id)
        self.panel.show_result(result, self._note, source, card)
        self.overlay.show_prediction(prediction, (image.rows, image.cols), card)
        self._shown = (self.window.generation, frame)
        text = prediction.decision_text
        if prediction.needs_review:
            text = self.tr("NEEDS REVIEW — {decision}").format(decision=text)
        self.window.statusBar().showMessage(text, 15_000)

    def _on_refused(self, request: Request, result: AnalysisResult) -> None:
        if self._is_on_screen(request):
            self.panel.show_refusal(result.reason, result.gate, self._diagnostic_models(), self.kind_names())
            self.window.statusBar().showMessage(self.tr("Not analysed: {reason}").format(reason=result.reason), 15_000)

    def _on_failed(self, request: Request, message: str) -> None:
        if self._is_on_screen(request):
            self.panel.show_error(message)
            self.window.show_error(message)

    def _diagnostic_models(self) -> list[Any]:
        analyser = self.controller.analyser
        return analyser.diagnostic_models() if analyser is not None else []

    def card_of(self, model_id: str) -> dict[str, Any]:
        """The card of ``model_id`` ({} before the models are loaded or for an unknown model)."""
        analyser = self.controller.analyser
        entry = analyser.models.get(model_id) if analyser is not None else None
        return dict(entry.card) if entry is not None else {}

    def kind_names(self) -> dict[str, str]:
        """The input gate card's names of image kinds ({} before the models are loaded)."""
        analyser = self.controller.analyser
        return analyser.kind_names if analyser is not None else {}

    def _on_analyser_ready(self, analyser: Any) -> None:
        self.panel.set_models(analyser.diagnostic_models())
        if self._models_dialog_wanted:
            self._models_dialog_wanted = False
            self.open_models_dialog()

    def _on_provider(self, provider: str, note: str) -> None:
        self._note = note
        shown = self.tr("AI: {provider}").format(provider=provider_name(provider))
        self.device_label.setText(f"{shown} ⚠" if note else shown)
        self.device_label.setToolTip(note or self.tr("Analysis runs on {provider} (setting: {device})").format(
            provider=provider, device=self.controller.device))
        self.device_label.setStyleSheet(NOTE_STYLE if note else "")
        if note:
            self.window.statusBar().showMessage(note, 15_000)

    # -- stored results (batch) ----------------------------------------------------------------------
    def show_stored(self, row: AnalysisResult) -> None:
        """Open ``row``'s scan and show its batch result as it was stored (no re-run)."""
        generation = self.window.open_file(row.path)
        self._stored = (generation, row)

    def _show_stored_row(self, row: AnalysisResult, image: LoadedImage) -> None:
        source = self.tr("Result stored by the batch run for {file} (not re-run).").format(file=Path(row.path).name)
        if row.status == ANALYSED and row.prediction is not None:
            self._show_result(row, 0, source)
        elif row.status == REFUSED:
            self.panel.show_refusal(row.message, row.gate, self._diagnostic_models(), self.kind_names())
        else:
            self.panel.show_error(row.message)

    # -- dialogs and batch ---------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.prefs, self.window)
        if dialog.exec():
            save_prefs(self.window.settings, dialog.prefs())
            self.apply_prefs(dialog.prefs())

    def open_models_dialog(self) -> None:
        analyser = self.controller.analyser
        if analyser is None:
            self._models_dialog_wanted = True
            self.controller.load()
            return
        from desktop_app.ui.analysis.models_dialog import ModelsDialog

        dialog = ModelsDialog(analyser, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def batch_window(self) -> BatchWindow:
        """The batch triage window (created on first use; it shares this window's Analyser)."""
        from desktop_app.ui.batch.window import BatchWindow

        if self.batch is None:
            self.batch = BatchWindow(self.controller.analyser_getter, self.window, cards=self.card_of)
            self.batch.row_activated.connect(self.show_stored)
            self.batch.row_added.connect(self.batch_row_done)
        return self.batch

    def analyse_folder(self, folder: str | None = None) -> BatchWindow | None:
        """Open the batch window and analyse ``folder`` (asked for when None) with the panel's model."""
        batch = self.batch_window()
        if not batch.is_running():
            if folder is None:
                folder = QFileDialog.getExistingDirectory(self.window, self.tr("Analyse folder"), str(Path.home()))
            if not folder:
                return None
            batch.start(folder, self.panel.selected_model())
        batch.show()
        batch.raise_()
        return batch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Close and self.batch is not None:
            self.batch.cancel()
        return False


def _prepare_in_background(get_analyser: Any, image: LoadedImage, frame: int, model_id: str) -> None:
    from desktop_app.inference.prepared import quietly  # imported off the GUI thread

    quietly(lambda: get_analyser().prepare(image, frame, model_id))
