# SPDX-License-Identifier: Apache-2.0
"""Give freed image buffers back to the operating system (Linux/glibc).

glibc's ``malloc`` raises its mmap threshold each time a large block is freed (up to 32 MiB), after
which decoded images and their working copies are carved from per-thread heaps that are rarely
returned: opening a few 2048² DICOMs and a batch in worker threads left ~60 MB more resident than
needed (``scanlens bench`` peak RSS 505–520 → 452–455 MB). A fixed threshold of 1 MiB keeps such
buffers in their own mappings, unmapped when freed. Elsewhere (Windows, macOS, musl) nothing is done.
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3  # glibc <malloc.h>
LARGE_BLOCK = 1 << 20


def return_large_blocks_to_os(threshold: int = LARGE_BLOCK) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes; True when it was applied."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # not ctypes.util: its find_library costs ~15 ms of start-up

    try:
        libc = ctypes.CDLL(None)  # the process's own symbols, the C library's included
        return bool(libc.mallopt(M_MMAP_THRESHOLD, threshold))
    except (OSError, AttributeError):  # no mallopt (not glibc): leave the allocator alone
        return False
