# SPDX-License-Identifier: Apache-2.0
"""Application entry: command line, start-up benchmark, macOS file-open events."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import subprocess
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent

from desktop_app import __version__
from desktop_app.app import build_parser
from desktop_app.benchmark.uptime import process_uptime
from desktop_app.ui.shell.application import FileOpenRouter

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "chest_pneumonia_person1003_virus_1685.jpeg"


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SCANLENS_INSTANCE_NAME=f"t-{uuid.uuid4().hex[:8]}")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_version():
    proc = _run("--version")
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_parser_accepts_files_and_options():
    options = build_parser().parse_args(["a.dcm", "b.png", "--new-instance"])
    assert options.files == ["a.dcm", "b.png"] and options.new_instance


def test_process_uptime_is_measured_from_process_start():
    seconds, how = process_uptime()
    assert 0 <= seconds < 3600 and how


def test_benchmark_startup_prints_time_and_exits(tmp_path):
    proc = _run("--benchmark-startup", str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"startup: (\d+\.\d+) s", proc.stdout)
    assert match and 0 < float(match.group(1)) < 30


def test_benchmark_startup_reports_unreadable_file(tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    proc = _run("--benchmark-startup", str(broken))
    assert proc.returncode == 2
    assert "Cannot open broken.png" in proc.stderr and "Traceback" not in proc.stderr


def test_file_open_events_are_queued_until_the_window_connects(qapp):
    router = FileOpenRouter()
    router.handle(QFileOpenEvent("/early.dcm"))
    received: list[str] = []
    assert router.connect_receiver(received.append) == ["/early.dcm"]
    router.handle(QFileOpenEvent(QUrl.fromLocalFile("/later.png")))
    assert received == ["/later.png"]


def test_no_display_gives_a_message_not_a_crash():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SCANLENS_INSTANCE_NAME"] = f"t-{uuid.uuid4().hex[:8]}"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", str(SAMPLE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "graphical display" in proc.stderr
