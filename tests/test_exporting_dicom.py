# SPDX-License-Identifier: Apache-2.0
"""DICOM Secondary Capture and Encapsulated PDF exports, read back with pydicom and checked by the validator
(and by dciodvfy from dicom3tools when it is installed)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.uid import EncapsulatedPDFStorage, ExplicitVRLittleEndian, SecondaryCaptureImageStorage

from desktop_app.analysis.outputs import build_report_input
from desktop_app.analysis.render import render_result
from desktop_app.analysis.result import scored
from desktop_app.exporting import StudyItem, export_study, source_study, validate_file
from desktop_app.exporting.burn_in import DISCLAIMER, burn_in, result_lines
from desktop_app.imaging import load_image
from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.reporting import write_report
from tests.test_cli_analyse_outputs import PATIENT_ID, gradient, patient_dicom

CARD = {"id": "chest_test", "version": "0.0.1", "intended_use": "tests", "limitations": ["tests only"]}
WHEN = datetime(2025, 3, 4, 14, 5, tzinfo=timezone.utc)


def make_prediction(file: str, needs_review: bool = True) -> Prediction:
    y, x = np.mgrid[0:8, 0:8]
    cam = np.stack([-(x + y) / 4.0, (x + y) / 4.0]).astype(np.float32)
    return Prediction(
        model_id="chest_test", model_version="0.0.1", model_sha256="ab" * 32, labels=["NORMAL", "PNEUMONIA"],
        scores={"NORMAL": 0.3, "PNEUMONIA": 0.7}, decision="PNEUMONIA",
        decision_text="Needs review: PNEUMONIA suspected — 0.70, above the operating threshold 0.60",
        needs_review=needs_review, provider="CPUExecutionProvider", gate=GateVerdict("chest_xray", 0.95, True),
        operating_point={"type": "threshold", "label": "PNEUMONIA", "threshold": 0.6},
        review_band={"low": 0.4, "high": 0.8}, cam=cam, file=file,
    )


def study_item(path: Path, *, deidentify: bool = False, typed: dict | None = None) -> StudyItem:
    image = load_image(path)
    prediction = make_prediction(str(path))
    report = build_report_input(scored(image, prediction), CARD, deidentify=deidentify, typed=typed, generated_at=WHEN)
    return StudyItem(report, source_study(image, 0, typed))


def export(tmp_path: Path, items: list[StudyItem], name: str = "out") -> tuple[list[Path], Path, Path]:
    pdf = write_report([i.report for i in items], tmp_path / f"{name}.pdf")
    done = export_study(items, tmp_path / name, pdf=pdf.read_bytes(), created=WHEN)
    assert done.report is not None
    return list(done.secondary_captures), done.report, pdf


def test_secondary_capture_content(tmp_path: Path) -> None:
    scan = patient_dicom(tmp_path / "scan.dcm")
    source = pydicom.dcmread(scan)
    item = study_item(scan)
    (sc_path,), _, _ = export(tmp_path, [item])
    sc = pydicom.dcmread(sc_path)
    assert sc.file_meta.TransferSyntaxUID == ExplicitVRLittleEndian
    assert sc.SOPClassUID == sc.file_meta.MediaStorageSOPClassUID == SecondaryCaptureImageStorage
    assert sc.StudyInstanceUID == source.StudyInstanceUID and sc.SeriesInstanceUID != source.SeriesInstanceUID
    assert (sc.PatientName, sc.PatientID, sc.PatientBirthDate) == (source.PatientName, PATIENT_ID, "19610423")
    assert sc.AccessionNumber == "ACC-5521" and sc.StudyDate == "20250304"
    assert sc.ConversionType == "SYN" and sc.Manufacturer == "ScanLens" and sc.Modality == "OT"
    assert "chest_test 0.0.1" in sc.SoftwareVersions
    assert sc.ImageType == ["DERIVED", "SECONDARY"] and sc.BurnedInAnnotation == "NO"
    assert (sc.ContentDate, sc.InstanceNumber) == ("20250304", 1)
    for sequence in (sc.SourceImageSequence, sc.ReferencedImageSequence):
        assert sequence[0].ReferencedSOPClassUID == source.SOPClassUID
        assert sequence[0].ReferencedSOPInstanceUID == source.SOPInstanceUID
    assert sc.ReferencedSeriesSequence[0].SeriesInstanceUID == source.SeriesInstanceUID

    pixels = sc.pixel_array
    assert pixels.shape == (sc.Rows, sc.Columns, 3) and sc.SamplesPerPixel == 3 and sc.BitsAllocated == 8
    assert sc.PhotometricInterpretation == "RGB"
    plain = render_result(load_image(scan), item.report.prediction).display
    composed = burn_in(item.report.overlay, item.report.prediction)
    top, left, rows, cols = composed.image_box
    region = pixels[top : top + rows, left : left + cols]
    np.testing.assert_array_equal(region, item.report.overlay)  # what the viewer shows, heatmap included
    assert np.abs(region.astype(int) - plain[..., None].astype(int)).max() > 30  # the overlay is burned in
    band = pixels[rows:]
    assert band.shape[0] > 40 and len(np.unique(band.reshape(-1, 3), axis=0)) > 10  # text was drawn


def test_burned_in_text_lines() -> None:
    prediction = make_prediction("x.dcm")
    texts = [line.text for line in result_lines(prediction)]
    assert texts[0] == prediction.decision_text
    assert any("NEEDS REVIEW" in t for t in texts) and "Model chest_test v0.0.1" in texts and DISCLAIMER in texts
    prediction.needs_review = False
    assert not any("NEEDS REVIEW" in line.text for line in result_lines(prediction))
    narrow = burn_in(gradient(20, 30), prediction)
    assert narrow.pixels.shape[1] == 480 and narrow.image_box[2:] == (20, 30)


def test_encapsulated_pdf_content(tmp_path: Path) -> None:
    scan = patient_dicom(tmp_path / "scan.dcm")
    source = pydicom.dcmread(scan)
    (sc_path,), doc_path, pdf = export(tmp_path, [study_item(scan)])
    doc, sc = pydicom.dcmread(doc_path), pydicom.dcmread(sc_path)
    assert doc.SOPClassUID == doc.file_meta.MediaStorageSOPClassUID == EncapsulatedPDFStorage
    assert doc.file_meta.TransferSyntaxUID == ExplicitVRLittleEndian
    assert doc.MIMETypeOfEncapsulatedDocument == "application/pdf" and doc.Modality == "DOC"
    data = bytes(doc.EncapsulatedDocument)
    assert len(data) % 2 == 0
    assert data[: doc.EncapsulatedDocumentLength] == pdf.read_bytes()
    assert doc.StudyInstanceUID == source.StudyInstanceUID
    assert doc.SeriesInstanceUID not in (source.SeriesInstanceUID, sc.SeriesInstanceUID)
    assert doc.SourceInstanceSequence[0].ReferencedSOPInstanceUID == source.SOPInstanceUID
    assert doc.ConversionType == "WSD" and doc.BurnedInAnnotation == "YES" and doc.InstanceNumber == 1


def test_several_images_of_one_study(tmp_path: Path) -> None:
    first = patient_dicom(tmp_path / "a.dcm")
    second = patient_dicom(tmp_path / "b.dcm", study_uid=pydicom.dcmread(first).StudyInstanceUID)
    scs, doc_path, _ = export(tmp_path, [study_item(first), study_item(second)])
    datasets = [pydicom.dcmread(p) for p in scs]
    assert [d.InstanceNumber for d in datasets] == [1, 2]
    assert len({d.SeriesInstanceUID for d in datasets}) == 1
    doc = pydicom.dcmread(doc_path)
    assert len(doc.SourceInstanceSequence) == 2


def test_raster_source_new_study_and_typed_patient(tmp_path: Path) -> None:
    from PIL import Image

    png = tmp_path / "photo.png"
    Image.fromarray(gradient()).save(png)
    typed = {"patient_name": "Doe, Jane", "patient_id": "TYPED-1", "patient_birth_date": "1970-01-02"}
    (sc_path,), doc_path, _ = export(tmp_path, [study_item(png, typed=typed)])
    sc, doc = pydicom.dcmread(sc_path), pydicom.dcmread(doc_path)
    assert sc.StudyInstanceUID == doc.StudyInstanceUID
    assert (str(sc.PatientName), sc.PatientID, sc.PatientBirthDate) == ("Doe^Jane", "TYPED-1", "19700102")
    assert "SourceImageSequence" not in sc and "ReferencedSeriesSequence" not in sc
    assert sc.StudyDate == "" and sc.StudyID == ""  # Type 2: present, unknown


def test_validator_passes_on_exports(tmp_path: Path, samples_dir: Path) -> None:
    scan = patient_dicom(tmp_path / "scan.dcm")
    sample = load_image(samples_dir / "nih_cxr14_dx_no_finding.dcm")
    item = StudyItem(build_report_input(scored(sample, make_prediction(sample.path)), CARD), source_study(sample))
    assert item.source.dropped == ["PatientAge"]  # "81" is not a valid Age String: left out, not copied
    outputs = [*export(tmp_path, [study_item(scan)], "a")[:2], *export(tmp_path, [item], "b")[:2]]
    for path in [p for group in outputs for p in (group if isinstance(group, list) else [group])]:
        result = validate_file(path)
        assert result.ok, f"{path.name}: {result.summary()}"
        assert not result.warnings


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dciodvfy (Debian package dicom3tools) not installed")
def test_dciodvfy_accepts_exports(tmp_path: Path) -> None:
    for deidentify in (False, True):
        scan = patient_dicom(tmp_path / f"scan{deidentify}.dcm")
        (sc_path,), doc_path, _ = export(tmp_path, [study_item(scan, deidentify=deidentify)], f"out{deidentify}")
        for path in (sc_path, doc_path):
            run = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True, timeout=60)
            lines = (run.stdout + run.stderr).splitlines()
            errors = [line for line in lines if line.startswith("Error")]
            assert not errors, f"{path.name}: {errors}"
            # tolerated: Laterality empty because the body part is not known, and empty Type 2 study fields
            # (de-identified Study ID) that a DICOMDIR would want
            unexpected = [line for line in lines if line.startswith("Warning")
                          and "Laterality" not in line and "needed to build DICOMDIR" not in line]
            assert not unexpected, f"{path.name}: {unexpected}"
