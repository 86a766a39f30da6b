# SPDX-License-Identifier: Apache-2.0
"""Case history dock: listing, search, re-opening a case (and noticing a changed file), audit verification."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_app.inference.prediction import Prediction
from desktop_app.ui.records.file_check import STATUS_CHANGED, STATUS_MISSING, STATUS_SAME
from desktop_app.ui.records.history_model import REVIEW_FLAG, cell_text
from desktop_app.ui.records.history_panel import HistoryQuery
from tests.test_ui_analysis_support import write_png
from tests.test_ui_report_support import (
    CHEST,
    TIMEOUT,
    analyse_and_record,
    finish,
    open_and_wait,
    records_window,
    store_of,
)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    win = records_window(qtbot, tmp_path, monkeypatch)
    yield win
    finish(win)


def stored_prediction(decision: str, probability: float, needs_review: bool = False) -> Prediction:
    other = "NORMAL" if decision == "PNEUMONIA" else "PNEUMONIA"
    return Prediction("chest_test", "0.0.1", "ab" * 32, ["NORMAL", "PNEUMONIA"],
                      {decision: probability, other: 1 - probability}, decision, f"{decision} — {probability}",
                      needs_review, "CPUExecutionProvider", None, file="/nowhere/old.png", file_sha256="00" * 32)


def show_history(qtbot, window, query: HistoryQuery | None = None) -> list:
    feature = window.records.history
    with qtbot.waitSignal(feature.cases_shown, timeout=TIMEOUT) as shown:
        if query is None:
            window.commands["case_history"].trigger()
        else:
            feature.search(query)
    return shown.args[0]


def open_row(qtbot, window, row: int):
    """Double-click ``row`` of the history table; the (StoredCase, FileCheck) it opened."""
    table = window.records.history.panel.table
    rect = table.visualRect(table.model().index(row, 1))
    with qtbot.waitSignal(window.records.history.case_opened, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return opened.args


def test_history_lists_a_recorded_case_and_search_filters_it(qtbot, window, tmp_path):
    prediction, case_id = analyse_and_record(qtbot, window)
    with store_of(tmp_path) as store:
        store.record_analysis(stored_prediction("NORMAL", 0.55, needs_review=True), patient_id="P-1")
        store.record_analysis(stored_prediction("PNEUMONIA", 0.97), patient_id="P-2")
    cases = show_history(qtbot, window)
    assert window.records.history.dock.isVisible()
    assert [c.id for c in cases] == [case_id + 2, case_id + 1, case_id]
    model = window.records.history.panel.model
    assert model.rowCount() == 3
    mine = model.case(2)
    row = [cell_text(mine, column) for column in range(model.columnCount())]
    assert row[2] == CHEST.name and row[3] == "chest_test 0.0.1" and row[4] == prediction.decision
    assert row[5] == f"{prediction.scores[prediction.decision]:.2f}"
    assert cell_text(model.case(1), 6) == REVIEW_FLAG
    panel = window.records.history.panel
    panel.patient_id.setText("P-1")
    with qtbot.waitSignal(window.records.history.cases_shown, timeout=TIMEOUT) as shown:
        panel.search_button.click()
    assert [c.patient_id for c in shown.args[0]] == ["P-1"]
    assert [c.id for c in show_history(qtbot, window, HistoryQuery(decision="PNEUMONIA"))] == [case_id + 2, case_id]
    assert [c.id for c in show_history(qtbot, window, HistoryQuery(needs_review=True))] == [case_id + 1]
    assert [c.id for c in show_history(qtbot, window, HistoryQuery(text="PERSON1003"))] == [case_id]
    tomorrow = date.today() + timedelta(days=1)
    assert show_history(qtbot, window, HistoryQuery(date_from=tomorrow)) == []
    assert len(show_history(qtbot, window, HistoryQuery(date_from=date.today(), date_to=date.today()))) == 3
    assert panel.count.text().startswith("3 case(s)")


def test_opening_a_case_reopens_its_file_and_notices_changes(qtbot, window, tmp_path):
    scan = write_png(tmp_path / "scan.png", np.tile(np.arange(64, dtype=np.uint8) * 4, (64, 1)))
    prediction, case_id = analyse_and_record(qtbot, window, scan)
    panel = window.records.review
    panel.reviewer.setText("Dr. History")
    panel.agree.setChecked(True)
    with qtbot.waitSignal(window.records.review_saved, timeout=TIMEOUT):
        panel.save_button.click()
    open_and_wait(qtbot, window, CHEST)  # something else on screen
    assert window.records.target is None
    show_history(qtbot, window)
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        stored, check = open_row(qtbot, window, 0)
    assert stored.case_id == case_id and check.status == STATUS_SAME
    assert window.current_image.path == str(scan)
    detail = window.records.history.panel.detail.toPlainText()
    assert f"Case #{case_id}" in detail and prediction.decision in detail and "unchanged" in detail
    assert window.records.target is stored and f"Case #{case_id}" in panel.case_label.text()
    assert panel.agree.isChecked() and panel.reviewer.text() == "Dr. History"
    panel.disagree.setChecked(True)  # a second opinion on the stored case
    with qtbot.waitSignal(window.records.review_saved, timeout=TIMEOUT) as saved:
        panel.save_button.click()
    assert saved.args[0].id == case_id and saved.args[0].agreement == "disagree"

    write_png(scan, np.zeros((64, 64), np.uint8))  # the file changes after the analysis
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        _, check = open_row(qtbot, window, 0)
    assert check.status == STATUS_CHANGED and "CHANGED" in window.records.history.panel.status.text()
    assert "CHANGED" in window.records.history.panel.detail.toPlainText()

    shutil.move(scan, tmp_path / "moved.png")
    _, check = open_row(qtbot, window, 0)
    assert check.status == STATUS_MISSING and "no longer there" in window.records.history.panel.status.text()


def test_verify_audit_trail_reports_ok_then_tampering(qtbot, window, tmp_path):
    _, case_id = analyse_and_record(qtbot, window)
    show_history(qtbot, window)
    feature = window.records.history
    with qtbot.waitSignal(feature.audit_checked, timeout=TIMEOUT) as checked:
        feature.panel.verify_button.click()
    assert checked.args[0].ok and feature.panel.status.text().startswith("Audit trail OK")
    with sqlite3.connect(tmp_path / "data" / "cases.sqlite3", isolation_level=None) as raw:
        raw.execute("DROP TRIGGER cases_analysis_fixed")
        raw.execute("UPDATE cases SET decision = 'NORMAL' WHERE id = ?", (case_id,))
    with qtbot.waitSignal(feature.audit_checked, timeout=TIMEOUT) as checked:
        feature.panel.verify_button.click()
    report = checked.args[0]
    assert not report.ok and report.case_id == case_id
    text = feature.panel.status.text()
    assert text.startswith("AUDIT FAILED") and f"case #{case_id}" in text
    assert "AUDIT FAILED" in window.banner.message()


def test_batch_rows_are_recorded_in_the_case_history(qtbot, window, tmp_path):
    from desktop_app.analysis.result import ANALYSED, REFUSED, AnalysisResult

    prediction = stored_prediction("PNEUMONIA", 0.9)
    prediction.file = "/scans/a.png"
    analysed = AnalysisResult("/scans/a.png", ANALYSED, prediction=prediction, patient={"patient_id": "P-77"})
    refused = AnalysisResult("/scans/hand.png", REFUSED, reason="looks like a hand X-ray",
                             patient={"patient_id": "P-78"})
    opened: list[int] = []  # let the window create its database before a second connection reads it
    window.records.store.call(lambda store: 0, on_done=opened.append)
    qtbot.waitUntil(lambda: opened == [0], timeout=TIMEOUT)
    window.analysis.batch_row_done.emit(refused)
    window.analysis.batch_row_done.emit(analysed)
    qtbot.waitUntil(lambda: len(store_of(tmp_path).search(patient_id="P-77")) == 1, timeout=TIMEOUT)
    record = store_of(tmp_path).search(patient_id="P-77")[0]
    assert record.decision == "PNEUMONIA" and record.file_path == "/scans/a.png"
    assert store_of(tmp_path).search(patient_id="P-78") == []


def test_a_stored_case_names_the_gate_kind_from_the_gate_card():
    """A verdict read back from the history has no name: the gate card's ``kind_names`` supplies it."""
    from desktop_app.inference.prediction import GateVerdict
    from desktop_app.ui.analysis.result_view import gate_text

    stored = GateVerdict("hand_xray", 0.87, False, "looks like a hand", overridden=True)
    assert "looks like a hand X-ray (0.87)" in gate_text(stored, {"hand_xray": "a hand X-ray"})
    assert "looks like hand xray (0.87)" in gate_text(stored)  # no card: the label in words
