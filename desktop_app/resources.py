# SPDX-License-Identifier: Apache-2.0
"""Locate bundled resources both from a source checkout and from a PyInstaller build.

PyInstaller unpacks ``datas`` under ``sys._MEIPASS``; ``build.spec`` puts the repository's
``resources/`` folder there as ``resources/``, so the same relative paths work in both cases.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def base_dir() -> Path:
    """Folder that contains ``resources/`` (the bundle when frozen, else the repository root)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``; the file is not required to exist."""
    return base_dir().joinpath("resources", *parts)


def app_icon_path(kind: str = "svg") -> Path:
    """The application icon (``kind`` is ``"svg"`` or ``"png"``)."""
    return resource_path("icons", f"scanlens.{kind}")
