# SPDX-License-Identifier: Apache-2.0
"""Linux desktop entry and MIME package generated from the one list of formats."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app import desktop_integration
from desktop_app.imaging.formats import all_mime_types

ROOT = Path(__file__).resolve().parents[1]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_desktop_entry_and_mime_package(tmp_path):
    lines: list[str] = []
    written = desktop_integration.install(tmp_path, run_tools=False, report=lines.append)
    desktop = tmp_path / "applications" / "scanlens.desktop"
    mime = tmp_path / "mime" / "packages" / "scanlens.xml"
    assert desktop in written and mime in written
    entry = _entry(desktop)
    assert entry["Exec"] == "scanlens %F"
    mime_types = entry["MimeType"].split(";")
    assert "application/dicom" in mime_types and "image/jpeg" in mime_types
    assert set(all_mime_types()) <= set(mime_types)
    assert entry["Type"] == "Application" and entry["Icon"] == "scanlens"
    root = ET.parse(mime).getroot()
    dicom = root.find(f"{MIME_NS}mime-type[@type='application/dicom']")
    assert {g.get("pattern") for g in dicom.findall(f"{MIME_NS}glob")} >= {"*.dcm"}
    assert dicom.find(f"{MIME_NS}magic/{MIME_NS}match").get("value") == "DICM"
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "scanlens.svg").is_file()
    assert any(line.startswith("wrote ") for line in lines)


def test_exec_arguments_are_quoted():
    quoted = desktop_integration._quote_exec_arg("/opt/Scan Lens/python")
    assert quoted == '"/opt/Scan Lens/python"'
    assert desktop_integration._quote_exec_arg("/usr/bin/python3") == "/usr/bin/python3"
    assert desktop_integration._quote_exec_arg("50%") == "50%%"


def test_command_line_respects_xdg_data_home(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), PATH="/nonexistent")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--install-desktop-integration"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    desktop = tmp_path / "applications" / "scanlens.desktop"
    assert f"wrote {desktop}" in proc.stdout
    entry = _entry(desktop)
    assert entry["Exec"].endswith(" -m desktop_app %F")  # no `scanlens` on PATH: run this interpreter
    assert entry["Path"] == str(ROOT)  # ... from the checkout
    assert "update-desktop-database not found" in proc.stdout


def test_core_helpers_do_not_import_qt():
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import desktop_app.desktop_integration, desktop_app.settings, desktop_app.resources\n"
        "print(desktop_app.resources.resource_path('icons', 'scanlens.svg').is_file())"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"
