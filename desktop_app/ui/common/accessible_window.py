# SPDX-License-Identifier: Apache-2.0
"""Keyboard and screen-reader support of the main window, installed in one call once it is built."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from desktop_app.ui.common.accessibility import name_symbol_buttons, name_toolbar_buttons
from desktop_app.ui.common.focus_ring import install_focus_ring
from desktop_app.ui.common.shortcuts_help import add_shortcuts_help


def install_accessibility(window: QMainWindow, toolbar: QToolBar, help_anchor: QAction) -> QAction:
    """Name the toolbar and symbol buttons, show a focus ring, and add Keyboard Shortcuts (F1) above
    ``help_anchor`` (About) in its menu; returns the Keyboard Shortcuts action."""
    name_toolbar_buttons(toolbar)
    name_symbol_buttons(window)
    install_focus_ring()
    return add_shortcuts_help(window, help_anchor)
