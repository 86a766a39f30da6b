# SPDX-License-Identifier: Apache-2.0
"""Shared helpers for the analysis/batch UI tests: tiny model packs with known outputs, a window, waits.

No tests here; the analysis and batch test modules import these names.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop_app.imaging.model import LoadedImage
from desktop_app.ui.common.worker import wait_for_workers
from desktop_app.ui.shell.main_window import MainWindow
from tests.onnx_factory import write_tiny_chest, write_tiny_gate

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"
SHIPPED = REPO / "onnx_models"
CHEST = SAMPLES / "chest_pneumonia_person1003_virus_1685.jpeg"
HAND = SAMPLES / "other_hand_xray_mednist.jpeg"
TIMEOUT = 30_000
def tiny_packs(folder: Path, gate: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if gate:
        write_tiny_gate(folder)
    write_tiny_chest(folder)
    return folder


def make_window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1100, 760)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_window(win: MainWindow) -> None:
    if win.analysis.batch is not None:
        win.analysis.batch.cancel()
    assert wait_for_workers(TIMEOUT), "a worker thread outlived the test"
    QApplication.processEvents()


def open_and_wait(qtbot, win: MainWindow, path: Path, timeout: int = TIMEOUT) -> LoadedImage:
    with qtbot.waitSignal(win.image_changed, timeout=timeout) as blocker:
        win.open_file(str(path))
    return blocker.args[0]


def analyse_and_wait(qtbot, win: MainWindow, signal_name: str = "finished", **kwargs):
    """Trigger an analysis and wait for the controller's ``finished``/``refused``/``failed`` signal; the
    Prediction (finished), the AnalysisResult (refused) or the message (failed)."""
    signal = getattr(win.analysis.controller, signal_name)
    with qtbot.waitSignal(signal, timeout=TIMEOUT) as blocker:
        if kwargs:
            win.analysis.analyse_current(**kwargs)
        else:
            win.commands["analyse"].trigger()
    outcome = blocker.args[1]
    return outcome.prediction if signal_name == "finished" else outcome


def load_analyser(qtbot, win: MainWindow):
    with qtbot.waitSignal(win.analysis.controller.analyser_ready, timeout=TIMEOUT) as blocker:
        win.analysis.controller.load()
    return blocker.args[0]


def write_png(path: Path, pixels: np.ndarray) -> Path:
    assert cv2.imwrite(str(path), pixels)
    return path


def grab_rgb(widget) -> np.ndarray:
    """What ``widget`` paints, as an (H, W, 3) uint8 array."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


class Gate:
    """Wraps ``analyser.analyse`` so chosen calls block until :meth:`release` (deterministic races)."""

    def __init__(self, analyser, block_calls: set[int] = frozenset(), block_path: str | None = None):
        self.calls = 0
        self.entered = threading.Event()
        self._released = threading.Event()
        self._block = block_calls
        self._block_path = block_path  # batch triage analyses several images at once: block by file
        self._lock = threading.Lock()
        self._original = analyser.analyse
        analyser.analyse = self._analyse

    def _analyse(self, *args, **kwargs):
        with self._lock:
            self.calls += 1
            call = self.calls
        image = args[0] if args else kwargs["image"]
        if call in self._block or (self._block_path is not None and Path(image.path) == Path(self._block_path)):
            self.entered.set()
            assert self._released.wait(TIMEOUT / 1000), "test never released the analysis"
        return self._original(*args, **kwargs)

    def release(self) -> None:
        self._released.set()
