# SPDX-License-Identifier: Apache-2.0
"""Review panel, Export report (PDF), Print and Export to PACS folder from the real window."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import numpy as np
import pydicom
import pypdf
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop_app.exporting import validate_file
from desktop_app.ui.reports import outputs as report_outputs
from desktop_app.ui.reports.jobs import ReviewValues
from desktop_app.ui.reports.options_dialog import ReportOptions, ReportOptionsDialog, date_problem
from desktop_app.ui.reports.print_pages import raster_backend
from desktop_app.ui.settings.report_settings import ReportSettingsDialog, load_report_prefs, logo_problem
from tests.test_ui_analysis_support import HAND, analyse_and_wait, open_and_wait, write_png
from tests.test_ui_report_support import (
    CHEST,
    TIMEOUT,
    analyse_and_record,
    finish,
    pdf_page_png,
    records_window,
    store_of,
)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    win = records_window(qtbot, tmp_path, monkeypatch)
    yield win
    finish(win)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def review(qtbot, window, reviewer: str = "Dr. Test", agree: bool = True, comment: str = "Looks right"):
    panel = window.records.review
    panel.reviewer.setText(reviewer)
    (panel.agree if agree else panel.disagree).setChecked(True)
    panel.comment.setPlainText(comment)
    with qtbot.waitSignal(window.records.review_saved, timeout=TIMEOUT) as saved:
        panel.save_button.click()
    return saved.args[0]


def test_every_analysis_is_recorded_and_the_review_is_saved(qtbot, window, tmp_path):
    prediction, case_id = analyse_and_record(qtbot, window)
    assert "Case #" in window.records.review.case_label.text()
    record = review(qtbot, window)
    assert record.id == case_id
    with store_of(tmp_path) as store:
        stored = store.get(case_id)
        assert (stored.reviewer, stored.agreement, stored.review_comment) == ("Dr. Test", "agree", "Looks right")
        assert stored.model_id == "chest_test" and stored.decision == prediction.decision
        assert stored.file_sha256 == prediction.file_sha256 and stored.gate.label == "chest_xray"
        assert [entry.action for entry in store.history(case_id)] == ["analysis", "review"]
    assert "saved" in window.records.review.status.text()
    assert window.settings.value("report/reviewer") == "Dr. Test"  # remembered


def test_a_failed_review_save_keeps_the_review_and_can_be_retried(qtbot, window, tmp_path):
    _, case_id = analyse_and_record(qtbot, window)
    with sqlite3.connect(tmp_path / "data" / "cases.sqlite3", isolation_level=None) as raw:
        raw.execute("CREATE TRIGGER full BEFORE UPDATE ON cases BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
    panel = window.records.review
    panel.reviewer.setText("Dr. Test")
    panel.disagree.setChecked(True)
    panel.comment.setPlainText("Consolidation is artefact")
    with qtbot.waitSignal(window.records.review_failed, timeout=TIMEOUT) as failed:
        panel.save_button.click()
    assert "NOT saved" in failed.args[0] and "disk is full" in failed.args[0]
    assert "NOT saved" in panel.status.text() and "disk is full" in window.banner.message()
    assert panel.values() == ReviewValues("Dr. Test", "disagree", "Consolidation is artefact")
    assert panel.save_button.isEnabled()
    with sqlite3.connect(tmp_path / "data" / "cases.sqlite3", isolation_level=None) as raw:
        raw.execute("DROP TRIGGER full")
    with qtbot.waitSignal(window.records.review_saved, timeout=TIMEOUT):
        panel.save_button.click()
    with store_of(tmp_path) as store:
        assert store.get(case_id).agreement == "disagree"


def test_an_unrecorded_analysis_is_recorded_when_the_review_is_saved(qtbot, window, tmp_path, monkeypatch):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(blocker))
    open_and_wait(qtbot, window, CHEST)
    with qtbot.waitSignal(window.records.record_failed, timeout=TIMEOUT) as failed:
        analyse_and_wait(qtbot, window)
    assert "not recorded" in failed.args[0] and "Cannot open the case history" in failed.args[0]
    assert "not recorded" in window.banner.message()
    monkeypatch.setenv("SCANLENS_DATA_DIR", str(tmp_path / "data"))
    record = review(qtbot, window)
    with store_of(tmp_path) as store:
        assert store.get(record.id).reviewer == "Dr. Test"
        assert [entry.action for entry in store.history(record.id)] == ["analysis", "review"]


def test_export_report_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    prediction, _ = analyse_and_record(qtbot, window)
    review(qtbot, window, reviewer="Dr. Reviewer")
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()

    def typed_exec(dialog: ReportOptionsDialog) -> int:
        assert not dialog.is_dicom
        dialog.set_field("patient_id", "PID-4711")
        dialog.set_field("study_date", "2024-05-06")
        return 1

    monkeypatch.setattr(ReportOptionsDialog, "exec", typed_exec)
    monkeypatch.setattr(report_outputs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    window.records.review.reviewer.setText("Dr. Reviewer")
    with qtbot.waitSignal(window.records.outputs.report_written, timeout=TIMEOUT) as written:
        window.commands["export_report"].trigger()
    assert written.args[0] == str(out) and out.is_file()
    text = pdf_text(out)
    for expected in ("chest_test", prediction.decision, "Dr. Reviewer", "PID-4711", "2024-05-06"):
        assert expected in text
    assert window.commands["export_report"].shortcut().toString() == "Ctrl+E"


def test_report_errors_are_shown(qtbot, window, tmp_path):
    analyse_and_record(qtbot, window)
    (tmp_path / "taken").write_text("a file, not a folder")
    with qtbot.waitSignal(window.records.outputs.failed, timeout=TIMEOUT) as failed:
        window.records.outputs.export_report(tmp_path / "taken" / "report.pdf", ReportOptions())
    assert failed.args[0].startswith("Export report failed:")
    assert "Export report failed" in window.banner.message()


def test_deidentified_report_hides_the_typed_identifiers(qtbot, window, tmp_path):
    analyse_and_record(qtbot, window)
    out = tmp_path / "anon.pdf"
    options = ReportOptions({"patient_id": "PID-4711", "patient_name": "Doe, Jane"}, deidentify=True)
    with qtbot.waitSignal(window.records.outputs.report_written, timeout=TIMEOUT):
        window.records.outputs.export_report(out, options)
    text = pdf_text(out)
    assert "PID-4711" not in text and "Doe" not in text and "De-identified" in text


needs_renderer = pytest.mark.skipif(raster_backend()[0] is None, reason=raster_backend()[1])


@needs_renderer
def test_print_to_a_pdf_printer_matches_the_report(qtbot, window, tmp_path):
    analyse_and_record(qtbot, window)
    outputs = window.records.outputs
    report = tmp_path / "report.pdf"
    with qtbot.waitSignal(outputs.report_written, timeout=TIMEOUT):
        outputs.export_report(report, ReportOptions())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(outputs.printed, timeout=TIMEOUT * 2) as printed:
        outputs.print_report(printer=printer, options=ReportOptions())
    pages = len(pypdf.PdfReader(str(report)).pages)
    assert printed.args[0] == pages >= 1
    assert len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) == pages
    original = pdf_page_png(report, tmp_path / "original").astype(np.float32)
    paper = pdf_page_png(tmp_path / "printed.pdf", tmp_path / "paper").astype(np.float32)
    assert paper.shape == original.shape
    ink = float((paper < 200).mean())
    assert ink > 0.05, "the printed page is blank"
    assert ink == pytest.approx(float((original < 200).mean()), rel=0.1)
    assert float(np.abs(paper - original).mean()) < 6, "the printed page does not look like the report"
    assert float(np.abs(255 - original).mean()) > 15  # ... while a blank page would differ by more than this


@needs_renderer
def test_print_from_the_menu_goes_through_the_print_dialog(qtbot, window, tmp_path, monkeypatch):
    analyse_and_record(qtbot, window)
    out = tmp_path / "printed.pdf"
    seen = {}

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen["page"] = printer.pageLayout().pageSize().id()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportOptionsDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(report_outputs.QPrintDialog, "exec", accept)
    with qtbot.waitSignal(window.records.outputs.printed, timeout=TIMEOUT * 2):
        window.commands["print_report"].trigger()
    assert seen["page"] == QPageSize.PageSizeId.A4  # the report's page size is proposed
    assert len(pypdf.PdfReader(str(out)).pages) >= 1
    assert "page(s) to the printer" in window.statusBar().currentMessage()


@needs_renderer
def test_print_preview_opens_with_the_report_pages(qtbot, window):
    analyse_and_record(qtbot, window)
    outputs = window.records.outputs
    worker = outputs.print_report(options=ReportOptions(), preview=True)
    assert worker is not None
    qtbot.waitUntil(lambda: outputs.preview is not None and outputs.preview.isVisible(), timeout=TIMEOUT)
    outputs.preview.reject()
    qtbot.waitUntil(lambda: outputs.preview is None, timeout=TIMEOUT)


def test_export_to_pacs_folder(qtbot, window, tmp_path):
    analyse_and_record(qtbot, window)
    folder = tmp_path / "pacs"
    options = ReportOptions({"patient_id": "PID-4711", "patient_name": "Doe, Jane"}, deidentify=True)
    with qtbot.waitSignal(window.records.outputs.exported, timeout=TIMEOUT) as exported:
        window.records.outputs.export_pacs(folder, options)
    done = exported.args[0]
    files = sorted(folder.glob("*.dcm"))
    assert len(files) == 2 and done.report is not None and len(done.secondary_captures) == 1
    for path in files:
        assert not validate_file(path).errors
        ds = pydicom.dcmread(path)
        assert ds.PatientID != "PID-4711" and "Doe" not in str(ds.PatientName)
    document = pydicom.dcmread(done.report).EncapsulatedDocument
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(document)).pages)
    assert "chest_test" in text and "PID-4711" not in text and "Doe" not in text
    assert "Exported 2 DICOM file(s)" in window.statusBar().currentMessage()


def test_output_actions_follow_the_result_on_screen(qtbot, window):
    actions = [window.commands[key] for key in ("export_report", "print_report", "print_preview", "export_pacs")]
    assert not any(action.isEnabled() for action in actions)
    analyse_and_record(qtbot, window)
    assert all(action.isEnabled() for action in actions)
    open_and_wait(qtbot, window, HAND)  # another image: the result is gone
    assert not any(action.isEnabled() for action in actions)
    assert window.records.current is None and window.records.target is None


def test_typed_dates_are_checked(qtbot, window):
    analyse_and_record(qtbot, window)
    dialog = ReportOptionsDialog(window.current_image, "Export")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.set_field("study_date", "06/05/2024")
    assert not ok.isEnabled() and "YYYY-MM-DD" in dialog.problem.text()
    dialog.set_field("study_date", "2024-05-06")
    assert ok.isEnabled()
    assert date_problem("") == "" and date_problem("2024-02-30")


def test_report_settings_reach_the_pdf(qtbot, window, tmp_path, monkeypatch):
    logo = write_png(tmp_path / "logo.png", np.full((40, 120), 90, np.uint8))

    def choose(dialog: ReportSettingsDialog) -> int:
        assert logo_problem(str(tmp_path / "missing.png")) and not logo_problem("")
        dialog.clinic_name.setText("St. Example Clinic")
        dialog.clinic_logo.setText(str(logo))
        dialog.page_size.setCurrentText("Letter")
        dialog.reviewer.setText("Dr. Settings")
        return 1

    monkeypatch.setattr(ReportSettingsDialog, "exec", choose)
    window.commands["report_settings"].trigger()
    assert window.records.review.reviewer.text() == "Dr. Settings"
    assert window.settings.value("report/page_size") == "Letter"
    analyse_and_record(qtbot, window)
    out = tmp_path / "letter.pdf"
    with qtbot.waitSignal(window.records.outputs.report_written, timeout=TIMEOUT):
        window.records.outputs.export_report(out, ReportOptions())
    page = pypdf.PdfReader(str(out)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    text = pdf_text(out)
    assert "St. Example Clinic" in text and "Dr. Settings" in text
    assert load_report_prefs(window.settings).clinic_logo == str(logo)


def test_printing_says_why_it_cannot_rasterise(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_renderers(name, *args, **kwargs):
        if name in ("PySide6.QtPdf", "pypdfium2"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_renderers)
    render, note = raster_backend()
    assert render is None and "QtPdf" in note and "pypdfium2" in note


def test_the_report_starts_from_the_facts_typed_in_the_analysis_panel(qtbot, window, tmp_path, monkeypatch):
    """Age and MR sequence typed beside the image (they made the result outside validated use) fill the
    report's fields, print in the PDF, and the age reaches the DICOM export as Patient's Age."""
    repo = Path(__file__).resolve().parents[1]
    window.analysis.use_model_dirs([repo / "onnx_models"], "cpu")  # the shipped brain model and its card
    open_and_wait(qtbot, window, repo / "resources" / "samples" / "brain_glioma_Tr-glTr_0000.jpg")
    window.analysis.panel.patient.set_facts({"patient_age": "45", "sequence": "FLAIR"})
    with qtbot.waitSignal(window.records.recorded, timeout=TIMEOUT):
        prediction = analyse_and_wait(qtbot, window)
    assert prediction.needs_review and not prediction.scope.in_scope
    seen: dict[str, str] = {}

    def prefilled_exec(dialog: ReportOptionsDialog) -> int:
        seen.update({key: dialog._text(key) for key in ("patient_age", "sequence", "view_position")})
        return 1

    out = tmp_path / "brain.pdf"
    monkeypatch.setattr(ReportOptionsDialog, "exec", prefilled_exec)
    monkeypatch.setattr(report_outputs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    with qtbot.waitSignal(window.records.outputs.report_written, timeout=TIMEOUT):
        window.commands["export_report"].trigger()
    assert seen == {"patient_age": "45", "sequence": "FLAIR", "view_position": ""}
    text = pdf_text(out)
    assert "FLAIR" in text and "Age" in text and "45" in text
    from desktop_app.exporting.source import source_study

    study = source_study(window.current_image, 0, ReportOptions(dict(seen)).typed)
    assert study.attributes.PatientAge == "045Y"
