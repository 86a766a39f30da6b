# SPDX-License-Identifier: Apache-2.0
"""What build.spec leaves out of, or shrinks in, the frozen app (measured on Linux, ``make dist``).

* Debug symbols of binaries that no wheel repair tool has rewritten: the Python runtime (libpython is
  23 MB, 6 MB without its debug sections; ``lib-dynload``) and extension modules without an ``$ORIGIN``
  run path. Libraries vendored by auditwheel (``*.libs/``) and modules whose run path points at them are
  never touched: patchelf lays them out in a way ``strip`` breaks (numpy's OpenBLAS then fails to load).
* Qt's translations folder (every language, 7 MB): build.spec bundles only ``qtbase_<code>.qm`` of ScanLens's
  own languages, under ``resources/translations`` (desktop_app.ui.shell.language loads them from there).
* Qt's GTK 3 platform theme: it drags in part of the GTK stack (cairo, pango, gdk-pixbuf, harfbuzz …) while
  libgtk itself comes from the system anyway; Qt falls back to its Fusion style and its own dialogs.
* Pillow's AVIF and WebP codecs (libavif alone is 5 MB): ScanLens opens neither format.
* Qt plugins a desktop viewer does not use (see :data:`EXCLUDED_PREFIXES`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

#: PyInstaller ``excludes``: modules the app never imports whose binaries are large.
EXCLUDED_MODULES = ("PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin")
#: Bundle paths (PyInstaller destination names) left out of the app.
EXCLUDED_PREFIXES = (
    "PySide6/Qt/translations/",
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
    # Qt plugins for what a desktop viewer never does: framebuffer/EGLFS/VNC/Vulkan-display platforms and
    # their input drivers, TLS and network status (only a local socket is used), image formats other
    # than the SVG/JPEG/ICO the UI's icons use.
    *(f"PySide6/Qt/plugins/platforms/libq{name}.so" for name in ("eglfs", "linuxfb", "minimalegl", "vkkhrdisplay",
                                                                  "vnc")),
    "PySide6/Qt/plugins/egldeviceintegrations/", "PySide6/Qt/plugins/generic/",
    "PySide6/Qt/plugins/networkinformation/", "PySide6/Qt/plugins/tls/",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration", "PySide6/Qt/lib/libQt6EglFsKmsSupport",
    *(f"PySide6/Qt/plugins/imageformats/libq{name}.so" for name in ("gif", "icns", "tga", "tiff", "wbmp", "webp")),
)
_ELF = b"\x7fELF"


def keep(dest: str) -> bool:
    """False for a bundle path in :data:`EXCLUDED_PREFIXES`."""
    return not dest.replace("\\", "/").startswith(EXCLUDED_PREFIXES)


def strippable(dest: str, source: Path) -> bool:
    """True for an ELF binary whose debug sections can be removed safely (see the module doc)."""
    if not sys.platform.startswith("linux") or any(part.endswith(".libs") for part in Path(dest).parts):
        return False
    try:
        with open(source, "rb") as handle:
            if handle.read(4) != _ELF:
                return False
        dynamic = subprocess.run(["readelf", "-d", str(source)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    return "$ORIGIN" not in dynamic


def strip_debug(binaries: list[tuple[str, str, str]], work: Path) -> tuple[list[tuple[str, str, str]], int]:
    """``binaries`` (PyInstaller TOC entries) with copies stripped of debug sections where safe, and the bytes
    saved. Nothing changes when ``strip`` or ``readelf`` is missing."""
    if not (shutil.which("strip") and shutil.which("readelf")):
        return binaries, 0
    out, saved = [], 0
    for dest, source, kind in binaries:
        if strippable(dest, Path(source)):
            target = work / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            if subprocess.run(["strip", "--strip-debug", str(target)], capture_output=True).returncode == 0:
                saved += Path(source).stat().st_size - target.stat().st_size
                source = str(target)
        out.append((dest, source, kind))
    return out, saved
