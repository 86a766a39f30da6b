# SPDX-License-Identifier: Apache-2.0
"""Batch triage (Qt-free; runs on a worker): :func:`analyse_file` over many files, results in file order.

Up to two images are in flight. ``InferenceSession.run`` cannot be interrupted: when the user cancels, no
new image starts and the results of the images still running are discarded when they return. Each finished
image is reported through ``progress`` as a :class:`BatchProgress` carrying its result; nothing is kept here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.analysis.analyse import analyse_file
from desktop_app.analysis.result import AT_UNEXPECTED, FAILED, AnalysisResult
from desktop_app.i18n import translate

if TYPE_CHECKING:
    from desktop_app.inference.analyser import Analyser

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int
    result: AnalysisResult | None = None  # None for the first report (the list of files is known)


@dataclass(frozen=True)
class BatchSummary:
    done: int
    total: int
    cancelled: bool


def describe_failure(exc: BaseException) -> str:
    """One line for the user; unexpected errors are named, never shown as a traceback."""
    from desktop_app.inference.registry import ModelUnavailable

    if isinstance(exc, ModelUnavailable):
        return translate("Analysis", "Analysis not possible: {reason}").format(reason=exc)
    if isinstance(exc, MemoryError):
        return translate("Analysis", "Analysis failed: not enough memory")
    reason = str(exc).splitlines()[0][:200] if str(exc) else ""
    if reason:
        return translate("Analysis", "Analysis failed: unexpected {error} ({reason})").format(
            error=type(exc).__name__, reason=reason)
    return translate("Analysis", "Analysis failed: unexpected {error}").format(error=type(exc).__name__)


def analyse_in_batch(analyser: Analyser, path: Path, model_id: str = "auto") -> AnalysisResult:
    """:func:`analyse_file` for one file of a batch: never raises (one bad file must not stop a batch), and
    keeps no pixels (the table and the case history need none; the file is decoded for analysis only)."""
    try:
        return analyse_file(analyser, path, model_id=model_id, reduced=True).without_pixels()
    except Exception as err:  # noqa: BLE001 - reported in the table, the batch goes on
        log.error("unexpected error analysing %s", path, exc_info=err)
        return AnalysisResult(str(path), FAILED, reason=describe_failure(err), failed_at=AT_UNEXPECTED)


def run_batch(get_analyser: Callable[[], Analyser], paths: list[Path], model_id: str,
              cancelled: Callable[[], bool], progress: Callable[[BatchProgress], None],
              workers: int | None = None) -> BatchSummary:
    """Analyse ``paths``, reporting in file order; stops at the first cancel check that sees ``cancelled()``.

    Up to ``workers`` images are in flight (default: ``pipelined.workers_for_this_pc``, each on one-thread
    sessions: :meth:`Analyser.for_batch`); after a cancel no new image starts and the results of those still
    running are discarded when they return (an inference cannot be interrupted).
    """
    from desktop_app.inference.pipelined import in_order

    total = len(paths)
    progress(BatchProgress(0, total))
    analyser = get_analyser()
    analyser = getattr(analyser, "for_batch", lambda: analyser)()
    done = 0
    for result in in_order(lambda path: analyse_in_batch(analyser, path, model_id), paths, workers, cancelled):
        done += 1
        progress(BatchProgress(done, total, result))
    return BatchSummary(done, total, done < total and cancelled())


def run_folder(get_analyser: Callable[[], Analyser], folder: str, model_id: str, cancelled: Callable[[], bool],
               progress: Callable[[BatchProgress], None]) -> BatchSummary:
    """:func:`run_batch` over the supported images in ``folder`` and its sub-folders."""
    from desktop_app.imaging.formats import collect_paths

    return run_batch(get_analyser, collect_paths([folder]), model_id, cancelled, progress)


