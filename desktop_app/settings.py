# SPDX-License-Identifier: Apache-2.0
"""Per-user folders (Qt-free). GUI preferences such as recent files live in QSettings (``ui/shell/recent_files.py``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "scanlens"


def xdg_data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share`` (Linux desktop files and MIME packages go here)."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def user_data_dir() -> Path:
    """Where ScanLens keeps its own files (logs, case log) for the current user."""
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return root / "ScanLens"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "ScanLens"
    return xdg_data_home() / APP_DIR_NAME


def log_file() -> Path:
    """The application log; its folder is created on demand."""
    path = user_data_dir() / "logs" / "scanlens.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def user_models_dir() -> Path:
    """The user's own model folder, searched after the shipped models (its cards may add models)."""
    return user_data_dir() / "models"
