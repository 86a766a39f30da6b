# SPDX-License-Identifier: Apache-2.0
"""Shared pytest setup: Qt runs offscreen, and fixtures for the sample files."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402 - the Qt platform must be set before anything imports Qt

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]


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
