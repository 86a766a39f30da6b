# SPDX-License-Identifier: Apache-2.0
"""Child process for ``scanlens bench``: process start → window painted → first analysis result painted.

``python -m desktop_app.benchmark.gui_first_result FILE [--models-dir DIR] [--device cpu]``

Runs the real start-up (:func:`desktop_app.ui.shell.application.run_application`) with the "analyse
automatically when an image is opened" preference switched on in the (private, benchmark-only)
settings, and prints one JSON object: seconds from process start until the image was painted and until
the result (scores, heatmap) was painted. Seconds come from :func:`desktop_app.benchmark.uptime.process_uptime`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer


def _hook(app: Any, model_dirs: list[Path] | None, device: str, out: dict[str, Any]) -> None:
    """Find the main window once the event loop runs and time its first image and first result."""
    from desktop_app.benchmark.uptime import process_uptime
    from desktop_app.ui.shell.main_window import MainWindow

    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    controller = getattr(getattr(window, "analysis", None), "controller", None)
    if window is None or controller is None:
        out["error"] = "the main window has no analysis controller to watch"
        app.exit(3)
        return
    if model_dirs:
        window.analysis.use_model_dirs(model_dirs, device)

    def painted() -> None:
        window.repaint()
        out.setdefault("painted_s", round(process_uptime()[0], 3))

    def result(outcome: str) -> None:
        window.repaint()  # synchronous paint with the result (panel + heatmap) on screen
        out["first_result_s"], out["measured"] = process_uptime()
        out["first_result_s"] = round(out["first_result_s"], 3)
        out["outcome"] = outcome
        app.exit(0)

    window.viewer.rendered.connect(lambda: QTimer.singleShot(0, painted))
    controller.finished.connect(lambda *_: QTimer.singleShot(0, lambda: result("analysed")))
    controller.refused.connect(lambda *_: QTimer.singleShot(0, lambda: result("refused")))
    controller.failed.connect(lambda _r, message: QTimer.singleShot(0, lambda: result(f"failed: {message}")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gui_first_result")
    parser.add_argument("file", type=Path)
    parser.add_argument("--models-dir", type=Path, action="append")
    parser.add_argument("--device", default="auto")
    ns = parser.parse_args(argv)
    from desktop_app.app import build_parser
    from desktop_app.ui.shell.application import ScanLensApplication, run_application

    app = ScanLensApplication(sys.argv[:1])
    settings = QSettings()
    settings.setValue("analysis/auto_analyse", True)
    settings.setValue("analysis/device", ns.device)
    settings.sync()
    out: dict[str, Any] = {}
    QTimer.singleShot(0, lambda: _hook(app, ns.models_dir, ns.device, out))
    options = build_parser().parse_args(["--new-instance", str(ns.file)])
    code = run_application(options, [str(ns.file.resolve())], single_instance=False)
    print(json.dumps(out), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
