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
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

READY = "ready"


@dataclass(frozen=True)
class WorkerConfig:
    max_address_bytes: int | None  # RLIMIT_AS of the worker
    image_mb: int | None  # SCANLENS_MAX_IMAGE_MB for the app inside the worker (None: app default)
    nice: int = 0


def limit_memory(max_bytes: int | None) -> None:
    """Cap the address space (``RLIMIT_AS``) so a bomb fails with MemoryError instead of eating the machine."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if max_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def address_space_mb() -> float:
    """Current virtual size (what RLIMIT_AS counts); 0 where /proc is not available."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024**2


def serve(conn: Connection, config: WorkerConfig) -> None:
    """Worker main loop. Messages in: ``(index, suffix, data)`` or ``None`` to stop; out: ``Outcome``."""
    limit_memory(config.max_address_bytes)
    if config.nice:
        os.nice(config.nice)
    os.environ["RUST_BACKTRACE"] = "0"  # a panicking Rust decoder prints one line, not 40 frames
    if config.image_mb is not None:
        os.environ["SCANLENS_MAX_IMAGE_MB"] = str(config.image_mb)
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
            before = peak_rss_mb()
            outcome = checker.check(path)
            after = peak_rss_mb()
            outcome.extra.update(peak_rss_mb=round(after, 1), vm_mb=round(address_space_mb(), 1))
            if after > before:
                outcome.extra["rss_growth_mb"] = round(after - before, 1)
            path.unlink(missing_ok=True)
            del data, message
            conn.send(outcome)
