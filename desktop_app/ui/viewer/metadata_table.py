# SPDX-License-Identifier: Apache-2.0
"""Side panel listing what we know about the current image: file, decoder, metadata, pixel stats."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.imaging.model import LoadedImage, WindowPreset


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetadataTable", text)


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float | np.floating):
        return f"{float(value):.6g}"
    if isinstance(value, bool):
        return QCoreApplication.translate("MetadataTable", "yes") if value else QCoreApplication.translate(
            "MetadataTable", "no")
    return str(value)


def image_summary(image: LoadedImage) -> list[tuple[str, object]]:
    """Rows describing how the image was decoded (shown before the file's own metadata); the field names
    are in the user's language, the values are the file's."""
    shape = "×".join(str(n) for n in image.frames.shape[1:3])
    rows: list[tuple[str, object]] = [
        (QT_TRANSLATE_NOOP("MetadataTable", "File"), Path(image.path).name),
        (QT_TRANSLATE_NOOP("MetadataTable", "Folder"), str(Path(image.path).parent)),
        (QT_TRANSLATE_NOOP("MetadataTable", "Format"), image.source_format),
        (QT_TRANSLATE_NOOP("MetadataTable", "Decoder"), image.decoder),
        (QT_TRANSLATE_NOOP("MetadataTable", "Size (rows×cols)"), shape),
        (QT_TRANSLATE_NOOP("MetadataTable", "Frames"), image.n_frames),
        (QT_TRANSLATE_NOOP("MetadataTable", "Colour"), image.is_color),
        (QT_TRANSLATE_NOOP("MetadataTable", "Pixel type"), str(image.frames.dtype)),
        (QT_TRANSLATE_NOOP("MetadataTable", "Units"), image.units or "—"),
        (QT_TRANSLATE_NOOP("MetadataTable", "Inverted by default"), image.invert_default),
        (QT_TRANSLATE_NOOP("MetadataTable", "VOI LUT applied"), image.voi_lut_applied),
    ]
    return [(_tr(field), value) for field, value in rows]


def field_label(key: str) -> str:
    """``bits_stored`` → ``Bits stored`` (keys from the loader are snake_case)."""
    text = str(key).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


_SECTIONS = (QT_TRANSLATE_NOOP("MetadataTable", "Image"), QT_TRANSLATE_NOOP("MetadataTable", "Display"),
             QT_TRANSLATE_NOOP("MetadataTable", "Pixel statistics"), QT_TRANSLATE_NOOP("MetadataTable", "Metadata"))
#: Names of ``pixel_stats``' keys.
_STATS = {"min": QT_TRANSLATE_NOOP("MetadataTable", "Min"), "max": QT_TRANSLATE_NOOP("MetadataTable", "Max"),
          "mean": QT_TRANSLATE_NOOP("MetadataTable", "Mean")}


class MetadataTable(QTableWidget):
    """Two-column table with bold section rows: Image, Display, Pixel statistics, Metadata.

    Metadata fields the file does not have (value None) are left out.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.setAccessibleName(self.tr("Image information"))
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 150)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self._sections: dict[str, list[tuple[str, object]]] = {}
        self._units = ""

    def show_image(self, image: LoadedImage | None) -> None:
        """Replace the table with ``image``'s description (empty when None)."""
        self._sections = {}
        if image is not None:
            self._units = image.units
            self._sections = {section: [] for section in _SECTIONS}
            self._sections["Image"] = image_summary(image)
            meta = sorted((field_label(k), v) for k, v in image.metadata.items() if v is not None)
            self._sections["Metadata"] = meta
        self._refill()

    def set_stats(self, stats: dict, frame: int = 0) -> None:
        if self._sections:
            unit = f" ({self._units})" if self._units else ""
            rows = [(f"{_tr(_STATS[k]) if k in _STATS else field_label(k)}{unit}", v) for k, v in stats.items()]
            self._sections["Pixel statistics"] = [(self.tr("Frame"), frame + 1), *rows]
            self._refill()

    def set_window(self, window: WindowPreset | None, inverted: bool) -> None:
        if not self._sections:
            return
        rows: list[tuple[str, object]] = [(self.tr("Inverted"), inverted)]
        if window is not None:
            name = QCoreApplication.translate("WindowPresets", window.name) if window.name else "—"
            rows = [(self.tr("Window"), name), (self.tr("Center"), window.center), (self.tr("Width"), window.width),
                    *rows]
        self._sections["Display"] = rows
        self._refill()

    def rows_as_dict(self) -> dict[str, str]:
        """Field → value text of every non-section row (for tests and copy/paste)."""
        return {self.item(r, 0).text(): self.item(r, 1).text() for r in range(self.rowCount()) if self.item(r, 1)}

    def _refill(self) -> None:
        self.setUpdatesEnabled(False)
        self.clearSpans()
        self.setRowCount(0)
        for title, rows in self._sections.items():
            if not rows:
                continue
            self._add_section(_tr(title))
            for key, value in rows:
                self._add_row(str(key), _text(value))
        self.setUpdatesEnabled(True)

    def _add_section(self, title: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        self.setItem(row, 0, item)
        self.setSpan(row, 0, 1, 2)

    def _add_row(self, key: str, value: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(key))
        value_item = QTableWidgetItem(value)
        value_item.setToolTip(value)
        self.setItem(row, 1, value_item)
