# SPDX-License-Identifier: Apache-2.0
"""Help → Keyboard Shortcuts: every shortcut of a window, read from its actions (never a hand-kept list).

:func:`shortcut_bindings` walks the menu bar (so each command is listed under its menu, in menu order),
then the window's other actions and ``QShortcut`` objects. The dialog shows them; tests use the same
list to check that no two commands share a key.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.common.menus import menu_containing, plain_text

HELP_KEY = "F1"
_NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Binding:
    """One key sequence of one command."""

    keys: str  # QKeySequence.toString(PortableText), e.g. "Ctrl+Shift+O"
    command: str  # the action's text without '&' and '…'
    menu: str  # "File", "Image > Window Presets"; "" when the command is in no menu

    @property
    def native_keys(self) -> str:
        """The keys as this platform writes them ("⌘O" on macOS)."""
        return QKeySequence(self.keys).toString(_NATIVE)


def _sequences(obj: QAction | QShortcut) -> list[QKeySequence]:
    keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
    return [key for key in keys if not key.isEmpty()]


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[QAction, str]]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), f"{path} > {plain_text(action.text())}")
        elif not action.isSeparator():
            yield action, path


def _first_menus(window: QMainWindow) -> list[tuple[QAction, str]]:
    """Each action of the menu bar once, with the first menu it is in."""
    found: dict[int, tuple[QAction, str]] = {}
    for top in window.menuBar().actions():
        if top.menu() is not None:
            for action, path in _menu_actions(top.menu(), plain_text(top.text())):
                found.setdefault(id(action), (action, path))
    return list(found.values())


def shortcut_bindings(window: QMainWindow) -> list[Binding]:
    """Every key sequence that triggers something in ``window``: menu commands first, in menu order."""
    listed: list[tuple[QAction | QShortcut, str]] = list(_first_menus(window))
    in_menus = {id(action) for action, _ in listed}
    others: list[QAction | QShortcut] = [*window.findChildren(QAction), *window.findChildren(QShortcut)]
    listed += [(obj, "") for obj in others if id(obj) not in in_menus and owner_window(obj) is window]
    bindings = []
    for obj, menu in listed:
        command = plain_text(obj.text()) if isinstance(obj, QAction) else plain_text(obj.whatsThis())
        for key in _sequences(obj):
            bindings.append(Binding(key.toString(QKeySequence.SequenceFormat.PortableText), command, menu))
    return bindings


class ShortcutsDialog(QDialog):
    """A table of :func:`shortcut_bindings` (menu, command, keys) and how to move around without a mouse."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        bindings = shortcut_bindings(window)
        self.table = QTableWidget(len(bindings), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setTabKeyNavigation(False)
        for row, binding in enumerate(bindings):
            for column, text in enumerate((binding.menu, binding.command, binding.native_keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Tab and Shift+Tab move between controls, Space or Enter presses the focused button, "
                              "Alt with the underlined letter opens a menu, Escape closes a dialog."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table's texts (tests)."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]


def add_shortcuts_help(window: QMainWindow, before: QAction) -> QAction:
    """Put Keyboard Shortcuts (F1) into the menu that holds ``before`` (About: the Help menu), above it."""
    action = QAction(QCoreApplication.translate("ShortcutsDialog", "&Keyboard Shortcuts"), window)
    action.setObjectName("keyboardShortcutsAction")
    action.setShortcut(QKeySequence(HELP_KEY))
    tip = QCoreApplication.translate("ShortcutsDialog", "List every keyboard shortcut")
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({action.shortcut().toString(_NATIVE)})")
    action.triggered.connect(lambda: _show(window))
    menu = menu_containing(before)
    if menu is not None:
        menu.insertAction(before, action)
    else:
        window.addAction(action)
    return action


def _show(window: QMainWindow) -> None:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def owner_window(obj: QObject) -> QWidget | None:
    """The window whose shortcuts ``obj`` (an action or shortcut) belongs to; a menu counts as its parent's."""
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    while isinstance(parent, QMenu) and parent.parentWidget() is not None:
        parent = parent.parentWidget()
    return parent.window() if isinstance(parent, QWidget) else None
