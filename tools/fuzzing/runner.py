# SPDX-License-Identifier: Apache-2.0
"""A small process pool with a per-case time limit: a hung or crashed worker is killed and replaced.

``multiprocessing.Pool`` cannot time out one task and restart its worker, so each worker here has its own
pipe, gets one case at a time, and the parent waits on all pipes with the nearest deadline.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from tools.fuzzing.cases import Case
from tools.fuzzing.check import Outcome
from tools.fuzzing.worker import READY, WorkerConfig, serve

_START_TIMEOUT = 120.0
_RECYCLE_AFTER = 1500  # cases per worker; bounds the effect of slow leaks
#: A worker whose address space stays above this share of its limit after a case is replaced, so the
#: memory a large (allowed) image left mapped is not blamed on the next, innocent case.
_RECYCLE_AT_SHARE = 0.6


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    case: Case | None = None
    deadline: float = 0.0
    done: int = 0


class Pool:
    def __init__(self, jobs: int, timeout: float, config: WorkerConfig) -> None:
        self.context = mp.get_context("spawn")
        self.timeout, self.config = timeout, config
        self.workers = [self._start() for _ in range(max(jobs, 1))]

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=serve, args=(child, self.config), daemon=True)
        process.start()
        child.close()
        if not parent.poll(_START_TIMEOUT):
            process.kill()
            raise RuntimeError("a fuzz worker did not start (importing the app or loading the models hangs)")
        try:
            message = parent.recv()
        except EOFError as exc:
            raise RuntimeError(f"a fuzz worker died while starting (exit code {process.exitcode})") from exc
        if not (isinstance(message, tuple) and message[0] == READY):
            raise RuntimeError(f"unexpected message from a starting worker: {message!r}")
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> _Worker:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        fresh = self._start()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def _send(self, worker: _Worker, case: Case) -> None:
        worker.case, worker.deadline = case, time.monotonic() + self.timeout
        worker.conn.send((case.index, case.suffix, case.data))

    def run(self, cases: Iterator[Case], report: Callable[[Case, Outcome], None]) -> None:
        """Check every case; ``report(case, outcome)`` is called once per case, in completion order."""
        pending = True
        for worker in self.workers:
            case = next(cases, None)
            if case is None:
                pending = False
                break
            self._send(worker, case)
        while any(w.case is not None for w in self.workers):
            busy = [w for w in self.workers if w.case is not None]
            wait_for = max(min(w.deadline for w in busy) - time.monotonic(), 0.0)
            ready = set(wait([w.conn for w in busy], timeout=wait_for))
            for worker in busy:
                outcome = self._collect(worker, worker.conn in ready)
                if outcome is None:
                    continue
                case, worker.case = worker.case, None
                assert case is not None
                report(case, outcome)
                worker = self._maybe_recycle(worker, outcome)
                nxt = next(cases, None) if pending else None
                if nxt is None:
                    pending = False
                else:
                    self._send(worker, nxt)

    def _collect(self, worker: _Worker, readable: bool) -> Outcome | None:
        """The worker's outcome, a crash/hang outcome, or None when it is still working."""
        if readable:
            try:
                outcome = worker.conn.recv()
                worker.done += 1
                return outcome
            except (EOFError, OSError):
                worker.process.join(5)
                return _crash(worker.process.exitcode)
        if time.monotonic() >= worker.deadline:
            return Outcome("failure", "hang", f"hang: no answer within {self.timeout:g} s",
                           details=f"killed after {self.timeout:g} s", elapsed=self.timeout)
        return None

    def _maybe_recycle(self, worker: _Worker, outcome: Outcome) -> _Worker:
        crashed = outcome.stage in ("hang", "crash")
        limit_mb = (self.config.max_address_bytes or 0) / 1024**2
        bloated = limit_mb > 0 and float(outcome.extra.get("vm_mb", 0.0)) > _RECYCLE_AT_SHARE * limit_mb
        if crashed or bloated or worker.done >= _RECYCLE_AFTER:
            return self._replace(worker)
        return worker

    def close(self) -> None:
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in self.workers:
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()


def _crash(exitcode: int | None) -> Outcome:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        how = f"killed by {name}"
    else:
        how = f"exited with code {exitcode}"
    return Outcome("failure", "crash", f"crash: worker {how}", details=f"the worker process {how}")
