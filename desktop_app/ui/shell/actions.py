# SPDX-License-Identifier: Apache-2.0
"""Menu bar and toolbar of the main window: every command is a ``QAction`` with a shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QStyle, QToolBar

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

_Key = QKeySequence.StandardKey
_Pix = QStyle.StandardPixmap


@dataclass(frozen=True)
class _Spec:
    text: str
    shortcut: _Key | str | None = None
    tip: str = ""
    toolbar_text: str = ""
    icon: _Pix | None = None
    checkable: bool = False
    needs_image: bool = False


SPECS: dict[str, _Spec] = {
    "open": _Spec("&Open File(s)…", _Key.Open, "Open DICOM or image files", "Open", _Pix.SP_DialogOpenButton),
    "open_folder": _Spec("Open &Folder…", "Ctrl+Shift+O", "Browse the images in a folder", "Folder", _Pix.SP_DirIcon),
    "next": _Spec("&Next Image", "PgDown", "Next image in the strip"),
    "previous": _Spec("&Previous Image", "PgUp", "Previous image in the strip"),
    "quit": _Spec("&Quit", _Key.Quit),
    "fit": _Spec("&Fit to Window", "Ctrl+0", "Fit the whole image in the window", "Fit", needs_image=True),
    "actual": _Spec("&Actual Size", "Ctrl+1", "One image pixel per screen pixel", needs_image=True),
    "zoom_in": _Spec("Zoom &In", _Key.ZoomIn, needs_image=True),
    "zoom_out": _Spec("Zoom &Out", _Key.ZoomOut, needs_image=True),
    "rotate_left": _Spec("Rotate &Left", "Ctrl+L", "Rotate 90° counter-clockwise", "⟲ Rotate", needs_image=True),
    "rotate_right": _Spec("Rotate &Right", "Ctrl+R", "Rotate 90° clockwise", "⟳ Rotate", needs_image=True),
    "flip_h": _Spec("Flip &Horizontal", "Shift+H", "Mirror left ↔ right", "↔ Flip", needs_image=True),
    "flip_v": _Spec("Flip &Vertical", "Shift+V", "Mirror top ↕ bottom", "↕ Flip", needs_image=True),
    "reset": _Spec("R&eset View", "R", "Reset window, inversion, rotation and zoom", "Reset", needs_image=True),
    "fullscreen": _Spec("F&ull Screen", _Key.FullScreen, checkable=True),
    "auto_window": _Spec(
        "&Auto Window", "W", "Window from the image histogram (0.5–99.5 %)", "Auto W/L", needs_image=True
    ),
    "default_window": _Spec("&Default Window", "D", "The file's own window, else the full range", needs_image=True),
    "invert": _Spec("&Invert", "I", "Invert grey levels", "Invert", checkable=True, needs_image=True),
    "next_frame": _Spec("Next F&rame", "]", needs_image=True),
    "previous_frame": _Spec("Previous Fra&me", "[", needs_image=True),
    "about": _Spec("&About ScanLens"),
    "analyse": _Spec("&Analyse Image", "A", "Run the AI analysis on the image on screen", "Analyse", needs_image=True),
    "toggle_heatmap": _Spec("Show &Heatmap", "H", "Show where the model looked", "Heatmap", checkable=True),
    "analyse_folder": _Spec("Analyse F&older…", "Ctrl+Shift+A", "Triage every image in a folder (batch)"),
    "models": _Spec("&Models…", None, "Installed AI models, their cards and execution devices"),
    "analysis_settings": _Spec("&Settings…", "Ctrl+,", "Execution device, automatic analysis, models folder"),
    "export_report": _Spec("&Export Report (PDF)…", "Ctrl+E", "Write the PDF report of the result on screen"),
    "print_report": _Spec("&Print Report…", _Key.Print, "Print the report of the result on screen"),
    "print_preview": _Spec("Print Pre&view…", "Ctrl+Shift+P", "Preview the printed report"),
    "export_pacs": _Spec("Export to PACS Fol&der (DICOM)…", "Ctrl+Shift+E",
                         "Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder"),
    "case_history": _Spec("Case &History", "Ctrl+Shift+H", "Past cases, their reviews and the audit trail"),
    "report_settings": _Spec("Report Se&ttings…", None, "Reviewer name, clinic name and logo, page size"),
}


def _slots(w: MainWindow) -> dict[str, Callable]:
    view, viewer = w.viewer.view, w.viewer
    return {
        "open": w.choose_files,
        "open_folder": w.choose_folder,
        "next": lambda: w.thumbnails.step(1),
        "previous": lambda: w.thumbnails.step(-1),
        "quit": w.close,
        "fit": view.fit_to_window,
        "actual": view.zoom_actual_size,
        "zoom_in": lambda: view.zoom_by(1.25),
        "zoom_out": lambda: view.zoom_by(0.8),
        "rotate_left": lambda: view.rotate_image(-90),
        "rotate_right": lambda: view.rotate_image(90),
        "flip_h": lambda: view.flip_image(True),
        "flip_v": lambda: view.flip_image(False),
        "reset": w.reset_view,
        "fullscreen": w.toggle_full_screen,
        "auto_window": viewer.auto_window,
        "default_window": viewer.reset_window,
        "invert": lambda checked: viewer.set_inverted(checked),
        "next_frame": lambda: viewer.set_frame(viewer.frame + 1),
        "previous_frame": lambda: viewer.set_frame(viewer.frame - 1),
        "about": w.show_about,
        "analyse": lambda: w.analysis.analyse_current(),
        "toggle_heatmap": lambda checked: w.analysis.set_heatmap_visible(checked),
        "analyse_folder": lambda: w.analysis.analyse_folder(),
        "models": lambda: w.analysis.open_models_dialog(),
        "analysis_settings": lambda: w.analysis.open_settings(),
        "export_report": lambda: w.records.outputs.export_report(),
        "print_report": lambda: w.records.outputs.print_report(),
        "print_preview": lambda: w.records.outputs.print_report(preview=True),
        "export_pacs": lambda: w.records.outputs.export_pacs(),
        "case_history": lambda: w.records.history.show_dock(),
        "report_settings": lambda: w.records.open_settings(),
    }


def _make_action(window: MainWindow, spec: _Spec, slot: Callable) -> QAction:
    action = QAction(spec.text, window)
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    if spec.icon is not None:
        action.setIcon(window.style().standardIcon(spec.icon))
    if spec.toolbar_text:
        action.setIconText(spec.toolbar_text)
    action.setCheckable(spec.checkable)
    tip = spec.tip or spec.text.replace("&", "").rstrip(".…")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    action.triggered.connect(slot)
    return action


class Actions:
    """All actions of one :class:`MainWindow`, created and connected in one place."""

    def __init__(self, window: MainWindow):
        slots = _slots(window)
        self._all = {key: _make_action(window, spec, slots[key]) for key, spec in SPECS.items()}
        self._panels_menu: QMenu | None = None

    def __getitem__(self, key: str) -> QAction:
        return self._all[key]

    def image_actions(self) -> list[QAction]:
        """Actions that need an image (disabled while none is shown)."""
        return [self._all[key] for key, spec in SPECS.items() if spec.needs_image]

    def _fill(self, menu: QMenu, groups: list[tuple[str, ...]]) -> None:
        for index, group in enumerate(groups):
            if index:
                menu.addSeparator()
            menu.addActions([self[key] for key in group])

    def build_menus(self, w: MainWindow, presets_menu: QMenu, recent_menu: QMenu) -> None:
        bar = w.menuBar()
        file_menu = bar.addMenu("&File")
        self._fill(file_menu, [("open", "open_folder", "analyse_folder")])
        file_menu.addMenu(recent_menu)
        file_menu.addSeparator()
        self._fill(file_menu, [("export_report", "export_pacs"), ("print_preview", "print_report"),
                               ("case_history", "report_settings"), ("previous", "next"), ("quit",)])
        view_menu = bar.addMenu("&View")
        self._fill(
            view_menu,
            [
                ("fit", "actual", "zoom_in", "zoom_out"),
                ("rotate_left", "rotate_right", "flip_h", "flip_v", "reset"),
                (),
            ],
        )
        self._panels_menu = view_menu.addMenu("&Panels")
        view_menu.addAction(self["fullscreen"])
        image_menu = bar.addMenu("&Image")
        self._fill(image_menu, [("auto_window", "default_window")])
        image_menu.addMenu(presets_menu)
        self._fill(image_menu, [("invert",), ("previous_frame", "next_frame")])
        analysis_menu = bar.addMenu("&Analysis")
        self._fill(analysis_menu, [("analyse", "toggle_heatmap"), ("analyse_folder",), ("models", "analysis_settings")])
        bar.addMenu("&Help").addAction(self["about"])

    def panels_menu(self) -> QMenu:
        """View → Panels; :meth:`MainWindow.add_dock` adds each dock's toggle action here."""
        assert self._panels_menu is not None, "build_menus() first"
        return self._panels_menu

    def build_toolbar(self, w: MainWindow, preset_combo: QComboBox) -> QToolBar:
        bar = QToolBar("Main toolbar", w)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self["open"], self["open_folder"]])
        bar.addSeparator()
        bar.addActions([self[k] for k in ("fit", "rotate_left", "rotate_right", "flip_h", "flip_v")])
        bar.addSeparator()
        bar.addWidget(preset_combo)
        bar.addActions([self["auto_window"], self["invert"], self["reset"]])
        bar.addSeparator()
        bar.addActions([self["analyse"], self["toggle_heatmap"]])
        w.addToolBar(bar)
        return bar
