# SPDX-License-Identifier: Apache-2.0
"""ScanLens against a real Orthanc on loopback: echo, find, get, analyze --send, the outbox across an outage
and a kill -9. Skipped when Debian's ``orthanc`` package is not installed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest
from pydicom.uid import generate_uid

from desktop_app.pacs.outbox import Outbox
from tests.orthanc_server import ORTHANC_AE
from tests.pacs_helpers import add_orthanc, json_lines, one_line_error, run, scan

SC_CLASS = "1.2.840.10008.5.1.4.1.1.7"
PDF_CLASS = "1.2.840.10008.5.1.4.1.1.104.1"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def pacs(orthanc, tmp_path, monkeypatch, capsys):
    """An empty Orthanc known to ScanLens as node ``pacs``; ScanLens' data in a temporary folder."""
    if orthanc.process is None:
        orthanc.start()
    orthanc.clear()
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(tmp_path / "data"))
    add_orthanc(capsys, orthanc)
    yield orthanc
    if orthanc.process is None:
        orthanc.start()


def test_echo_ok_and_wrong_called_ae_refused(pacs, capsys):
    code, out, _ = run(capsys, "pacs", "echo", "pacs")
    assert code == 0 and "C-ECHO ok" in out
    run(capsys, "pacs", "add", "wrong", "--ae", "NOTORTHANC", "--host", "127.0.0.1", "--port", str(pacs.dicom_port))
    code, _, err = run(capsys, "pacs", "echo", "wrong")
    assert code == 2 and "refused the association" in one_line_error(err)


def _store(capsys, *files: Path) -> None:
    code, _out, err = run(capsys, "pacs", "send", "pacs", *map(str, files))
    assert code == 0, err


def test_find_filters_by_patient_name_date_and_modality(pacs, tmp_path, capsys):
    a = scan(tmp_path / "in", patient_id="P1", name="Doe^Jane", date="20240110", modality="CR")
    b = scan(tmp_path / "in", patient_id="P2", name="Roe^Richard", date="20240220", modality="DX")
    c = scan(tmp_path / "in", patient_id="P1", name="Doe^Jane", date="20240305", modality="DX")
    _store(capsys, a, b, c)
    uid = {p: str(pydicom.dcmread(p).StudyInstanceUID) for p in (a, b, c)}

    def found(*filters: str) -> set[str]:
        code, out, err = run(capsys, "pacs", "find", "pacs", *filters, "--json")
        assert code == 0, err
        return {s["StudyInstanceUID"] for s in json_lines(out)}

    assert found() == set(uid.values())
    assert found("--patient-id", "P1") == {uid[a], uid[c]}
    assert found("--name", "Roe*") == {uid[b]}
    assert found("--date", "20240201-20240331") == {uid[b], uid[c]}
    assert found("--date", "20240110") == {uid[a]}
    assert found("--modality", "DX") == {uid[b], uid[c]}
    assert found("--patient-id", "P1", "--modality", "CR") == {uid[a]}
    code, out, _ = run(capsys, "pacs", "find", "pacs", "--patient-id", "P2", "--json")
    (study,) = json_lines(out)
    assert study["PatientID"] == "P2" and study["PatientName"] == "Roe^Richard" and study["StudyDate"] == "20240220"
    assert study["ModalitiesInStudy"] == ["DX"] and study["NumberOfStudyRelatedInstances"] == 1
    code, _, err = run(capsys, "pacs", "find", "pacs", "--date", "2024-01-01", "--json")
    assert code == 2 and "Invalid date" in one_line_error(err)


def test_get_writes_every_instance_atomically(pacs, tmp_path, capsys):
    study = str(generate_uid())
    files = [scan(tmp_path / "in", study_uid=study) for _ in range(3)]
    _store(capsys, *files)
    out_dir = tmp_path / "got"
    code, out, err = run(capsys, "pacs", "get", "pacs", study, "-o", str(out_dir))
    assert code == 0, err
    assert "retrieved 3 instance(s)" in out
    expected = {f"{pydicom.dcmread(f).SOPInstanceUID}.dcm" for f in files}
    assert {p.name for p in out_dir.iterdir()} == expected  # no temporary files left beside them
    for path in out_dir.iterdir():
        ds = pydicom.dcmread(path)
        assert ds.StudyInstanceUID == study and f"{ds.SOPInstanceUID}.dcm" == path.name
        assert ds.pixel_array.shape == (64, 80)
    code, _, err = run(capsys, "pacs", "get", "pacs", "1.2.3.4.5.6.7", "-o", str(tmp_path / "none"))
    assert code == 2 and "answered the C-GET with error status 0xC000" in one_line_error(err)  # Orthanc: unknown
    assert not (tmp_path / "none").exists()


def _orthanc_instances(orthanc, study_uid: str) -> list[dict]:
    found = orthanc.rest("/tools/find", {"Level": "Study", "Query": {"StudyInstanceUID": study_uid}})
    if not found:
        return []
    instances = orthanc.rest(f"/studies/{found[0]}/instances")
    return [orthanc.rest(f"/instances/{i['ID']}/simplified-tags") for i in instances]


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    from desktop_app.commands import analyse as commands
    from desktop_app.inference.analyser import Analyser
    from tests.test_cli_analyse_outputs import make_packs

    packs = make_packs(tmp_path / "models")
    monkeypatch.setattr(commands, "make_analyser", lambda device: Analyser([packs], device="cpu"))
    return packs


def test_analyse_send_puts_sc_and_pdf_into_the_source_study(pacs, tiny, tmp_path, capsys):
    source = scan(tmp_path / "in")
    pacs.upload(source)
    study = str(pydicom.dcmread(source).StudyInstanceUID)
    code, _out, err = run(capsys, "analyze", str(source), "--send", "pacs", "--no-record")
    assert code == 0, err
    assert "sent 2 of 2 item(s) to pacs" in err
    classes = sorted(i["SOPClassUID"] for i in _orthanc_instances(pacs, study))
    assert classes == sorted(["1.2.840.10008.5.1.4.1.1.1", SC_CLASS, PDF_CLASS])
    items = Outbox().items()
    assert [i.state for i in items] == ["sent", "sent"] and all(not Path(i.file).exists() for i in items)


def test_outbox_queues_while_orthanc_is_down_and_flush_delivers_once(pacs, tiny, tmp_path, capsys):
    source = scan(tmp_path / "in")
    study = str(pydicom.dcmread(source).StudyInstanceUID)
    pacs.stop()
    try:
        code, _out, err = run(capsys, "analyze", str(source), "--send", "pacs", "--no-record")
        assert code == 0, err
        assert "the results were queued for pacs (2 item(s) waiting)" in err
        assert run(capsys, "pacs", "flush", "pacs")[0] == 2
    finally:
        pacs.start()
    # A new ScanLens process reads the same outbox: nothing was lost.
    listing = _cli_subprocess("pacs", "outbox", "--json")
    items = json_lines(listing.stdout)
    assert [i["state"] for i in items] == ["pending", "pending"]
    assert all("not reachable" in i["last_error"] and i["attempts"] == 2 for i in items)
    assert {i["study_instance_uid"] for i in items} == {study}
    assert _cli_subprocess("pacs", "flush", "pacs").returncode == 0
    assert _cli_subprocess("pacs", "flush").returncode == 0  # nothing left: nothing sent again
    instances = _orthanc_instances(pacs, study)
    assert sorted(i["SOPClassUID"] for i in instances) == sorted([SC_CLASS, PDF_CLASS])
    assert [i["state"] for i in json_lines(_cli_subprocess("pacs", "outbox", "--json").stdout)] == ["sent", "sent"]


def _cli_subprocess(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120, **kwargs)


CRASH_BETWEEN_SEND_AND_MARK = """
import os, signal, sys
from desktop_app.pacs import outbox
outbox.Outbox._mark_sent = lambda self, item: os.kill(os.getpid(), signal.SIGKILL)
outbox.Outbox().flush(sys.argv[1])
"""


@pytest.mark.parametrize("ask_first", [True, False], ids=["asks-the-pacs", "sends-again"])
def test_kill_9_between_send_and_mark_sent_neither_loses_nor_duplicates(pacs, tmp_path, capsys, monkeypatch,
                                                                         ask_first):
    files = [scan(tmp_path / "in"), scan(tmp_path / "in")]
    outbox = Outbox()
    for f in files:
        assert outbox.enqueue(f, "pacs")
    assert not outbox.enqueue(files[0], "pacs")  # keyed by SOPInstanceUID: queued once
    crashed = subprocess.run([sys.executable, "-c", CRASH_BETWEEN_SEND_AND_MARK, "pacs"], cwd=REPO, timeout=120)
    assert crashed.returncode == -signal.SIGKILL
    assert {i.state for i in outbox.items()} == {"sending"}  # delivered, but not marked
    if not ask_first:  # a PACS that cannot say whether it has them: they are sent again
        monkeypatch.setattr("desktop_app.pacs.query.instances_present", lambda node, items: set())
    assert outbox.flush("pacs") == []
    assert {i.state for i in outbox.items()} == {"sent"}
    for f in files:
        ds = pydicom.dcmread(f)
        assert len(pacs.instance_tags(str(ds.SOPInstanceUID))) == 1
    assert len(pacs.rest("/instances")) == 2


def test_refused_item_is_failed_with_the_pacs_reason(pacs, tmp_path, capsys):
    bogus = tmp_path / "not-dicom.dcm"
    bogus.write_bytes(b"hello")
    code, _, err = run(capsys, "pacs", "send", "pacs", str(bogus))
    assert code == 2 and "not a DICOM file" in one_line_error(err)
    assert Outbox().items() == []


def test_orthanc_ae_is_named_in_config(pacs):
    assert pacs.rest("/system")["DicomAet"] == ORTHANC_AE
    assert os.environ["SCANLENS_DATA_DIR"]


def test_a_lost_outbox_copy_fails_alone(pacs, tmp_path):
    files = [scan(tmp_path / "in"), scan(tmp_path / "in")]
    outbox = Outbox()
    for f in files:
        outbox.enqueue(f, "pacs")
    lost = outbox.items()[0]
    Path(lost.file).unlink()
    waiting = outbox.flush("pacs")
    assert [(i.sop_instance_uid, i.state) for i in waiting] == [(lost.sop_instance_uid, "failed")]
    assert "Cannot send" in waiting[0].last_error
    assert len(pacs.rest("/instances")) == 1
