# SPDX-License-Identifier: Apache-2.0
"""Shared pytest setup: Qt runs offscreen, and fixtures for the sample files."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
pytest_plugins = ["tests.orthanc_server"]  # the `orthanc` fixture: a real PACS on loopback


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The sample scans shipped with the app (``resources/samples``)."""
    return REPO_ROOT / "resources" / "samples"


@pytest.fixture(scope="session")
def shared_samples() -> Path:
    """``../shared/data/samples`` next to the repository; the test is skipped when it is absent."""
    path = REPO_ROOT.parent / "shared" / "data" / "samples"
    if not path.is_dir():
        pytest.skip(f"shared samples not available at {path}")
    return path


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    """Tiny gate + chest models with known outputs (tests/test_ui_analysis_support.py); files may override."""
    from tests.test_ui_analysis_support import tiny_packs

    return tiny_packs(tmp_path / "models")


@pytest.fixture
def window(qtbot, tmp_path: Path, packs: Path):  # noqa: ANN201 - MainWindow, imported lazily with Qt
    """A main window analysing with the tiny models on the CPU; closed after the test."""
    from tests.test_ui_analysis_support import close_window, make_window

    win = make_window(qtbot, tmp_path)
    win.analysis.use_model_dirs([packs], "cpu")
    yield win
    close_window(win)
