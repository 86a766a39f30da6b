# SPDX-License-Identifier: Apache-2.0
"""Headless commands: ``scanlens SUBCOMMAND ...`` (dispatched from ``desktop_app.__main__``).

Subcommands live in a registry (name -> :class:`Subcommand`). A module adds its own with
:func:`register`; modules listed in :data:`COMMAND_MODULES` are imported the first time the registry is
consulted, so keep their top level light (heavy imports inside the handlers). This module defines
``info`` and ``render``.

Exit codes: 0 success, 2 refused input (bad file or arguments), 1 unexpected failure. No traceback is
ever printed; unexpected errors are reduced to one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass
from typing import Any, TextIO

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2

AddArguments = Callable[[argparse.ArgumentParser], None]
Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Subcommand:
    """One ``scanlens NAME`` command: ``add_arguments(parser)`` declares options, ``handler(ns)`` runs."""

    name: str
    help: str
    add_arguments: AddArguments
    handler: Handler


_REGISTRY: dict[str, Subcommand] = {}

#: Modules that call :func:`register` at import time; add yours here to get ``scanlens NAME``.
COMMAND_MODULES: list[str] = ["desktop_app.inference.commands", "desktop_app.records_commands", "desktop_app.selftest",
                              "desktop_app.benchmark.command", "desktop_app.pacs_commands",
                              "desktop_app.receive_command"]
_loaded_modules: set[str] = set()


def register(name: str, help: str, add_arguments: AddArguments, handler: Handler) -> Subcommand:
    """Add (or replace) the subcommand ``name``; returns it."""
    command = Subcommand(name=name, help=help, add_arguments=add_arguments, handler=handler)
    _REGISTRY[name] = command
    return command


def registry() -> dict[str, Subcommand]:
    """All known subcommands, after importing :data:`COMMAND_MODULES` that were not imported yet."""
    for module in COMMAND_MODULES:
        if module in _loaded_modules:
            continue
        _loaded_modules.add(module)
        try:
            importlib.import_module(module)
        except Exception as exc:  # one broken command module must not disable the others
            print(f"scanlens: commands from {module} are unavailable: {_one_line(exc)}", file=sys.stderr)
    return dict(_REGISTRY)


class _SubcommandNames(Set[str]):
    """Live, read-only view of the registered names (``"info" in SUBCOMMANDS``)."""

    def __contains__(self, name: object) -> bool:
        return name in registry()

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(registry()))

    def __len__(self) -> int:
        return len(registry())

    def __repr__(self) -> str:
        return f"SUBCOMMANDS({sorted(registry())})"


SUBCOMMANDS: Set[str] = _SubcommandNames()


def build_parser() -> argparse.ArgumentParser:
    """The ``scanlens`` argument parser with one sub-parser per registered subcommand."""
    parser = argparse.ArgumentParser(prog="scanlens", description="ScanLens headless commands.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in sorted(registry().values(), key=lambda c: c.name):
        sub = subparsers.add_parser(command.name, help=command.help, description=command.help)
        command.add_arguments(sub)
        sub.set_defaults(_handler=command.handler)
    return parser


def run(args: Sequence[str]) -> int:
    """Run ``scanlens`` with ``args`` (the subcommand name first); return the exit code."""
    try:
        namespace = build_parser().parse_args(list(args))
    except SystemExit as exc:  # argparse has printed usage or help
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    try:
        return int(namespace._handler(namespace))
    except KeyboardInterrupt:
        print("scanlens: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback: one line the user can report
        print(f"scanlens {namespace.command}: unexpected error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILURE


def _one_line(exc: BaseException) -> str:
    from desktop_app.imaging.errors import one_line

    return one_line(exc)


def jsonable(value: Any) -> Any:
    """``value`` with numpy scalars made plain and non-finite floats made ``None`` (strict JSON)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and callable(value.item):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# --- info -------------------------------------------------------------------------------------------


def _info_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="image files (DICOM, PNG, JPEG, TIFF, BMP)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line (JSON Lines)")
    parser.add_argument("--frame", type=int, default=0, help="frame used for pixel statistics (default 0)")


def info_record(path: str, frame: int = 0) -> dict[str, Any]:
    """What ``scanlens info --json`` prints for one file (``ok`` False with ``error`` when refused)."""
    from desktop_app.imaging import ImageLoadError, default_window, load_image, pixel_stats

    try:
        image = load_image(path)
    except ImageLoadError as exc:
        return {"file": path, "ok": False, "error": str(exc)}
    if not 0 <= frame < image.n_frames:
        return {
            "file": path,
            "ok": False,
            "error": f"Frame {frame} does not exist ({image.n_frames} frame(s))",
        }
    window = default_window(image)
    return jsonable(
        {
            "file": path,
            "ok": True,
            "format": image.source_format,
            "decoder": image.decoder,
            "frames": image.n_frames,
            "rows": image.rows,
            "columns": image.cols,
            "is_color": image.is_color,
            "units": image.units,
            "invert_default": image.invert_default,
            "voi_lut_applied": image.voi_lut_applied,
            "window": {"center": window.center, "width": window.width, "name": window.name},
            "window_presets": [{"center": w.center, "width": w.width, "name": w.name} for w in image.window_presets],
            "pixel_stats": pixel_stats(image, frame),
            "metadata": image.metadata,
        }
    )


def _print_info_text(record: dict[str, Any], out: TextIO) -> None:
    print(record["file"], file=out)
    if not record["ok"]:
        print(f"  refused: {record['error']}", file=out)
        return
    meta, stats, window = record["metadata"], record["pixel_stats"], record["window"]
    kind = "colour" if record["is_color"] else "monochrome"
    print(
        f"  {record['format']} via {record['decoder']}: {record['frames']} frame(s), "
        f"{record['columns']}x{record['rows']} {kind}",
        file=out,
    )
    for key in ("patient_name", "patient_id", "modality", "study_date", "body_part", "transfer_syntax"):
        if meta.get(key) is not None:
            print(f"  {key.replace('_', ' ')}: {meta[key]}", file=out)
    units = f" {record['units']}" if record["units"] else ""
    print(
        f"  window: center {window['center']:g} width {window['width']:g} ({window['name']})"
        f"{', inverted' if record['invert_default'] else ''}",
        file=out,
    )
    print(f"  pixels: min {stats['min']:g} max {stats['max']:g} mean {stats['mean']:.2f}{units}", file=out)


def _info(ns: argparse.Namespace) -> int:
    refused = False
    for path in ns.files:
        record = info_record(path, ns.frame)
        refused |= not record["ok"]
        if ns.json:
            print(json.dumps(record, ensure_ascii=False, allow_nan=False), flush=True)
        else:
            _print_info_text(record, sys.stdout)
    return EXIT_REFUSED if refused else EXIT_OK


# --- render -----------------------------------------------------------------------------------------


def _render_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="image file to render")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.png", help="PNG file to write")
    parser.add_argument("--frame", type=int, default=0, help="frame index, from 0 (default 0)")
    parser.add_argument("--window", nargs=2, type=float, metavar=("CENTER", "WIDTH"), help="window center and width")
    parser.add_argument(
        "--invert",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="invert grey levels (default: as the file says, e.g. MONOCHROME1)",
    )


def _render(ns: argparse.Namespace) -> int:
    from desktop_app.imaging import ImageLoadError, WindowPreset, load_image, render_frame

    def refuse(message: str) -> int:
        print(f"scanlens render: {ns.file}: {message}", file=sys.stderr)
        return EXIT_REFUSED

    window = None
    if ns.window is not None:
        center, width = ns.window
        if not (math.isfinite(center) and math.isfinite(width) and width > 0):
            return refuse("the window width must be a positive number")
        window = WindowPreset(center=center, width=width, name="Manual")
    try:
        image = load_image(ns.file)
    except ImageLoadError as exc:
        return refuse(str(exc))
    if not 0 <= ns.frame < image.n_frames:
        return refuse(f"frame {ns.frame} does not exist (the image has {image.n_frames} frame(s))")
    pixels = render_frame(image, ns.frame, window=window, invert=ns.invert)
    return _write_png(pixels, ns.output)


def _write_png(pixels: Any, output: str) -> int:
    import numpy as np
    from PIL import Image

    try:
        Image.fromarray(np.ascontiguousarray(pixels)).save(output, format="PNG")
    except (OSError, ValueError) as exc:
        print(f"scanlens render: cannot write {output}: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"wrote {output} ({pixels.shape[1]}x{pixels.shape[0]})")
    return EXIT_OK


register(
    "info",
    "Describe image files: metadata, decoder, default window, pixel statistics.",
    _info_arguments,
    _info,
)
register(
    "render",
    "Render one frame exactly as the viewer shows it and save it as PNG.",
    _render_arguments,
    _render,
)
