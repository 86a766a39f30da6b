# SPDX-License-Identifier: Apache-2.0
"""WCAG 2.x contrast of two colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).

Text needs 4.5:1 against its background (1.4.3), the parts of a graphic that carry meaning 3:1 against
what they touch (1.4.11). Tests check the colours the banners and the confidence bars actually use.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_MINIMUM = 4.5
GRAPHIC_MINIMUM = 3.0


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor | str) -> float:
    """0 (black) … 1 (white), from the sRGB channels (alpha ignored)."""
    c = QColor(colour)
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """1 (same luminance) … 21 (black on white); symmetric."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
