# SPDX-License-Identifier: Apache-2.0
"""``scanlens self-test`` (alias ``scanlens --self-test``): run :mod:`desktop_app.selftest`'s checks.

Exit code 0 when nothing failed (skipped checks are allowed), 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands.common import EXIT_FAILURE, EXIT_OK, add_command
from desktop_app.i18n import translate

if TYPE_CHECKING:
    from desktop_app.selftest import CheckResult


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "self-test", "Check this installation offline: model hashes, reference "
                         "scores, PDF, case database, decoders.", _self_test)
    _arguments(parser)


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument("--keep", metavar="DIR", help="write the test report and database to DIR and keep them")


def _self_test(ns: argparse.Namespace) -> int:
    from desktop_app import APP_NAME, __version__
    from desktop_app.about import install_kind
    from desktop_app.selftest import FAIL, SelfTestSetup, run_self_test, summary_line

    started = time.perf_counter()
    if not ns.json:
        line = translate("CliSelfTest", "{app} {version} self-test ({install})")
        print(line.format(app=APP_NAME, version=__version__, install=install_kind()))

    def emit(result: CheckResult) -> None:
        if not ns.json:
            print(f"  {result.status}  {result.area}: {result.detail}", flush=True)

    with tempfile.TemporaryDirectory(prefix="scanlens-selftest-") as tmp:
        workdir = Path(ns.keep) if ns.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = run_self_test(SelfTestSetup.installed(workdir), emit)
    failed = not results or any(r.status == FAIL for r in results)
    seconds = time.perf_counter() - started
    if ns.json:
        print(json.dumps({"ok": not failed, "seconds": round(seconds, 2), "checks": [asdict(r) for r in results]}))
    else:
        print(f"{summary_line(results)} ({seconds:.1f} s)")
    return EXIT_FAILURE if failed else EXIT_OK
