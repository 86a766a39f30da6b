# SPDX-License-Identifier: Apache-2.0
"""Thumbnail strip for a folder (or several files): list in a worker, thumbnails in a worker.

Thumbnails arrive one by one through the worker's ``progress`` signal; a newer folder bumps the
generation and makes the older worker's output be ignored (and its loop stop early).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from desktop_app.imaging.formats import is_supported_path
from desktop_app.ui.common.qimage import ndarray_to_qimage
from desktop_app.ui.common.worker import Worker, dedicated_pool

THUMB_SIZE = 96
MAX_FOLDER_FILES = 5000
_NOT_IMAGES = {"DICOMDIR", "README", "LICENSE", "VERSION"}  # extension-less names that are not DICOM images


def list_images(folder: str, limit: int = MAX_FOLDER_FILES) -> list[str]:
    """Supported files under ``folder`` (recursively, hidden entries skipped), sorted, at most ``limit``."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.upper() not in _NOT_IMAGES and is_supported_path(name):
                found.append(os.path.join(root, name))
                if len(found) >= limit:
                    return found
    return found


def make_thumbnail(path: str, size: int = THUMB_SIZE) -> np.ndarray | None:
    """A uint8 thumbnail of the first frame with the default window, or None if it cannot be decoded."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.model import ImageLoadError
    from desktop_app.imaging.render import render_frame
    from desktop_app.imaging.resample import resize

    try:
        image = load_image(path)
    except ImageLoadError:
        return None
    array = render_frame(image, 0)
    height, width = array.shape[:2]
    scale = size / max(height, width)
    new_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.ascontiguousarray(resize(array, new_size, "area"))


def _thumbnails(paths: list[str], is_current: Callable[[], bool], progress: Callable) -> None:
    for index, path in enumerate(paths):
        if not is_current():
            return
        progress((index, make_thumbnail(path)))


class ThumbnailStrip(QListWidget):
    """Horizontal icon list; emits :attr:`path_activated` when the user picks an image."""

    path_activated = Signal(str)
    files_listed = Signal(int)  # number of images found
    thumbnails_done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.setGridSize(QSize(THUMB_SIZE + 24, THUMB_SIZE + 30))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setAccessibleName(self.tr("Images"))
        self.setAccessibleDescription(self.tr("The images of the folder; arrow keys or Page Up/Down move between them"))
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.gridSize().height() + scrollbar + 2 * self.frameWidth() + 8)
        self._generation = 0
        self._pool = dedicated_pool(1, self)
        self._placeholder = self._make_placeholder()
        self.currentItemChanged.connect(self._on_current_changed)

    @staticmethod
    def _make_placeholder() -> QIcon:
        pixmap = QPixmap(THUMB_SIZE, THUMB_SIZE)
        pixmap.fill(QColor(40, 44, 52))
        return QIcon(pixmap)

    def show_folder(self, folder: str) -> None:
        """List ``folder`` in a worker, then fill the strip."""
        self._generation += 1
        generation = self._generation
        self.clear()
        worker = Worker(list_images, folder)
        worker.signals.returned.connect(lambda paths: self._on_listed(generation, paths))
        worker.start()

    def cancel(self) -> None:
        """Stop making thumbnails (the running worker stops before its next image)."""
        self._generation += 1

    def show_files(self, paths: list[str]) -> None:
        self._generation += 1
        self._on_listed(self._generation, list(paths))

    def paths(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def select_path(self, path: str) -> None:
        """Highlight ``path`` if it is in the strip, without emitting :attr:`path_activated`."""
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == path:
                self.blockSignals(True)
                self.setCurrentRow(i)
                self.blockSignals(False)
                self.scrollToItem(self.item(i))
                return

    def step(self, delta: int) -> None:
        """Move the selection by ``delta`` images (wrapping at neither end)."""
        if self.count():
            self.setCurrentRow(min(max(self.currentRow() + delta, 0), self.count() - 1))

    def _on_listed(self, generation: int, paths: list[str]) -> None:
        if generation != self._generation:
            return
        self.clear()
        for path in paths:
            item = QListWidgetItem(self._placeholder, Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.addItem(item)
        self.files_listed.emit(len(paths))
        if paths:
            worker = Worker(_thumbnails, paths, lambda: generation == self._generation, with_progress=True)
            worker.signals.progress.connect(lambda data: self._on_thumbnail(generation, *data))
            worker.signals.finished.connect(lambda: self._on_thumbnails_done(generation))
            worker.start(self._pool)

    def _on_thumbnail(self, generation: int, index: int, array: np.ndarray | None) -> None:
        if generation != self._generation or array is None or index >= self.count():
            return
        self.item(index).setIcon(QIcon(QPixmap.fromImage(ndarray_to_qimage(array))))

    def _on_thumbnails_done(self, generation: int) -> None:
        if generation == self._generation:
            self.thumbnails_done.emit()

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.path_activated.emit(current.data(Qt.ItemDataRole.UserRole))
