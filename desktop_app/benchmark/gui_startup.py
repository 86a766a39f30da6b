# SPDX-License-Identifier: Apache-2.0
"""``scanlens --benchmark-startup FILE``: print the seconds from process start until FILE is painted."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


def report_startup(window: MainWindow, app: QApplication) -> None:
    """Print the time from process start until the first image has been painted, then quit."""
    from desktop_app.benchmark.uptime import process_uptime

    def painted() -> None:
        window.repaint()  # synchronous paint of the window with the image in it
        seconds, how = process_uptime()
        print(f"startup: {seconds:.3f} s {how}", flush=True)
        app.exit(0)

    window.viewer.rendered.connect(lambda: QTimer.singleShot(0, painted))
    window.load_failed.connect(lambda _path, message: (print(message, file=sys.stderr), app.exit(2)))
