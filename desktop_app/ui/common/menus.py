# SPDX-License-Identifier: Apache-2.0
"""Small helpers for menus and their actions that do not depend on any menu's (translated) title."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def plain_text(text: str) -> str:
    """'&Open File(s)…' -> 'Open File(s)': no accelerator marks ('&&' stays '&'), no trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("….").strip()


def menu_containing(action: QAction) -> QMenu | None:
    """The menu ``action`` is in (e.g. Help for About), found by the action, not by a translated title."""
    return next((obj for obj in action.associatedObjects() if isinstance(obj, QMenu)), None)
