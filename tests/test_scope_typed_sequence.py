# SPDX-License-Identifier: Apache-2.0
"""An MR sequence typed for a PNG/JPEG (``analyze --sequence``) is checked by the brain card's sequence rule,
as a DICOM series description is; a DICOM header still wins over what was typed."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app import commands
from desktop_app.imaging.loader import load_image
from desktop_app.reporting.inputs import ReportInput
from desktop_app.resources import base_dir
from desktop_app.scope.facts import facts_for_image, facts_from_typed
from desktop_app.scope.population import check_population
from tests.dicom_factory import write_8bit

SHIPPED = base_dir() / "onnx_models"
BRAIN_CARD = json.loads((SHIPPED / "brain_mri_tumor.json").read_text(encoding="utf-8"))
BRAIN = BRAIN_CARD["population"]
BRAIN_JPEG = base_dir() / "resources" / "samples" / "brain_glioma_Tr-glTr_0000.jpg"
GRAY = (np.arange(64 * 64) % 256).astype(np.uint8).reshape(64, 64)
FLAIR_REASON = "sequence FLAIR — validated T1 post-contrast"


def png(tmp_path: Path) -> dict:
    path = tmp_path / "slice.png"
    Image.fromarray(GRAY).save(path)
    return load_image(str(path)).metadata


@pytest.mark.parametrize(("typed", "reason"), [
    ("FLAIR", FLAIR_REASON),
    ("t2 flair", FLAIR_REASON),
    ("DWI/ADC", "sequence diffusion — validated T1 post-contrast"),
    ("SWI/T2*", "sequence SWI/T2* — validated T1 post-contrast"),
])
def test_a_typed_excluded_sequence_is_outside_with_the_header_wording(tmp_path: Path, typed: str, reason: str) -> None:
    check = check_population(BRAIN, facts_for_image(png(tmp_path), {"sequence": typed}))
    assert check.violations == [reason] and check.unknowns == []


@pytest.mark.parametrize("typed", ["T1 FLAIR", "T1 post-contrast", "T1", "T2", "Other"])
def test_a_typed_t1_flair_or_validated_sequence_gives_no_sequence_reason(tmp_path: Path, typed: str) -> None:
    check = check_population(BRAIN, facts_for_image(png(tmp_path), {"sequence": typed}))
    assert check.in_population and check.unknowns == []


def test_a_raster_slice_without_a_typed_sequence_lists_it_as_unknown(tmp_path: Path) -> None:
    assert check_population(BRAIN, facts_for_image(png(tmp_path))).unknowns == ["sequence unknown"]
    assert check_population(BRAIN, facts_for_image(png(tmp_path), {"sequence": "  "})).unknowns == [
        "sequence unknown"]
    assert facts_from_typed({"sequence": " FLAIR "}).sequence == "FLAIR"


def test_the_header_series_description_wins_over_a_typed_sequence(tmp_path: Path) -> None:
    flair = write_8bit(GRAY, tmp_path / "flair.dcm", "MR", BodyPartExamined="BRAIN", SeriesDescription="AX T2 FLAIR")
    t1 = write_8bit(GRAY, tmp_path / "t1.dcm", "MR", BodyPartExamined="BRAIN", SeriesDescription="AX T1 POST GD")
    typed_t1 = facts_for_image(load_image(str(flair)).metadata, {"sequence": "T1 post-contrast"})
    typed_flair = facts_for_image(load_image(str(t1)).metadata, {"sequence": "FLAIR"})
    assert typed_t1.sequence is None and check_population(BRAIN, typed_t1).violations == [FLAIR_REASON]
    assert typed_flair.sequence is None and check_population(BRAIN, typed_flair).in_population


# --- scanlens analyze --sequence ---------------------------------------------------------------------------

@pytest.fixture
def own_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user models folder and no case history of the person running the tests."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def analyse_brain(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert commands.run(["analyze", str(BRAIN_JPEG), "--json", "--no-record", *args]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0]["model"]["id"] == "brain_mri_tumor"
    return lines[0]


@pytest.mark.usefixtures("own_user_folder")
@pytest.mark.skipif(not (SHIPPED / "input_gate.onnx").is_file(), reason="the shipped models are missing")
def test_cli_typed_flair_puts_the_brain_sample_outside_validated_use(capsys: pytest.CaptureFixture[str]) -> None:
    plain = analyse_brain(capsys)
    assert not any(r.startswith("sequence") for r in plain["scope"]["reasons"])
    assert "sequence unknown" in plain["scope"]["unknowns"]
    flair = analyse_brain(capsys, "--sequence", "FLAIR")
    assert flair["needs_review"] is True and flair["scope"]["in_scope"] is False
    assert FLAIR_REASON in flair["scope"]["reasons"] and "sequence unknown" not in flair["scope"]["unknowns"]
    assert set(flair["scope"]) == set(plain["scope"])  # the JSON contract is unchanged
    t1 = analyse_brain(capsys, "--sequence", "T1 FLAIR")
    assert not any(r.startswith("sequence") for r in t1["scope"]["reasons"] + t1["scope"]["unknowns"])


@pytest.mark.usefixtures("own_user_folder")
@pytest.mark.skipif(not (SHIPPED / "input_gate.onnx").is_file(), reason="the shipped models are missing")
def test_cli_report_prints_the_typed_sequence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pypdf = pytest.importorskip("pypdf")
    report = tmp_path / "r.pdf"
    analyse_brain(capsys, "--sequence", "FLAIR", "--report", str(report))
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(report).pages)
    assert "MR sequence" in text and "FLAIR" in text


def test_the_report_shows_the_sequence_row_only_when_typed() -> None:
    rows = ReportInput.shown_patient_fields
    with_sequence = rows(_report({"sequence": "FLAIR", "view_position": "AX"}), "en")
    without = rows(_report({"view_position": "AX"}), "en")
    assert ("MR sequence", "FLAIR") in with_sequence and ("View", "AX") in with_sequence
    assert [label for label, _ in without] == [label for label, _ in with_sequence if label != "MR sequence"]


def _report(patient: dict) -> ReportInput:
    from desktop_app.inference.prediction import Prediction

    prediction = Prediction(model_id="brain_mri_tumor", model_version="1", model_sha256="", labels=["glioma"],
                            scores={"glioma": 1.0}, decision="glioma", decision_text="glioma", needs_review=False,
                            provider="CPUExecutionProvider", gate=None)
    return ReportInput(image=GRAY, prediction=prediction, card=BRAIN_CARD, patient=patient)
