# SPDX-License-Identifier: Apache-2.0
"""The export validator accepts our files and rejects deliberately broken ones (so it can fail)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.uid import ImplicitVRLittleEndian

from desktop_app.exporting import validate_dataset, validate_file
from desktop_app.exporting.validate import main as validate_main
from tests.test_cli_analyse_outputs import patient_dicom
from tests.test_exporting_dicom import export, study_item

# the breakages assign invalid values on purpose; pydicom warns about them as they are set
pytestmark = pytest.mark.filterwarnings("ignore:Invalid value for VR:UserWarning")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("valid")
    (sc_path,), doc_path, _ = export(folder, [study_item(patient_dicom(folder / "scan.dcm"))])
    return sc_path, doc_path


def _set(keyword: str, value: object) -> Callable[[Dataset], None]:
    return lambda ds: setattr(ds, keyword, value)


def _delete(keyword: str) -> Callable[[Dataset], None]:
    return lambda ds: delattr(ds, keyword)


def _meta(keyword: str, value: object) -> Callable[[Dataset], None]:
    return lambda ds: setattr(ds.file_meta, keyword, value)


SC_BREAKAGES = {
    "Type 1 missing": (_delete("StudyInstanceUID"), "StudyInstanceUID (Type 1)"),
    "Type 1 empty": (_set("ConversionType", ""), "ConversionType (Type 1)"),
    "Type 2 missing": (_delete("PatientName"), "PatientName (Type 2)"),
    "meta class differs": (_meta("MediaStorageSOPClassUID", "1.2.840.10008.5.1.4.1.1.1"), "MediaStorageSOPClass"),
    "meta instance differs": (_meta("MediaStorageSOPInstanceUID", "1.2.3.4"), "MediaStorageSOPInstanceUID"),
    "implicit VR": (_meta("TransferSyntaxUID", ImplicitVRLittleEndian), "not Explicit VR Little Endian"),
    "pixel length": (_set("Rows", 999), "PixelData has"),
    "invalid UID": (_set("SeriesInstanceUID", "1.2.03.4"), "Invalid value for VR UI"),
    "enumerated": (_set("ConversionType", "XYZ"), "allowed: DV"),
    "planar configuration": (_delete("PlanarConfiguration"), "PlanarConfiguration (Type 1C)"),
    "photometric": (_set("PhotometricInterpretation", "MONOCHROME2"), "does not match SamplesPerPixel"),
    "bad date": (_set("ContentDate", "2025-03-04"), "Invalid value for VR DA"),
    "reference item": (lambda ds: delattr(ds.SourceImageSequence[0], "ReferencedSOPInstanceUID"),
                       "SourceImageSequence[1]"),
    "deidentified without method": (_set("PatientIdentityRemoved", "YES"), "DeidentificationMethod"),
}

DOC_BREAKAGES = {
    "odd document": (_set("EncapsulatedDocument", b"%PDF-1.4 x"[:9]), "odd length"),
    "not a pdf": (_set("EncapsulatedDocument", b"<html></html>"[:12]), "does not start with %PDF"),
    "wrong MIME": (_set("MIMETypeOfEncapsulatedDocument", "text/plain"), "MIMETypeOfEncapsulatedDocument"),
    "series number": (_set("SeriesNumber", None), "SeriesNumber (Type 1)"),
    "burned in annotation": (_delete("BurnedInAnnotation"), "BurnedInAnnotation (Type 1)"),
    "wrong modality": (_set("Modality", "OT"), "Modality must be 'DOC'"),
}


def test_our_exports_are_valid(exported: tuple[Path, Path]) -> None:
    for path in exported:
        result = validate_file(path)
        assert result.ok, result.summary()


@pytest.mark.parametrize("name", sorted(SC_BREAKAGES))
def test_broken_secondary_capture_is_caught(exported: tuple[Path, Path], name: str) -> None:
    breakage, expected = SC_BREAKAGES[name]
    ds = pydicom.dcmread(exported[0])
    breakage(ds)
    result = validate_dataset(ds)
    assert not result.ok
    assert expected in result.summary()


@pytest.mark.parametrize("name", sorted(DOC_BREAKAGES))
def test_broken_encapsulated_pdf_is_caught(exported: tuple[Path, Path], name: str) -> None:
    breakage, expected = DOC_BREAKAGES[name]
    ds = pydicom.dcmread(exported[1])
    breakage(ds)
    result = validate_dataset(ds)
    assert not result.ok
    assert expected in result.summary()


def test_file_without_preamble_is_caught(exported: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    raw = tmp_path / "raw.dcm"
    raw.write_bytes(exported[0].read_bytes()[132:])
    assert "preamble" in validate_file(raw).summary()
    assert validate_main([str(exported[0]), str(raw)]) == 1
    assert "raw.dcm: INVALID" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("dciodvfy") is None, reason="dciodvfy (Debian package dicom3tools) not installed")
def test_dciodvfy_catches_a_broken_file(exported: tuple[Path, Path], tmp_path: Path) -> None:
    ds = pydicom.dcmread(exported[0])
    del ds.StudyInstanceUID
    del ds.ConversionType
    broken = tmp_path / "broken.dcm"
    ds.save_as(broken)
    run = subprocess.run(["dciodvfy", str(broken)], capture_output=True, text=True, timeout=60)
    errors = [line for line in (run.stdout + run.stderr).splitlines() if line.startswith("Error")]
    assert any("StudyInstanceUID" in e or "Study Instance UID" in e for e in errors), errors
