# SPDX-License-Identifier: Apache-2.0
"""A clearly visible keyboard focus: a 2-pixel ring around whichever widget has the focus.

Fusion marks focus with a 1-pixel tint on buttons and nothing at all on lists, tables and the image view,
too faint to follow the keyboard (WCAG 2.4.7). One :class:`FocusRing` (a ``QFocusFrame``: it sits just
outside the widget, above its siblings, and lets the mouse through) follows the application's focus
widget. Focus given by a mouse click shows no ring, as browsers do with ``:focus-visible``.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

#: Ring colour: ≥ 3:1 against white and the light grey window background (WCAG 1.4.11).
RING_COLOUR = QColor("#1a56b0")
RING_WIDTH = 2


class FocusRing(QFocusFrame):
    """The ring drawn around one widget (see the module docstring)."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RING_COLOUR, RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()


def wants_ring(widget: QWidget | None) -> bool:
    """Controls inside ordinary windows; not windows, menus or popups themselves."""
    if widget is None or widget.isWindow() or isinstance(widget, QFocusFrame):
        return False
    return widget.window().windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class FocusRingKeeper(QObject):
    """Moves one :class:`FocusRing` to the focus widget of the application (create one per application)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._follow)

    @property
    def ring(self) -> FocusRing | None:
        """The ring, while it exists (it lives in the focused widget's window)."""
        return self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        by_mouse = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        ring = self.ring
        if not wants_ring(now) or by_mouse:
            if ring is not None:
                ring.setWidget(None)
                ring.hide()
            return
        if ring is None:
            ring = self._ring = FocusRing()  # re-parented next to the widget by setWidget
        ring.setWidget(now)  # stacks the ring under ``now``: it shows in the margin around it
        ring.setVisible(ring.widget() is now)  # QFocusFrame refuses e.g. MDI sub-windows' children


def install_focus_ring() -> FocusRingKeeper | None:
    """Show the ring in every window of this application (once; later calls return the same keeper)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    keeper = app.findChild(FocusRingKeeper)
    return keeper if keeper is not None else FocusRingKeeper(app)
