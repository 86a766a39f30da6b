# SPDX-License-Identifier: Apache-2.0
"""What ``scanlens --version`` and Help → About show (Qt-free): versions, models, third-party notices.

The list of Python packages comes from ``importlib.metadata``: the runtime requirements of ScanLens
(``Requires-Dist`` without extras, or ``pyproject.toml`` in a source checkout) and everything they require
in turn. A frozen build has no installer metadata for ScanLens itself, so ``build.spec`` writes that list,
with copies of each package's license files, to ``licenses/`` in the bundle (:data:`BUNDLED_PACKAGES`).
Data set citations come from the model cards (``training.data``).
"""

from __future__ import annotations

import json
import platform
import re
import sys
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.resources import base_dir, resource_path

DIST_NAME = "scanlens"
#: In a frozen bundle: ``licenses/third_party.json``, written by ``build.spec``.
BUNDLED_PACKAGES = "third_party.json"
_LICENSE_FILE = re.compile(r"^(licen[cs]e|copying|notice)", re.IGNORECASE)
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
#: License texts shipped in ``resources/licenses`` for packages whose wheels carry none.
_LICENSE_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}


@dataclass(frozen=True)
class ThirdPartyPackage:
    """One Python distribution used at run time; ``license_files`` are absolute paths."""

    name: str
    version: str
    license: str
    url: str = ""
    license_files: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModelInfo:
    """What the About dialog and ``--version`` say about one model pack (from its card, no hashing)."""

    id: str
    version: str
    sha256: str
    available: bool
    reason: str
    training_data: tuple[str, ...]


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def licenses_dir() -> Path:
    """``licenses/`` in the bundle (notices, license files of bundled packages)."""
    return base_dir() / "licenses"


def canonical_name(name: str) -> str:
    """PEP 503 normalised distribution name (``PySide6_Essentials`` → ``pyside6-essentials``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


# --- models -------------------------------------------------------------------------------------------


def model_infos(folders: list[Path] | None = None) -> list[ModelInfo]:
    """Installed model packs (shipped and the user's), read from their cards."""
    from desktop_app.inference.registry import default_model_dirs, discover

    if folders is None:
        from desktop_app.settings import user_data_dir

        folders = default_model_dirs([user_data_dir() / "models"])
    infos = []
    for entry in discover(folders).values():
        data = entry.card.get("training", {}).get("data", []) if isinstance(entry.card, dict) else []
        infos.append(
            ModelInfo(
                id=entry.id,
                version=str(entry.card.get("version", "?")),
                sha256=str(entry.card.get("sha256", "")),
                available=entry.available,
                reason=entry.reason,
                training_data=tuple(str(d) for d in data) if isinstance(data, list) else (str(data),),
            )
        )
    return infos


def dataset_citations(models: list[ModelInfo]) -> list[tuple[str, list[str]]]:
    """(citation, ids of the models trained on it), each citation once, in first-seen order."""
    found: dict[str, list[str]] = {}
    for model in models:
        for citation in model.training_data:
            found.setdefault(citation, []).append(model.id)
    return list(found.items())


# --- third-party packages -------------------------------------------------------------------------------


def runtime_requirements() -> list[str]:
    """Names of the distributions ScanLens requires at run time (no extras)."""
    try:
        requires = metadata.requires(DIST_NAME) or []
    except metadata.PackageNotFoundError:
        requires = _pyproject_dependencies(base_dir() / "pyproject.toml")
    names = []
    for requirement in requires:
        marker = requirement.partition(";")[2]
        match = _NAME.match(requirement)
        if match and "extra" not in marker:
            names.append(match.group(1))
    return names


def _pyproject_dependencies(path: Path) -> list[str]:
    try:
        import tomllib
    except ImportError:  # Python 3.10 without tomllib: a source checkout there shows no package list
        return []
    try:
        return list(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["dependencies"])
    except (OSError, KeyError, ValueError):
        return []


def runtime_distributions() -> list[metadata.Distribution]:
    """The installed distributions in the closure of :func:`runtime_requirements`, sorted by name."""
    pending = [canonical_name(n) for n in runtime_requirements()]
    found: dict[str, metadata.Distribution] = {}
    while pending:
        name = pending.pop()
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform, or not installed: nothing of it ships
        found[name] = dist
        for requirement in dist.requires or []:
            match = _NAME.match(requirement)
            if match and "extra" not in requirement.partition(";")[2]:
                pending.append(canonical_name(match.group(1)))
    return [found[name] for name in sorted(found)]


def license_of(dist: metadata.Distribution) -> str:
    """SPDX expression, else a short ``License`` field, else the trove classifiers, else "see files"."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "see the license files"


def license_files(dist: metadata.Distribution) -> list[Path]:
    """Absolute paths of the distribution's LICENSE/COPYING/NOTICE files that exist on disk."""
    paths = []
    for file in dist.files or []:
        if _LICENSE_FILE.match(file.name) and not file.name.endswith((".py", ".pyc")):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                paths.append(path)
    return paths


def package_info(dist: metadata.Distribution) -> ThirdPartyPackage:
    meta = dist.metadata
    name = meta["Name"]
    files = [str(p) for p in license_files(dist)]
    if not files and canonical_name(name) in _LICENSE_TEXTS:  # the PySide6 wheels carry no license text
        files = [str(resource_path("licenses", text)) for text in _LICENSE_TEXTS[canonical_name(name)]]
    return ThirdPartyPackage(name, dist.version, license_of(dist), home_page(meta), tuple(files))


def home_page(meta: metadata.PackageMetadata) -> str:
    """``Home-page``, else the Project-URL labelled home page/source/repository, else the first one."""
    urls = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, link = entry.partition(",")
        urls.setdefault(label.strip().lower().replace(" ", ""), link.strip())
    preferred = [urls.get(k) for k in ("homepage", "home", "source", "sourcecode", "repository", "documentation")]
    return meta.get("Home-page") or next((u for u in preferred if u), next(iter(urls.values()), ""))


def third_party_packages() -> list[ThirdPartyPackage]:
    """Python packages used at run time: bundled list when frozen, else live from the installed metadata."""
    bundled = licenses_dir() / BUNDLED_PACKAGES
    if is_frozen() and bundled.is_file():
        return load_packages(bundled)
    return [package_info(d) for d in runtime_distributions() if canonical_name(d.metadata["Name"]) != DIST_NAME]


def load_packages(path: Path) -> list[ThirdPartyPackage]:
    """Read a list written by :func:`dump_packages`; license file paths are relative to ``base_dir()``."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    root = base_dir()
    return [
        ThirdPartyPackage(**{**row, "license_files": tuple(str(root / p) for p in row["license_files"])})
        for row in rows
    ]


def dump_packages(packages: list[ThirdPartyPackage], relative_files: dict[str, list[str]]) -> str:
    """JSON for :data:`BUNDLED_PACKAGES`; ``relative_files`` maps a package name to its bundled files."""
    rows = [{**asdict(p), "license_files": relative_files.get(p.name, [])} for p in packages]
    return json.dumps(rows, indent=1) + "\n"


# --- versions -------------------------------------------------------------------------------------------


def runtime_versions() -> dict[str, str]:
    """Versions of Python, Qt/PySide6, onnxruntime and the imaging stack (imports each lazily)."""
    versions = {"Python": f"{platform.python_version()} ({platform.python_implementation()})"}
    versions["OS"] = platform.platform()
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside_version

        versions["Qt"] = f"{QtCore.qVersion()} (PySide6 {pyside_version})"
    except ImportError as err:
        versions["Qt"] = f"not available ({err})"
    try:
        import onnxruntime

        providers = ", ".join(onnxruntime.get_available_providers())
        versions["onnxruntime"] = f"{onnxruntime.__version__} ({providers})"
    except ImportError as err:
        versions["onnxruntime"] = f"not available ({err})"
    for module, label in (("pydicom", "pydicom"), ("numpy", "numpy"), ("imagecodecs", "imagecodecs"),
                          ("reportlab", "reportlab")):
        try:
            versions[label] = str(__import__(module).__version__)
        except (ImportError, AttributeError) as err:
            versions[label] = f"not available ({err})"
    return versions


def install_kind() -> str:
    """"frozen bundle in <folder of the executable>" or "Python package in <folder with resources/>"."""
    if is_frozen():
        return f"frozen bundle in {Path(sys.executable).resolve().parent}"
    return f"Python package in {base_dir()}"


def version_text(models: list[ModelInfo] | None = None) -> str:
    """The text of ``scanlens --version`` (no display needed; models are described from their cards)."""
    models = model_infos() if models is None else models
    lines = [f"{APP_NAME} {__version__}", "Models:"]
    for m in models:
        state = f"sha256 {m.sha256[:12]}" if m.available else f"unavailable: {m.reason}"
        lines.append(f"  {m.id} {m.version}  {state}")
    if not models:
        lines.append("  none installed")
    lines += [f"{name}: {value}" for name, value in runtime_versions().items()]
    lines.append(f"Installed as: {install_kind()}")
    return "\n".join(lines)


# --- notices --------------------------------------------------------------------------------------------

BUNDLED_ASSETS = (
    ("Fonts in the PDF report", "resources/fonts/README.md",
     "DejaVu Sans (Bitstream Vera license; DejaVu changes public domain) and Droid Sans Fallback (Apache-2.0)."),
    ("Sample scans", "resources/samples/ATTRIBUTION.md",
     "Kermany et al. 2018 (CC BY 4.0), Brain Tumor MRI Dataset (CC0 1.0), NIH ChestX-ray14 via NHSX (MIT), "
     "MedNIST (CC BY-SA 4.0)."),
    ("Self-test DICOM files", "resources/selftest/ATTRIBUTION.md",
     "pydicom test files (MIT), derived from NEMA's public WG04 DICOM sample data."),
)
QT_NOTE = (
    "Qt is used through PySide6 under the GNU LGPL v3 (PySide6 and shiboken6 are offered under LGPL-3.0 or "
    "GPL; ScanLens takes the LGPL-3.0 option). The builds keep Qt in separate shared libraries that "
    "can be replaced with a compatible build; the Qt sources are at https://download.qt.io/official_releases/qt/ "
    "and the PySide6 sources at https://code.qt.io/cgit/pyside/pyside-setup.git/."
)

GPL_NOTE = (
    "It is loaded into the ScanLens process, so a build that includes it is distributed under the terms of "
    "the GPL as a whole. ScanLens ships no GPL code: remove this package from the environment (the build "
    "refuses to package it)."
)
_ALTERNATIVES = re.compile(r"\s+OR\s+|\s*;\s*|\s*/\s*|\s*,\s*(?=[A-Za-z])", re.IGNORECASE)
_STRONG = re.compile(r"(?<![L])\b(A?GPL|GNU (AFFERO )?GENERAL PUBLIC)", re.IGNORECASE)


def is_strong_copyleft(license_text: str) -> bool:
    """True when every alternative of a license expression is the GPL or AGPL (LGPL does not count).

    ``LGPL-3.0-only OR GPL-3.0-only`` (PySide6) is not: the LGPL option is taken. ``GPL V3.0`` and
    ``GNU Affero General Public License v3`` are.
    """
    options = [o.strip("() ") for o in _ALTERNATIVES.split(license_text) if o.strip("() ")]
    return bool(options) and all(_STRONG.search(o) and "LESSER" not in o.upper() and "LGPL" not in o.upper()
                                 for o in options)


def strong_copyleft(packages: list[ThirdPartyPackage]) -> list[ThirdPartyPackage]:
    """Packages under the GPL or AGPL only (not LGPL, and with no other license to choose)."""
    return [p for p in packages if is_strong_copyleft(p.license)]


def notices_markdown(packages: list[ThirdPartyPackage], models: list[ModelInfo]) -> str:
    """``THIRD_PARTY_NOTICES.md``: packages with versions and licenses, bundled assets, data sets."""
    out = [
        "# Third-party notices",
        "",
        f"{APP_NAME} {__version__} is licensed under Apache-2.0. It uses and, in its installers, redistributes",
        "the software and data below, each under its own license. Generated by",
        "`python packaging/scanlens_packaging.py notices` from the installed packages' metadata and the model",
        "cards; the frozen builds carry each package's license files in `licenses/python/`.",
        "",
        "## Python packages used at run time",
        "",
        "| package | version | license | home page |",
        "| --- | --- | --- | --- |",
    ]
    out += [f"| {p.name} | {p.version} | {p.license.replace('|', '/')} | {p.url} |" for p in packages]
    out += ["", QT_NOTE]
    for p in strong_copyleft(packages):
        out += ["", f"**{p.name} is under {p.license}.** " + GPL_NOTE]
    out += ["", "## Bundled fonts, images and test files", ""]
    out += [f"- **{title}** (`{path}`): {summary}" for title, path, summary in BUNDLED_ASSETS]
    out += ["", "## Data sets the models were trained on", ""]
    citations = dataset_citations(models)
    out += [f"- {citation} (models: {', '.join(ids)})" for citation, ids in citations]
    if not citations:
        out.append("- No model with a training data citation is installed.")
    return "\n".join(out) + "\n"
