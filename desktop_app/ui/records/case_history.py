# SPDX-License-Identifier: Apache-2.0
"""The window's case history (``desktop_app.storage.CaseStore``) used off the GUI thread.

Every read and write runs on one dedicated worker thread, in the order asked: a review saved right after
an analysis is always written after that analysis. The store is opened on first use; an error there is
reported like any other and the next call tries again. Results arrive on the main thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.ui.common.worker import Worker, dedicated_pool

log = logging.getLogger(__name__)


class CaseHistory(QObject):
    """Runs ``fn(store, *args)`` on the case-history thread; see :meth:`call`."""

    def __init__(self, parent: QObject | None = None, path: str | None = None):
        super().__init__(parent)
        self._path = path
        self._pool = dedicated_pool(1, self)
        self._lock = threading.Lock()
        self._store: Any = None

    @property
    def path(self) -> str:
        from desktop_app.storage import default_db_path

        return str(self._path or default_db_path())

    def _open(self) -> Any:
        from desktop_app.storage import CaseStore

        with self._lock:
            if self._store is None:
                self._store = CaseStore(self._path)
            return self._store

    def _run(self, fn: Callable[..., Any], args: tuple) -> Any:
        return fn(self._open(), *args)

    def call(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[str], None] | None = None) -> Worker:
        """Queue ``fn(store, *args)``; ``on_done(result)`` or ``on_error(one_line_reason)`` follows."""
        worker = Worker(self._run, fn, args)
        if on_done is not None:
            worker.signals.returned.connect(on_done)
        worker.signals.errored.connect(lambda exc: self._failed(exc, on_error))
        return worker.start(self._pool)

    @staticmethod
    def _failed(exc: BaseException, on_error: Callable[[str], None] | None) -> None:
        from desktop_app.storage import StorageError

        if isinstance(exc, StorageError):
            message = str(exc)
        else:
            log.error("case history call failed", exc_info=exc)
            text = QCoreApplication.translate("CaseHistory", "The case history failed: unexpected {error} ({detail})")
            message = text.format(error=type(exc).__name__, detail=exc)
        if on_error is not None:
            on_error(message)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def close(self) -> None:
        """Wait for queued work, then close the database (the window is closing)."""
        self.wait()
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
