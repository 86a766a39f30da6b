# SPDX-License-Identifier: Apache-2.0
"""Accessible names for buttons a screen reader would otherwise read badly.

A toolbar button made from a ``QAction`` is announced by its icon text ("⟲ Rotate") and a symbol button
("✕") by its symbol. :func:`name_toolbar_buttons` names each toolbar button after its action (the menu
text, the tooltip as description, both already translated) and follows the action when it changes;
:func:`name_symbol_buttons` names buttons without letters after their tooltip.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QToolBar, QToolButton, QWidget

from desktop_app.ui.common.menus import plain_text


def describe_from_action(button: QAbstractButton, action: QAction) -> None:
    """Name ``button`` after ``action``: its text as the name, its tooltip (with the shortcut) as description."""
    button.setAccessibleName(plain_text(action.text()))
    button.setAccessibleDescription(action.toolTip())


def name_toolbar_buttons(toolbar: QToolBar) -> list[QToolButton]:
    """Name every action button of ``toolbar`` (now and whenever its action changes); the buttons named."""
    named = []
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if not isinstance(button, QToolButton):
            continue  # a separator or an embedded widget (which names itself)
        describe_from_action(button, action)
        action.changed.connect(lambda b=button, a=action: describe_from_action(b, a) if shiboken6.isValid(b) else None)
        named.append(button)
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")  # "»" when the toolbar is too narrow
    if extension is not None:
        extension.setAccessibleName(QCoreApplication.translate("Accessibility", "More toolbar buttons"))
        named.append(extension)
    return named


def name_symbol_buttons(root: QWidget) -> list[QAbstractButton]:
    """Give every unnamed button under ``root`` whose text has no letters (icon, "✕") its tooltip as name."""
    named = []
    for button in root.findChildren(QAbstractButton):
        if button.accessibleName() or any(ch.isalpha() for ch in button.text()) or not button.toolTip():
            continue
        button.setAccessibleName(button.toolTip())
        named.append(button)
    return named
