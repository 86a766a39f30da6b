# SPDX-License-Identifier: Apache-2.0
"""The one path for "analyse a file" (Qt-free): decode → input gate → model → decision and heatmap.

:func:`analyse_file` is what ``scanlens analyze``, the viewer's Analyse, batch triage, the self-test and
the benchmark call. It returns an :class:`~desktop_app.analysis.result.AnalysisResult` for everything the
user caused (a file that cannot be decoded, an image the gate refuses, a model that cannot be used);
anything else is a bug and is raised for the caller to report.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.analysis.result import (
    ANALYSED,
    AT_DECODE,
    AT_MODEL,
    FAILED,
    REFUSED,
    AnalysisResult,
    MetaValue,
    patient_of,
)
from desktop_app.imaging.model import LoadedImage

if TYPE_CHECKING:
    from desktop_app.inference.analyser import Analyser


def file_sha256(path: str | Path) -> str | None:
    """The sha256 of the file at ``path``; None when it cannot be read."""
    from desktop_app.inference.registry import sha256_of

    try:
        return sha256_of(Path(path))
    except OSError:
        return None


def analyse_file(analyser: Analyser, source: str | Path | LoadedImage, *, frame: int = 0, model_id: str = "auto",
                 override_gate: bool = False, reduced: bool = False,
                 typed: Mapping[str, MetaValue] | None = None) -> AnalysisResult:
    """Analyse ``frame`` of ``source`` (a file, or an image the viewer has already decoded).

    ``reduced``: the pixels are only analysed, never shown, so a large JPEG may be decoded at reduced
    scale (scores within 1e-4 of the full decode, tests/test_benchmark.py). ``override_gate`` scores an
    image the input gate refused (the verdict then says ``overridden``); so does naming ``model_id``.
    ``typed``: patient fields typed for an image without a DICOM header (age, view, body part …), read by
    the population check of the result's scope verdict.
    """
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.model import ImageLoadError

    path = source.path if isinstance(source, LoadedImage) else str(source)
    sha256 = file_sha256(path)
    started = time.perf_counter()
    if isinstance(source, LoadedImage):
        image = source
    else:
        try:
            image = load_image(path, analysis_min_side=analyser.analysis_min_side() if reduced else None)
        except ImageLoadError as err:
            return AnalysisResult(path, FAILED, sha256, reason=str(err), failed_at=AT_DECODE)
    decoded = time.perf_counter()
    return _score(analyser, image, path, sha256, frame, model_id, override_gate, typed, (started, decoded))


def _score(analyser: Analyser, image: LoadedImage, path: str, sha256: str | None, frame: int, model_id: str,
           override_gate: bool, typed: Mapping[str, MetaValue] | None,
           clock: tuple[float, float]) -> AnalysisResult:
    from desktop_app.inference.analyser import AnalysisRefused
    from desktop_app.inference.registry import ModelUnavailable

    result = AnalysisResult(path, FAILED, sha256, image=image, frame=frame, patient=patient_of(image),
                            source_format=image.source_format, typed=dict(typed or {}))
    try:
        prediction = analyser.analyse(image, frame, model_id, override_gate, typed)
    except AnalysisRefused as refusal:
        result.status, result.gate, result.reason = REFUSED, refusal.gate, refusal.reason
        return result
    except ModelUnavailable as err:
        # the message itself (a Phrase when ScanLens wrote it) so that the JSON can say it in English
        result.reason = err.args[0] if err.args and isinstance(err.args[0], str) else str(err)
        result.failed_at = AT_MODEL
        return result
    prediction.file, prediction.file_sha256 = path, sha256 or ""
    result.status, result.prediction, result.gate = ANALYSED, prediction, prediction.gate
    started, decoded = clock
    t = prediction.timings_ms
    result.timings_ms = {
        "decode": round((decoded - started) * 1000, 2),
        "preprocess": round(t["render"] + t["preprocess"], 2),
        "inference": round(t["gate"] + t["inference"], 2),
        "total": round((time.perf_counter() - started) * 1000, 2),
    }
    return result
