# SPDX-License-Identifier: Apache-2.0
"""Files analysed side by side come back in input order, bounded, cancellable, errors in place."""

from __future__ import annotations

import threading
import time

import pytest

from desktop_app.inference.pipelined import in_order


def test_results_in_input_order_with_two_running() -> None:
    running, peak, lock = [0], [0], threading.Lock()

    def work(n: int) -> int:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.02 if n % 2 == 0 else 0.001)  # even items finish after the odd one started with them
        with lock:
            running[0] -= 1
        return n * n

    assert list(in_order(work, range(10), workers=2)) == [n * n for n in range(10)]
    assert peak[0] == 2


def test_cancel_starts_nothing_new_and_drops_running_results() -> None:
    started: list[int] = []
    stop = threading.Event()

    def work(n: int) -> int:
        started.append(n)
        if n == 3:
            stop.set()
        return n

    results = list(in_order(work, range(100), workers=2, cancelled=stop.is_set))
    assert results == list(range(len(results))) and len(results) <= 3
    assert len(started) <= 5  # at most the two in flight when the cancel was seen


def test_an_error_is_raised_for_its_item_after_the_earlier_results() -> None:
    def work(n: int) -> int:
        if n == 2:
            raise ValueError("bad file")
        return n

    got: list[int] = []
    with pytest.raises(ValueError, match="bad file"):
        for result in in_order(work, range(5), workers=2):
            got.append(result)
    assert got == [0, 1]
