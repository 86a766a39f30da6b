# SPDX-License-Identifier: Apache-2.0
"""Batch triage loop (Qt-free; runs on a worker): up to two images in flight, results in file order.

``InferenceSession.run`` cannot be interrupted: when the user cancels, no new image starts and the
results of the images still running are discarded when they return. Each finished image is reported
through ``progress`` as a :class:`BatchProgress` carrying its :class:`BatchRow`; nothing is kept here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.inference.prediction import GateVerdict, Prediction

log = logging.getLogger(__name__)

ANALYSED, REFUSED, FAILED = "Analysed", "Not analysed", "Error"


@dataclass(frozen=True)
class BatchRow:
    """One file of a batch: its outcome, and the stored prediction (shown again without re-running)."""

    path: str
    status: str  # ANALYSED, REFUSED or FAILED
    message: str = ""  # why it was not analysed / what went wrong
    patient: str = ""
    prediction: Prediction | None = None
    gate: GateVerdict | None = None

    @property
    def model(self) -> str:
        return self.prediction.model_id if self.prediction else ""

    @property
    def decision(self) -> str:
        return self.prediction.decision if self.prediction else ""

    @property
    def probability(self) -> float | None:
        """Calibrated probability of the decided label."""
        return self.prediction.scores[self.prediction.decision] if self.prediction else None

    @property
    def needs_review(self) -> bool:
        return bool(self.prediction and self.prediction.needs_review)

    @property
    def gate_label(self) -> str:
        return f"{self.gate.label} {self.gate.score:.2f}" if self.gate else ""


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int
    row: BatchRow | None = None  # None for the first report (the list of files is known)


@dataclass(frozen=True)
class BatchSummary:
    done: int
    total: int
    cancelled: bool


def describe_failure(exc: BaseException) -> str:
    """One line for the user; unexpected errors are named, never shown as a traceback."""
    from desktop_app.inference.registry import ModelUnavailable

    if isinstance(exc, ModelUnavailable):
        return f"Analysis not possible: {exc}"
    if isinstance(exc, MemoryError):
        return "Analysis failed: not enough memory"
    reason = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"Analysis failed: unexpected {type(exc).__name__}" + (f" ({reason})" if reason else "")


def stamp_source(prediction: Prediction, path: str) -> Prediction:
    """Record which file was scored, with its sha256 ("" when it cannot be read) — for reports and the case log."""
    from desktop_app.inference.registry import sha256_of

    prediction.file = path
    try:
        prediction.file_sha256 = sha256_of(Path(path))
    except OSError:
        prediction.file_sha256 = ""
    return prediction


def _patient(image: Any) -> str:
    value = image.metadata.get("patient_id")
    return "" if value is None else str(value)


def analyse_path(analyzer: Any, path: Path, model_id: str = "auto") -> BatchRow:
    """Decode and score one file; never raises (one bad file must not stop a batch)."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.model import ImageLoadError
    from desktop_app.inference.analyzer import AnalysisRefused
    from desktop_app.inference.registry import ModelUnavailable

    try:  # only analysed here, never shown: a large JPEG may be decoded at reduced scale (same scores)
        image = load_image(str(path), analysis_min_side=analyzer.analysis_min_side())
    except ImageLoadError as err:
        return BatchRow(str(path), FAILED, f"Cannot open: {err}")
    except Exception as err:  # noqa: BLE001 - reported in the table, the batch goes on
        log.error("unexpected error decoding %s", path, exc_info=err)
        return BatchRow(str(path), FAILED, f"Cannot open: unexpected {type(err).__name__}")
    patient = _patient(image)
    try:
        prediction = analyzer.analyze(image, model_id=model_id)
    except AnalysisRefused as refusal:
        return BatchRow(str(path), REFUSED, str(refusal), patient, gate=refusal.gate)
    except Exception as err:  # noqa: BLE001
        if not isinstance(err, ModelUnavailable):
            log.error("unexpected error analysing %s", path, exc_info=err)
        return BatchRow(str(path), FAILED, describe_failure(err), patient)
    stamp_source(prediction, str(path))
    return BatchRow(str(path), ANALYSED, "", patient, prediction, prediction.gate)


def run_batch(get_analyzer: Callable[[], Any], paths: list[Path], model_id: str,
              cancelled: Callable[[], bool], progress: Callable[[BatchProgress], None],
              workers: int | None = None) -> BatchSummary:
    """Analyse ``paths``, reporting in file order; stops at the first cancel check that sees ``cancelled()``.

    Up to ``workers`` images are in flight (default: ``pipelined.workers_for_this_pc``, each on one-thread
    sessions: :meth:`Analyzer.for_batch`); after a cancel no new image starts and the results of those still
    running are discarded when they return (an inference cannot be interrupted).
    """
    from desktop_app.inference.pipelined import in_order

    total = len(paths)
    progress(BatchProgress(0, total))
    analyzer = get_analyzer()
    analyzer = getattr(analyzer, "for_batch", lambda: analyzer)()
    done = 0
    for row in in_order(lambda path: analyse_path(analyzer, path, model_id), paths, workers, cancelled):
        done += 1
        progress(BatchProgress(done, total, row))
    return BatchSummary(done, total, done < total and cancelled())


def run_folder(get_analyzer: Callable[[], Any], folder: str, model_id: str, cancelled: Callable[[], bool],
               progress: Callable[[BatchProgress], None]) -> BatchSummary:
    """:func:`run_batch` over the supported images in ``folder`` and its sub-folders."""
    from desktop_app.inference.commands import collect_paths

    return run_batch(get_analyzer, collect_paths([folder]), model_id, cancelled, progress)
