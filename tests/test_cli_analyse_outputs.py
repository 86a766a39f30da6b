# SPDX-License-Identifier: Apache-2.0
"""``scanlens analyze`` with --report, --export-dicom, --deidentify and the case history (tiny models)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

from desktop_app import commands as cli
from desktop_app.commands import analyse as commands
from desktop_app.inference.analyser import Analyser
from desktop_app.storage import CaseStore
from tests.onnx_factory import write_tiny_chest, write_tiny_gate

pypdf = pytest.importorskip("pypdf")

PATIENT_NAME, PATIENT_ID, BIRTH_DATE = "Müller^José", "PID-004711", "19610423"
JSON_FIELDS = {"file", "sha256", "ok", "gate", "model", "scores", "decision", "needs_review", "provider",
               "timings_ms"}


def make_packs(folder: Path) -> Path:
    """An input gate that always says chest X-ray and a chest model whose PNEUMONIA score rises with brightness."""
    folder.mkdir(parents=True, exist_ok=True)
    write_tiny_gate(folder)
    write_tiny_chest(folder)
    return folder


def gradient(rows: int = 64, cols: int = 80, low: int = 150, high: int = 255) -> np.ndarray:
    return np.tile(np.linspace(low, high, cols).astype(np.uint8), (rows, 1))


def patient_dicom(path: Path, pixels: np.ndarray | None = None, *, study_uid: str | None = None) -> Path:
    """A bright (→ PNEUMONIA) MONOCHROME2 CR with a full set of patient identifiers."""
    pixels = gradient() if pixels is None else pixels
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.1"  # CR Image Storage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid or generate_uid(), generate_uid()
    ds.PatientName, ds.PatientID, ds.PatientBirthDate, ds.PatientSex = PATIENT_NAME, PATIENT_ID, BIRTH_DATE, "F"
    ds.OtherPatientIDs = "OTHER-99"
    ds.AccessionNumber, ds.StudyID, ds.StudyDate, ds.StudyTime = "ACC-5521", "S-17", "20250304", "101500"
    ds.ReferringPhysicianName, ds.InstitutionName = "House^Gregory", "Clinique Saint-Éloi"
    ds.Modality, ds.BodyPartExamined, ds.ViewPosition = "CR", "CHEST", "PA"
    ds.Rows, ds.Columns, ds.SamplesPerPixel = pixels.shape[0], pixels.shape[1], 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.PixelData = np.ascontiguousarray(pixels, np.uint8).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


@pytest.fixture
def tiny_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    packs = make_packs(tmp_path / "models")
    monkeypatch.setattr(commands, "make_analyser", lambda device: Analyser([packs], device="cpu"))
    return packs


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def test_report_json_contract_and_case_history(tmp_path, tiny_models, capsys):
    scan = patient_dicom(tmp_path / "scan.dcm")
    report, db = tmp_path / "out" / "report.pdf", tmp_path / "cases.sqlite3"
    report.parent.mkdir()
    code = cli.run(["analyze", str(scan), "--json", "--report", str(report), "--db", str(db),
                    "--clinic-name", "Clinique Test", "--reviewer", "Dr. Zoë", "--page-size", "Letter"])
    out = capsys.readouterr()
    assert code == 0, out.err
    (record,) = json_lines(out.out)  # stdout stays pure JSON Lines
    assert JSON_FIELDS <= set(record)
    assert set(record["gate"]) >= {"label", "score", "accepted"}
    assert set(record["model"]) == {"id", "version", "sha256"}
    assert set(record["timings_ms"]) == {"decode", "preprocess", "inference", "total"}
    assert record["decision"] == "PNEUMONIA" and record["model"]["id"] == "chest_test"

    text = pdf_text(report)
    assert "chest_test" in text and "PNEUMONIA" in text and "Clinique Test" in text and "Zoë" in text
    assert "PID-004711" in text  # not de-identified
    width, height = pypdf.PdfReader(str(report)).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # Letter

    with CaseStore(db) as store:
        (case,) = store.search()
        assert (case.patient_id, case.decision, case.file_sha256) == (PATIENT_ID, "PNEUMONIA", record["sha256"])
        assert store.verify_audit().ok


def test_no_record_leaves_no_case_history(tmp_path, tiny_models, capsys):
    db = tmp_path / "cases.sqlite3"
    assert cli.run(["analyze", str(patient_dicom(tmp_path / "a.dcm")), "--no-record", "--db", str(db)]) == 0
    assert not db.exists()


def test_storage_error_keeps_the_json_output(tmp_path, tiny_models, capsys):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the database folder should be")
    scan = patient_dicom(tmp_path / "a.dcm")
    assert cli.run(["analyze", str(scan), "--json", "--db", str(blocker / "cases.sqlite3")]) == 0
    out = capsys.readouterr()
    (record,) = json_lines(out.out)
    assert record["ok"] is True and record["decision"] == "PNEUMONIA"
    warnings = [line for line in out.err.splitlines() if "case history" in line]
    assert len(warnings) == 1 and "not recorded" in warnings[0]


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydicom warns about the broken file's UID
def test_several_files_summary_and_refused_file_noted(tmp_path, tiny_models, capsys):
    first = patient_dicom(tmp_path / "a.dcm")
    second = tmp_path / "b.png"
    Image.fromarray(gradient(low=0, high=120)).save(second)
    broken = tmp_path / "c.dcm"
    broken.write_bytes(b"\0" * 128 + b"DICM" + b"\x02\x00\x10\x00UI" + b"\xff" * 40)
    report = tmp_path / "report.pdf"
    code = cli.run(["analyze", str(first), str(second), str(broken), "--report", str(report), "--no-record"])
    out = capsys.readouterr()
    assert code == 2  # one file refused
    assert f"not in the report or exports: {broken}" in out.err
    reader = pypdf.PdfReader(str(report))
    assert len(reader.pages) == 3  # summary + one page per analysed image
    text = pdf_text(report)
    assert "PNEUMONIA" in text and "NORMAL" in text


def test_export_dicom_references_the_study_and_embeds_the_report(tmp_path, tiny_models, capsys):
    scan = patient_dicom(tmp_path / "scan.dcm")
    source = pydicom.dcmread(scan)
    report, out_dir = tmp_path / "report.pdf", tmp_path / "dicom"
    assert cli.run(["analyze", str(scan), "--report", str(report), "--export-dicom", str(out_dir),
                    "--no-record"]) == 0
    (sc_path,), (doc_path,) = sorted(out_dir.glob("SC_*.dcm")), sorted(out_dir.glob("DOC_*.dcm"))
    sc, doc = pydicom.dcmread(sc_path), pydicom.dcmread(doc_path)
    for ds in (sc, doc):
        assert ds.StudyInstanceUID == source.StudyInstanceUID
        assert ds.SeriesInstanceUID != source.SeriesInstanceUID
        assert ds.PatientName == source.PatientName and ds.PatientID == PATIENT_ID
    assert sc.SourceImageSequence[0].ReferencedSOPInstanceUID == source.SOPInstanceUID
    assert sc.SourceImageSequence[0].ReferencedSOPClassUID == source.SOPClassUID
    assert sc.ReferencedSeriesSequence[0].SeriesInstanceUID == source.SeriesInstanceUID
    assert doc.SourceInstanceSequence[0].ReferencedSOPInstanceUID == source.SOPInstanceUID
    assert sc.pixel_array.shape == (sc.Rows, sc.Columns, 3)
    data = bytes(doc.EncapsulatedDocument)
    assert data[: doc.EncapsulatedDocumentLength] == report.read_bytes()


def test_export_without_report_builds_the_pdf(tmp_path, tiny_models, capsys):
    out_dir = tmp_path / "dicom"
    assert cli.run(["analyze", str(patient_dicom(tmp_path / "a.dcm")), "--export-dicom", str(out_dir),
                    "--no-record", "--json"]) == 0
    out = capsys.readouterr()
    assert all(line.startswith("{") for line in out.out.splitlines())  # file notices go to stderr with --json
    (doc_path,) = out_dir.glob("DOC_*.dcm")
    doc = pydicom.dcmread(doc_path)
    assert bytes(doc.EncapsulatedDocument).startswith(b"%PDF")


def test_deidentified_report_and_exports(tmp_path, tiny_models, capsys):
    scan = patient_dicom(tmp_path / "scan.dcm")
    source = pydicom.dcmread(scan)
    report, out_dir = tmp_path / "report.pdf", tmp_path / "dicom"
    assert cli.run(["analyze", str(scan), "--deidentify", "--report", str(report), "--export-dicom", str(out_dir),
                    "--no-record"]) == 0
    text = pdf_text(report)
    for secret in ("Müller", "José", PATIENT_ID, "1961", "OTHER-99", "ACC-5521", "scan.dcm"):
        assert secret not in text
    assert "chest_test" in text
    (sc_path,), (doc_path,) = out_dir.glob("SC_*.dcm"), out_dir.glob("DOC_*.dcm")
    raw = sc_path.read_bytes() + doc_path.read_bytes()
    for secret in ("Müller", PATIENT_ID, BIRTH_DATE, "ACC-5521", "House", "Saint-", "OTHER-99"):
        assert secret.encode("utf-8") not in raw
    sc, doc = pydicom.dcmread(sc_path), pydicom.dcmread(doc_path)
    assert sc.StudyInstanceUID == doc.StudyInstanceUID != source.StudyInstanceUID
    assert sc.SourceImageSequence[0].ReferencedSOPInstanceUID == doc.SourceInstanceSequence[0].ReferencedSOPInstanceUID
    assert sc.SourceImageSequence[0].ReferencedSOPInstanceUID != source.SOPInstanceUID
    assert sc.PatientID == doc.PatientID and sc.PatientID.startswith("ANON-")
    assert sc.PatientIdentityRemoved == doc.PatientIdentityRemoved == "YES"
    assert doc.BurnedInAnnotation == "NO"
    assert pypdf.PdfReader(__import__("io").BytesIO(bytes(doc.EncapsulatedDocument))).pages


def test_raster_export_gets_a_new_study_and_typed_patient(tmp_path, tiny_models, capsys):
    png = tmp_path / "xray.png"
    Image.fromarray(gradient()).save(png)
    out_dir = tmp_path / "dicom"
    assert cli.run(["analyze", str(png), "--export-dicom", str(out_dir), "--no-record",
                    "--patient-name", "Doe, Jane", "--patient-id", "TYPED-1", "--patient-birth-date", "1970-01-02",
                    "--patient-sex", "F"]) == 0
    (sc_path,), (doc_path,) = out_dir.glob("SC_*.dcm"), out_dir.glob("DOC_*.dcm")
    sc, doc = pydicom.dcmread(sc_path), pydicom.dcmread(doc_path)
    assert sc.StudyInstanceUID == doc.StudyInstanceUID
    assert str(sc.PatientName) == "Doe^Jane" and sc.PatientID == "TYPED-1" and sc.PatientBirthDate == "19700102"
    assert "SourceImageSequence" not in sc and "SourceInstanceSequence" not in doc
    assert sc.SOPClassUID == SecondaryCaptureImageStorage


def test_many_files_come_back_in_order_with_single_file_scores(tmp_path, tiny_models, capsys):
    """Several files run two at a time on one-thread sessions; records match one-file runs, in order."""
    files = []
    for n, (low, high) in enumerate([(0, 60), (200, 255), (90, 140), (10, 250), (160, 200), (0, 255)]):
        files.append(tmp_path / f"{n}.png")
        Image.fromarray(gradient(low=low, high=high)).save(files[-1])
    assert cli.run(["analyze", *map(str, files), "--json", "--no-record"]) == 0
    together = json_lines(capsys.readouterr().out)
    assert [r["file"] for r in together] == [str(f) for f in files]
    for record, path in zip(together, files, strict=True):
        assert cli.run(["analyze", str(path), "--json", "--no-record"]) == 0
        alone = json_lines(capsys.readouterr().out)[0]
        assert record["scores"] == pytest.approx(alone["scores"], abs=1e-6)
        assert record["decision"] == alone["decision"] and record["sha256"] == alone["sha256"]
