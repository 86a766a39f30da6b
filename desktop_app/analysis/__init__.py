# SPDX-License-Identifier: Apache-2.0
"""Analysing files (Qt-free): the one path from a file to an :class:`AnalysisResult`, and what is made of it.

* :func:`analyse_file` — decode → input gate → model → decision and heatmap, one result per file;
* :func:`run_batch` — :func:`analyse_file` over many files, in order, cancellable (batch triage);
* :mod:`~desktop_app.analysis.render` — the displayed frame with its heatmap, as every output shows it;
* :mod:`~desktop_app.analysis.outputs` — report input, case record and batch outputs built from a result.
"""

from desktop_app.analysis.analyse import analyse_file, file_sha256
from desktop_app.analysis.batch import BatchProgress, BatchSummary, describe_failure, run_batch, run_folder
from desktop_app.analysis.result import ANALYSED, FAILED, REFUSED, AnalysisResult, scored

__all__ = [
    "ANALYSED", "FAILED", "REFUSED", "AnalysisResult", "BatchProgress", "BatchSummary", "analyse_file",
    "describe_failure", "file_sha256", "run_batch", "run_folder", "scored",
]
