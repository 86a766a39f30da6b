# SPDX-License-Identifier: Apache-2.0
"""Linux desktop integration (Qt-free): the ``.desktop`` entry and a shared-mime-info package.

Both files are generated from :data:`desktop_app.imaging.formats.FORMATS`, so file managers offer
ScanLens for exactly the formats it opens (as Picard does from its format list). ``image/*`` types are
known to every desktop; other types (``application/dicom``) are declared in our MIME package with their
glob patterns and, for DICOM, the ``DICM`` magic at byte 128.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from desktop_app import APP_NAME, __version__
from desktop_app.imaging.formats import FORMATS, desktop_mime_types
from desktop_app.resources import app_icon_path, base_dir
from desktop_app.settings import xdg_data_home

APP_ID = "scanlens"
DEFAULT_EXEC = "scanlens"
_MAGIC = {"application/dicom": ("string", "128", "DICM")}


def desktop_entry(exec_command: str = DEFAULT_EXEC, icon: str = APP_ID, working_dir: str | None = None) -> str:
    """Text of ``scanlens.desktop``; ``%F`` lets the desktop pass any number of files.

    ``working_dir`` becomes ``Path=`` (needed when ``exec_command`` runs ``-m desktop_app`` from a
    source checkout that is not installed).
    """
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "GenericName=Medical Image Viewer",
        "Comment=Offline radiology assistant: view DICOM and X-ray images",
        f"Exec={exec_command} %F",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Graphics;Viewer;MedicalSoftware;Science;",
        f"MimeType={desktop_mime_types()}",
        "Keywords=DICOM;X-ray;radiology;viewer;",
        "StartupNotify=true",
        f"X-ScanLens-Version={__version__}",
    ]
    if working_dir:
        lines.insert(6, f"Path={working_dir}")
    return "\n".join(lines) + "\n"


def _quote_exec_arg(arg: str) -> str:
    """Quote one ``Exec=`` argument as the Desktop Entry specification requires."""
    arg = arg.replace("%", "%%")
    if not any(ch in arg for ch in " \t\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{escaped}"'


def default_launcher() -> tuple[str, str | None]:
    """``(Exec command, working directory or None)`` that starts this installation of ScanLens.

    A frozen build runs its own executable; an installed package runs ``scanlens`` from ``PATH``; a
    source checkout runs this interpreter with ``-m desktop_app`` from the checkout.
    """
    if getattr(sys, "frozen", False):
        return _quote_exec_arg(sys.executable), None
    if shutil.which(DEFAULT_EXEC):
        return DEFAULT_EXEC, None
    argv = [sys.executable, "-m", "desktop_app"]
    return " ".join(_quote_exec_arg(arg) for arg in argv), str(base_dir())


def custom_mime_types() -> list[tuple[str, str, tuple[str, ...]]]:
    """(mime type, description, extensions) for the types a desktop may not know already."""
    found: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for fmt in FORMATS:
        for mime in fmt.mime_types:
            if not mime.startswith("image/") and mime not in found:
                found[mime] = (mime, fmt.description, fmt.extensions)
    return list(found.values())


def mime_package_xml() -> str:
    """Text of ``mime/packages/scanlens.xml`` (freedesktop shared-mime-info format)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
    ]
    for mime, description, extensions in custom_mime_types():
        out.append(f"  <mime-type type={quoteattr(mime)}>")
        out.append(f"    <comment>{escape(description)}</comment>")
        out += [f'    <glob pattern="*.{escape(ext)}"/>' for ext in extensions]
        if mime in _MAGIC:
            kind, offset, value = _MAGIC[mime]
            out.append('    <magic priority="60">')
            out.append(f'      <match type="{kind}" offset="{offset}" value="{value}"/>')
            out.append("    </magic>")
        out.append("  </mime-type>")
    out.append("</mime-info>")
    return "\n".join(out) + "\n"


def _copy_icons(data_home: Path) -> list[Path]:
    written = []
    for kind, folder in (("svg", "scalable"), ("png", "256x256")):
        source = app_icon_path(kind)
        if source.is_file():
            target = data_home / "icons" / "hicolor" / folder / "apps" / f"{APP_ID}.{kind}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
    return written


def _refresh_caches(data_home: Path, report: Callable[[str], None]) -> None:
    """Run the desktop's cache tools when they are installed; missing tools are not an error."""
    for tool, folder in (("update-desktop-database", "applications"), ("update-mime-database", "mime")):
        exe = shutil.which(tool)
        if exe is None:
            report(f"{tool} not found; the desktop will pick the files up on next login")
            continue
        result = subprocess.run([exe, str(data_home / folder)], capture_output=True, text=True, check=False)
        status = "ok" if result.returncode == 0 else f"failed: {result.stderr.strip()[:200]}"
        report(f"ran {tool} {data_home / folder}: {status}")


def install(
    data_home: Path | None = None,
    exec_command: str = DEFAULT_EXEC,
    working_dir: str | None = None,
    run_tools: bool = True,
    report: Callable[[str], None] = print,
) -> list[Path]:
    """Write the desktop entry, MIME package and icons under ``data_home`` (default: XDG data home).

    Returns the files written; ``report`` receives one line per file and per cache tool run.
    """
    data_home = data_home or xdg_data_home()
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    mime = data_home / "mime" / "packages" / f"{APP_ID}.xml"
    for path, text in ((entry, desktop_entry(exec_command, working_dir=working_dir)), (mime, mime_package_xml())):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    written = [entry, mime, *_copy_icons(data_home)]
    for path in written:
        report(f"wrote {path}")
    if run_tools:
        _refresh_caches(data_home, report)
    return written
