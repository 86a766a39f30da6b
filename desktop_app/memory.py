# SPDX-License-Identifier: Apache-2.0
"""Hand memory freed by earlier images back to the operating system (Linux/glibc).

glibc's ``malloc`` keeps large blocks freed by worker threads (decoded films, their renderings and
working copies) in its heaps for reuse instead of returning them: after a few 2048² DICOMs the viewer
held ~140 MB it no longer used (``scanlens bench``: GUI + batch peak RSS 589–595 → 475–489 MB once it is
released after each image). ``malloc_trim`` returns such memory; it can take ~10 ms on a fragmented heap,
so callers run it off the GUI thread. Fixing the mmap threshold instead (every large buffer mapped
freshly) cost a 2048² 16-bit render 3 → 8–11 ms in page faults, so the allocator itself is left alone.
Elsewhere (Windows, macOS, musl) nothing is done.
"""

from __future__ import annotations

import sys


def release_free_memory() -> bool:
    """``malloc_trim(0)`` on glibc; True when memory was returned to the OS."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        return bool(ctypes.CDLL(None).malloc_trim(0))  # the process's own symbols, libc's included
    except (OSError, AttributeError):  # not glibc: nothing to do
        return False
