# SPDX-License-Identifier: Apache-2.0
"""Repeat a call and summarise its wall-clock times (median, 95th percentile, mean, in milliseconds)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Stats:
    """Summary of ``n`` timed runs, in the unit they were given in (milliseconds unless said otherwise)."""

    p50: float
    p95: float
    mean: float
    n: int

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default) without importing numpy."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarise(values: Sequence[float]) -> Stats:
    return Stats(
        p50=percentile(values, 50),
        p95=percentile(values, 95),
        mean=sum(values) / len(values) if values else float("nan"),
        n=len(values),
    )


def time_ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000.0, result


def measure(fn: Callable[[], Any], n: int, warmup: int = 1) -> Stats:
    """Call ``fn`` ``warmup`` times untimed, then ``n`` times timed; return the summary in milliseconds."""
    for _ in range(warmup):
        fn()
    return summarise([time_ms(fn)[0] for _ in range(max(1, n))])


def measure_against(fn: Callable[[], Any], reference: Callable[[], Any], n: int,
                    warmup: int = 1) -> tuple[Stats, Stats]:
    """Time ``fn`` and ``reference`` alternately, ``n`` times each: both medians see the same machine
    state, so their ratio holds on a machine whose speed drifts (shared VMs, thermal throttling)."""
    for _ in range(warmup):
        fn()
        reference()
    timed: list[float] = []
    against: list[float] = []
    for _ in range(max(1, n)):
        timed.append(time_ms(fn)[0])
        against.append(time_ms(reference)[0])
    return summarise(timed), summarise(against)
