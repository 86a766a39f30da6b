# SPDX-License-Identifier: Apache-2.0
"""The QApplication subclass and the GUI event loop (called from :func:`desktop_app.app.run_gui`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import APP_NAME, __version__
from desktop_app.resources import app_icon_path
from desktop_app.ui.common.worker import wait_for_workers
from desktop_app.ui.settings.display_settings import load_display_prefs
from desktop_app.ui.shell.errors import CrashReporter
from desktop_app.ui.shell.language import apply_text_scale, install_language
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.single_instance import SingleInstance


class FileOpenRouter(QObject):
    """Turns ``QEvent.FileOpen`` (macOS Finder/Dock, after Picard's ``Tagger.event``) into paths.

    Paths that arrive before a receiver is connected (the window does not exist yet while the app
    starts) are queued and handed over by :meth:`connect_receiver`.
    """

    file_open_requested = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: list[str] = []
        self._connected = False

    def handle(self, event: QFileOpenEvent) -> bool:
        path = event.file() or event.url().toLocalFile()
        if path and self._connected:
            self.file_open_requested.emit(path)
        elif path:
            self._pending.append(path)
        return True

    def connect_receiver(self, slot: Callable[[str], object]) -> list[str]:
        """Connect ``slot`` and return the paths that arrived before it."""
        self.file_open_requested.connect(slot)
        self._connected = True
        pending, self._pending = self._pending, []
        return pending


class ScanLensApplication(QApplication):
    """The application object: names, icon, and file-open events routed by :attr:`file_router`."""

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.setApplicationName(APP_NAME)
        self.setOrganizationName(APP_NAME)
        self.setApplicationVersion(__version__)
        self.setDesktopFileName("scanlens")
        self.setWindowIcon(QIcon(str(app_icon_path("svg"))))
        self.file_router = FileOpenRouter(self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            return self.file_router.handle(event)
        return super().event(event)


def _start_screenshot(window: MainWindow, app: QApplication, out: str) -> None:
    """Save ``window.grab()`` once the first image and its statistics are shown (docs/screenshot.png)."""

    def grab() -> None:
        view = window.viewer.view
        pixel = view.image_pixel_at(view.viewport().rect().center())
        if pixel is not None:  # show the pixel read-out as if the cursor were in the middle
            view.pixel_hovered.emit(*pixel)
        window.grab().save(out)
        print(f"screenshot: {out}", flush=True)
        app.exit(0)

    window.image_changed.connect(lambda *_: QTimer.singleShot(1500, grab))
    window.load_failed.connect(lambda *_: QTimer.singleShot(500, grab))


def _serve_single_instance(app: QApplication, window: MainWindow) -> SingleInstance:
    server = SingleInstance(parent=app)
    server.paths_received.connect(lambda paths: (window.open_paths(paths), window.bring_to_front()))
    server.listen()
    return server


def run_application(options: argparse.Namespace, files: list[str], single_instance: bool = True) -> int:
    """Create the application and window, open ``files`` and run the event loop."""
    if QApplication.instance() is None:  # fractional screen scales (150 %) as the system says, not rounded
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or ScanLensApplication(sys.argv[:1])
    CrashReporter(_log_path()).install()
    prefs = load_display_prefs(QSettings())
    install_language(app, getattr(options, "language", None) or prefs.language)  # before any widget exists
    apply_text_scale(app, prefs.text_scale)
    window = MainWindow()
    server = _serve_single_instance(app, window) if single_instance else None
    if isinstance(app, ScanLensApplication):
        files = files + app.file_router.connect_receiver(lambda path: window.open_paths([path]))
    if options.benchmark_startup:
        from desktop_app.benchmark.gui_startup import report_startup

        report_startup(window, app)
        files = [options.benchmark_startup]
    if options.screenshot:
        _start_screenshot(window, app, options.screenshot)
    window.show()
    if files:
        window.open_paths(files)
    code = app.exec()
    if server is not None:
        server.close()
    wait_for_workers(5000)
    return code


def _log_path() -> str:
    from desktop_app.settings import log_file

    try:
        return str(log_file())
    except OSError:
        return ""
