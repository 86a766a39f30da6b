# SPDX-License-Identifier: Apache-2.0
"""``scanlens receive``: Orthanc pushes to it (``/modalities/<name>/store``), --analyze records the case,
SIGTERM stops it; the allow-list, SOP class and size limits refuse what they should."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image

from desktop_app.pacs.listener import AllowedPeer, Listener, ListenerSettings, parse_allowed
from desktop_app.storage import CaseStore
from tests.orthanc_server import LOOPBACK, OUR_AE, OUR_MODALITY, free_port
from tests.pacs_helpers import add_orthanc, scan, wait_for

REPO = Path(__file__).resolve().parents[1]


def chest_dicom(folder: Path, samples_dir: Path) -> Path:
    """The shipped pneumonia sample as a CR DICOM (the shipped gate takes it for a chest X-ray)."""
    pixels = np.asarray(Image.open(next(samples_dir.glob("chest_pneumonia_*.jpeg"))).convert("L"))
    path = scan(folder)
    ds = pydicom.dcmread(path)
    ds.Rows, ds.Columns = pixels.shape
    ds.PixelData = np.ascontiguousarray(pixels).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


class Lines:
    """Collects a process' stdout lines on a thread."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.lines: list[str] = []
        self.thread = threading.Thread(target=lambda: self.lines.extend(iter(process.stdout.readline, "")))
        self.thread.start()

    def has(self, text: str) -> bool:
        return any(text in line for line in list(self.lines))


def test_orthanc_push_to_receive_analyse_records_the_case(orthanc, tmp_path, monkeypatch, capsys, samples_dir):
    if orthanc.process is None:
        orthanc.start()
    orthanc.clear()
    data = tmp_path / "data"
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(data))
    add_orthanc(capsys, orthanc)  # the default allow-list: ORTHANC from 127.0.0.1
    source = chest_dicom(tmp_path / "in", samples_dir)
    instance = orthanc.upload(source)["ID"]
    out, db = tmp_path / "received", tmp_path / "cases.sqlite3"
    env = {**os.environ, "SCANLENS_DATA_DIR": str(data), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "receive", "--ae", OUR_AE, "--port", str(orthanc.listener_port),
         "--out", str(out), "--bind", LOOPBACK, "--analyze", "--db", str(db), "--device", "cpu"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = Lines(process)
    try:
        wait_for(lambda: lines.has("listening as SCANLENS"), what="the listener")
        orthanc.rest(f"/modalities/{OUR_MODALITY}/store", {"Resources": [instance], "Synchronous": True}, "POST")
        uid = str(pydicom.dcmread(source).SOPInstanceUID)
        assert [p.name for p in out.iterdir()] == [f"{uid}.dcm"]  # landed under its final name only
        wait_for(lambda: lines.has("(case 1)"), timeout=120, what="the analysis")
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        lines.thread.join()
        stderr = process.stderr.read()
    assert code == 0, stderr
    assert lines.has("stopped") and "Traceback" not in stderr
    with CaseStore(db) as store:
        (case,) = store.search()
    assert case.file_path == str(out / f"{uid}.dcm") and case.patient_id == "PID-004711"
    assert case.model_id == "chest_xray_pneumonia"


@pytest.fixture
def listener(tmp_path):
    notes: list[str] = []
    received: list[Path] = []

    def start(**settings) -> Listener:
        chosen = {"out_dir": tmp_path / "in", "port": free_port(), "bind": LOOPBACK, **settings}
        server = Listener(ListenerSettings(**chosen), lambda path, ae, host: received.append(path), notes.append)
        server.start()
        started.append(server)
        return server

    started: list[Listener] = []
    start.notes, start.received = notes, received
    yield start
    for server in started:
        server.stop()


def push(port: int, path: Path, calling_ae: str = "ORTHANC") -> tuple[bool, int | None]:
    """C-STORE ``path`` to our listener as ``calling_ae``: (association established, status)."""
    from pynetdicom import AE

    ds = pydicom.dcmread(path)
    ae = AE(ae_title=calling_ae)
    ae.add_requested_context(ds.SOPClassUID, ds.file_meta.TransferSyntaxUID)
    assoc = ae.associate(LOOPBACK, port, ae_title=OUR_AE)
    if not assoc.is_established:
        return False, None
    try:
        status = assoc.send_c_store(ds)
        return True, int(status.Status) if "Status" in status else None
    finally:
        if assoc.is_established:
            assoc.release()


def test_unknown_calling_ae_is_refused(listener, tmp_path):
    server = listener(allowed=[AllowedPeer("ORTHANC")])
    source = scan(tmp_path / "src")
    assert push(server.port, source, "INTRUDER") == (False, None)
    assert not any((tmp_path / "in").iterdir())
    assert any("refused an association from INTRUDER@127.0.0.1" in n for n in listener.notes)
    assert push(server.port, source, "ORTHANC") == (True, 0)
    assert listener.received == [tmp_path / "in" / f"{pydicom.dcmread(source).SOPInstanceUID}.dcm"]


def test_known_ae_from_another_host_is_refused(listener, tmp_path):
    server = listener(allowed=[parse_allowed("ORTHANC@10.9.8.7")])  # never contacted: only compared
    assert push(server.port, scan(tmp_path / "src")) == (False, None)


def test_allow_any_accepts_everyone(listener, tmp_path):
    server = listener(allowed=None)
    assert push(server.port, scan(tmp_path / "src"), "ANYONE") == (True, 0)


def test_only_displayable_image_classes_are_accepted(listener, tmp_path):
    server = listener(allowed=None)
    pdf = scan(tmp_path / "src")
    ds = pydicom.dcmread(pdf)
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.104.1"
    ds.save_as(pdf, enforce_file_format=True)
    established, _ = push(server.port, pdf)
    assert not established  # no acceptable presentation context: the association is aborted
    assert not any((tmp_path / "in").iterdir())


def test_a_dataset_over_the_limit_is_aborted_and_not_stored(listener, tmp_path):
    server = listener(allowed=None, max_dataset_bytes=2048)
    established, status = push(server.port, scan(tmp_path / "src"))  # 64 x 80 pixels: over 2 KB
    assert established and status in (None, 0xA700)
    assert not any((tmp_path / "in").iterdir())
    assert any("exceeded" in n for n in listener.notes)


def test_receive_on_a_busy_port_is_one_line_exit_2(capsys, tmp_path, monkeypatch, listener):
    from tests.pacs_helpers import one_line_error, run

    monkeypatch.setenv("SCANLENS_DATA_DIR", str(tmp_path / "data"))
    server = listener(allowed=None)
    code, _, err = run(capsys, "receive", "--port", str(server.port), "--out", str(tmp_path / "x"),
                       "--bind", LOOPBACK)
    assert code == 2 and "Cannot listen on 127.0.0.1" in one_line_error(err)


def test_a_flood_of_associations_is_capped(listener):
    from pynetdicom import AE
    from pynetdicom.sop_class import Verification

    server = listener(allowed=None, max_associations=2)
    ae = AE(ae_title="FLOOD")
    ae.add_requested_context(Verification)
    held = [ae.associate(LOOPBACK, server.port, ae_title=OUR_AE) for _ in range(2)]
    try:
        assert all(a.is_established for a in held)
        extra = ae.associate(LOOPBACK, server.port, ae_title=OUR_AE)
        assert extra.is_rejected  # local limit exceeded: try again later
    finally:
        for assoc in held:
            assoc.release()
    again = ae.associate(LOOPBACK, server.port, ae_title=OUR_AE)
    assert again.is_established
    again.release()
