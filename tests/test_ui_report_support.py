# SPDX-License-Identifier: Apache-2.0
"""Shared helpers for the report/history UI tests: a window on tiny models with its own case history.

No tests here; test_ui_report.py and test_ui_history.py import these names.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from desktop_app.storage import CaseStore
from tests.test_ui_analysis_support import (
    CHEST,
    TIMEOUT,
    analyse_and_wait,
    close_window,
    make_window,
    open_and_wait,
    tiny_packs,
)

__all__ = ["CHEST", "TIMEOUT", "analyse_and_record", "open_and_wait", "pdf_page_png", "records_window", "store_of"]


def records_window(qtbot, tmp_path: Path, monkeypatch):
    """A window on tiny models whose case history is ``tmp_path/data`` (the user's is never touched)."""
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(tmp_path / "data"))
    window = make_window(qtbot, tmp_path)
    window.analysis.use_model_dirs([tiny_packs(tmp_path / "models")], "cpu")
    return window


def finish(window) -> None:
    close_window(window)
    window.close()


def analyse_and_record(qtbot, window, path: Path = CHEST):
    """Open ``path``, analyse it and wait until the analysis is in the case history; (prediction, case id)."""
    open_and_wait(qtbot, window, path)
    with qtbot.waitSignal(window.records.recorded, timeout=TIMEOUT) as recorded:
        prediction = analyse_and_wait(qtbot, window)
    return prediction, recorded.args[0]


def store_of(tmp_path: Path) -> CaseStore:
    """A second connection to the window's case history, as another program would open it."""
    return CaseStore(tmp_path / "data" / "cases.sqlite3")


def pdf_page_png(pdf: Path, out_stem: Path, dpi: int = 100, shrink: int = 4) -> np.ndarray:
    """Page 1 of ``pdf`` rasterised by poppler's pdftoppm at ``dpi``, area-averaged ``shrink`` times smaller
    (so text anti-aliasing and JPEG noise do not count), as a grey array."""
    import cv2

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-gray", "-f", "1", "-l", "1", "-r", str(dpi), "-singlefile", str(pdf),
                    str(out_stem)], check=True, timeout=120)
    page = cv2.imread(str(out_stem) + ".png", cv2.IMREAD_GRAYSCALE)
    assert page is not None
    return cv2.resize(page, (page.shape[1] // shrink, page.shape[0] // shrink), interpolation=cv2.INTER_AREA)
