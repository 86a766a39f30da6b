# SPDX-License-Identifier: Apache-2.0
"""``scanlens info FILE...``: metadata, decoder, default window and pixel statistics of image files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from desktop_app.commands.common import EXIT_OK, EXIT_REFUSED, add_command, jsonable
from desktop_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "info", "Describe image files: metadata, decoder, default window, pixel "
                         "statistics.", _info)
    _info_arguments(parser)



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
            "error": f"Frame {frame} does not exist ({image.n_frames} frame(s))",  # JSON: English, always
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
        print("  " + translate("CliInfo", "refused: {reason}").format(reason=record["error"]), file=out)
        return
    meta, stats, window = record["metadata"], record["pixel_stats"], record["window"]
    kind = translate("CliInfo", "colour") if record["is_color"] else translate("CliInfo", "monochrome")
    line = translate("CliInfo", "{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}")
    print("  " + line.format(format=record["format"], decoder=record["decoder"], frames=record["frames"],
                             columns=record["columns"], rows=record["rows"], kind=kind), file=out)
    for key, label in _metadata_labels().items():
        if meta.get(key) is not None:
            print(f"  {label}: {meta[key]}", file=out)
    units = f" {record['units']}" if record["units"] else ""
    if record["invert_default"]:
        line = translate("CliInfo", "window: center {center} width {width} ({name}), inverted")
    else:
        line = translate("CliInfo", "window: center {center} width {width} ({name})")
    print("  " + line.format(center=f"{window['center']:g}", width=f"{window['width']:g}", name=window["name"]),
          file=out)
    line = translate("CliInfo", "pixels: min {min} max {max} mean {mean}")
    print("  " + line.format(min=f"{stats['min']:g}", max=f"{stats['max']:g}", mean=f"{stats['mean']:.2f}") + units,
          file=out)


def _metadata_labels() -> dict[str, str]:
    """The metadata printed for people, by key (the JSON keeps the keys)."""
    return {
        "patient_name": translate("CliInfo", "patient name"),
        "patient_id": translate("CliInfo", "patient id"),
        "modality": translate("CliInfo", "modality"),
        "study_date": translate("CliInfo", "study date"),
        "body_part": translate("CliInfo", "body part"),
        "transfer_syntax": translate("CliInfo", "transfer syntax"),
    }


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
