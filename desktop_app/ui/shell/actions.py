# SPDX-License-Identifier: Apache-2.0
"""Menu bar and toolbar of the main window: every command is a ``QAction`` with a shortcut."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    "open": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Open File(s)…"), _Key.Open,
        QT_TRANSLATE_NOOP("Actions", "Open DICOM or image files"), QT_TRANSLATE_NOOP("Actions", "Open"),
        _Pix.SP_DialogOpenButton),
    "open_folder": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Open &Folder…"), "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Browse the images in a folder"), QT_TRANSLATE_NOOP("Actions", "Folder"),
        _Pix.SP_DirIcon),
    "next": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Next Image"), "PgDown",
        QT_TRANSLATE_NOOP("Actions", "Next image in the strip")),
    "previous": _Spec(
        QT_TRANSLATE_NOOP("Actions", "P&revious Image"), "PgUp",
        QT_TRANSLATE_NOOP("Actions", "Previous image in the strip")),
    "quit": _Spec(QT_TRANSLATE_NOOP("Actions", "&Quit"), _Key.Quit),
    "fit": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"), "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Fit the whole image in the window"), QT_TRANSLATE_NOOP("Actions", "Fit"),
        needs_image=True),
    "actual": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"), "Ctrl+1",
        QT_TRANSLATE_NOOP("Actions", "One image pixel per screen pixel"), needs_image=True),
    "zoom_in": _Spec(QT_TRANSLATE_NOOP("Actions", "Zoom &In"), _Key.ZoomIn, needs_image=True),
    "zoom_out": _Spec(QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), _Key.ZoomOut, needs_image=True),
    "rotate_left": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Rotate &Left"), "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Rotate 90° counter-clockwise"), QT_TRANSLATE_NOOP("Actions", "⟲ Rotate"),
        needs_image=True),
    "rotate_right": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Rotate &Right"), "Ctrl+R", QT_TRANSLATE_NOOP("Actions", "Rotate 90° clockwise"),
        QT_TRANSLATE_NOOP("Actions", "⟳ Rotate"), needs_image=True),
    "flip_h": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Flip &Horizontal"), "Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Mirror left ↔ right"), QT_TRANSLATE_NOOP("Actions", "↔ Flip"), needs_image=True),
    "flip_v": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Flip &Vertical"), "Shift+V", QT_TRANSLATE_NOOP("Actions", "Mirror top ↕ bottom"),
        QT_TRANSLATE_NOOP("Actions", "↕ Flip"), needs_image=True),
    "reset": _Spec(
        QT_TRANSLATE_NOOP("Actions", "R&eset View"), "R",
        QT_TRANSLATE_NOOP("Actions", "Reset window, inversion, rotation and zoom"),
        QT_TRANSLATE_NOOP("Actions", "Reset"), needs_image=True),
    "fullscreen": _Spec(QT_TRANSLATE_NOOP("Actions", "F&ull Screen"), _Key.FullScreen, checkable=True),
    "auto_window": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Auto Window"), "W",
        QT_TRANSLATE_NOOP("Actions", "Window from the image histogram (0.5–99.5 %)"),
        QT_TRANSLATE_NOOP("Actions", "Auto W/L"), needs_image=True),
    "default_window": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Default Window"), "D",
        QT_TRANSLATE_NOOP("Actions", "The file's own window, else the full range"), needs_image=True),
    "invert": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Invert"), "I", QT_TRANSLATE_NOOP("Actions", "Invert grey levels"),
        QT_TRANSLATE_NOOP("Actions", "Invert"), checkable=True, needs_image=True),
    "next_frame": _Spec(QT_TRANSLATE_NOOP("Actions", "Next F&rame"), "]", needs_image=True),
    "previous_frame": _Spec(QT_TRANSLATE_NOOP("Actions", "Previous Fra&me"), "[", needs_image=True),
    "about": _Spec(QT_TRANSLATE_NOOP("Actions", "&About ScanLens")),
    "analyse": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Analyse Image"), "A",
        QT_TRANSLATE_NOOP("Actions", "Run the AI analysis on the image on screen"),
        QT_TRANSLATE_NOOP("Actions", "Analyse"), needs_image=True),
    "toggle_heatmap": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Show &Heatmap"), "H",
        QT_TRANSLATE_NOOP("Actions", "Show where the model looked"), QT_TRANSLATE_NOOP("Actions", "Heatmap"),
        checkable=True),
    "analyse_folder": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Analyse F&older…"), "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("Actions", "Triage every image in a folder (batch)")),
    "models": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Models…"), None,
        QT_TRANSLATE_NOOP("Actions", "Installed AI models, their cards and execution devices")),
    "analysis_settings": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Settings…"), "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Execution device, automatic analysis, models folder")),
    "export_report": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Export Report (PDF)…"), "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Write the PDF report of the result on screen")),
    "print_report": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Print Report…"), _Key.Print,
        QT_TRANSLATE_NOOP("Actions", "Print the report of the result on screen")),
    "print_preview": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"), "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Preview the printed report")),
    "export_pacs": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Export to PACS Fol&der (DICOM)…"), "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder")),
    "case_history": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Case &History"), "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Past cases, their reviews and the audit trail")),
    "report_settings": _Spec(
        QT_TRANSLATE_NOOP("Actions", "Report Se&ttings…"), None,
        QT_TRANSLATE_NOOP("Actions", "Reviewer name, clinic name and logo, page size")),
    "display_settings": _Spec(
        QT_TRANSLATE_NOOP("Actions", "&Language and Text Size…"), None,
        QT_TRANSLATE_NOOP("Actions", "Interface language (after a restart) and text size")),
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
        "display_settings": w.open_display_settings,
    }


def _tr(text: str) -> str:
    """A spec's text (marked with QT_TRANSLATE_NOOP) in the interface language."""
    return QCoreApplication.translate("Actions", text) if text else ""


def _make_action(window: MainWindow, spec: _Spec, slot: Callable) -> QAction:
    action = QAction(_tr(spec.text), window)
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    if spec.icon is not None:
        action.setIcon(window.style().standardIcon(spec.icon))
    if spec.toolbar_text:
        action.setIconText(_tr(spec.toolbar_text))
    action.setCheckable(spec.checkable)
    tip = _tr(spec.tip) or action.text().replace("&", "").rstrip(".…")
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
        file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
        self._fill(file_menu, [("open", "open_folder", "analyse_folder")])
        file_menu.addMenu(recent_menu)
        file_menu.addSeparator()
        self._fill(file_menu, [("export_report", "export_pacs"), ("print_preview", "print_report"),
                               ("case_history", "report_settings"), ("previous", "next"), ("quit",)])
        view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
        self._fill(
            view_menu,
            [
                ("fit", "actual", "zoom_in", "zoom_out"),
                ("rotate_left", "rotate_right", "flip_h", "flip_v", "reset"),
                (),
            ],
        )
        self._panels_menu = view_menu.addMenu(QCoreApplication.translate("Actions", "&Panels"))
        view_menu.addAction(self["fullscreen"])
        view_menu.addSeparator()
        view_menu.addAction(self["display_settings"])
        image_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Image"))
        self._fill(image_menu, [("auto_window", "default_window")])
        image_menu.addMenu(presets_menu)
        self._fill(image_menu, [("invert",), ("previous_frame", "next_frame")])
        analysis_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Analysis"))
        self._fill(analysis_menu, [("analyse", "toggle_heatmap"), ("analyse_folder",), ("models", "analysis_settings")])
        bar.addMenu(QCoreApplication.translate("Actions", "&Help")).addAction(self["about"])

    def panels_menu(self) -> QMenu:
        """View → Panels; :meth:`MainWindow.add_dock` adds each dock's toggle action here."""
        assert self._panels_menu is not None, "build_menus() first"
        return self._panels_menu

    def build_toolbar(self, w: MainWindow, preset_combo: QComboBox) -> QToolBar:
        bar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), w)
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
