# SPDX-License-Identifier: Apache-2.0
"""Locate bundled resources both from a source checkout and from a PyInstaller build.

PyInstaller unpacks ``datas`` under ``sys._MEIPASS``; ``build.spec`` puts the repository's
``resources/`` folder there as ``resources/``, so the same relative paths work in both cases. A wheel
installs ``resources/`` and ``onnx_models/`` under ``<prefix>/share/scanlens`` (pyproject ``data-files``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def base_dir() -> Path:
    """Folder that contains ``resources/``: the bundle when frozen, the repository root from a checkout
    (or an editable install), else the data folder of an installed wheel."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    if (_SOURCE_ROOT / "resources").is_dir():
        return _SOURCE_ROOT
    return _wheel_data() or _SOURCE_ROOT


def _wheel_data() -> Path | None:
    """``<prefix>/share/scanlens`` of a wheel installed into this environment or with ``pip --user``."""
    import site

    for prefix in (sys.prefix, site.getuserbase()):
        folder = Path(prefix) / "share" / "scanlens"
        if (folder / "resources").is_dir():
            return folder
    return None


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``; the file is not required to exist."""
    return base_dir().joinpath("resources", *parts)


def app_icon_path(kind: str = "svg") -> Path:
    """The application icon (``kind`` is ``"svg"`` or ``"png"``)."""
    return resource_path("icons", f"scanlens.{kind}")
