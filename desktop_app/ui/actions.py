# SPDX-License-Identifier: Apache-2.0
"""Menu bar and toolbar of the main window: every command is a ``QAction`` with a shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QStyle, QToolBar

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


class Actions:
    """All actions of one :class:`MainWindow`, created and connected in one place."""

    def __init__(self, window: MainWindow):
        self._window = window
        self._all: dict[str, QAction] = {}
        self._build_file(window)
        self._build_view(window)
        self._build_image(window)

    def __getitem__(self, key: str) -> QAction:
        return self._all[key]

    def _add(
        self,
        key: str,
        text: str,
        slot: Callable,
        shortcut: Shortcut = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        action.setCheckable(checkable)
        tip = tip or text.replace("&", "").rstrip(".…")
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcut else tip)
        action.triggered.connect(slot)
        self._all[key] = action
        return action

    def _build_file(self, w: MainWindow) -> None:
        sp = QStyle.StandardPixmap
        self._add(
            "open",
            "&Open File(s)…",
            w.choose_files,
            QKeySequence.StandardKey.Open,
            icon=sp.SP_DialogOpenButton,
        )
        self._add("open_folder", "Open &Folder…", w.choose_folder, "Ctrl+Shift+O", icon=sp.SP_DirOpenIcon)
        self._add("next", "&Next Image", lambda: w.thumbnails.step(1), "PgDown")
        self._add("previous", "&Previous Image", lambda: w.thumbnails.step(-1), "PgUp")
        self._add("quit", "&Quit", w.close, QKeySequence.StandardKey.Quit)

    def _build_view(self, w: MainWindow) -> None:
        view = w.viewer.view
        self._add("fit", "&Fit to Window", view.fit_to_window, "Ctrl+0", "Fit the whole image in the window")
        self._add(
            "actual", "&Actual Size", view.zoom_actual_size, "Ctrl+1", "One image pixel per screen pixel"
        )
        self._add("zoom_in", "Zoom &In", lambda: view.zoom_by(1.25), QKeySequence.StandardKey.ZoomIn)
        self._add("zoom_out", "Zoom &Out", lambda: view.zoom_by(0.8), QKeySequence.StandardKey.ZoomOut)
        self._add("rotate_left", "Rotate &Left", lambda: view.rotate_image(-90), "Ctrl+L", "Rotate 90° left")
        self._add(
            "rotate_right", "Rotate &Right", lambda: view.rotate_image(90), "Ctrl+R", "Rotate 90° right"
        )
        self._add("flip_h", "Flip &Horizontal", lambda: view.flip_image(True), "H", "Mirror left ↔ right")
        self._add("flip_v", "Flip &Vertical", lambda: view.flip_image(False), "V", "Mirror top ↔ bottom")
        self._add("reset", "R&eset View", w.reset_view, "R", "Reset window, inversion, rotation and zoom")
        self._add(
            "fullscreen",
            "F&ull Screen",
            w.toggle_full_screen,
            QKeySequence.StandardKey.FullScreen,
            checkable=True,
        )

    def _build_image(self, w: MainWindow) -> None:
        viewer = w.viewer
        self._add("auto_window", "&Auto Window", viewer.auto_window, "A", "Window from the image's histogram")
        self._add(
            "default_window",
            "&Default Window",
            viewer.reset_window,
            "D",
            "The file's own window (or full range)",
        )
        self._add("invert", "&Invert", lambda checked: viewer.set_inverted(checked), "I", checkable=True)
        self._add("next_frame", "Next F&rame", lambda: viewer.set_frame(viewer.frame + 1), "]")
        self._add("previous_frame", "Previous Fra&me", lambda: viewer.set_frame(viewer.frame - 1), "[")

    def image_actions(self) -> list[QAction]:
        """Actions that need an image (disabled while none is shown)."""
        keys = (
            "fit",
            "actual",
            "zoom_in",
            "zoom_out",
            "rotate_left",
            "rotate_right",
            "flip_h",
            "flip_v",
            "reset",
            "auto_window",
            "default_window",
            "invert",
            "next_frame",
            "previous_frame",
        )
        return [self._all[k] for k in keys]

    def build_menus(self, w: MainWindow, presets_menu: QMenu, recent_menu: QMenu) -> None:
        bar = w.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self["open"], self["open_folder"]])
        file_menu.addMenu(recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self["previous"], self["next"]])
        file_menu.addSeparator()
        file_menu.addAction(self["quit"])
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self[k] for k in ("fit", "actual", "zoom_in", "zoom_out")])
        view_menu.addSeparator()
        view_menu.addActions([self[k] for k in ("rotate_left", "rotate_right", "flip_h", "flip_v", "reset")])
        view_menu.addSeparator()
        self._panels_menu = view_menu.addMenu("&Panels")
        view_menu.addAction(self["fullscreen"])
        image_menu = bar.addMenu("&Image")
        image_menu.addActions([self["auto_window"], self["default_window"]])
        image_menu.addMenu(presets_menu)
        image_menu.addAction(self["invert"])
        image_menu.addSeparator()
        image_menu.addActions([self["previous_frame"], self["next_frame"]])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About ScanLens", w.show_about)

    def panels_menu(self) -> QMenu:
        """View → Panels; :meth:`MainWindow.add_dock` adds each dock's toggle action here."""
        return self._panels_menu

    def build_toolbar(self, w: MainWindow, preset_combo: QComboBox) -> QToolBar:
        bar = QToolBar("Main toolbar", w)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addActions([self["open"], self["open_folder"]])
        bar.addSeparator()
        bar.addActions(
            [self["fit"], self["rotate_left"], self["rotate_right"], self["flip_h"], self["flip_v"]]
        )
        bar.addSeparator()
        bar.addWidget(preset_combo)
        bar.addActions([self["auto_window"], self["invert"], self["reset"]])
        w.addToolBar(bar)
        return bar
