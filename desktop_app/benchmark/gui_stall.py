# SPDX-License-Identifier: Apache-2.0
"""Child process for ``scanlens bench``: a batch through the real batch window, and the UI's longest stall.

``python -m desktop_app.benchmark.gui_stall FOLDER --viewer FILE [--open FILE...] [--models-dir DIR] [--device cpu]``

First the main window opens each ``--open`` file in turn (``open_stalls_ms``: the longest stall from the
request until the image is painted — decoding runs on a worker, so only a decoder that holds the GIL or
main-thread work shows up). Then it shows ``--viewer FILE`` (as a user would have it open) and the batch
triage window
analyses ``FOLDER`` with :meth:`BatchWindow.start` — its worker, its one-thread pool, its table. A
``QTimer`` ticks every ``--tick-ms`` on the GUI thread; the longest gap between two ticks while the batch
runs is the longest time the UI could not react. The models are loaded before the clock starts (as
after a first analysis), so ``images_per_s`` is the steady rate. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication


class StallMeter:
    """Longest gap between ticks of a precise GUI-thread timer (ms), while running."""

    def __init__(self, tick_ms: int):
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps = []
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def summary(self) -> dict[str, Any]:
        ordered = sorted(self.gaps)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else None
        return {"ticks": len(ordered), "max_gap_ms": round(ordered[-1], 2) if ordered else None,
                "p99_gap_ms": round(p99, 2) if p99 is not None else None}


def open_stalls(app: QApplication, window: Any, files: list[Path], tick_ms: int) -> dict[str, float | None]:
    """Open each file in the viewer in turn; the longest tick gap from the request until it is painted."""
    meter = StallMeter(tick_ms)
    stalls: dict[str, float | None] = {}
    pending = list(files)
    current: list[Path] = []

    def next_file() -> None:
        if current:  # the file being opened is now painted (or refused)
            meter.stop()
            stalls[current.pop().name] = meter.summary()["max_gap_ms"]
        if not pending:
            app.quit()
            return
        current.append(pending.pop(0))
        meter.start()
        window.open_file(str(current[0]))

    def shown() -> None:
        if current:
            QTimer.singleShot(0, next_file)

    window.viewer.rendered.connect(shown)
    window.load_failed.connect(lambda *_: shown())
    QTimer.singleShot(0, next_file)
    app.exec()
    return stalls


def run(folder: Path, viewer: Path, model_dirs: list[Path] | None, device: str, tick_ms: int,
        opened: list[Path]) -> dict:
    from desktop_app.benchmark.memory_probe import peak_rss_mb
    from desktop_app.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(QSettings())
    window.analysis.controller.configure(device, model_dirs=model_dirs)  # as chosen in Settings
    get_analyser = window.analysis.controller.analyser_getter()  # the one the batch window shares, as in the app
    window.show()
    stalls = open_stalls(app, window, [*opened, viewer], tick_ms)
    analyser = get_analyser()
    for user in (analyser, analyser.for_batch()):  # sessions exist already, as after a first analysis/batch
        for entry in user.models.values():
            if entry.available:
                user.sessions.get(entry, device)
    result = run_batch(app, get_analyser, folder, tick_ms)
    window.close()
    return {**result, "open_stalls_ms": stalls, "peak_rss_mb": peak_rss_mb()}


def run_batch(app: QApplication, get_analyser: Any, folder: Path, tick_ms: int) -> dict[str, Any]:
    """``folder`` through :meth:`BatchWindow.start`, with the stall meter running from start to finish."""
    from desktop_app.ui.batch.window import BatchWindow

    batch = BatchWindow(lambda: get_analyser)
    batch.show()
    meter = StallMeter(tick_ms)
    rows: list[Any] = []
    batch.row_added.connect(rows.append)
    clock: dict[str, float] = {}
    batch.batch_finished.connect(lambda _summary: (clock.setdefault("done", time.perf_counter()), app.quit()))

    def begin() -> None:
        meter.start()
        clock["start"] = time.perf_counter()
        batch.start(str(folder))

    QTimer.singleShot(300, begin)  # let the batch window show first
    app.exec()
    meter.stop()
    batch.close()
    seconds = clock.get("done", time.perf_counter()) - clock.get("start", time.perf_counter())
    return {"images": len(rows), "seconds": round(seconds, 3),
            "images_per_s": round(len(rows) / seconds, 2) if seconds > 0 else None,
            "statuses": dict(Counter(row.status for row in rows)),
            "per_model": dict(Counter(row.model for row in rows if row.model)), "tick_ms": tick_ms,
            **meter.summary()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gui_stall")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--viewer", type=Path, required=True, help="file shown in the viewer during the batch")
    parser.add_argument("--open", type=Path, nargs="*", default=[], help="files opened one by one before")
    parser.add_argument("--models-dir", type=Path, action="append")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--tick-ms", type=int, default=5)
    ns = parser.parse_args(argv)
    QApplication.setOrganizationName("ScanLens")
    QApplication.setApplicationName("ScanLens")
    app = QApplication(sys.argv[:1])
    result = run(ns.folder, ns.viewer, ns.models_dir, ns.device, ns.tick_ms, ns.open)
    print(json.dumps(result), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
