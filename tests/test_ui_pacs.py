# SPDX-License-Identifier: Apache-2.0
"""The PACS in the window, against a real Orthanc: nodes dialog with Test connection, search and retrieve
from the dock (opens the study in the thumbnail strip), Send to PACS, the outbox state."""

from __future__ import annotations

import socket

import pydicom
import pytest

from desktop_app.pacs import NodeStore
from desktop_app.pacs.nodes import make_node
from desktop_app.ui.reports.options_dialog import ReportOptions
from tests.orthanc_server import LOOPBACK, ORTHANC_AE, OUR_AE, OUR_MODALITY, free_port
from tests.pacs_helpers import scan
from tests.test_ui_report_support import TIMEOUT, analyse_and_record, finish, records_window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, orthanc):
    if orthanc.process is None:
        orthanc.start()
    orthanc.clear()
    win = records_window(qtbot, tmp_path, monkeypatch)
    NodeStore().add(make_node("pacs", ORTHANC_AE, LOOPBACK, orthanc.dicom_port))
    win.pacs.panel.reload_nodes()
    yield win
    finish(win)


def test_nodes_dialog_saves_and_tests_the_connection(qtbot, window, orthanc):
    dialog = window.pacs.open_nodes()
    dialog.name.setText("second")
    dialog.ae.setText(ORTHANC_AE)
    dialog.host.setText(LOOPBACK)
    dialog.port.setValue(orthanc.dicom_port)
    dialog.save_node()
    assert [n.name for n in NodeStore().all()] == ["pacs", "second"]
    dialog.test_connection()
    qtbot.waitUntil(lambda: "Connection OK" in dialog.status.text(), timeout=TIMEOUT)
    dialog.port.setValue(free_port())
    dialog.test_connection()
    qtbot.waitUntil(lambda: "Connection failed" in dialog.status.text(), timeout=TIMEOUT)
    assert "not reachable" in dialog.status.text() and "\n" not in dialog.status.text()
    dialog.ae.setText("X" * 20)
    dialog.save_node()
    assert "Invalid AE title" in dialog.status.text()
    dialog.close()


def test_search_then_double_click_retrieves_and_opens_the_study(qtbot, window, orthanc, tmp_path):
    study = str(pydicom.uid.generate_uid())
    for _ in range(2):
        orthanc.upload(scan(tmp_path / "in", patient_id="P7", name="Doe^Jane", study_uid=study))
    orthanc.upload(scan(tmp_path / "in", patient_id="OTHER"))
    panel = window.pacs.panel
    window.pacs.show_dock()
    panel.patient_id.setText("P7")
    panel.search()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=TIMEOUT)
    assert panel.table.item(0, 1).text() == "P7" and panel.table.item(0, 4).text() == "2"
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        panel.table.cellDoubleClicked.emit(0, 0)
    assert "Retrieved 2 image(s)" in panel.status.text()
    assert window.thumbnail_dock.isVisible() and len(window.thumbnails.paths()) == 2
    assert str(window.current_image.metadata.get("patient_id")) == "P7"


def test_send_to_pacs_puts_the_results_in_orthanc(qtbot, window, orthanc):
    analyse_and_record(qtbot, window)
    worker = window.pacs.send_current("pacs", ReportOptions())
    with qtbot.waitSignal(worker.signals.finished, timeout=TIMEOUT):
        pass
    assert "Results sent to pacs" in window.statusBar().currentMessage()
    classes = sorted(orthanc.rest(f"/instances/{i}/simplified-tags")["SOPClassUID"] for i in orthanc.rest("/instances"))
    assert classes == ["1.2.840.10008.5.1.4.1.1.104.1", "1.2.840.10008.5.1.4.1.1.7"]
    assert window.pacs.panel.outbox_label.text() == "Outbox: everything sent"


def test_unreachable_pacs_shows_the_waiting_outbox(qtbot, window):
    NodeStore().add(make_node("down", ORTHANC_AE, LOOPBACK, free_port()))
    analyse_and_record(qtbot, window)
    worker = window.pacs.send_current("down", ReportOptions())
    with qtbot.waitSignal(worker.signals.finished, timeout=TIMEOUT):
        pass
    assert window.pacs.panel.outbox_label.text().startswith("Outbox: 2 waiting, 0 failed")
    assert "wait in the outbox" in window.banner.message()
    assert window.pacs.panel.send_now.isEnabled()


def test_receive_from_the_network_lists_a_pushed_study(qtbot, window, orthanc, tmp_path):
    window.settings.setValue("pacs/receive_bind", LOOPBACK)
    dialog = window.pacs.open_nodes()
    dialog.receive_box.setChecked(True)
    dialog.receive_ae.setText(OUR_AE)
    dialog.receive_port.setValue(orthanc.listener_port)
    dialog.reject()  # closing the dialog applies the setting
    panel = window.pacs.panel
    assert window.pacs.receiver.running and f"port {orthanc.listener_port}" in panel.receive_label.text()
    source = scan(tmp_path / "in", patient_id="PUSHED", name="Roe^Ann")
    instance = orthanc.upload(source)["ID"]
    orthanc.rest(f"/modalities/{OUR_MODALITY}/store", {"Resources": [instance], "Synchronous": True}, "POST")
    qtbot.waitUntil(lambda: panel.received.count() == 1, timeout=TIMEOUT)
    assert "Roe^Ann · PUSHED" in panel.received.item(0).text() and "from ORTHANC" in panel.received.item(0).text()
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        panel.received.itemDoubleClicked.emit(panel.received.item(0))
    assert str(window.current_image.metadata.get("patient_id")) == "PUSHED"
    window.close()  # stops the listener: nothing answers on the port any more
    assert not window.pacs.receiver.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((LOOPBACK, orthanc.listener_port), timeout=5).close()
