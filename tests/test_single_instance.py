# SPDX-License-Identifier: Apache-2.0
"""A second ScanLens process hands its files to the first and exits."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktop_app.ui.shell import single_instance
from desktop_app.ui.shell.single_instance import SingleInstance, send_to_running_instance

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "chest_pneumonia_person1003_virus_1685.jpeg"


@pytest.fixture
def server(qapp):
    name = f"scanlens-test-{uuid.uuid4().hex[:12]}"
    instance = SingleInstance(name)
    assert instance.listen()
    yield instance
    instance.close()


def test_default_name_is_per_user():
    name = single_instance.default_server_name()
    assert name.startswith("scanlens-") and "/" not in name and " " not in name


def _run_until_exit(qtbot, args: list[str], env: dict[str, str]) -> tuple[int, str, float]:
    """Run a child process while this process's event loop keeps serving the socket."""
    started = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    finally:
        if proc.poll() is None:
            proc.kill()
    out, err = proc.communicate()
    return proc.returncode, out + err, time.monotonic() - started


def _child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_client_hands_paths_to_server_and_gets_ack(qtbot, server):
    # Blocking QLocalSocket calls keep the GIL, so the client must be another process, as in real use.
    received = []
    server.paths_received.connect(received.append)
    code = (
        "import sys; from desktop_app.ui.shell.single_instance import send_to_running_instance as s;"
        f"sys.exit(0 if s(['/a/b.dcm', '/c d.png'], {server.name!r}, 3000) else 3)"
    )
    returncode, output, _ = _run_until_exit(qtbot, [sys.executable, "-c", code], _child_env())
    assert returncode == 0, output
    assert received == [["/a/b.dcm", "/c d.png"]]


def test_no_server_means_no_hand_over(qapp):
    assert not send_to_running_instance(["/x"], f"scanlens-absent-{uuid.uuid4().hex[:8]}", timeout_ms=200)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale files")
def test_stale_socket_is_replaced(qapp):
    name = f"scanlens-stale-{uuid.uuid4().hex[:8]}"
    leftover = Path(QDir.tempPath()) / name  # what a crashed instance leaves behind
    leftover.write_text("")
    try:
        instance = SingleInstance(name)
        assert instance.listen()
        assert instance.is_listening()
        instance.close()
    finally:
        leftover.unlink(missing_ok=True)


def test_second_process_forwards_file_and_exits(qtbot, server):
    received = []
    server.paths_received.connect(received.append)
    env = _child_env(SCANLENS_INSTANCE_NAME=server.name)
    args = [sys.executable, "-m", "desktop_app", str(SAMPLE)]
    returncode, output, elapsed = _run_until_exit(qtbot, args, env)
    assert returncode == 0, output
    assert received == [[str(SAMPLE)]]
    assert elapsed < 10, f"second instance took {elapsed:.1f}s"
