# SPDX-License-Identifier: Apache-2.0
"""Where errors reach the user: an inline banner for expected problems (a file that cannot be opened)
and ``sys.excepthook`` → log + dialog for bugs (after Vorta's ``__main__.py``); the app keeps running.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from desktop_app import APP_NAME, __version__

log = logging.getLogger(__name__)


def environment_summary() -> str:
    """Version/OS line included in crash dialogs and bug reports."""
    return (
        f"{APP_NAME} {__version__} · Python {platform.python_version()} · "
        f"Qt {qVersion()} / PySide6 {pyside_version} · {platform.platform()}"
    )


class ErrorBanner(QFrame):
    """A dismissible one-line message above the image; never blocks the UI."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(
            "#errorBanner { background: #5c1f1f; border-bottom: 1px solid #a33; }"
            "#errorBanner QLabel { color: #ffe9e9; padding: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def message(self) -> str:
        return self.label.text() if self.isVisible() else ""


class CrashReporter:
    """Installs itself as ``sys.excepthook``: logs the traceback and shows one dialog at a time."""

    def __init__(self, log_path: str = ""):
        self._log_path = log_path
        self._dialog: QMessageBox | None = None
        self._count = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception (%s)", environment_summary(), exc_info=(exc_type, exc, tb))
        self._count += 1
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            self._show(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            sys.__excepthook__(exc_type, exc, tb)

    def _show(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            text = QCoreApplication.translate("CrashReporter", "{app} hit {count} unexpected errors (latest: {error}).")
            self._dialog.setText(text.format(app=APP_NAME, count=self._count, error=exc_type.__name__))
            return
        title = QCoreApplication.translate("CrashReporter", "{app} — unexpected error")
        box = QMessageBox(QMessageBox.Icon.Critical, title.format(app=APP_NAME), "")
        text = QCoreApplication.translate(
            "CrashReporter",
            "{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.",
        )
        box.setText(text.format(app=APP_NAME, error=exc_type.__name__))
        where = QCoreApplication.translate("CrashReporter", "Details were written to {path}")
        where = "\n\n" + where.format(path=self._log_path) if self._log_path else ""
        box.setInformativeText(environment_summary() + where)
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._forget_dialog)
        self._dialog = box
        box.show()

    def _forget_dialog(self) -> None:
        self._dialog = None
        self._count = 0
