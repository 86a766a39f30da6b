# SPDX-License-Identifier: Apache-2.0
"""Recently opened files, stored in QSettings and shown as a menu."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

MAX_RECENT = 10
_KEY = "recent/files"


class RecentFiles:
    """Most-recent-first list of absolute paths, persisted in ``settings``."""

    def __init__(self, settings: QSettings, limit: int = MAX_RECENT):
        self._settings = settings
        self._limit = limit

    def paths(self) -> list[str]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings returns a bare string for one-element lists
            value = [value]
        return [str(p) for p in (value or [])][: self._limit]

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        paths = [path, *(p for p in self.paths() if p != path)]
        self._settings.setValue(_KEY, paths[: self._limit])

    def clear(self) -> None:
        self._settings.remove(_KEY)

    def fill_menu(self, menu: QMenu, open_path: Callable[[str], None]) -> None:
        """Rebuild ``menu``: one action per existing file, then "Clear"."""
        menu.clear()
        paths = [p for p in self.paths() if os.path.exists(p)]
        for index, path in enumerate(paths, start=1):
            label = f"&{index % 10} {os.path.basename(path)}" if index <= 10 else os.path.basename(path)
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
        if not paths:
            menu.addAction(QCoreApplication.translate("RecentFiles", "No recent files")).setEnabled(False)
        menu.addSeparator()
        clear = QCoreApplication.translate("RecentFiles", "Clear recent files")
        menu.addAction(clear, self.clear).setEnabled(bool(paths))
