# SPDX-License-Identifier: Apache-2.0
"""Where the case history lives."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.settings import user_data_dir

DATA_DIR_ENV = "SCANLENS_DATA_DIR"
DB_FILENAME = "cases.sqlite3"


def default_data_dir() -> Path:
    """``$SCANLENS_DATA_DIR`` when set, else the per-user data folder.

    That folder is ``$XDG_DATA_HOME/scanlens`` (``~/.local/share/scanlens``) on Linux,
    ``~/Library/Application Support/ScanLens`` on macOS and ``%LOCALAPPDATA%\\ScanLens`` on Windows
    (``desktop_app.settings.user_data_dir``: local, not roaming, because a database must not be synced
    by a roaming profile while it is open).
    """
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(override).expanduser() if override else user_data_dir()


def default_db_path() -> Path:
    """The case history database file (its folder is created when the store is opened)."""
    return default_data_dir() / DB_FILENAME
