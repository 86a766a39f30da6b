# SPDX-License-Identifier: Apache-2.0
"""The one way ScanLens runs slow work off the GUI thread (modelled on superqt's ``_qthreading``).

A :class:`Worker` is a ``QRunnable`` run on the global ``QThreadPool``; its :class:`WorkerSignals`
object is created on the main thread, so every signal is delivered there (queued) and handlers may
touch widgets. The worker never touches widgets itself.

Typical use::

    worker = Worker(load_image, path)
    worker.signals.returned.connect(self._show)
    worker.signals.errored.connect(self._report)
    worker.start()

Functions that want to report progress accept a ``progress`` keyword; pass ``with_progress=True``
and call ``progress(value)`` from inside the function.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """Signals of one :class:`Worker`; they live on (and are delivered to) the main thread."""

    started = Signal()
    progress = Signal(object)
    returned = Signal(object)
    errored = Signal(object)  # the exception instance
    finished = Signal()


class Worker(QRunnable):
    """Run ``fn(*args, **kwargs)`` on the thread pool and report through :attr:`signals`.

    ``finished`` is emitted after ``returned`` or ``errored``, always exactly once.
    Running workers are kept alive in :attr:`_running` so Python does not collect them early. The
    signals object is parented to the application and deleted with ``deleteLater`` on the main
    thread, so it is never destroyed on the pool thread that drops the last reference to the worker.
    """

    _running: ClassVar[set[Worker]] = set()

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals(QCoreApplication.instance())
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        if with_progress:
            self._kwargs["progress"] = self.signals.progress.emit
        self.signals.finished.connect(self._release)

    def start(self, pool: QThreadPool | None = None) -> Worker:
        """Queue the worker on ``pool`` (default: the global pool) and return it."""
        Worker._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def run(self) -> None:  # runs on a pool thread
        self.signals.started.emit()
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # noqa: BLE001 - every error is handed to the main thread
            log.debug("worker %r failed", self._fn, exc_info=exc)
            self.signals.errored.emit(exc)
        else:
            self.signals.returned.emit(result)
        self.signals.finished.emit()

    def _release(self) -> None:
        self.signals.deleteLater()
        Worker._running.discard(self)


def run_in_worker(
    fn: Callable[..., Any],
    *args: Any,
    on_returned: Callable[[Any], None] | None = None,
    on_errored: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> Worker:
    """Create, connect and start a :class:`Worker` in one call."""
    worker = Worker(fn, *args, **kwargs)
    if on_returned is not None:
        worker.signals.returned.connect(on_returned)
    if on_errored is not None:
        worker.signals.errored.connect(on_errored)
    return worker.start()


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Block until the global pool is idle (used at shutdown and in test teardown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def running_workers() -> int:
    """Number of workers started and not yet finished (as seen from the main thread)."""
    return len(Worker._running)
