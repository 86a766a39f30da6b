# SPDX-License-Identifier: Apache-2.0
"""ScanLens main window: viewer in the centre, docks around it, menus, toolbar and status bar.

Hooks for later panels (e.g. analysis):

* :meth:`MainWindow.add_dock` — add a panel; its toggle appears under View → Panels.
* :attr:`MainWindow.image_changed` ``(LoadedImage, generation)`` — a new image is on screen.
* :attr:`MainWindow.current_image` / :attr:`MainWindow.generation` — what is shown now; compare the
  generation saved with a request against :attr:`generation` to discard stale results.
* ``window.viewer.view.add_overlay(item)`` — stack a ``QGraphicsItem`` on the image (pixel coords).
* :class:`desktop_app.ui.common.worker.Worker` — run slow work; results arrive on the main thread.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.imaging.formats import file_dialog_filter
from desktop_app.imaging.model import LoadedImage, WindowPreset
from desktop_app.memory import release_free_memory
from desktop_app.resources import app_icon_path
from desktop_app.ui.analysis.feature import AnalysisFeature
from desktop_app.ui.common.accessible_window import install_accessibility
from desktop_app.ui.common.worker import Worker
from desktop_app.ui.pacs.pacs_feature import PacsFeature
from desktop_app.ui.records.feature import RecordsFeature
from desktop_app.ui.settings.display_settings import DisplaySettingsDialog, load_display_prefs, save_display_prefs
from desktop_app.ui.shell.actions import Actions
from desktop_app.ui.shell.errors import ErrorBanner
from desktop_app.ui.shell.language import apply_text_scale
from desktop_app.ui.shell.recent_files import RecentFiles
from desktop_app.ui.viewer.image_loader import ImageLoader
from desktop_app.ui.viewer.image_viewer import ImageViewer
from desktop_app.ui.viewer.metadata_table import MetadataTable
from desktop_app.ui.viewer.thumbnail_strip import ThumbnailStrip
from desktop_app.ui.viewer.window_controls import PresetCombo, fill_presets_menu

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The single ScanLens window."""

    image_changed = Signal(object, int)  # LoadedImage, generation
    load_failed = Signal(str, str)  # path, one-line message shown to the user

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.recent = RecentFiles(self.settings)
        self.loader = ImageLoader(self)
        self.viewer = ImageViewer(self)
        self.banner = ErrorBanner(self)
        self.thumbnails = ThumbnailStrip(self)
        self.metadata = MetadataTable(self)
        self._image_generation = 0
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(app_icon_path("svg"))))
        self.setAcceptDrops(True)
        self._build_central()
        self.commands = Actions(self)
        self._build_menus_and_toolbar()
        self._build_docks()
        self._build_status_bar()
        self._connect()
        self.analysis = AnalysisFeature(self)
        self.records = RecordsFeature(self, self.analysis)
        self.pacs = PacsFeature(self)
        self.shortcuts_action = install_accessibility(self, self.toolbar, self.commands["about"])
        self._set_image_actions_enabled(False)
        self._restore_geometry()

    # -- construction ----------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.viewer, 1)
        self.setCentralWidget(central)

    def _build_menus_and_toolbar(self) -> None:
        self.preset_combo = PresetCombo(self)
        self.presets_menu = QMenu(self.tr("Window &Presets"), self)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(lambda: self.recent.fill_menu(self.recent_menu, self.open_file))
        self.commands.build_menus(self, self.presets_menu, self.recent_menu)
        self.toolbar = self.commands.build_toolbar(self, self.preset_combo)

    def _build_docks(self) -> None:
        self.metadata_dock = self.add_dock(self.metadata, self.tr("Image Information"),
                                           Qt.DockWidgetArea.RightDockWidgetArea, name="image_information")
        self.thumbnail_dock = self.add_dock(self.thumbnails, self.tr("Images"), Qt.DockWidgetArea.BottomDockWidgetArea,
                                            name="images")
        self.thumbnail_dock.hide()
        self.resizeDocks([self.metadata_dock], [360], Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.pixel_label = QLabel(self)
        sample = "Row 0000  Col 0000   Stored 00000   -0000.0 HU"
        self.pixel_label.setMinimumWidth(self.pixel_label.fontMetrics().horizontalAdvance(sample) + 8)
        self.window_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        for widget in (self.pixel_label, self.window_label, self.zoom_label, self.busy_bar):
            bar.addPermanentWidget(widget)
        bar.showMessage(self.tr("Open a DICOM or image file (Ctrl+O), or drop files here."))

    def _connect(self) -> None:
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        self.loader.busy_changed.connect(self.busy_bar.setVisible)
        self.thumbnails.path_activated.connect(self.open_file)
        self.thumbnails.files_listed.connect(self._on_folder_listed)
        self.viewer.pixel_info_changed.connect(self.pixel_label.setText)
        self.viewer.window_changed.connect(self._on_window_changed)
        self.viewer.invert_changed.connect(self._on_invert_changed)
        self.viewer.frame_changed.connect(self._update_stats)
        self.viewer.frame_failed.connect(self.show_error)
        self.viewer.view.zoom_changed.connect(
            lambda s: self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=f"{s * 100:.0f}")))
        self.preset_combo.preset_chosen.connect(self.viewer.set_window)
        self.preset_combo.auto_chosen.connect(self.viewer.auto_window)

    # -- public API ------------------------------------------------------------------------------
    @property
    def current_image(self) -> LoadedImage | None:
        """The image on screen (None before the first successful load)."""
        return self.viewer.image

    @property
    def generation(self) -> int:
        """Generation id of the image on screen; increases with every successfully shown load."""
        return self._image_generation

    def add_dock(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        name: str = "",
    ) -> QDockWidget:
        """Wrap ``widget`` in a dock at ``area`` and list it under View → Panels.

        ``name`` identifies the dock in the saved window layout (default: the widget's class): never the
        title, which changes with the language.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name or type(widget).__name__}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.commands.panels_menu().addAction(dock.toggleViewAction())
        return dock

    def open_paths(self, paths: list[str]) -> None:
        """Open what the user gave us: one folder → its images, several files → a strip, one → it."""
        paths = [os.path.abspath(p) for p in paths if p]
        folders = [p for p in paths if os.path.isdir(p)]
        files = [p for p in paths if not os.path.isdir(p)]
        if folders and not files:
            self.open_folder(folders[0])
        elif len(files) > 1:
            self.thumbnail_dock.show()
            self.thumbnails.show_files(files)
            self.open_file(files[0])
        elif files:
            self.open_file(files[0])

    def open_file(self, path: str) -> int:
        """Start decoding ``path`` in the background; returns the request's generation."""
        path = os.path.abspath(path)
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=Path(path).name))
        return self.loader.request(path)

    def open_folder(self, folder: str) -> None:
        self.thumbnail_dock.show()
        self.statusBar().showMessage(self.tr("Looking for images in {folder}…").format(folder=folder))
        self.thumbnails.show_folder(folder)

    def show_error(self, message: str) -> None:
        """Show a one-line problem without blocking: banner above the image + status bar."""
        self.banner.show_message(message)
        self.statusBar().showMessage(message, 15_000)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def reset_view(self) -> None:
        image = self.viewer.image
        if image is None:
            return
        self.viewer.reset_window()
        self.viewer.set_inverted(bool(image.invert_default))
        self.viewer.view.reset_orientation()
        self.viewer.view.fit_to_window()

    def choose_files(self) -> None:
        start = os.path.dirname(self.recent.paths()[0]) if self.recent.paths() else str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open images"), start, file_dialog_filter())
        if paths:
            self.open_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open folder"), str(Path.home()))
        if folder:
            self.open_folder(folder)

    def toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def show_about(self) -> None:
        from desktop_app.ui.shell.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def open_display_settings(self) -> None:
        """View → Language and Text Size: the text size applies at once, the language at the next start."""
        dialog = DisplaySettingsDialog(load_display_prefs(self.settings), self)
        if dialog.exec() != DisplaySettingsDialog.DialogCode.Accepted:
            return
        save_display_prefs(self.settings, dialog.prefs())
        apply_text_scale(QApplication.instance(), dialog.prefs().text_scale)
        if dialog.language_changed():
            self.statusBar().showMessage(self.tr("The new language is used the next time ScanLens starts."), 15_000)

    # -- loading ---------------------------------------------------------------------------------
    def _on_loaded(self, image: LoadedImage, generation: int) -> None:
        log.info("showing %s (generation %d, %s)", image.path, generation, image.decoder)
        self.banner.hide()
        self._image_generation = generation
        self.viewer.set_image(image)
        self.metadata.show_image(image)
        self._update_stats(0)
        self._set_image_actions_enabled(True)
        self._update_window_controls(image)
        self.recent.add(image.path)
        self.thumbnails.select_path(image.path)
        name = Path(image.path).name
        self.setWindowTitle(f"{name} — {APP_NAME}")
        if image.n_frames > 1:
            text = self.tr("{name}: {cols}×{rows}, {frames} frames, {decoder}")
        else:
            text = self.tr("{name}: {cols}×{rows}, {decoder}")
        message = text.format(name=name, cols=image.cols, rows=image.rows, frames=image.n_frames, decoder=image.decoder)
        self.statusBar().showMessage(message, 8000)
        self.image_changed.emit(image, generation)
        Worker(release_free_memory).start()  # the previous image's buffers are free now

    def _update_window_controls(self, image: LoadedImage) -> None:
        presets = self.viewer.window_presets()
        placeholder = self.tr("No window (colour)") if image.is_color else self.tr("Window")
        self.preset_combo.set_presets(presets, not image.is_color, placeholder)
        fill_presets_menu(self.presets_menu, presets, self.viewer.set_window)
        for key in ("auto_window", "default_window"):  # colour images have no window
            self.commands[key].setEnabled(not image.is_color)
        self._on_window_changed(self.viewer.window)

    def _on_failed(self, path: str, message: str, _generation: int) -> None:
        log.info("load failed: %s", message)
        self.show_error(message)
        self.load_failed.emit(path, message)

    def _on_folder_listed(self, count: int) -> None:
        if count == 0:
            self.show_error(self.tr("No supported images found in that folder."))
        else:
            self.statusBar().showMessage(self.tr("{count} images").format(count=count), 5000)
            self.thumbnails.setCurrentRow(0)

    def _update_stats(self, frame: int) -> None:
        image = self.viewer.image
        if image is None:
            return
        from desktop_app.imaging.render import pixel_stats

        worker = Worker(pixel_stats, image, frame)
        worker.signals.returned.connect(lambda stats: self._on_stats(image, frame, stats))
        worker.start()

    def _on_stats(self, image: LoadedImage, frame: int, stats: dict) -> None:
        if image is self.viewer.image and frame == self.viewer.frame:
            self.metadata.set_stats(stats, frame)

    def _on_window_changed(self, window: WindowPreset | None) -> None:
        self.preset_combo.show_window(window)
        self.metadata.set_window(window, self.viewer.inverted)
        text = "" if window is None else self.tr("C {center}  W {width}").format(
            center=f"{window.center:.6g}", width=f"{window.width:.6g}")
        self.window_label.setText(text)

    def _on_invert_changed(self, inverted: bool) -> None:
        self.commands["invert"].setChecked(inverted)
        self.metadata.set_window(self.viewer.window, inverted)

    def _set_image_actions_enabled(self, enabled: bool) -> None:
        for action in self.commands.image_actions():
            action.setEnabled(enabled)

    # -- drag and drop, close --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.thumbnails.cancel()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
