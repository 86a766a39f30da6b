# SPDX-License-Identifier: Apache-2.0
"""Packaging: file associations generated from the format list, third-party notices, the About dialog,
wheel data, and (slow) the frozen PyInstaller build itself."""

from __future__ import annotations

import ast
import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import APP_NAME, __version__, about
from desktop_app.imaging.formats import FORMATS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import scanlens_packaging as pkg  # noqa: E402 - the packaging folder is not a package (see its docstring)

tomllib = pytest.importorskip("tomllib")  # Python 3.11+
DICOM_SAMPLE = ROOT / "resources" / "samples" / "nih_cxr14_dx_no_finding.dcm"


# --- file associations ------------------------------------------------------------------------------


def test_macos_document_types_cover_every_format():
    types = pkg.macos_document_types()
    assert [t["CFBundleTypeExtensions"] for t in types] == [list(f.extensions) for f in FORMATS]
    ranks = {t["CFBundleTypeName"]: t["LSHandlerRank"] for t in types}
    assert ranks["DICOM image"] == "Default" and set(ranks.values()) == {"Default", "Alternate"}
    by_name = {f.description: t for f, t in zip(FORMATS, types, strict=True)}
    assert by_name["PNG image"]["LSItemContentTypes"] == ["public.png"]
    assert by_name["DICOM image"]["CFBundleTypeMIMETypes"] == ["application/dicom"]
    assert all(t["CFBundleTypeRole"] == "Viewer" for t in types)


def test_macos_declares_the_dicom_type_it_claims():
    declared = {d["UTTypeIdentifier"]: d for d in pkg.macos_imported_types()}
    claimed = {uti for t in pkg.macos_document_types() for uti in t["LSItemContentTypes"]}
    assert claimed - set(pkg.SYSTEM_UTIS.values()) == set(declared) == {"org.nema.dicom"}
    tags = declared["org.nema.dicom"]["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["dcm", "dicom"]
    plist = plistlib.loads(plistlib.dumps(pkg.macos_info_plist()))  # serialisable as BUNDLE writes it
    assert plist["CFBundleShortVersionString"] == __version__ and plist["CFBundleName"] == APP_NAME


def test_inno_setup_script_is_generated_from_formats_and_committed_up_to_date():
    script = pkg.inno_setup_script()
    assert pkg.ISS_OUTPUT.read_text(encoding="utf-8") == script, "run: python packaging/scanlens_packaging.py iss"
    assert f'#define AppVersion "{__version__}"' in script and "ChangesAssociations=yes" in script
    for fmt in FORMATS:
        for ext in fmt.extensions:
            open_with = f'Software\\Classes\\.{ext}\\OpenWithProgids"; ValueType: string; '
            assert f'{open_with}ValueName: "ScanLens.{fmt.name}"' in script
            assert f'SupportedTypes"; ValueType: string; ValueName: ".{ext}"' in script
    defaults = re.findall(r'Subkey: "Software\\Classes\\\.(\w+)"; .*Tasks: associate', script)
    assert defaults == ["dcm", "dicom"]  # the default only for DICOM, and only when the user ticks the task
    assert "$" not in script and script.isascii()  # placeholders filled; Inno reads BOM-less files as ANSI


def test_version_numbers_for_windows():
    assert pkg.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert pkg.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    strings = pkg.windows_version_strings("ScanLens")
    assert strings["ProductVersion"] == __version__ and strings["OriginalFilename"] == "ScanLens.exe"
    pytest.importorskip("pefile", reason="PyInstaller's version resource needs pefile (installed on Windows)")
    info = pkg.windows_version_info("ScanLens")
    assert "ScanLens.exe" in str(info)


# --- bundle contents --------------------------------------------------------------------------------


def test_qt_modules_the_app_imports_are_not_excluded():
    used = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= set(pkg.QT_MODULES), f"add {sorted(used - set(pkg.QT_MODULES))} to QT_MODULES"
    excluded = pkg.excluded_qt_modules()
    assert not {m.split(".")[1] for m in excluded} & set(pkg.QT_MODULES)
    assert "PySide6.QtQml" in excluded or "PySide6.QtSql" in excluded


def _spec_constant(name: str):
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in build.spec")


def test_wheel_installs_the_same_resources_the_frozen_build_bundles():
    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["data-files"]
    for folder in _spec_constant("RESOURCE_FOLDERS"):
        assert (ROOT / "resources" / folder).is_dir()
        assert data_files[f"share/scanlens/resources/{folder}"] == [f"resources/{folder}/*"]
    assert "onnx_models/*.onnx" in data_files["share/scanlens/onnx_models"]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert any(r.startswith("pyinstaller") for r in extras["package"])


def test_resources_are_found_in_an_installed_wheel(tmp_path, monkeypatch):
    from desktop_app import resources

    prefix = tmp_path / "venv"
    (prefix / "share" / "scanlens" / "resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "_SOURCE_ROOT", tmp_path / "site-packages")
    monkeypatch.setattr(sys, "prefix", str(prefix))
    assert resources.base_dir() == prefix / "share" / "scanlens"
    monkeypatch.setattr(resources, "_SOURCE_ROOT", ROOT)
    assert resources.base_dir() == ROOT


# --- notices and About ------------------------------------------------------------------------------


def test_third_party_packages_have_licenses_and_texts():
    packages = {about.canonical_name(p.name): p for p in about.third_party_packages()}
    for name in ("numpy", "onnxruntime", "pydicom", "pylibjpeg", "pillow", "reportlab", "pyside6-essentials"):
        assert name in packages, name
        assert packages[name].license and packages[name].version
    assert "scanlens" not in packages
    assert all(Path(f).is_file() for p in packages.values() for f in p.license_files)
    assert any("LGPL-3.0" in Path(f).name for f in packages["pyside6-essentials"].license_files)
    copyleft = [p.name for p in about.strong_copyleft(list(packages.values()))]
    assert "PySide6_Essentials" not in copyleft  # LGPL, or GPL only as an alternative


def test_notices_list_packages_and_training_data(tmp_path):
    models = about.model_infos([ROOT / "onnx_models"])
    packages = about.third_party_packages()
    text = about.notices_markdown(packages, models)
    for package in packages:
        assert f"| {package.name} | {package.version} |" in text
    gate = json.loads((ROOT / "onnx_models" / "input_gate.json").read_text())
    assert gate["training"]["data"][0] in text
    committed = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    for package in packages:  # versions may differ between machines; the list of packages may not
        assert f"| {package.name} |" in committed, "run: python packaging/scanlens_packaging.py notices"


def test_bundled_license_list_round_trips(tmp_path, monkeypatch):
    packages = [p for p in about.third_party_packages() if p.name in ("pydicom", "PySide6_Essentials")]
    entries = pkg.bundle_licenses(packages, about.model_infos([ROOT / "onnx_models"]), tmp_path / "licenses")
    assert ("licenses/third_party.json", str(tmp_path / "licenses" / "third_party.json")) in entries
    assert any(dest == "licenses/THIRD_PARTY_NOTICES.md" for dest, _ in entries)
    monkeypatch.setattr(about, "base_dir", lambda: tmp_path)
    loaded = about.load_packages(tmp_path / "licenses" / about.BUNDLED_PACKAGES)
    assert [p.name for p in loaded] == [p.name for p in packages]
    assert all(Path(f).is_file() and str(tmp_path) in f for p in loaded for f in p.license_files)


def test_about_dialog_shows_models_packages_and_licenses(qtbot):
    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.models_table.rowCount() == len(dialog.models) >= 1
    assert dialog.packages_table.rowCount() == len(dialog.packages) >= 5
    assert dialog.license_view.toPlainText()  # the first package's license is shown
    row = next(i for i, p in enumerate(dialog.packages) if p.name == "pydicom")
    dialog.packages_table.selectRow(row)
    assert "MIT" in dialog.license_view.toPlainText() or "Permission" in dialog.license_view.toPlainText()
    dialog.copy_details()
    assert QGuiApplication.clipboard().text().startswith(f"{APP_NAME} {__version__}")


# --- the frozen build (slow) ------------------------------------------------------------------------

BUILD_NOTE = "SCANLENS_DIST=dist/ScanLens tests an existing build; `make dist-test` builds and tests"


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory):
    """``SCANLENS_DIST`` (an existing one-folder build), else a fresh build of build.spec in a temp folder."""
    if os.environ.get("SCANLENS_DIST"):
        yield Path(os.environ["SCANLENS_DIST"]).resolve()
        return
    if os.environ.get("SCANLENS_SKIP_DIST_TEST"):
        pytest.skip(f"SCANLENS_SKIP_DIST_TEST is set; {BUILD_NOTE}")
    pytest.importorskip("PyInstaller", reason=f"no PyInstaller (pip install -e '.[package]'); {BUILD_NOTE}")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    print(f"\nPyInstaller build: {time.perf_counter() - started:.0f} s")
    yield work / "dist" / APP_NAME
    shutil.rmtree(work, ignore_errors=True)  # ~450 MB


def _run_frozen(app: Path, *args: str, home: Path, **extra_env: str) -> subprocess.CompletedProcess:
    """The console executable with no display (unless ``extra_env`` sets a Qt platform)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_DATA_HOME=str(home), **extra_env)
    exe = app / (f"{pkg.CLI_EXE}-cli.exe" if sys.platform == "win32" else pkg.CLI_EXE)
    return subprocess.run([str(exe), *args], cwd=home, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_frozen_self_test_passes(frozen_app, tmp_path):
    proc = _run_frozen(frozen_app, "--self-test", home=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "frozen bundle" in proc.stdout and "Self-test PASSED" in proc.stdout
    assert "FAIL" not in proc.stdout


@pytest.mark.slow
def test_frozen_analyse_json_on_the_dicom_sample(frozen_app, tmp_path):
    proc = _run_frozen(frozen_app, "analyze", "--json", str(DICOM_SAMPLE), home=tmp_path)
    record = json.loads(proc.stdout.splitlines()[0])
    assert record["gate"]["label"] == "chest_xray", record
    cards = [json.loads(p.read_text()) for p in (ROOT / "onnx_models").glob("*.json")]
    if any(c.get("input_kind") == "chest_xray" for c in cards):
        assert proc.returncode == 0 and record["ok"], record
        assert record["model"]["id"] in {c["id"] for c in cards} and record["scores"]
    else:  # only the gate is shipped: a refusal that names the missing model
        assert proc.returncode == 2 and "models for: none" in record["error"]


@pytest.mark.slow
def test_frozen_bench_children_run(frozen_app, tmp_path):
    """scanlens bench measures memory/first result/batch in child processes: they must start frozen too."""
    proc = _run_frozen(frozen_app, "--bench-child", "desktop_app.benchmark.memory_probe", "--device", "cpu",
                       str(DICOM_SAMPLE), home=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    probe = json.loads(proc.stdout.splitlines()[-1])
    assert probe["peak_rss_mb"] > 0 and "input_gate" in probe["models_loaded"]


@pytest.mark.slow
def test_frozen_version_and_bundle_contents(frozen_app, tmp_path):
    proc = _run_frozen(frozen_app, "--version", home=tmp_path)
    assert proc.returncode == 0 and "frozen bundle" in proc.stdout
    for card_path in (ROOT / "onnx_models").glob("*.json"):
        assert json.loads(card_path.read_text())["id"] in proc.stdout
    internal = frozen_app / "_internal"
    listed = json.loads((internal / "licenses" / "third_party.json").read_text())
    assert {"pydicom", "onnxruntime", "PySide6_Essentials", "imagecodecs"} <= {p["name"] for p in listed}
    assert all((internal / f).is_file() for p in listed for f in p["license_files"])
    assert not [p["name"] for p in listed if about.is_strong_copyleft(p["license"])]  # no GPL/AGPL shipped
    for absent in ("torch", "export_tools", "scipy", "pypdf", "libjpeg", "cv2", "opencv_python_headless.libs"):
        assert not (internal / absent).exists(), absent
    assert not list((internal / "PySide6").glob("QtQml*")), "unused Qt modules must stay out of the bundle"
    size = sum(f.stat().st_size for f in frozen_app.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle size: {size / 2**20:.0f} MiB")


@pytest.mark.slow
def test_frozen_viewer_starts_and_paints_the_dicom_sample(frozen_app, tmp_path):
    proc = _run_frozen(frozen_app, "--benchmark-startup", str(DICOM_SAMPLE), home=tmp_path,
                       QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    assert proc.returncode == 0 and "startup:" in proc.stdout, proc.stdout + proc.stderr  # Qt plugins bundled


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux install script and desktop integration")
def test_frozen_linux_install_registers_the_installed_executable(frozen_app, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    target = tmp_path / "opt" / APP_NAME
    proc = subprocess.run([str(frozen_app / "install.sh"), str(target)], env=env, capture_output=True, text=True,
                          timeout=600)
    try:
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Self-test PASSED" in proc.stdout
        assert (tmp_path / ".local" / "bin" / "scanlens").resolve() == target / "scanlens"
        entry = (tmp_path / "share" / "applications" / "scanlens.desktop").read_text()
        assert f"Exec={target / 'scanlens'} %F" in entry and "application/dicom;" in entry
        assert (tmp_path / "share" / "mime" / "packages" / "scanlens.xml").is_file()
        assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "scanlens.svg").is_file()
    finally:
        shutil.rmtree(target, ignore_errors=True)  # a full copy of the bundle
