# SPDX-License-Identifier: Apache-2.0
"""Runs the inference core off the GUI thread: one Analyser per app, every request tagged.

The :class:`~desktop_app.inference.analyser.Analyser` is created on a worker the first time it is
needed (model discovery reads the cards; sessions are created by the analyser on first use and reused).
Each :meth:`AnalysisController.analyse` call returns a :class:`Request`; only the newest request's
outcome is emitted, older ones are dropped when they arrive (``InferenceSession.run`` cannot be
interrupted, so cancelling means discarding). Queued requests that became stale are skipped before
they start. Outcomes arrive on the main thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.analysis.batch import describe_failure
from desktop_app.analysis.result import ANALYSED, REFUSED, AnalysisResult
from desktop_app.imaging.model import LoadedImage
from desktop_app.ui.common.worker import Worker, dedicated_pool

if TYPE_CHECKING:
    from desktop_app.inference.analyser import Analyser

log = logging.getLogger(__name__)


class LazyAnalyser:
    """Creates one Analyser on first :meth:`get` (from any thread) and hands out that one afterwards.

    ``model_dirs=None`` means the shipped models folder followed by ``extra_dirs`` (resolved on first
    use, so the registry and OpenCV are not imported while the window starts).
    """

    def __init__(self, device: str = "auto", extra_dirs: list[Path] | None = None,
                 model_dirs: list[Path] | None = None):
        self.device = device
        self.extra_dirs = list(extra_dirs or [])
        self.model_dirs = None if model_dirs is None else list(model_dirs)
        self._lock = threading.Lock()
        self._analyser: Analyser | None = None

    def key(self) -> tuple:
        return self.device, self.extra_dirs, self.model_dirs

    def get(self) -> Analyser:
        with self._lock:
            if self._analyser is None:
                from desktop_app.inference.analyser import Analyser
                from desktop_app.inference.registry import default_model_dirs

                dirs = self.model_dirs if self.model_dirs is not None else default_model_dirs(self.extra_dirs)
                self._analyser = Analyser(dirs, device=self.device)
            return self._analyser

    @property
    def loaded(self) -> Analyser | None:
        """The analyser if it exists already (never creates it)."""
        return self._analyser


@dataclass(frozen=True)
class Request:
    """One analysis asked for by the user: which image generation, frame and model."""

    id: int
    generation: int
    frame: int
    model_id: str = "auto"
    override_gate: bool = False
    typed: tuple[tuple[str, str], ...] = ()  # patient facts typed for an image without a DICOM header


class _Skipped(Exception):
    """A queued request became stale before it started."""


def _run(lazy: LazyAnalyser, image: LoadedImage, request: Request,
         wanted: Callable[[], bool]) -> tuple[Analyser, AnalysisResult]:
    from desktop_app.analysis import analyse_file

    if not wanted():
        raise _Skipped
    analyser = lazy.get()
    result = analyse_file(analyser, image, frame=request.frame, model_id=request.model_id,
                          override_gate=request.override_gate, typed=dict(request.typed))
    return analyser, result


def provider_notes(analyser: Analyser) -> str:
    """Notes of the loaded sessions (e.g. "GPU requested … using CPU"), one sentence each."""
    return "; ".join(sorted({s.note for s in analyser.sessions.loaded() if s.note}))


class AnalysisController(QObject):
    """Qt face of the inference core for the main window (see the module docstring)."""

    analyser_ready = Signal(object)  # Analyser (a new one after configure())
    busy_changed = Signal(bool)
    finished = Signal(object, object)  # Request, AnalysisResult (analysed)
    refused = Signal(object, object)  # Request, AnalysisResult (the input gate said no: gate, reason)
    failed = Signal(object, str)  # Request, one-line message
    discarded = Signal(object)  # Request whose outcome arrived after a newer request
    provider_changed = Signal(str, str)  # provider in use, note ("" when none)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lazy = LazyAnalyser()
        self._pool = dedicated_pool(1, self)  # one inference at a time; requests queue in order
        self._latest = 0
        self._busy = False
        self._announced: Analyser | None = None

    # -- configuration ---------------------------------------------------------------------------
    def configure(self, device: str, extra_dirs: list[Path] | None = None,
                  model_dirs: list[Path] | None = None) -> bool:
        """Use this device and these model folders from the next request on (a new Analyser).

        Returns True when something changed. ``model_dirs`` replaces the default folders (tests).
        """
        lazy = LazyAnalyser(device, extra_dirs, model_dirs)
        if lazy.key() == self._lazy.key():
            return False
        self._lazy = lazy
        self._announced = None
        return True

    @property
    def device(self) -> str:
        return self._lazy.device

    @property
    def analyser(self) -> Analyser | None:
        """The current Analyser once created (see :meth:`load`)."""
        return self._lazy.loaded

    def analyser_getter(self) -> Callable[[], Analyser]:
        """Creates or returns the current Analyser from any thread (the batch shares it and its sessions)."""
        return self._lazy.get

    def load(self) -> None:
        """Create the Analyser in the background if needed; :attr:`analyser_ready` follows."""
        if self._lazy.loaded is not None:
            self._announce(self._lazy.loaded)
            return
        lazy = self._lazy
        worker = Worker(lazy.get)
        worker.signals.returned.connect(lambda analyser: self._announce(analyser) if lazy is self._lazy else None)
        worker.signals.errored.connect(lambda exc: log.error("cannot create the analyser", exc_info=exc))
        worker.start(self._pool)

    # -- requests --------------------------------------------------------------------------------
    def analyse(self, image: LoadedImage, frame: int, generation: int, model_id: str = "auto",
                override_gate: bool = False, typed: dict[str, str] | None = None) -> Request:
        """Start scoring ``frame`` of ``image``; any older request becomes stale."""
        self._latest += 1
        request = Request(self._latest, generation, frame, model_id, override_gate,
                          tuple(sorted((typed or {}).items())))
        worker = Worker(_run, self._lazy, image, request, lambda: self.is_current(request))
        worker.signals.returned.connect(lambda outcome: self._on_returned(request, *outcome))
        worker.signals.errored.connect(lambda exc: self._on_errored(request, exc))
        self._set_busy(True)
        worker.start(self._pool)
        return request

    def invalidate(self) -> None:
        """Forget the running request (a new image is on screen): its outcome will be discarded."""
        self._latest += 1
        self._set_busy(False)

    def is_current(self, request: Request) -> bool:
        return request.id == self._latest

    # -- outcomes (main thread) --------------------------------------------------------------------
    def _accept(self, request: Request) -> bool:
        if self._lazy.loaded is not None:
            self._announce(self._lazy.loaded)
        if not self.is_current(request):
            log.debug("discarding stale analysis %d (latest %d)", request.id, self._latest)
            self.discarded.emit(request)
            return False
        self._set_busy(False)
        return True

    def _on_returned(self, request: Request, analyser: Analyser, result: AnalysisResult) -> None:
        if not self._accept(request):
            return
        if result.status == ANALYSED and result.prediction is not None:
            self.provider_changed.emit(result.prediction.provider, provider_notes(analyser))
            self.finished.emit(request, result)
        elif result.status == REFUSED:
            self._report_gate_provider()
            self.refused.emit(request, result)
        else:
            self.failed.emit(request, result.message)

    def _on_errored(self, request: Request, exc: BaseException) -> None:
        if isinstance(exc, _Skipped) or not self._accept(request):
            return
        log.error("analysis failed", exc_info=exc)
        self.failed.emit(request, describe_failure(exc))

    def _report_gate_provider(self) -> None:
        """After a refusal only the gate ran: report its provider (and any note) all the same."""
        analyser = self._lazy.loaded
        sessions = analyser.sessions.loaded() if analyser is not None else []
        if sessions:
            self.provider_changed.emit(sessions[0].provider, provider_notes(analyser))

    def _announce(self, analyser: Analyser) -> None:
        if analyser is not self._announced:
            self._announced = analyser
            self.analyser_ready.emit(analyser)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
