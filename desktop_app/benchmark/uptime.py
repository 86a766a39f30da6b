# SPDX-License-Identifier: Apache-2.0
"""How long this process has been running (``scanlens --benchmark-startup``, ``scanlens bench``'s cold start)."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.perf_counter()


def process_uptime() -> tuple[float, str]:
    """Seconds since this process started, and how that was measured.

    On Linux the kernel's start time of the process (``/proc/self/stat`` field 22, in clock ticks since
    boot) is compared with ``/proc/uptime``: this includes interpreter start-up, with ~10 ms resolution.
    Elsewhere we can only measure from the import of this module (``run_gui`` imports it first), which
    misses interpreter start-up.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 overall; 20th after "(comm) "
        return max(uptime - started, 0.0), "since process start (/proc/self/stat)"
    except (OSError, ValueError, IndexError):
        return (
            time.perf_counter() - _IMPORTED_AT,
            "since import of desktop_app.benchmark.uptime (excludes interpreter start)",
        )
