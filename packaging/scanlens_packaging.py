# SPDX-License-Identifier: Apache-2.0
"""Build-time helpers for ``build.spec`` and the installers, generated from the package itself.

File associations come from the one format list (``desktop_app/imaging/formats.py``), names and versions
from ``desktop_app/__init__.py``. Run as a script to regenerate the committed files::

    python packaging/scanlens_packaging.py iss       # packaging/windows/scanlens.iss
    python packaging/scanlens_packaging.py notices   # THIRD_PARTY_NOTICES.md
    python packaging/scanlens_packaging.py plist     # print the macOS Info.plist keys (for review)

Not a package on purpose (``packaging`` is also a PyPI project): ``build.spec`` and the tests put this
folder on ``sys.path``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path
from string import Template
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from desktop_app import APP_NAME, __version__  # noqa: E402 - needs the repository on sys.path
from desktop_app.imaging.formats import FORMATS, ImageFormat  # noqa: E402

BUNDLE_ID = "org.scanlens.ScanLens"
PUBLISHER = "ScanLens project"
GUI_EXE = APP_NAME  # ScanLens.exe on Windows: the file associations start this one
CLI_EXE = "scanlens"  # Linux and macOS: one executable; Windows: scanlens-cli.exe (console)
PRIMARY_FORMAT = "dicom"  # ScanLens becomes the default for it; the other formats get "Open with"
ISS_TEMPLATE = REPO_ROOT / "packaging" / "windows" / "scanlens.iss.in"
ISS_OUTPUT = REPO_ROOT / "packaging" / "windows" / "scanlens.iss"
NOTICES = REPO_ROOT / "THIRD_PARTY_NOTICES.md"

#: Uniform Type Identifiers macOS already knows; other formats are declared in UTImportedTypeDeclarations.
SYSTEM_UTIS = {"png": "public.png", "jpeg": "public.jpeg", "tiff": "public.tiff", "bmp": "com.microsoft.bmp"}
IMPORTED_UTIS = {"dicom": "org.nema.dicom"}

#: PySide6 modules the app uses (QtSvg is loaded by the SVG icon/image plugins; QtPdf is an optional print
#: backend from PySide6-Addons, bundled when installed); the other installed Qt modules are excluded.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport", "QtSvg", "QtPdf")


def version_tuple(version: str = __version__) -> tuple[int, int, int, int]:
    """``"0.1.0"`` → ``(0, 1, 0, 0)``; non-numeric suffixes (``"1.2.0rc1"``) are dropped."""
    numbers = [int(m.group()) for m in (re.match(r"\d+", part) for part in version.split(".")) if m][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


# --- macOS ----------------------------------------------------------------------------------------------


def macos_uti(fmt: ImageFormat) -> str:
    return SYSTEM_UTIS.get(fmt.name) or IMPORTED_UTIS.get(fmt.name) or f"{BUNDLE_ID.lower()}.{fmt.name}"


def macos_document_types() -> list[dict[str, Any]]:
    """``CFBundleDocumentTypes``: ScanLens is the default viewer for DICOM and an alternate for images."""
    return [
        {
            "CFBundleTypeName": fmt.description,
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Default" if fmt.name == PRIMARY_FORMAT else "Alternate",
            "LSItemContentTypes": [macos_uti(fmt)],
            "CFBundleTypeExtensions": list(fmt.extensions),
            "CFBundleTypeMIMETypes": list(fmt.mime_types),
        }
        for fmt in FORMATS
    ]


def macos_imported_types() -> list[dict[str, Any]]:
    """``UTImportedTypeDeclarations`` for formats macOS has no system type for (DICOM)."""
    return [
        {
            "UTTypeIdentifier": macos_uti(fmt),
            "UTTypeDescription": fmt.description,
            "UTTypeConformsTo": ["public.data", "public.image"],
            "UTTypeTagSpecification": {
                "public.filename-extension": list(fmt.extensions),
                "public.mime-type": list(fmt.mime_types),
            },
        }
        for fmt in FORMATS
        if fmt.name not in SYSTEM_UTIS
    ]


def macos_info_plist() -> dict[str, Any]:
    """Extra ``Info.plist`` keys for ``BUNDLE(info_plist=...)``."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": __version__,
        "CFBundleVersion": __version__,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.medical",
        "CFBundleDocumentTypes": macos_document_types(),
        "UTImportedTypeDeclarations": macos_imported_types(),
    }


# --- Windows --------------------------------------------------------------------------------------------


def windows_version_strings(exe_name: str = GUI_EXE) -> dict[str, str]:
    """The strings of the version resource (the Details tab of the file's properties)."""
    return {
        "CompanyName": PUBLISHER,
        "FileDescription": f"{APP_NAME} offline radiology assistant",
        "FileVersion": __version__,
        "InternalName": exe_name,
        "LegalCopyright": f"{PUBLISHER}, Apache-2.0; see THIRD_PARTY_NOTICES.md",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": __version__,
    }


def windows_version_info(exe_name: str = GUI_EXE) -> Any:
    """``VSVersionInfo`` for ``EXE(version=...)``; needs ``pefile`` (installed with PyInstaller on Windows)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple()
    strings = [vi.StringStruct(k, v) for k, v in windows_version_strings(exe_name).items()]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [1033, 1200])]),
        ],
    )


def _progid(fmt: ImageFormat) -> str:
    return f"{APP_NAME}.{fmt.name}"


def inno_registry_lines() -> list[str]:
    """``[Registry]`` entries: a ProgID per format, "Open with" for every extension, and the default
    association for DICOM extensions when the user ticks the ``associate`` task."""
    hka = "Root: HKA; Subkey: "
    command = '"""{app}\\{#AppExe}"" ""%1"""'
    app_key = '"Software\\Classes\\Applications\\{#AppExe}'
    lines = [
        f'{hka}{app_key}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{{#AppName}}"; '
        "Flags: uninsdeletekey",
        f'{hka}{app_key}\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: {command}',
    ]
    for fmt in FORMATS:
        key = f'"Software\\Classes\\{_progid(fmt)}'
        lines += [
            f"; {fmt.description}: {', '.join('.' + e for e in fmt.extensions)}",
            f'{hka}{key}"; ValueType: string; ValueName: ""; ValueData: "{fmt.description}"; Flags: uninsdeletekey',
            f'{hka}{key}\\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{{app}}\\{{#AppExe}},0"',
            f'{hka}{key}\\shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: {command}',
        ]
        for ext in fmt.extensions:
            lines += [
                f'{hka}"Software\\Classes\\.{ext}\\OpenWithProgids"; ValueType: string; '
                f'ValueName: "{_progid(fmt)}"; ValueData: ""; Flags: uninsdeletevalue',
                f'{hka}{app_key}\\SupportedTypes"; ValueType: string; ValueName: ".{ext}"; ValueData: ""',
            ]
            if fmt.name == PRIMARY_FORMAT:
                lines.append(
                    f'{hka}"Software\\Classes\\.{ext}"; ValueType: string; ValueName: ""; '
                    f'ValueData: "{_progid(fmt)}"; Flags: uninsdeletevalue; Tasks: associate'
                )
    return lines


def inno_setup_script() -> str:
    """``packaging/windows/scanlens.iss`` from its template and the format list."""
    primary = next(f for f in FORMATS if f.name == PRIMARY_FORMAT)
    return Template(ISS_TEMPLATE.read_text(encoding="utf-8")).substitute(
        app_name=APP_NAME,
        version=__version__,
        version4=".".join(str(n) for n in version_tuple()),
        publisher=PUBLISHER,
        gui_exe=f"{GUI_EXE}.exe",
        cli_exe=f"{CLI_EXE}-cli.exe",
        primary_extensions=", ".join(f".{e}" for e in primary.extensions),
        registry="\n".join(inno_registry_lines()),
    )


# --- bundle contents ------------------------------------------------------------------------------------


def excluded_qt_modules() -> list[str]:
    """``PySide6.QtXxx`` modules installed here that ScanLens does not use (kept out of the bundle)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = {p.name.split(".")[0] for p in folder.glob("Qt*.*") if p.suffix in (".so", ".pyd", ".pyi")}
    return sorted(f"PySide6.{n}" for n in names if n not in QT_MODULES)


def top_level_names(dist_name: str) -> set[str]:
    """Import names a distribution provides (``top_level.txt``, else its files' first path parts)."""
    from importlib import metadata

    dist = metadata.distribution(dist_name)
    listed = (dist.read_text("top_level.txt") or "").split()
    if listed:
        return set(listed)
    names = set()
    for file in dist.files or []:
        first = file.parts[0]
        if not first.endswith((".dist-info", ".data", ".pth")) and first not in ("__pycache__", "..", "bin"):
            names.add(first.split(".")[0])
    return names


def bundled_only(packages: list[Any], analysis_names: set[str]) -> list[Any]:
    """The packages at least one of whose import names PyInstaller put into the bundle."""
    return [p for p in packages if top_level_names(p.name) & analysis_names]


def bundle_licenses(packages: list[Any], models: list[Any], target: Path) -> list[tuple[str, str]]:
    """Copy license files to ``target/python/<name>/``, write ``third_party.json`` and the notices.

    Returns ``(bundle path, source path)`` pairs for ``licenses/`` in the bundle.
    """
    from desktop_app.about import BUNDLED_PACKAGES, dump_packages, notices_markdown

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    relative: dict[str, list[str]] = {}
    for package in packages:
        folder = target / "python" / package.name
        for index, source in enumerate(package.license_files):
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / (Path(source).name if index == 0 else f"{index}-{Path(source).name}")
            shutil.copyfile(source, copy)
            relative.setdefault(package.name, []).append("licenses/" + copy.relative_to(target).as_posix())
    (target / BUNDLED_PACKAGES).write_text(dump_packages(packages, relative), encoding="utf-8")
    (target / NOTICES.name).write_text(notices_markdown(packages, models), encoding="utf-8")
    return [("licenses/" + f.relative_to(target).as_posix(), str(f)) for f in sorted(target.rglob("*")) if f.is_file()]


def write_notices(path: Path = NOTICES) -> Path:
    from desktop_app import about

    path.write_text(about.notices_markdown(about.third_party_packages(), about.model_infos()), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["iss", "notices", "plist"])
    what = parser.parse_args(argv).what
    if what == "iss":
        ISS_OUTPUT.write_text(inno_setup_script(), encoding="utf-8")
        print(f"wrote {ISS_OUTPUT.relative_to(REPO_ROOT)}")
    elif what == "notices":
        print(f"wrote {write_notices().relative_to(REPO_ROOT)}")
    else:
        import plistlib

        sys.stdout.write(plistlib.dumps(macos_info_plist()).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
