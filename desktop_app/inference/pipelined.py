# SPDX-License-Identifier: Apache-2.0
"""Several files analysed side by side, results handed back in input order (Qt-free).

Used by batch triage and by ``scanlens analyze`` with more than one file. On a 2-core PC two images in
flight let one image's decode, gate and Python work overlap the other's inference (onnxruntime and the
decoders release the GIL); the analyser should then be :meth:`Analyser.for_batch` (one-thread sessions).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def workers_for_this_pc() -> int:
    """Images analysed at once: two on a machine with ≥ 2 cores, else one."""
    return 2 if (os.cpu_count() or 1) >= 2 else 1


def in_order(work: Callable[[Item], Result], items: Iterable[Item], workers: int | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> Iterator[Result]:
    """Yield ``work(item)`` for each item, in order, with up to ``workers`` items running at once.

    After ``cancelled()`` turns true no new item starts and nothing more is yielded (the items still
    running finish and their results are dropped: an inference cannot be interrupted). An exception
    raised by ``work`` is raised here, for its item, in order.
    """
    limit = max(1, workers or workers_for_this_pc())
    queue = iter(items)
    with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="analyse") as pool:
        running: deque[Future[Result]] = deque()

        def refill() -> None:
            while len(running) < limit and not cancelled():
                try:
                    item = next(queue)
                except StopIteration:
                    return
                running.append(pool.submit(work, item))

        refill()
        while running and not cancelled():
            result = running.popleft().result()
            if cancelled():  # cancelled while this item ran: its result is dropped
                return
            yield result
            refill()
