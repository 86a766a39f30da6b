# SPDX-License-Identifier: Apache-2.0
"""PACS nodes, bad input and error statuses without Orthanc (a pynetdicom SCP on loopback answers errors)."""

from __future__ import annotations

import pytest

from desktop_app.pacs import NodeStore, PacsError
from desktop_app.pacs.association import echo
from desktop_app.pacs.nodes import make_node
from desktop_app.pacs.outbox import backoff
from desktop_app.pacs.query import StudyQuery, check_date_range, find_studies
from tests.orthanc_server import LOOPBACK, free_port
from tests.pacs_helpers import json_lines, one_line_error, run


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_add_list_remove_round_trip(capsys, data_dir):
    code, out, _ = run(capsys, "pacs", "add", "main", "--ae", "ORTHANC", "--host", "pacs.clinic", "--port", "4242")
    assert code == 0 and "added main" in out
    assert run(capsys, "pacs", "add", "lab", "--ae", "LAB", "--host", "10.0.0.9", "--port", "104",
               "--calling-ae", "WS3", "--dicomweb", "http://10.0.0.9/dicom-web")[0] == 0
    code, out, _ = run(capsys, "pacs", "list", "--json")
    nodes = {n["name"]: n for n in json_lines(out)}
    assert nodes["main"]["ae_title"] == "ORTHANC" and nodes["main"]["calling_ae"] == "SCANLENS"
    assert nodes["main"]["port"] == 4242 and nodes["main"]["host"] == "pacs.clinic"
    assert nodes["lab"]["calling_ae"] == "WS3" and nodes["lab"]["dicomweb"] == "http://10.0.0.9/dicom-web"
    assert (data_dir / "pacs_nodes.json").is_file()
    assert run(capsys, "pacs", "remove", "main")[0] == 0
    assert [n.name for n in NodeStore().all()] == ["lab"]


@pytest.mark.parametrize("args, message", [
    (["--ae", "A" * 17, "--host", "h", "--port", "104"], "Invalid AE title"),
    (["--ae", "PACS", "--host", "h", "--port", "70000"], "Invalid port"),
    (["--ae", "PACS", "--host", "h", "--port", "104", "--calling-ae", "BAD\\AE"], "Invalid calling AE title"),
    (["--ae", "PACS", "--host", "h", "--port", "104", "--tls", "--tls-ca", "/nonexistent/ca.pem"], "does not exist"),
])
def test_add_refuses_bad_values(capsys, args, message):
    code, _, err = run(capsys, "pacs", "add", "x", *args)
    assert code == 2 and message in one_line_error(err)
    assert NodeStore().all() == []


@pytest.mark.parametrize("command", [["echo", "nope"], ["find", "nope", "--json"], ["get", "nope", "1.2.3", "-o", "x"],
                                     ["remove", "nope"], ["flush", "nope"], ["send", "nope", "f.dcm"]])
def test_unknown_node_is_one_line_exit_2(capsys, command):
    code, _, err = run(capsys, "pacs", *command)
    assert code == 2 and "Unknown PACS node 'nope'" in one_line_error(err)


def test_analyse_send_to_unknown_node_is_refused_before_analysing(capsys, tmp_path):
    code, out, err = run(capsys, "analyze", str(tmp_path / "missing.dcm"), "--send", "nope")
    assert code == 2 and out == "" and "Unknown PACS node 'nope'" in one_line_error(err)


@pytest.mark.parametrize("value", ["2024", "20241301", "20240101-2024", "yesterday", "-", "20240101_20240201"])
def test_invalid_dates_are_refused(value):
    with pytest.raises(PacsError, match="Invalid date"):
        check_date_range(value)


@pytest.mark.parametrize("value", ["20240101", "20240101-20240131", "-20240131", "20240101-"])
def test_valid_dates_and_ranges(value):
    assert check_date_range(value) == value


def test_invalid_study_uid_is_refused_before_connecting(capsys):
    run(capsys, "pacs", "add", "p", "--ae", "PACS", "--host", LOOPBACK, "--port", str(free_port()))
    code, _, err = run(capsys, "pacs", "get", "p", "../../etc/passwd", "-o", "out")
    assert code == 2 and "Invalid StudyInstanceUID" in one_line_error(err)


def test_unreachable_port_is_one_line_exit_2(capsys):
    run(capsys, "pacs", "add", "p", "--ae", "PACS", "--host", LOOPBACK, "--port", str(free_port()))
    code, _, err = run(capsys, "pacs", "echo", "p")
    assert code == 2 and "is not reachable" in one_line_error(err)


@pytest.fixture
def failing_scp():
    """A pynetdicom SCP on loopback that answers C-ECHO and C-FIND with error statuses."""
    from pynetdicom import AE, evt
    from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelFind, Verification

    ae = AE(ae_title="BROKEN")
    ae.add_supported_context(Verification)
    ae.add_supported_context(StudyRootQueryRetrieveInformationModelFind)

    def on_find(event):
        yield 0xA700, None  # out of resources

    port = free_port()
    server = ae.start_server((LOOPBACK, port), block=False,
                             evt_handlers=[(evt.EVT_C_ECHO, lambda event: 0x0122), (evt.EVT_C_FIND, on_find)])
    yield make_node("broken", "BROKEN", LOOPBACK, port)
    server.shutdown()


def test_error_status_is_a_one_line_error(failing_scp, capsys):
    with pytest.raises(PacsError, match=r"error status 0x0122"):
        echo(failing_scp)
    with pytest.raises(PacsError, match=r"answered the C-FIND with error status 0xA700"):
        find_studies(failing_scp, StudyQuery(patient_id="X"))
    NodeStore().add(failing_scp)
    code, _, err = run(capsys, "pacs", "find", "broken", "--json")
    assert code == 2 and "0xA700" in one_line_error(err)


def test_backoff_doubles_up_to_an_hour():
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [30, 60, 120]
    assert backoff(30).total_seconds() == 3600


def test_pacs_core_and_commands_need_no_qt_and_load_pynetdicom_lazily():
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import desktop_app.pacs, desktop_app.pacs.outbox, desktop_app.pacs.listener, desktop_app.pacs.retrieve\n"
        "import desktop_app.commands.pacs, desktop_app.commands.receive\n"
        "assert 'pynetdicom' not in sys.modules, 'pynetdicom imported at start-up'\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    repo = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_damaged_outbox_is_a_one_line_error(capsys, data_dir):
    (data_dir / "outbox").mkdir(parents=True)
    (data_dir / "outbox" / "outbox.sqlite3").write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "pacs", "outbox", "--json")
    assert code == 2 and "The outbox in" in one_line_error(err) and "cannot be used" in err


def test_a_damaged_nodes_file_is_a_one_line_error(capsys, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "pacs_nodes.json").write_text("{not json")
    code, _, err = run(capsys, "pacs", "list", "--json")
    assert code == 2 and "Cannot read the PACS nodes" in one_line_error(err)
