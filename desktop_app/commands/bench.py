# SPDX-License-Identifier: Apache-2.0
"""``scanlens bench [--json] [--device cpu|gpu|auto] [--n N]``: how fast is ScanLens on this computer?

The measurements and the JSON fields are described in :mod:`desktop_app.benchmark.run`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.commands.common import EXIT_OK, add_command, jsonable

SECTIONS = ("models", "analysis", "startup", "memory", "batch")


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "bench", "Measure ScanLens speed on this computer (models, stages, start-up, "
                         "memory, batch).", _handler)
    _arguments(parser)


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object (fields: see the module docs)")
    parser.add_argument("--device", default="cpu", choices=["auto", "cpu", "gpu"],
                        help="execution device for onnxruntime (default cpu)")
    parser.add_argument("--n", type=int, default=20, help="repetitions of every timing and cold start (default 20)")
    parser.add_argument("--batch-images", type=int, default=500, help=argparse.SUPPRESS)
    parser.add_argument("--models-dir", type=Path, action="append", help=argparse.SUPPRESS)
    parser.add_argument("--skip", default="", help=argparse.SUPPRESS)  # comma-separated SECTIONS


def _handler(ns: argparse.Namespace) -> int:
    from desktop_app.benchmark.run import run_benchmark

    result = run_benchmark(ns.device, max(1, ns.n), ns.batch_images, ns.models_dir,
                           {s.strip() for s in ns.skip.split(",") if s.strip()})
    if ns.json:
        print(json.dumps(jsonable(result), allow_nan=False), flush=True)
    else:
        from desktop_app.benchmark.report import print_report

        print_report(result, sys.stdout)
    return EXIT_OK
