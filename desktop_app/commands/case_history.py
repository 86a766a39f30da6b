# SPDX-License-Identifier: Apache-2.0
"""What ``scanlens history`` and ``scanlens audit`` share: the ``--db``/``--json`` options and opening the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.i18n import translate


def db_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help="case history file (default: the user's data folder)")
    parser.add_argument("--json", action="store_true", help="machine-readable output (JSON)")


def open_store(ns: argparse.Namespace, command: str) -> Any:
    """The case history named by ``--db`` (or the default); None after printing why it cannot be used."""
    from desktop_app.storage import CaseStore, StorageError, default_db_path

    path = ns.db if ns.db is not None else default_db_path()
    if not Path(path).is_file():  # opening would create an empty history, and "intact" would be a lie
        message = translate("CliCaseHistory", "there is no case history at {path}").format(path=path)
        print(f"scanlens {command}: {message}", file=sys.stderr)
        return None
    try:
        return CaseStore(path)
    except StorageError as err:
        print(f"scanlens {command}: {err}", file=sys.stderr)
        return None
