# SPDX-License-Identifier: Apache-2.0
"""``scanlens render FILE -o OUT.png``: one frame exactly as the viewer shows it."""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any

from desktop_app.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, add_command, one_line
from desktop_app.i18n import translate


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "render", "Render one frame exactly as the viewer shows it and save it as PNG.",
                         _render)
    _render_arguments(parser)



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
            return refuse(translate("CliRender", "the window width must be a positive number"))
        window = WindowPreset(center=center, width=width, name="Manual")
    try:
        image = load_image(ns.file)
    except ImageLoadError as exc:
        return refuse(str(exc))
    if not 0 <= ns.frame < image.n_frames:
        message = translate("CliRender", "frame {frame} does not exist (the image has {count} frame(s))")
        return refuse(message.format(frame=ns.frame, count=image.n_frames))
    pixels = render_frame(image, ns.frame, window=window, invert=ns.invert)
    return _write_png(pixels, ns.output)


def _write_png(pixels: Any, output: str) -> int:
    import numpy as np
    from PIL import Image

    try:
        Image.fromarray(np.ascontiguousarray(pixels)).save(output, format="PNG")
    except (OSError, ValueError) as exc:
        message = translate("CliRender", "cannot write {path}: {error}").format(path=output, error=one_line(exc))
        print(f"scanlens render: {message}", file=sys.stderr)
        return EXIT_FAILURE
    print(translate("CliRender", "wrote {path} ({width}x{height})").format(path=output, width=pixels.shape[1],
                                                                          height=pixels.shape[0]))
    return EXIT_OK
