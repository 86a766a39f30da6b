# SPDX-License-Identifier: Apache-2.0
"""Intended population: facts read from real DICOM headers (tests/dicom_factory.py) and typed fields, checked
against the shipped model cards' ``population`` sections."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from pydicom.dataset import Dataset

from desktop_app import commands as cli
from desktop_app.exporting import DeidentifyOptions, UidMapper, deidentify_metadata
from desktop_app.imaging.loader import load_image
from desktop_app.inference.registry import discover, verify_integrity
from desktop_app.scope.ages import parse_age, read_age
from desktop_app.scope.facts import PatientFacts, facts_for_image, facts_from_metadata, facts_from_typed
from desktop_app.scope.population import check_population
from desktop_app.scope.population_card import population_problems
from export_tools.tasks import TASKS
from tests.dicom_factory import write_8bit

#: sloppy headers are the point: pydicom's warnings about them are expected
pytestmark = pytest.mark.filterwarnings("ignore:Invalid value for VR")

REPO = Path(__file__).resolve().parents[1]
CARDS = {name: json.loads((REPO / "onnx_models" / f"{name}.json").read_text()) for name in TASKS}
CHEST = CARDS["chest_xray_pneumonia"]["population"]
BRAIN = CARDS["brain_mri_tumor"]["population"]
GATE = CARDS["input_gate"]["population"]
GRAY = (np.arange(64 * 64) % 256).astype(np.uint8).reshape(64, 64)

#: a chest film inside the population, to change one attribute at a time
GOOD_CHEST = {"PatientAge": "004Y", "ViewPosition": "AP", "BodyPartExamined": "CHEST"}
GOOD_BRAIN = {"BodyPartExamined": "BRAIN", "SeriesDescription": "AX T1 POST GD"}


def header(tmp_path: Path, modality: str = "DX", **attributes: object) -> PatientFacts:
    """Facts of a real DICOM file written with these attributes and opened as the app opens it."""
    path = write_8bit(GRAY, tmp_path / f"scan{len(list(tmp_path.iterdir()))}.dcm", modality, **attributes)
    return facts_from_metadata(load_image(str(path)).metadata)


def chest(tmp_path: Path, modality: str = "DX", **changes: object):
    return check_population(CHEST, header(tmp_path, modality, **{**GOOD_CHEST, **changes}))


def brain(tmp_path: Path, modality: str = "MR", **changes: object):
    return check_population(BRAIN, header(tmp_path, modality, **{**GOOD_BRAIN, **changes}))


def test_a_film_inside_the_population_has_no_reasons(tmp_path: Path) -> None:
    check = chest(tmp_path)
    assert check.in_population and check.violations == [] and check.unknowns == []


# --- age ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("age", "years"), [
    ("020D", 20 / 365.25), ("010W", 70 / 365.25), ("018M", 1.5), ("005Y", 5.0),
    ("5Y", 5.0), ("5", 5.0), ("005", 5.0), ("5y", 5.0), ("81", 81.0), ("18 months", 1.5),
])
def test_patient_age_in_days_weeks_months_years_and_sloppy_forms(tmp_path: Path, age: str, years: float) -> None:
    facts = header(tmp_path, PatientAge=age)
    assert facts.age_years == pytest.approx(years) and facts.age_source == "PatientAge"


@pytest.mark.parametrize(("age", "violation"), [
    ("045Y", "age 45 y — validated 1–5 y"),
    ("011M", "age 11 mo — validated 1–5 y"),
    ("072M", "age 6 y — validated 1–5 y"),
    ("020D", "age 20 d — validated 1–5 y"),
    ("010W", "age 2 mo — validated 1–5 y"),
])
def test_age_outside_1_to_5_years_is_a_violation(tmp_path: Path, age: str, violation: str) -> None:
    check = chest(tmp_path, PatientAge=age)
    assert check.violations == [violation] and not check.in_population


@pytest.mark.parametrize("age", ["001Y", "012M", "005Y", "071M", "2000D"])
def test_from_first_birthday_up_to_not_including_the_sixth(tmp_path: Path, age: str) -> None:
    assert chest(tmp_path, PatientAge=age).in_population


@pytest.mark.parametrize(("study", "inside"), [("20260314", True), ("20260315", False)])
def test_birth_date_with_study_date(tmp_path: Path, study: str, inside: bool) -> None:
    facts = header(tmp_path, PatientBirthDate="20200315", StudyDate=study)
    assert facts.age_source == "PatientBirthDate+StudyDate"
    assert facts.age_years == pytest.approx(6.0) if not inside else 5.99 < facts.age_years < 6.0
    check = check_population(CHEST, facts)
    assert [v for v in check.violations if v.startswith("age")] == ([] if inside else ["age 6 y — validated 1–5 y"])


def test_birth_date_with_acquisition_or_content_date_only(tmp_path: Path) -> None:
    acquired = header(tmp_path, PatientBirthDate="19800101", AcquisitionDate="20250101", ContentDate="20000101")
    assert acquired.age_source == "PatientBirthDate+AcquisitionDate" and acquired.age_years == pytest.approx(45.0)
    content = header(tmp_path, PatientBirthDate="20210601", ContentDate="20240601")
    assert content.age_source == "PatientBirthDate+ContentDate" and content.age_years == pytest.approx(3.0)


def test_patient_age_wins_over_dates_and_a_bad_age_falls_back_to_them(tmp_path: Path) -> None:
    both = header(tmp_path, PatientAge="003Y", PatientBirthDate="19800101", StudyDate="20250101")
    assert both.age_years == 3.0 and both.age_source == "PatientAge"
    fallback = header(tmp_path, PatientAge="0Q3Y", PatientBirthDate="20200101", StudyDate="20230101")
    assert fallback.age_years == pytest.approx(3.0) and fallback.age_source == "PatientBirthDate+StudyDate"


def test_missing_age_is_listed_not_a_violation(tmp_path: Path) -> None:
    check = check_population(CHEST, header(tmp_path, ViewPosition="PA", BodyPartExamined="CHEST"))
    assert check.in_population and check.unknowns == ["age unknown"]


@pytest.mark.parametrize(("attributes", "unknown"), [
    ({"PatientAge": "abc"}, "age unknown (PatientAge 'abc' not usable)"),
    ({"PatientAge": "000Y"}, "age unknown (PatientAge '000Y' not usable)"),
    ({"PatientAge": "999Y"}, "age unknown (PatientAge '999Y' not usable)"),
    ({"PatientBirthDate": "20250101", "StudyDate": "20200101"},
     "age unknown (PatientBirthDate does not fit StudyDate)"),
    ({"PatientBirthDate": "20201341", "StudyDate": "20250101"},
     "age unknown (PatientBirthDate '2020-13-41' not usable)"),
    ({"PatientBirthDate": "20200101"}, "age unknown (PatientBirthDate without a study date)"),
])
def test_malformed_or_implausible_age_is_unknown_with_a_reason(tmp_path: Path, attributes: dict, unknown: str) -> None:
    check = chest(tmp_path, **{"PatientAge": "", **attributes})
    assert check.in_population and check.unknowns == [unknown]


@given(st.text(max_size=12), st.text(max_size=12), st.text(max_size=12))
def test_age_reading_never_raises(age: str, birth: str, study: str) -> None:
    reading = read_age(age, birth, [("StudyDate", study)], age_name="PatientAge", birth_name="PatientBirthDate")
    assert reading.years is None or 0 <= reading.years <= 130
    assert parse_age(age) is None or parse_age(age) >= 0


HEADER_KEYS = ("format", "modality", "body_part", "view_position", "view_code_meaning", "patient_age",
               "patient_birth_date", "study_date", "acquisition_date", "content_date", "image_type",
               "series_description", "protocol_name")


@given(st.fixed_dictionaries({key: st.one_of(st.none(), st.text(max_size=80), st.integers()) for key in HEADER_KEYS}))
def test_any_header_text_gives_facts_and_short_one_line_reasons(metadata: dict) -> None:
    facts = facts_from_metadata(metadata)
    for population in (CHEST, BRAIN, GATE):
        check = check_population(population, facts)
        assert all("\n" not in reason and len(reason) <= 80 for reason in check.violations + check.unknowns)


# --- view, modality, body part, localizer ------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "violation"), [
    ({"ViewPosition": "LL"}, "lateral view (ViewPosition LL)"),
    ({"ViewPosition": "RL"}, "lateral view (ViewPosition RL)"),
    ({"ViewPosition": "LLD"}, "decubitus view (ViewPosition LLD)"),
    ({"ViewPosition": "CC"}, "view not AP/PA (ViewPosition CC)"),
    ({"ViewPosition": "", "SeriesDescription": "CHEST LAT"}, "lateral view (SeriesDescription 'CHEST LAT')"),
])
def test_other_views_are_violations(tmp_path: Path, changes: dict, violation: str) -> None:
    assert chest(tmp_path, **changes).violations == [violation]


def test_view_code_sequence_when_view_position_is_empty(tmp_path: Path) -> None:
    code = Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "R-10232", "SRT", "left lateral"
    check = chest(tmp_path, ViewPosition="", ViewCodeSequence=[code])
    assert check.violations == ["lateral view (ViewCodeSequence left lateral)"]


@pytest.mark.parametrize("view", ["AP", "PA", "AP ERECT"])
def test_frontal_views_are_inside(tmp_path: Path, view: str) -> None:
    assert chest(tmp_path, ViewPosition=view).in_population


def test_missing_view_is_listed(tmp_path: Path) -> None:
    check = chest(tmp_path, ViewPosition="", SeriesDescription="CHEST PA AND LAT")  # names two views: no view
    assert check.in_population and check.unknowns == ["view unknown"]


@pytest.mark.parametrize(("modality", "violation"), [
    ("CT", "modality CT — validated CR/DX"), ("US", "modality US — validated CR/DX"),
    ("MR", "modality MR — validated CR/DX"),
])
def test_another_modality_is_a_violation_whatever_the_gate_says(tmp_path: Path, modality: str, violation: str) -> None:
    assert chest(tmp_path, modality).violations == [violation]


def test_secondary_capture_modality_is_unknown_not_a_violation(tmp_path: Path) -> None:
    for modality in ("OT", "SC"):
        check = chest(tmp_path, modality)
        assert check.in_population and check.unknowns == [f"modality unknown ({modality})"]
    assert chest(tmp_path, "").unknowns == ["modality unknown"]


@pytest.mark.parametrize("part", ["ABDOMEN", "KNEE", "SPINE", "CHEST ABDOMEN", "CHESTABDOMEN"])
def test_another_body_part_is_a_violation(tmp_path: Path, part: str) -> None:
    assert chest(tmp_path, BodyPartExamined=part).violations == [f"body part {part} — validated CHEST"]


@pytest.mark.parametrize(("attribute", "text", "violation"), [
    ("StudyDescription", "SHOULDER", "body part SHOULDER (StudyDescription) — validated BRAIN"),
    ("SeriesDescription", "knee_pd_fs sag", "body part KNEE (SeriesDescription) — validated BRAIN"),
    ("ProtocolName", "C-SPINE T2", "body part SPINE (ProtocolName) — validated BRAIN"),
    ("StudyDescription", "MRI BRAIN W WO", None),
    ("StudyDescription", "HEAD ROUTINE", None),
])
def test_without_body_part_examined_a_description_names_it(tmp_path: Path, attribute: str, text: str,
                                                             violation: str | None) -> None:
    """Many devices leave BodyPartExamined empty but name the part in a description (the NEMA shoulder MR:
    StudyDescription SHOULDER); such a word is read, and said to come from there."""
    changes = {"BodyPartExamined": "", "SeriesDescription": "AX T1 POST GD", attribute: text}
    check = brain(tmp_path, **changes)
    assert check.violations == ([violation] if violation else [])
    assert "body part unknown" not in check.unknowns


def test_a_description_without_a_body_part_leaves_it_unknown_and_the_header_field_wins(tmp_path: Path) -> None:
    unknown = chest(tmp_path, BodyPartExamined="", StudyDescription="SURFACE COIL ward 3")
    assert unknown.in_population and "body part unknown" in unknown.unknowns
    assert chest(tmp_path, BodyPartExamined="CHEST", StudyDescription="ABDOMEN SUPINE").in_population
    assert chest(tmp_path, BodyPartExamined="", StudyDescription="XR CHEST PA 1V").in_population
    assert chest(tmp_path, BodyPartExamined="", StudyDescription="ABDOMEN 1 VIEW").violations == [
        "body part ABDOMEN (StudyDescription) — validated CHEST"]


@pytest.mark.parametrize("part", ["CHEST", "THORAX", "chest", "CHEST PA", "CHEST_2_VIEWS", "PORT CHEST", "TORAX"])
def test_chest_and_its_synonyms_are_inside(tmp_path: Path, part: str) -> None:
    assert chest(tmp_path, BodyPartExamined=part).in_population


def test_ct_scout_is_a_localizer_and_another_modality(tmp_path: Path) -> None:
    check = chest(tmp_path, "CT", ImageType=["ORIGINAL", "PRIMARY", "LOCALIZER"])
    assert check.violations == ["modality CT — validated CR/DX", "localizer image (ImageType LOCALIZER)"]


@pytest.mark.parametrize(("description", "localizer"), [
    ("3-Plane Loc", True), ("AAHead_Scout", True), ("Survey", True), ("Topogram 0.6 T20f", True),
    ("Skeletal survey", False), ("AX T1 BLOCK", False),
])
def test_localizer_named_in_the_series_description(tmp_path: Path, description: str, localizer: bool) -> None:
    facts = header(tmp_path, "MR", SeriesDescription=description)
    assert facts.is_localizer is localizer
    expected = [f"localizer image (SeriesDescription '{description}')"] if localizer else []
    assert [v for v in check_population(BRAIN, facts).violations if v.startswith("localizer")] == expected


# --- brain sequences ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("attributes", "violation"), [
    ({"SeriesDescription": "AX T2 FLAIR"}, "sequence FLAIR — validated T1 post-contrast"),
    ({"SeriesDescription": "", "ProtocolName": "t2_tirm_tra_dark-fluid"},
     "sequence FLAIR — validated T1 post-contrast"),
    ({"SeriesDescription": "ep2d_diff_3scan_trace_p2"}, "sequence diffusion — validated T1 post-contrast"),
    ({"SeriesDescription": "", "ImageType": ["DERIVED", "PRIMARY", "DIFFUSION", "ADC"]},
     "sequence diffusion — validated T1 post-contrast"),
    ({"SeriesDescription": "Ax SWAN"}, "sequence SWI/T2* — validated T1 post-contrast"),
    ({"SeriesDescription": "T2* GRE"}, "sequence SWI/T2* — validated T1 post-contrast"),
    ({"SeriesDescription": "ep2d_perf"}, "sequence perfusion — validated T1 post-contrast"),
    ({"SeriesDescription": "TOF 3D multi-slab"}, "sequence angiography — validated T1 post-contrast"),
])
def test_brain_series_naming_another_sequence_is_a_violation(tmp_path: Path, attributes: dict, violation: str) -> None:
    assert brain(tmp_path, **attributes).violations == [violation]


@pytest.mark.parametrize("description", ["AX T1 POST GD", "Ax T1 FLAIR +C", "t1_mprage_sag_p2_iso", "AX T2 FSE"])
def test_brain_t1_and_t2_series_are_inside(tmp_path: Path, description: str) -> None:
    check = brain(tmp_path, SeriesDescription=description)
    assert check.in_population and check.unknowns == []


def test_brain_has_no_age_or_view_limit_but_modality_and_body_part(tmp_path: Path) -> None:
    assert brain(tmp_path, PatientAge="081Y", ViewPosition="LL").in_population
    assert brain(tmp_path, "CT").violations == ["modality CT — validated MR"]
    assert brain(tmp_path, BodyPartExamined="HEAD").in_population
    assert brain(tmp_path, BodyPartExamined="HEART").violations == ["body part HEART — validated BRAIN"]
    assert brain(tmp_path, SeriesDescription="").unknowns == ["sequence unknown"]
    image_type_only = brain(tmp_path, SeriesDescription="", ImageType=["ORIGINAL", "PRIMARY", "M"])
    assert image_type_only.unknowns == ["sequence unknown"]


# --- typed facts for PNG/JPEG ------------------------------------------------------------------------------

def png(tmp_path: Path) -> dict:
    path = tmp_path / "film.png"
    Image.fromarray(GRAY).save(path)
    return load_image(str(path)).metadata


@pytest.mark.parametrize(("age", "years"), [("4", 4.0), ("4Y", 4.0), ("18M", 1.5), ("10W", 70 / 365.25),
                                            ("20D", 20 / 365.25)])
def test_typed_age(age: str, years: float) -> None:
    facts = facts_from_typed({"patient_age": age})
    assert facts.age_years == pytest.approx(years) and facts.age_source == "typed"


def test_typed_facts_for_a_png(tmp_path: Path) -> None:
    meta = png(tmp_path)
    inside = facts_for_image(meta, {"patient_age": "4Y", "view_position": "AP", "body_part": "chest"})
    assert check_population(CHEST, inside) == check_population(CHEST, PatientFacts(
        body_part="CHEST", body_part_source="typed", view_position="AP", view_evidence="typed AP",
        age_years=4.0, age_source="typed"))
    assert check_population(CHEST, inside).in_population
    typed = {"patient_birth_date": "1980-05-01", "study_date": "2025-05-01", "view_position": "LATERAL"}
    outside = check_population(CHEST, facts_for_image(meta, typed))
    assert outside.violations == ["lateral view (typed LATERAL)", "age 45 y — validated 1–5 y"]


def test_a_png_without_typed_facts_lists_age_and_view_only(tmp_path: Path) -> None:
    check = check_population(CHEST, facts_for_image(png(tmp_path)))
    assert check.in_population and check.unknowns == ["view unknown", "age unknown"]


def test_dicom_header_wins_over_typed_fields(tmp_path: Path) -> None:
    path = write_8bit(GRAY, tmp_path / "a.dcm", PatientAge="045Y")
    facts = facts_for_image(load_image(str(path)).metadata, {"patient_age": "4"})
    assert facts.age_years == 45.0 and facts.age_source == "PatientAge"


def test_cli_refuses_an_unreadable_typed_age_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["analyze", "x.png", "--patient-age", "4X"]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        "scanlens analyze: error: argument --patient-age: '4X' is not an age: write e.g. 4, 4Y, 18M, 10W or 20D")


# --- cards -------------------------------------------------------------------------------------------------

def test_shipped_cards_load_verify_and_have_a_well_formed_population() -> None:
    entries = discover([REPO / "onnx_models"])
    assert set(entries) == set(TASKS)
    for entry in entries.values():
        assert entry.available, entry.reason
        verify_integrity(entry)  # adding the population key left every sha256 valid
        assert population_problems(entry.card["population"]) == []
        assert entry.card["population"] == TASKS[entry.id].population


def test_card_populations_say_what_the_training_data_are() -> None:
    assert CHEST["modality"]["validated"] == ["CR", "DX"] and CHEST["view"]["validated"] == ["AP", "PA"]
    assert (CHEST["age_years"]["min"], CHEST["age_years"]["below"]) == (1, 6)
    assert BRAIN["modality"]["validated"] == ["MR"] and BRAIN["age_years"] is None and "view" not in BRAIN
    assert CHEST["localizer_allowed"] is BRAIN["localizer_allowed"] is False


def test_the_gate_population_checks_nothing(tmp_path: Path) -> None:
    facts = header(tmp_path, "CT", ImageType=["ORIGINAL", "PRIMARY", "LOCALIZER"], BodyPartExamined="KNEE")
    check = check_population(GATE, facts)
    assert check.in_population and check.unknowns == []


def test_a_card_with_a_malformed_population_is_unavailable_and_says_why(tmp_path: Path) -> None:
    card = {**CARDS["chest_xray_pneumonia"], "population": {**CHEST, "view": {"validated": []}}}
    (tmp_path / "chest_xray_pneumonia.json").write_text(json.dumps(card))
    (tmp_path / "chest_xray_pneumonia.onnx").write_bytes(b"not checked before the card")
    entry = discover([tmp_path])["chest_xray_pneumonia"]
    assert entry.reason == "model card population view: validated must be a non-empty list of text"


@pytest.mark.parametrize(("population", "problem"), [
    ([], "population must be a JSON object"),
    ({"ages": {}}, "population has an unknown key 'ages'"),
    ({"view": {"validated": "AP"}}, "population view: validated must be a non-empty list of text"),
    ({"age_years": {"min": 6, "below": 1, "label": "x"}}, "population age_years: min must be below 'below'"),
    ({"age_years": {"min": "1", "label": "x"}}, "population age_years: min and below must be numbers or null"),
    ({"sequence": {"validated": "T1", "excluded": [{"name": "FLAIR"}]}},
     "population sequence: excluded entry: keywords must be a non-empty list of text"),
    ({"localizer_allowed": "no"}, "population localizer_allowed must be true or false"),
])
def test_malformed_population_sections_are_named(population: object, problem: str) -> None:
    assert problem in population_problems(population)


# --- the real NIH DX sample and de-identification ----------------------------------------------------------

def test_nih_adult_dx_sample_is_outside_by_age(shared_samples: Path) -> None:
    facts = facts_for_image(load_image(str(shared_samples / "nih_cxr14_dx_no_finding.dcm")).metadata)
    assert (facts.modality, facts.age_years, facts.age_source) == ("DX", 81.0, "PatientAge")  # stored as '81'
    check = check_population(CHEST, facts)
    assert check.violations == ["age 81 y — validated 1–5 y"]
    assert check.unknowns == ["body part unknown", "view unknown"]


def test_new_header_fields_are_deidentified_like_their_neighbours(tmp_path: Path) -> None:
    path = write_8bit(GRAY, tmp_path / "a.dcm", PatientAge="045Y", ProtocolName="CHEST PA ward 3",
                      AcquisitionDate="20250101", ContentDate="20250102")
    meta = load_image(str(path)).metadata
    assert (meta["patient_age"], meta["acquisition_date"], meta["content_date"]) == ("045Y", "2025-01-01", "2025-01-02")
    kept = deidentify_metadata(meta, UidMapper(b"salt"))
    assert kept["patient_age"] == "045Y" and "protocol_name" not in kept
    strict = deidentify_metadata(meta, UidMapper(b"salt"), DeidentifyOptions(
        retain_patient_characteristics=False, retain_full_dates=False))
    assert strict["patient_age"] is None and strict["acquisition_date"] is None and strict["content_date"] is None
