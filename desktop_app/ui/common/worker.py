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
import time
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()


_STARTED, _PROGRESS, _RETURNED, _ERRORED, _FINISHED = range(5)


class WorkerSignals(QObject):
    """Signals of one :class:`Worker`, always emitted on the main thread.

    The pool thread emits only the private ``_relay`` signal, queued to :meth:`_deliver`, a slot of
    this main-thread object, which emits the public signals. So every handler (lambdas included) runs
    on the main thread, all handlers of one signal run in one go, and the order is preserved.
    """

    started = Signal()
    progress = Signal(object)
    returned = Signal(object)
    errored = Signal(object)  # the exception instance
    finished = Signal()
    _relay = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object)
    def _deliver(self, kind: int, value: object) -> None:
        if kind == _PROGRESS:
            self.progress.emit(value)
        elif kind == _RETURNED:
            self.returned.emit(value)
        elif kind == _ERRORED:
            self.errored.emit(value)
        elif kind == _STARTED:
            self.started.emit()
        else:
            self.finished.emit()


class Worker(QRunnable):
    """Run ``fn(*args, **kwargs)`` on the thread pool and report through :attr:`signals`.

    ``finished`` is emitted after ``returned`` or ``errored``, always exactly once.
    Running workers are kept alive in :attr:`_running` so Python does not collect them early. The
    signals object is parented to the application and deleted with ``deleteLater`` on the main
    thread after ``finished``, so it is never destroyed on the pool thread.
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
            self._kwargs["progress"] = self._report_progress
        self.signals.finished.connect(self._release)

    def start(self, pool: QThreadPool | None = None) -> Worker:
        """Queue the worker on ``pool`` (default: the global pool) and return it."""
        pool = pool or QThreadPool.globalInstance()
        _pools.add(pool)
        Worker._running.add(self)
        pool.start(self)
        return self

    def run(self) -> None:  # runs on a pool thread
        relay = self.signals._relay
        relay.emit(_STARTED, None)
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # noqa: BLE001 - every error is handed to the main thread
            log.debug("worker %r failed", self._fn, exc_info=exc)
            relay.emit(_ERRORED, exc)
        else:
            relay.emit(_RETURNED, result)
        relay.emit(_FINISHED, None)

    def _report_progress(self, value: object) -> None:
        self.signals._relay.emit(_PROGRESS, value)

    def _release(self) -> None:
        self.signals.deleteLater()  # runs after every finished handler: they are called synchronously
        Worker._running.discard(self)


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Block until every pool a worker was started on is idle (shutdown and test teardown)."""
    deadline = time.monotonic() + timeout_ms / 1000
    # a pool deleted with its parent has already waited for its threads in its destructor
    pools = [QThreadPool.globalInstance(), *(p for p in list(_pools) if shiboken6.isValid(p))]
    return all(pool.waitForDone(max(0, int((deadline - time.monotonic()) * 1000))) for pool in pools)


def dedicated_pool(max_threads: int = 1, parent: QObject | None = None) -> QThreadPool:
    """A separate pool for long background jobs (e.g. thumbnails) so they never delay a load."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(max_threads)
    return pool


def running_workers() -> int:
    """Number of workers started and not yet finished (as seen from the main thread)."""
    return len(Worker._running)
