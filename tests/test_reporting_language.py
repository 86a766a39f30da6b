# SPDX-License-Identifier: Apache-2.0
"""The PDF report of a real analysis (shipped models, a bundled chest film) in French and in Arabic."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest

from desktop_app.analysis import analyse_file
from desktop_app.analysis.outputs import build_report_input
from desktop_app.i18n import set_language
from desktop_app.i18n.arabic_shaping import shape
from desktop_app.i18n.bidi import visual
from desktop_app.inference.analyser import Analyser
from desktop_app.reporting import ReportError, write_report
from tests.i18n_fixtures import repo_translations  # noqa: F401 - a fixture
from tests.test_reporting_pdf import pdf_text

pypdf = pytest.importorskip("pypdf")

REPO = Path(__file__).resolve().parents[1]
FILM = REPO / "resources" / "samples" / "chest_pneumonia_person1003_virus_1685.jpeg"
TYPED = {"patient_age": "45", "view_position": "AP", "study_date": "2025-03-04"}
WHEN = datetime(2025, 3, 4, 14, 5, tzinfo=timezone.utc)
CARD = json.loads((REPO / "onnx_models" / "chest_xray_pneumonia.json").read_text())
THRESHOLD = CARD["operating_point"]["threshold"]
MODEL = f"chest_xray_pneumonia v{CARD['version']}"
ENGLISH_ONLY = ("Outside validated use", "Probability per label", "Intended use", "Limitations:", "Page 1 of")


def _report(folder: Path, language: str | None = None) -> Path:
    """Analyse the film in the current language (typed age 45: outside the chest model's 1–5 y) and report it."""
    analyser = Analyser([REPO / "onnx_models"], device="cpu")
    result = analyse_file(analyser, FILM, typed=TYPED)
    assert result.ok and result.prediction is not None and result.prediction.decision == "PNEUMONIA"
    item = build_report_input(result, analyser.models[result.model].card, typed=TYPED, reviewer="Dr. Haddad",
                              agreement="agree", clinic_name="Clinique", generated_at=WHEN)
    return write_report([item], folder / f"report_{language or 'current'}.pdf", language=language)


def test_french_report_of_a_real_analysis(repo_translations: Path, tmp_path: Path) -> None:  # noqa: F811
    set_language("fr")
    text = " ".join(pdf_text(_report(tmp_path)))
    assert "Hors usage validé : âge 45 ans — validé pour 1–5 ans." in text  # decision sentence with its reason
    threshold = f"{THRESHOLD:.2f}".replace(".", ",")
    assert re.search(r"Suspicion de PNEUMONIE — [01],\d\d, au-dessus du seuil de décision " + threshold, text)
    assert "HORS USAGE VALIDÉ" in text and "Probabilité par étiquette" in text
    assert "Usage prévu : Aider un radiologue" in text and "Limites :" in text  # the card's own translation
    assert re.search(r"\d\d\W?% ont été signalées", text)  # a translated limitation, French percent spacing
    assert "04/03/2025" in text and "Généré le 04/03/2025 14:05 (UTC+00:00)" in text  # dates day first
    assert re.search(r"\b[01],\d{3}\b", text) and "Page 1 sur 2" in text  # the bars' values, decimal comma
    assert "Date de l'examen" in text and "D'accord avec le résultat de l'IA" in text
    assert not [phrase for phrase in ENGLISH_ONLY if phrase in text]


def test_explicit_report_language_wins_over_the_current_one(repo_translations: Path,  # noqa: F811
                                                             tmp_path: Path) -> None:
    set_language("en")
    text = " ".join(pdf_text(_report(tmp_path, "fr")))
    # analysed in English, reported in French: the sentence and reasons are said again in French
    assert "Hors usage validé : âge 45 ans" in text and "Suspicion de PNEUMONIE" in text
    assert "Outside validated use" not in text
    with pytest.raises(ReportError, match="Unknown language"):
        _report(tmp_path, "xx")


def _said(word: str, text: str) -> bool:
    """The Arabic ``word`` is in ``text`` with its letters joined (presentation forms), in reading or in
    drawing order (pypdf reorders right-to-left runs when it extracts them)."""
    shaped = shape(word)
    return shaped in text or visual(shaped) in text


def test_arabic_report_of_a_real_analysis(repo_translations: Path, tmp_path: Path) -> None:  # noqa: F811
    set_language("ar")
    path = _report(tmp_path)
    pages = pdf_text(path)
    text = " ".join(pages)
    for word in ("خارج الاستخدام المعتمد", "التهاب رئوي", "الاحتمال لكل فئة", "الاستخدام المقصود", "القيود"):
        assert _said(word, text), word  # outside validated use, pneumonia, probability per label, intended use …
    letters = [c for c in text if "\u0621" <= c <= "\u064a" and c != "\u0640"]  # tatweel has no forms
    assert letters == [], "every Arabic letter is drawn in its joined form"
    assert any(unicodedata.name(c, "").startswith("ARABIC LIGATURE LAM WITH ALEF") for c in text)
    assert re.search(r"\b[01]\.\d{3}\b", text) and "04/03/2025" in text  # Latin digits, decimal point, day first
    assert not [phrase for phrase in ENGLISH_ONLY if phrase in text]


def _x_of(path: Path, wanted: str) -> float:
    """Where on page 1 the text run ``wanted`` starts (left edge, points)."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() == wanted:
            found.append(cm[4] + tm[4])

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert found, wanted
    return found[0]


def test_arabic_pages_are_mirrored(repo_translations: Path, tmp_path: Path) -> None:  # noqa: F811
    set_language("en")
    english = _report(tmp_path, "en")
    arabic = _report(tmp_path, "ar")
    width = float(pypdf.PdfReader(english).pages[0].mediabox.width)
    # the clinic's name starts the header: on the left in English, on the right in Arabic
    assert _x_of(english, "Clinique") < width / 3 and _x_of(arabic, "Clinique") > width / 2
    # the model id sits in the value column of the left-hand "Model" table: mirrored to the right half
    assert _x_of(english, MODEL) < width / 2 < _x_of(arabic, MODEL)


def test_cli_json_keeps_english_unless_a_language_is_asked(repo_translations: Path) -> None:  # noqa: F811
    from desktop_app.commands.analyse import result_json

    set_language("fr")
    analyser = Analyser([REPO / "onnx_models"], device="cpu")
    result = analyse_file(analyser, FILM, typed=TYPED)
    plain = result_json(result)
    assert plain["decision"] == "PNEUMONIA"
    assert plain["decision_text"].startswith("Outside validated use: age 45 y — validated 1–5 y. PNEUMONIA suspected")
    assert plain["scope"]["reasons"] == ["age 45 y — validated 1–5 y"]
    asked = result_json(result, "fr")
    assert asked["decision_text"].startswith("Hors usage validé\u00a0: âge 45 ans")
    assert asked["scope"] == plain["scope"] and asked.keys() == plain.keys()  # reasons and keys stay English
    refused = result_json(analyse_file(analyser, REPO / "resources" / "samples" / "other_hand_xray_mednist.jpeg"))
    assert not refused["ok"] and refused["error"].startswith("This looks like a hand X-ray")
    assert refused["gate"]["reason"] == refused["error"]
