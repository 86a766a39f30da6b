# SPDX-License-Identifier: Apache-2.0
"""Keep the translations in step with the code: ``python -m desktop_app.i18n.build ACTION``.

* ``update``  — pyside6-lupdate over every ``desktop_app/**/*.py`` into ``resources/translations/scanlens_<code>.ts``
  (existing translations kept, strings gone from the code dropped).
* ``release [--out DIR] [TS...]`` — pyside6-lrelease each ``.ts`` into a ``.qm`` (built, never committed).
* ``check``   — strings the code has and a ``.ts`` lacks, untranslated or stale entries, placeholders that do
  not match; exit 1 when there is any.
* ``fill DRAFT.json...`` — apply draft translations (:mod:`desktop_app.i18n.drafts`) and mark them finished.

The ``.ts`` files carry no source locations (``-locations none``): a line moving in the code then changes
nothing in them, so their diffs show only strings and translations. Contexts and sources identify a string.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desktop_app.i18n import LANGUAGES, SOURCE_LANGUAGE, completeness, drafts

REPO = Path(__file__).resolve().parents[2]
TARGET_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
LUPDATE, LRELEASE = "pyside6-lupdate", "pyside6-lrelease"


class BuildError(Exception):
    """A translation tool is missing or failed; the message says what to do."""


def translations_folder(root: Path = REPO) -> Path:
    return root / "resources" / "translations"


def ts_files(root: Path = REPO) -> list[Path]:
    folder = translations_folder(root)
    return [folder / f"scanlens_{code}.ts" for code in TARGET_LANGUAGES]


def source_files(root: Path = REPO) -> list[Path]:
    """Every Python file of the application, in a stable order."""
    return sorted((root / "desktop_app").rglob("*.py"))


def find_tool(name: str) -> str:
    """The executable ``name`` next to this Python (the venv's scripts) or on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise BuildError(f"{name} was not found next to {sys.executable} or on PATH; it comes with PySide6 "
                         "(make venv, or pip install PySide6-Essentials)")
    return found


def _run(name: str, args: Sequence[str]) -> None:
    proc = subprocess.run([find_tool(name), *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise BuildError(f"{name} failed: {detail[-1] if detail else f'exit code {proc.returncode}'}")


def lupdate(sources: Sequence[Path], ts: Path, language: str) -> None:
    """Extract the strings of ``sources`` into ``ts`` (created or merged)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="scanlens-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"  # a list file: no command-line length limit on Windows
        listing.write_text("\n".join(str(path) for path in sources) + "\n", encoding="utf-8")
        _run(LUPDATE, [f"@{listing}", "-ts", str(ts), "-no-obsolete", "-locations", "none", "-silent",
                       "-source-language", SOURCE_LANGUAGE, "-target-language", language])


def code_strings(sources: Sequence[Path]) -> set[completeness.Key]:
    """(context, source) of every translatable string in ``sources``."""
    with tempfile.TemporaryDirectory(prefix="scanlens-check-") as tmp:
        fresh = Path(tmp) / "code.ts"
        lupdate(sources, fresh, TARGET_LANGUAGES[0])
        return completeness.keys(fresh)


def update(root: Path = REPO) -> list[Path]:
    sources = source_files(root)
    for ts, code in zip(ts_files(root), TARGET_LANGUAGES, strict=True):
        lupdate(sources, ts, code)
    return ts_files(root)


def release(ts_paths: Sequence[Path], out_dir: Path | None = None) -> list[Path]:
    """Compile each ``.ts`` into ``<out_dir or its folder>/<name>.qm``; unfinished entries are left out, as the
    core's :func:`~desktop_app.i18n.translate` leaves them out."""
    built = []
    for ts in ts_paths:
        if not ts.is_file():
            raise BuildError(f"{ts} does not exist (run: python -m desktop_app.i18n.build update)")
        qm = (out_dir or ts.parent) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        _run(LRELEASE, [str(ts), "-qm", str(qm), "-nounfinished", "-silent"])
        built.append(qm)
    return built


def check(sources: Sequence[Path], ts_paths: Sequence[Path]) -> list[str]:
    expected = code_strings(sources)
    return [problem for ts in ts_paths for problem in completeness.ts_problems(expected, ts)]


def fill(draft_paths: Sequence[Path], root: Path = REPO) -> tuple[int, list[str]]:
    """Apply the drafts to the ``.ts`` files of ``root``: how many translations were set, and the problems."""
    by_language, problems = drafts.load(list(draft_paths))
    filled = 0
    for ts, code in zip(ts_files(root), TARGET_LANGUAGES, strict=True):
        if by_language.get(code):
            count, found = drafts.apply(by_language[code], ts)
            filled += count
            problems += found
    return filled, problems


def qt_translations(qt_dir: Path, languages: Sequence[str] = TARGET_LANGUAGES) -> list[Path]:
    """Qt's own ``qtbase_<code>.qm`` (or a regional one, e.g. ``qtbase_pt_BR.qm``) for each language."""
    found = []
    for code in languages:
        exact = qt_dir / f"qtbase_{code}.qm"
        found += [exact] if exact.is_file() else sorted(qt_dir.glob(f"qtbase_{code}_*.qm"))[:1]
    return found


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.i18n.build", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("update", help="extract the strings of the code into the .ts files")
    release_parser = sub.add_parser("release", help="compile .ts files into .qm files")
    release_parser.add_argument("ts", nargs="*", type=Path, help="the .ts files (default: all)")
    release_parser.add_argument("--out", type=Path, help="folder for the .qm files (default: beside the .ts)")
    sub.add_parser("check", help="report missing, untranslated and stale strings; exit 1 if any")
    fill_parser = sub.add_parser("fill", help="apply draft translations (JSON) to the .ts files")
    fill_parser.add_argument("drafts", nargs="+", type=Path, metavar="DRAFT.json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    ns = _parser().parse_args(argv)
    try:
        if ns.action == "update":
            for ts in update():
                print(f"updated {ts.relative_to(REPO)}")
        elif ns.action == "release":
            for qm in release(ns.ts or ts_files(), ns.out):
                print(f"built {qm}")
        elif ns.action == "check":
            problems = check(source_files(), ts_files())
            print("\n".join(problems) or "translations complete")
            return 1 if problems else 0
        else:
            filled, problems = fill(ns.drafts)
            print("\n".join([*problems, f"{filled} translation(s) filled"]))
            return 1 if problems else 0
    except BuildError as err:
        print(f"translations: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
