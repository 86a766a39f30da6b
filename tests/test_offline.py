# SPDX-License-Identifier: Apache-2.0
"""The offline guarantee: opening, analysing, reporting and the headless commands never touch the network.

Two independent checks:

* in-process, the socket API is replaced by a recorder that refuses every network operation (AF_UNIX,
  used by the single-instance QLocalSocket, is not network and is let through);
* in a subprocess, ``scanlens analyze/info --json`` runs under a ``sys.addaudithook`` hook that records
  every socket creation, connection, bind, send and name lookup the interpreter performs.

Modules still being written (printing, ...) join the in-process check through :data:`OPTIONAL_STEPS`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
DICOM_SAMPLE = "nih_cxr14_dx_no_finding.dcm"
JPEG_SAMPLE = "chest_pneumonia_person1003_virus_1685.jpeg"
#: Modules imported under the guard when they exist (import-time network access counts too).
OPTIONAL_MODULES = ("desktop_app.reporting", "desktop_app.exporting", "desktop_app.storage.store",
                    "desktop_app.ui.reports.print_pages")


class NetworkUsed(AssertionError):
    """Raised in place of any network operation while the guard is active."""


class NetworkGuard:
    """Replaces the socket API; every attempt is recorded and refused. AF_UNIX sockets still work."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []
        real = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto", "bind")}
        for name, method in real.items():
            monkeypatch.setattr(socket.socket, name, self._method(name, method))
        for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
            monkeypatch.setattr(socket, name, self._function(name))

    def _refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise NetworkUsed(f"network access during an offline operation: {what}")

    def _method(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(sock: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if sock.family == getattr(socket, "AF_UNIX", None):
                return real(sock, *args, **kwargs)
            self._refuse(f"socket.{name}{args!r}")

        return guarded

    def _function(self, name: str) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self._refuse(f"socket.{name}{args!r}")

        return guarded


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    guard = NetworkGuard(monkeypatch)
    yield guard
    assert guard.attempts == [], f"network used: {guard.attempts}"


def test_guard_refuses_network_and_allows_local_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    guard = NetworkGuard(monkeypatch)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp, pytest.raises(NetworkUsed):
        tcp.connect(("192.0.2.1", 80))
    assert len(guard.attempts) == 2
    if hasattr(socket, "AF_UNIX"):
        left, right = socket.socketpair(socket.AF_UNIX)
        with left, right:
            left.sendall(b"ping")
            assert right.recv(4) == b"ping"


def _loaded(samples_dir: Path, name: str) -> Any:
    from desktop_app.imaging import load_image

    return load_image(samples_dir / name)


def test_open_render_and_describe_offline(offline: NetworkGuard, samples_dir: Path) -> None:
    from desktop_app.commands.info import info_record
    from desktop_app.imaging import pixel_stats, render_frame

    for name in (DICOM_SAMPLE, JPEG_SAMPLE):
        image = _loaded(samples_dir, name)
        assert render_frame(image).dtype == np.uint8
        pixel_stats(image)
        assert info_record(str(samples_dir / name))["ok"]


def test_analyse_with_shipped_models_offline(offline: NetworkGuard, samples_dir: Path) -> None:
    from desktop_app.inference.analyser import Analyser, AnalysisRefused
    from desktop_app.inference.registry import ModelUnavailable, default_model_dirs

    analyser = Analyser(default_model_dirs(), device="cpu", threads=1)
    for name in (DICOM_SAMPLE, JPEG_SAMPLE):
        try:
            prediction = analyser.analyse(_loaded(samples_dir, name))
        except (AnalysisRefused, ModelUnavailable) as refusal:  # no diagnostic model for this kind yet
            assert str(refusal)
        else:
            assert prediction.scores


@pytest.fixture
def tiny_packs(tmp_path: Path) -> Path:
    """A gate that always says chest X-ray and a two-label chest model (built here, no weights needed)."""
    from tests.onnx_factory import write_tiny_chest, write_tiny_gate

    write_tiny_gate(tmp_path)
    write_tiny_chest(tmp_path, "chest_offline")
    return tmp_path


def _scored(samples_dir: Path, packs: Path) -> tuple[Any, Any]:
    from desktop_app.inference.analyser import Analyser

    image = _loaded(samples_dir, DICOM_SAMPLE)
    return image, Analyser([packs], device="cpu", threads=1).analyse(image)


def test_score_heatmap_and_report_offline(offline: NetworkGuard, samples_dir: Path, tiny_packs: Path,
                                          tmp_path: Path) -> None:
    from desktop_app.imaging import render_frame
    from desktop_app.inference.heatmap import blend

    image, prediction = _scored(samples_dir, tiny_packs)
    assert prediction.model_id == "chest_offline" and prediction.cam is not None
    display = render_frame(image)
    overlay = blend(display, prediction.cam[prediction.labels.index(prediction.decision)], opacity=0.5)
    writer = pytest.importorskip("desktop_app.reporting.writer")
    inputs = pytest.importorskip("desktop_app.reporting.inputs")
    item = inputs.ReportInput(image=display, prediction=prediction, card={}, overlay=overlay, patient=image.metadata)
    written = writer.write_report([item], tmp_path / "report.pdf")
    assert Path(written).read_bytes().startswith(b"%PDF")
    _print_offline(Path(written), tmp_path / "printed.pdf")


def _print_offline(report: Path, target: Path) -> None:
    """Print the report the way File → Print does, to a PDF printer target, still under the guard."""
    pytest.importorskip("pypdfium2")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.reports.print_pages import paint_pages, prepare_printer, rasterise

    _app = QApplication.instance() or QApplication([])  # a full QApplication: later widget tests reuse it
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    prepare_printer(printer, "A4", "offline print")
    paint_pages(printer, rasterise(report, dpi=72))
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("module", OPTIONAL_MODULES)
def test_optional_modules_import_offline(offline: NetworkGuard, module: str) -> None:
    importlib.import_module(module)


# --- subprocess under an audit hook ------------------------------------------------------------------

_AUDITED = textwrap.dedent(
    """
    import json, os, socket, sys

    events = []
    LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
               "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"}
    SOCKET_OPS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}

    def hook(event, args):
        if event == "socket.__new__" and args[1] != socket.AF_UNIX:
            events.append([event, repr(args[1:])])
        elif event in SOCKET_OPS and getattr(args[0], "family", None) != socket.AF_UNIX:
            events.append([event, repr(args[1:])])
        elif event in LOOKUPS:
            events.append([event, repr(args)])

    sys.addaudithook(hook)
    from desktop_app.__main__ import main

    try:
        code = main(sys.argv[1:])
    finally:
        with open(os.environ["SCANLENS_AUDIT_OUT"], "w", encoding="utf-8") as out:
            json.dump(events, out)
    sys.exit(code)
    """
)


def _audited_run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    record = tmp_path / "audit.json"
    env = {**os.environ, "SCANLENS_AUDIT_OUT": str(record)}
    result = subprocess.run([sys.executable, "-c", _AUDITED, *args], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert record.is_file(), result.stderr
    return result, json.loads(record.read_text(encoding="utf-8"))


def test_analyse_json_subprocess_makes_no_network_calls(tmp_path: Path, samples_dir: Path) -> None:
    files = [str(samples_dir / DICOM_SAMPLE), str(samples_dir / JPEG_SAMPLE)]
    result, events = _audited_run(tmp_path, "analyze", "--json", *files)
    assert result.returncode in (0, 2) and "Traceback" not in result.stderr, result.stderr
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == 2
    assert events == []


def test_info_and_render_subprocess_make_no_network_calls(tmp_path: Path, samples_dir: Path) -> None:
    result, events = _audited_run(tmp_path, "info", "--json", str(samples_dir / DICOM_SAMPLE))
    assert result.returncode == 0 and events == [], result.stderr
    result, events = _audited_run(tmp_path, "render", str(samples_dir / JPEG_SAMPLE), "-o", str(tmp_path / "r.png"))
    assert result.returncode == 0 and events == [], result.stderr


def test_audit_hook_would_notice_a_connection(tmp_path: Path) -> None:
    """The wrapper is only useful if it records what it claims to: run it over code that opens a socket."""
    record = tmp_path / "audit.json"
    probe = _AUDITED.replace("from desktop_app.__main__ import main", "def main(argv):\n"
                             "    socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n"
                             "    try:\n        socket.getaddrinfo('localhost', 80)\n"
                             "    except OSError:\n        pass\n    return 0")
    env = {**os.environ, "SCANLENS_AUDIT_OUT": str(record)}
    subprocess.run([sys.executable, "-c", probe], cwd=REPO_ROOT, env=env, timeout=60, check=True)
    kinds = {event for event, _ in json.loads(record.read_text(encoding="utf-8"))}
    assert {"socket.__new__", "socket.getaddrinfo"} <= kinds
