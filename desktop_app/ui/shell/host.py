# SPDX-License-Identifier: Apache-2.0
"""What a feature (analysis, records, history) may use of the main window: :class:`WindowHost`.

Features are written against this protocol, not against ``MainWindow``: the window's other parts stay
free to change, and a test can host a feature in a smaller window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Qt, SignalInstance
from PySide6.QtWidgets import QDockWidget, QStatusBar, QWidget

if TYPE_CHECKING:
    from desktop_app.imaging.model import LoadedImage
    from desktop_app.ui.shell.actions import Actions
    from desktop_app.ui.viewer.image_viewer import ImageViewer


class WindowHost(Protocol):
    """The main window as its features see it."""

    settings: QSettings
    commands: Actions  # the window's actions by key ("analyse", "export_report", …)
    viewer: ImageViewer
    metadata_dock: QDockWidget
    image_changed: SignalInstance  # (LoadedImage, generation) once an image is on screen

    @property
    def current_image(self) -> LoadedImage | None: ...

    @property
    def generation(self) -> int: ...

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea = ..., name: str = ...) -> QDockWidget: ...

    def open_file(self, path: str) -> int: ...

    def show_error(self, message: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def splitDockWidget(self, first: QDockWidget, second: QDockWidget,  # noqa: N802 - Qt's name
                        orientation: Qt.Orientation) -> None: ...

    def resizeDocks(self, docks: list[QDockWidget], sizes: list[int],  # noqa: N802 - Qt's name
                    orientation: Qt.Orientation) -> None: ...

    def setCorner(self, corner: Qt.Corner, area: Qt.DockWidgetArea) -> None: ...  # noqa: N802 - Qt's name

    def installEventFilter(self, watcher: QObject) -> None: ...  # noqa: N802 - Qt's name
