# SPDX-License-Identifier: Apache-2.0
"""Batch triage over resources/samples: one row per file, cancel, sort/filter, CSV export, open a row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.analysis.result import ANALYSED, REFUSED
from desktop_app.imaging.formats import collect_paths
from desktop_app.inference.pipelined import workers_for_this_pc
from desktop_app.ui.batch.table_model import COLUMNS
from tests.test_ui_analysis_support import (
    HAND,
    SAMPLES,
    SHIPPED,
    TIMEOUT,
    Gate,
    close_window,
    load_analyser,
    make_window,
    open_and_wait,
    tiny_packs,
)


def run_samples(qtbot, win):
    batch = win.analysis.batch_window()
    with qtbot.waitSignal(batch.batch_finished, timeout=TIMEOUT) as blocker:
        assert win.analysis.analyse_folder(str(SAMPLES)) is batch
    return batch, blocker.args[0]


def test_batch_has_one_row_per_file(qtbot, window):
    batch, summary = run_samples(qtbot, window)
    files = collect_paths([str(SAMPLES)])
    assert batch.model.rowCount() == len(files) == summary.done == summary.total and not summary.cancelled
    assert sorted(r.path for r in batch.model.rows()) == sorted(str(p) for p in files)
    assert all(r.status == ANALYSED and r.model == "chest_test" for r in batch.model.rows())
    assert batch.progress.value() == batch.progress.maximum() == len(files)
    assert "Done" in batch.status.text()
    dicom = next(r for r in batch.model.rows() if r.path.endswith(".dcm"))
    assert dicom.patient  # the DICOM sample has a patient id; JPEGs have none


def test_cancel_discards_the_running_image_and_ui_stays_responsive(qtbot, window, tmp_path):
    second = collect_paths([str(SAMPLES)])[1]
    gate = Gate(load_analyser(qtbot, window), block_path=str(second))
    try:
        batch = window.analysis.analyse_folder(str(SAMPLES))
        qtbot.waitUntil(lambda: batch.model.rowCount() == 1, timeout=TIMEOUT)
        assert gate.entered.wait(10)  # image 2 is being analysed now
        open_and_wait(qtbot, window, HAND)  # the viewer keeps working while the batch runs
        with qtbot.waitSignal(batch.batch_finished, timeout=TIMEOUT) as blocker:
            batch.cancel_button.click()
            gate.release()
    finally:
        gate.release()
    summary = blocker.args[0]
    assert summary.cancelled and summary.done == 1 and batch.model.rowCount() == 1
    # image 2 and at most the images running beside it started; none after the cancel
    assert 2 <= gate.calls <= 1 + workers_for_this_pc() and "Cancelled" in batch.status.text()


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_sort_filter_and_csv_export_match_the_table(qtbot, window, tmp_path):
    batch, _ = run_samples(qtbot, window)
    batch.table.sortByColumn(COLUMNS.index("Probability"), Qt.SortOrder.DescendingOrder)
    shown = batch.proxy.visible_rows()
    probabilities = [float(r[COLUMNS.index("Probability")]) for r in shown]
    assert probabilities == sorted(probabilities, reverse=True)
    assert batch.export_to(str(tmp_path / "all.csv"))
    assert read_csv(tmp_path / "all.csv") == [list(COLUMNS), *shown]
    batch.review_only.setChecked(True)
    review = [r for r in batch.model.rows() if r.needs_review]
    assert batch.proxy.rowCount() == len(review)
    batch.review_only.setChecked(False)
    batch.filter_edit.setText("brain_")
    assert batch.proxy.rowCount() == 4
    assert batch.export_to(str(tmp_path / "brain.csv"))
    assert read_csv(tmp_path / "brain.csv") == [list(COLUMNS), *batch.proxy.visible_rows()]
    assert not batch.export_to(str(tmp_path / "missing" / "x.csv"))  # failure shown, not raised
    assert "Cannot write" in batch.status.text() and "folder does not exist" in batch.status.text()


def test_double_click_shows_the_stored_result_without_rerunning(qtbot, window, monkeypatch):
    batch, _ = run_samples(qtbot, window)
    window.analysis.panel.auto_analyse.setChecked(True)  # even then: the stored result, no new analysis
    calls = []
    original = window.analysis.controller.analyse
    monkeypatch.setattr(window.analysis.controller, "analyse", lambda *a, **k: calls.append(a) or original(*a, **k))
    batch.filter_edit.setText("chest_normal_IM-0117")
    assert batch.proxy.rowCount() == 1
    stored = next(r for r in batch.model.rows() if "IM-0117" in r.path)
    with qtbot.waitSignal(window.image_changed, timeout=TIMEOUT):
        batch.table.doubleClicked.emit(batch.proxy.index(0, 0))
    qtbot.wait(50)
    assert window.current_image.path == stored.path
    result = window.analysis.panel.result
    assert result.prediction is stored.prediction and calls == []
    assert result.source.isVisible() and "not re-run" in result.source.text()
    assert window.analysis.overlay.item is not None


def test_batch_with_the_real_gate_refuses_other_kinds(qtbot, tmp_path):
    if not (SHIPPED / "input_gate.onnx").is_file():
        pytest.skip("the shipped input gate is not installed")
    win = make_window(qtbot, tmp_path)
    try:
        win.analysis.use_model_dirs([SHIPPED, tiny_packs(tmp_path / "models", gate=False)], "cpu")
        batch, summary = run_samples(qtbot, win)
        rows = {Path(r.path).name: r for r in batch.model.rows()}
        assert len(rows) == summary.total
        hand = rows[HAND.name]
        assert hand.status == REFUSED and hand.gate.label == "hand_xray" and "hand X-ray" in hand.message
        chest = [r for name, r in rows.items() if name.startswith("chest_")]
        assert chest and all(r.status == ANALYSED and r.gate.label == "chest_xray" for r in chest)
    finally:
        close_window(win)


def test_empty_folder_says_so(qtbot, window, tmp_path):
    batch = window.analysis.batch_window()
    (tmp_path / "empty").mkdir()
    with qtbot.waitSignal(batch.batch_finished, timeout=TIMEOUT) as blocker:
        window.analysis.analyse_folder(str(tmp_path / "empty"))
    assert blocker.args[0].total == 0 and batch.model.rowCount() == 0
    assert batch.status.text() == "No supported images found in that folder."
