# SPDX-License-Identifier: Apache-2.0
"""The fuzz worker process: memory ceiling, then a loop of "write the case to a file, check it, reply".

It runs in a fresh interpreter (``spawn``), so a case that crashes the process, runs out of its address
space or hangs only costs this worker; the parent kills and replaces it.
"""

from __future__ import annotations

import logging
import os
import resource
import tempfile
import warnings
from multiprocessing.connection import Connection
from pathlib import Path

READY = "ready"


def limit_memory(max_bytes: int | None) -> None:
    """Cap the address space (``RLIMIT_AS``) so a bomb fails with MemoryError instead of eating the machine."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if max_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def serve(conn: Connection, max_bytes: int | None, nice: int = 0) -> None:
    """Worker main loop. Messages in: ``(index, suffix, data)`` or ``None`` to stop; out: ``Outcome``."""
    limit_memory(max_bytes)
    if nice:
        os.nice(nice)
    warnings.simplefilter("ignore")  # pydicom/Pillow warn on every damaged file; outcomes are what count
    logging.disable(logging.WARNING)
    from tools.fuzzing.check import Checker

    checker = Checker()
    with tempfile.TemporaryDirectory(prefix="scanlens-fuzz-") as folder:
        conn.send((READY, os.getpid()))
        while True:
            message = conn.recv()
            if message is None:
                return
            index, suffix, data = message
            path = Path(folder) / f"case {index}{suffix}"  # a space in every name, like real exports
            path.write_bytes(data)
            outcome = checker.check(path)
            outcome.extra["peak_rss_mb"] = round(peak_rss_mb(), 1)
            path.unlink(missing_ok=True)
            conn.send(outcome)
