# SPDX-License-Identifier: Apache-2.0
"""Freed image-sized buffers go back to the OS once the allocator is tuned (Linux/glibc)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_app.allocator import return_large_blocks_to_os

# In a worker thread (its own malloc arena, like the viewer's loader and batch triage): one large buffer
# freed first (glibc then raises its mmap threshold), then 80 image-sized buffers, the last one kept.
CHILD = r"""
import json, sys, threading
import numpy as np
from desktop_app.allocator import return_large_blocks_to_os

tuned = return_large_blocks_to_os() if sys.argv[1] == "1" else False
def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024
kept = []
def work():
    del_first = np.ones(3_000_000, np.uint8); del del_first
    buffers = [np.ones(1_500_000 + i, np.uint8) for i in range(80)]
    kept.append(buffers[-1])
before = rss()
thread = threading.Thread(target=work); thread.start(); thread.join()
print(json.dumps({"tuned": tuned, "growth_mb": rss() - before}))
"""


def _growth(tuned: bool) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, "1" if tuned else "0"], capture_output=True, text=True,
                         check=True, timeout=60)
    return json.loads(out.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator only")
def test_freed_image_buffers_leave_the_process() -> None:
    if not return_large_blocks_to_os():
        pytest.skip("this C library has no mallopt")
    tuned, default = _growth(True), _growth(False)
    assert tuned["tuned"] and tuned["growth_mb"] < 20  # only the kept 1.5 MB buffer stays
    assert default["growth_mb"] > tuned["growth_mb"]  # the control: without it, freed buffers stay resident
