# SPDX-License-Identifier: Apache-2.0
"""PS3.15 Basic Profile de-identification of datasets, metadata and whole exports."""

from __future__ import annotations

from pathlib import Path

import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from desktop_app.exporting import (
    DeidentifyOptions,
    UidMapper,
    deidentify_dataset,
    deidentify_metadata,
    export_study,
    validate_dataset,
)
from desktop_app.imaging import load_image
from desktop_app.reporting import write_report
from tests.test_cli_analyse_outputs import BIRTH_DATE, PATIENT_ID, patient_dicom
from tests.test_exporting_dicom import WHEN, study_item

pypdf = pytest.importorskip("pypdf")

UID_KEYWORDS = ("StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID")


def rich_dataset(tmp_path: Path) -> Dataset:
    ds = pydicom.dcmread(patient_dicom(tmp_path / "scan.dcm"))
    ds.PatientAddress, ds.PatientTelephoneNumbers = "1 Rue de la Paix", "+33 123456789"
    ds.OperatorsName, ds.PerformingPhysicianName = "Tech^Tom", "Doc^Dora"
    ds.PatientAge, ds.PatientWeight = "064Y", "71.5"
    ds.add_new(0x00091010, "LO", "private secret")
    ds.add_new(0x60003000, "OW", b"\0\1" * 8)  # overlay data
    other = Dataset()
    other.PatientID, other.IssuerOfPatientID = "OTHER-99", "HOSP"
    ds.OtherPatientIDsSequence = Sequence([other])
    reference = Dataset()
    reference.ReferencedSOPClassUID, reference.ReferencedSOPInstanceUID = ds.SOPClassUID, ds.SOPInstanceUID
    ds.SourceImageSequence = Sequence([reference])
    ds.ContentCreatorName = "Author^Ann"
    return ds


def test_basic_profile_actions(tmp_path: Path) -> None:
    ds = rich_dataset(tmp_path)
    original = {k: str(ds[k].value) for k in (*UID_KEYWORDS, "PatientName", "PatientID")}
    out = deidentify_dataset(ds, UidMapper(b"salt"))
    assert str(ds.PatientName) == original["PatientName"]  # the source is not touched
    for keyword in ("PatientName", "PatientBirthDate", "AccessionNumber", "ReferringPhysicianName", "StudyID",
                    "ContentCreatorName"):
        assert keyword in out and out[keyword].is_empty, keyword  # Z: present, empty
    assert out.PatientID.startswith("ANON-") and PATIENT_ID not in out.PatientID
    for keyword in ("InstitutionName", "OtherPatientIDs", "OtherPatientIDsSequence", "PatientAddress",
                    "PatientTelephoneNumbers", "OperatorsName", "PerformingPhysicianName"):
        assert keyword not in out, keyword  # X
    assert 0x00091010 not in out and 0x60003000 not in out  # private and overlay data removed
    for keyword in UID_KEYWORDS:
        assert out[keyword].value != original[keyword] and out[keyword].value.is_valid
    assert out.file_meta.MediaStorageSOPInstanceUID == out.SOPInstanceUID
    assert out.SourceImageSequence[0].ReferencedSOPInstanceUID == out.SOPInstanceUID  # U is consistent
    assert out.SourceImageSequence[0].ReferencedSOPClassUID == ds.SOPClassUID  # class UIDs are kept
    # default options: Retain Patient Characteristics and Full Dates
    assert (out.PatientSex, out.PatientAge, out.StudyDate) == ("F", "064Y", "20250304")
    assert out.PatientIdentityRemoved == "YES"
    codes = [item.CodeValue for item in out.DeidentificationMethodCodeSequence]
    assert codes == ["113100", "113108", "113106"]
    assert all(len(value) <= 64 for value in out.DeidentificationMethod)
    serialised = str(out)
    for secret in ("Müller", PATIENT_ID, BIRTH_DATE, "ACC-5521", "House", "Saint-", "OTHER-99", "Paix", "Tom"):
        assert secret not in serialised


def test_without_options_dates_and_characteristics_go(tmp_path: Path) -> None:
    out = deidentify_dataset(rich_dataset(tmp_path), UidMapper(), DeidentifyOptions(False, False))
    assert out.PatientSex == "" and out.StudyDate == "" and "PatientAge" not in out and "PatientWeight" not in out
    assert [item.CodeValue for item in out.DeidentificationMethodCodeSequence] == ["113100"]


def test_uid_mapping_is_salted_and_stable() -> None:
    a, b = UidMapper(b"one"), UidMapper(b"two")
    assert a.uid("1.2.3") == a.uid("1.2.3") != b.uid("1.2.3")
    assert a.uid("1.2.3") != a.uid("1.2.4") and a.uid("1.2.3").is_valid
    assert UidMapper().uid("1.2.3") != UidMapper().uid("1.2.3")  # random salt per mapper by default


def test_deidentify_metadata(tmp_path: Path) -> None:
    meta = load_image(patient_dicom(tmp_path / "scan.dcm")).metadata
    mapper = UidMapper(b"salt")
    out = deidentify_metadata(meta, mapper)
    assert out["patient_name"] is None and out["patient_birth_date"] is None and out["accession_number"] is None
    assert "institution" not in out and out["patient_id"].startswith("ANON-")
    assert out["study_instance_uid"] == str(mapper.uid(meta["study_instance_uid"]))
    assert out["patient_sex"] == "F" and out["study_date"] == "2025-03-04"
    assert meta["patient_name"] != out["patient_name"]  # a copy


def test_deidentified_exports_are_consistent_across_files(tmp_path: Path) -> None:
    first = patient_dicom(tmp_path / "a.dcm")
    source = pydicom.dcmread(first)
    second = patient_dicom(tmp_path / "b.dcm", study_uid=source.StudyInstanceUID)
    items = [study_item(first, deidentify=True), study_item(second, deidentify=True)]
    pdf = write_report([i.report for i in items], tmp_path / "report.pdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    for secret in ("Müller", "José", PATIENT_ID, "1961-04-23", "ACC-5521"):
        assert secret not in text
    mapper = UidMapper()
    done = export_study(items, tmp_path / "out", pdf=pdf.read_bytes(), mapper=mapper, created=WHEN)
    assert done.report is not None
    scs = [pydicom.dcmread(p) for p in done.secondary_captures]
    doc = pydicom.dcmread(done.report)
    assert {d.StudyInstanceUID for d in (*scs, doc)} == {str(mapper.uid(source.StudyInstanceUID))}
    assert done.study_instance_uid == doc.StudyInstanceUID != source.StudyInstanceUID
    referenced = [d.SourceImageSequence[0].ReferencedSOPInstanceUID for d in scs]
    assert referenced == [i.ReferencedSOPInstanceUID for i in doc.SourceInstanceSequence]
    assert source.SOPInstanceUID not in referenced
    for ds in (*scs, doc):
        assert validate_dataset(ds).ok
        assert ds.PatientName == "" and ds.PatientBirthDate == "" and ds.PatientID == scs[0].PatientID
    assert doc.BurnedInAnnotation == "NO"


def test_export_refuses_mixed_studies(tmp_path: Path) -> None:
    from desktop_app.exporting import ExportError

    items = [study_item(patient_dicom(tmp_path / "a.dcm")), study_item(patient_dicom(tmp_path / "b.dcm"))]
    with pytest.raises(ExportError, match="single study"):
        export_study(items, tmp_path / "out", pdf=None)
    assert not (tmp_path / "out").exists()
