# SPDX-License-Identifier: Apache-2.0
"""Render resources/icons/scanlens.svg to the 256 px PNG used by the Linux desktop and window icons.

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/render_icon.py``
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main(size: int = 256) -> None:
    app = QGuiApplication([])  # noqa: F841 - QPainter needs an application object
    renderer = QSvgRenderer(str(ICONS / "scanlens.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(ICONS / "scanlens.png"))


if __name__ == "__main__":
    main()
