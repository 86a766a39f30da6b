# SPDX-License-Identifier: Apache-2.0
"""Decode files off the GUI thread with a generation id (after napari's ``_layer_slicer``).

Every :meth:`ImageLoader.request` gets a new generation; a result that arrives for an older
generation is discarded (``InferenceSession.run`` and decoders cannot be interrupted, so "cancel"
means "ignore the answer"). Results are delivered on the main thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.imaging.model import ImageLoadError, LoadedImage
from desktop_app.ui.common.worker import Worker

log = logging.getLogger(__name__)


def _load(path: str) -> LoadedImage:
    from desktop_app.imaging.loader import load_image  # heavy (pydicom, imagecodecs): imported on first use

    return load_image(path)


def describe_error(path: str, exc: BaseException) -> str:
    """One line for the user: the loader's own reason, or the exception type for unexpected bugs."""
    name = Path(path).name
    cannot_open = QCoreApplication.translate("ImageLoader", "Cannot open {file}: {reason}")
    if isinstance(exc, ImageLoadError):
        return cannot_open.format(file=name, reason=exc)
    if isinstance(exc, MemoryError):
        reason = QCoreApplication.translate("ImageLoader", "not enough memory to decode it")
        return cannot_open.format(file=name, reason=reason)
    detail = str(exc).splitlines()[0] if str(exc) else ""
    if detail:
        reason = QCoreApplication.translate("ImageLoader", "unexpected {error} ({detail})").format(
            error=type(exc).__name__, detail=detail)
    else:
        reason = QCoreApplication.translate("ImageLoader", "unexpected {error}").format(error=type(exc).__name__)
    return cannot_open.format(file=name, reason=reason)


class ImageLoader(QObject):
    """Loads one image at a time from the user's point of view; the newest request wins."""

    loaded = Signal(object, int)  # LoadedImage, generation
    failed = Signal(str, str, int)  # path, one-line message, generation
    discarded = Signal(str, int)  # path, stale generation (result arrived after a newer request)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._busy = False

    @property
    def generation(self) -> int:
        """Generation of the newest request (0 before the first)."""
        return self._generation

    def request(self, path: str) -> int:
        """Start decoding ``path``; returns the request's generation."""
        self._generation += 1
        generation = self._generation
        worker = Worker(_load, path)
        worker.signals.returned.connect(lambda image: self._on_returned(path, generation, image))
        worker.signals.errored.connect(lambda exc: self._on_errored(path, generation, exc))
        self._set_busy(True)
        worker.start()
        return generation

    def _is_current(self, path: str, generation: int) -> bool:
        if generation == self._generation:
            self._set_busy(False)
            return True
        log.debug("discarding stale load of %s (generation %d < %d)", path, generation, self._generation)
        self.discarded.emit(path, generation)
        return False

    def _on_returned(self, path: str, generation: int, image: LoadedImage) -> None:
        if self._is_current(path, generation):
            self.loaded.emit(image, generation)

    def _on_errored(self, path: str, generation: int, exc: BaseException) -> None:
        if not isinstance(exc, ImageLoadError):
            log.error("unexpected error loading %s", path, exc_info=exc)
        if self._is_current(path, generation):
            self.failed.emit(path, describe_error(path, exc), generation)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
