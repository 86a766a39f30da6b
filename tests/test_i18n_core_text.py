# SPDX-License-Identifier: Apache-2.0
"""The core's sentences in other languages: formats, Arabic shaping and bidi, phrases, decisions, scope reasons
and model-card text (translations from resources/translations/*.ts)."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from desktop_app.i18n import set_language
from desktop_app.i18n.arabic_shaping import shape
from desktop_app.i18n.bidi import visual
from desktop_app.i18n.card_text import intended_use_text, kind_name_term, label_text, limitations_text
from desktop_app.i18n.formats import date_text, datetime_text, decimal, iso_date_text, join, percent
from desktop_app.i18n.phrase import Phrase, english, phrases
from desktop_app.inference.decision import decide
from desktop_app.scope.verdict import assess_scope, unchecked_line
from desktop_app.storage import CaseStore
from desktop_app.storage.store import outside_prefixes
from export_tools.card_text import card_translations, refresh_card_text
from tests.i18n_fixtures import repo_translations  # noqa: F401 - a fixture

REPO = Path(__file__).resolve().parents[1]
CHEST_CARD = json.loads((REPO / "onnx_models" / "chest_xray_pneumonia.json").read_text())
BRAIN_CARD = json.loads((REPO / "onnx_models" / "brain_mri_tumor.json").read_text())
GATE_CARD = json.loads((REPO / "onnx_models" / "input_gate.json").read_text())
NNBSP = "\u202f"


@pytest.mark.parametrize(("code", "number", "share", "day"), [
    ("en", "0.93", "83%", "2025-03-04"),
    ("fr", "0,93", f"83{NNBSP}%", "04/03/2025"),
    ("es", "0,93", "83%", "04/03/2025"),
    ("pt", "0,93", "83%", "04/03/2025"),
    ("ar", "0.93", "83%", "04/03/2025"),
])
def test_numbers_and_dates_per_language(code: str, number: str, share: str, day: str) -> None:
    assert decimal(0.934, 2, code) == number
    assert percent(0.83, 0, code) == share
    assert date_text(date(2025, 3, 4), code) == day
    assert iso_date_text("20250304", code) == day and iso_date_text("2025-03-04", code) == day
    assert iso_date_text("unknown", code) == "unknown"


def test_datetime_lists_and_percent_decimals() -> None:
    moment = datetime(2025, 3, 4, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert datetime_text(moment, "en") == "2025-03-04 14:05 (UTC+01:00)"
    assert datetime_text(moment.replace(tzinfo=None), "fr") == "04/03/2025 14:05"
    assert percent(0.978, 1, "fr") == f"97,8{NNBSP}%"
    assert join(["a", "b"], "ar") == "a، b" and join(["a", "b"], "ar", strong=True) == "a؛ b"
    assert join(["a", "b"], "en", strong=True) == "a; b" and join(["a", "b"], "fr", strong=True) == f"a{NNBSP}; b"


def test_arabic_letters_take_their_joined_forms() -> None:
    # beh initial, yeh medial, teh final: "بيت" (house)
    assert shape("بيت") == "\ufe91\ufef4\ufe96"
    # lam + alef is one ligature; alef does not join the next letter, so "ال" + "ب" keeps beh isolated
    assert shape("لا") == "\ufefb"
    assert shape("اب") == "\ufe8d\ufe8f"
    assert shape("abc 12") == "abc 12"


def test_bidi_reverses_arabic_runs_and_keeps_latin_and_numbers() -> None:
    assert visual("abc") == "abc"
    assert visual("بيت") == "تيب"
    assert visual("بيت PNEUMONIA 0.93") == "PNEUMONIA 0.93 تيب"
    assert visual("العمر (45)") == "(45) رمعلا"  # brackets mirrored inside the right-to-left run
    assert visual("a (b) c", right_to_left=False) == "a (b) c"


def test_phrase_is_the_current_language_and_can_be_said_again(repo_translations: Path) -> None:  # noqa: F811
    set_language("fr")
    age = phrases.translate("Scope", "{years} y").format(years=45)
    reason = phrases.translate("Scope", "age {age} — validated {range}").format(age=age, range="1–5")
    assert reason == "âge 45 ans — validé pour 1–5" and isinstance(reason, str)
    assert english(reason) == "age 45 y — validated 1–5"
    assert reason.text("es") == "edad 45 años — validado para 1–5"
    assert english("plain text") == "plain text"
    copied = pickle.loads(pickle.dumps(reason))
    assert isinstance(copied, Phrase) and copied == reason and copied.english == reason.english


def test_french_decision_sentence_keeps_the_label_id(repo_translations: Path) -> None:  # noqa: F811
    set_language("fr")
    scope = assess_scope(CHEST_CARD, {"format": "png"}, {"patient_age": "45"})
    decision = decide({"NORMAL": 0.005, "PNEUMONIA": 0.995}, CHEST_CARD, scope)
    assert decision.label == "PNEUMONIA" and decision.needs_review
    assert decision.text == ("Hors usage validé\u00a0: âge 45 ans — validé pour 1–5 ans. "
                             "Suspicion de PNEUMONIE — 0,99, au-dessus du seuil de décision "
                             + f"{CHEST_CARD['operating_point']['threshold']:.2f}".replace(".", ","))
    assert english(decision.text).startswith("Outside validated use: age 45 y — validated 1–5 y. PNEUMONIA suspected")
    assert scope.reasons == ["âge 45 ans — validé pour 1–5 ans"]
    assert scope.as_json()["reasons"] == ["age 45 y — validated 1–5 y"]  # JSON stays English
    assert scope.as_json()["unknowns"] == ["view unknown"]
    assert unchecked_line(scope) == "Non vérifié\u00a0: incidence inconnue"


def test_multi_class_review_names_the_labels_in_the_language(repo_translations: Path) -> None:  # noqa: F811
    set_language("ar")
    scores = {"glioma": 0.5, "meningioma": 0.6, "notumor": 0.0, "pituitary": 0.0}
    decision = decide(scores, BRAIN_CARD)
    assert decision.label == "meningioma"
    assert "ورم سحائي" in decision.text and "ورم دبقي" in decision.text  # meningioma, glioma
    assert english(decision.text).endswith("also plausible: glioma")
    assert decision.text.text("pt").endswith("também plausível: glioma")


def test_history_finds_results_outside_scope_recorded_in_any_language(repo_translations: Path,  # noqa: F811
                                                                      tmp_path: Path) -> None:
    from tests.test_reporting_pdf import make_prediction

    assert {"Outside validated use:", "Hors usage validé\u00a0:", "خارج الاستخدام المعتمد:"} <= set(outside_prefixes())
    set_language("fr")
    scope = assess_scope(CHEST_CARD, {"format": "png"}, {"patient_age": "45"})
    decision = decide({"NORMAL": 0.07, "PNEUMONIA": 0.93}, CHEST_CARD, scope)
    outside = make_prediction()
    outside.decision, outside.decision_text, outside.scope = decision.label, decision.text, scope
    with CaseStore(tmp_path / "cases.sqlite3") as store:
        outside_id = store.record_analysis(outside)
        inside_id = store.record_analysis(make_prediction())
        assert [c.id for c in store.search(outside_scope=True)] == [outside_id]
        assert [c.id for c in store.search(outside_scope=False)] == [inside_id]
        recorded = store.search(outside_scope=True)[0]
    assert recorded.decision == "PNEUMONIA" and recorded.decision_text.startswith("Hors usage validé")


def test_card_text_in_the_language_with_english_fallbacks() -> None:
    assert label_text(CHEST_CARD, "PNEUMONIA", "fr") == "PNEUMONIE"
    assert label_text(CHEST_CARD, "PNEUMONIA", "en") == "PNEUMONIA"
    assert label_text(CHEST_CARD, "UNKNOWN_LABEL", "fr") == "UNKNOWN_LABEL"
    assert intended_use_text(CHEST_CARD, "es").startswith("Ayudar a un radiólogo")
    assert intended_use_text({"intended_use": "English only."}, "fr") == "English only."
    assert len(limitations_text(CHEST_CARD, "ar")) == len(CHEST_CARD["limitations"])
    stale = {**CHEST_CARD, "limitations": [*CHEST_CARD["limitations"], "A new limitation."]}
    assert limitations_text(stale, "fr") == stale["limitations"]  # a list of another length: English
    term = kind_name_term(GATE_CARD, "hand_xray")
    assert term.text("en") == "a hand X-ray" and term.text("fr") == "une radiographie de la main"
    assert kind_name_term({}, "chest_xray").text("fr") == "chest xray"


def test_card_translations_match_the_english_they_translate(tmp_path: Path) -> None:
    for card in (CHEST_CARD, BRAIN_CARD, GATE_CARD):
        translations, missing = card_translations(card)
        assert missing == [] and set(translations) == {"fr", "es", "pt", "ar"}
        assert translations == card["translations"]  # the shipped cards are up to date
    changed = {**CHEST_CARD, "limitations": ["A rewritten first limitation.", *CHEST_CARD["limitations"][1:]]}
    translations, missing = card_translations(changed)
    assert len(missing) == 1 and missing[0].startswith("limitation 1: A rewritten")
    assert translations["fr"]["limitations"][0] == "A rewritten first limitation."  # stays English
    assert translations["fr"]["limitations"][1] == CHEST_CARD["translations"]["fr"]["limitations"][1]


def test_card_text_step_rewrites_only_the_translations(tmp_path: Path) -> None:
    card = {key: value for key, value in CHEST_CARD.items() if key != "translations"}
    (tmp_path / "chest_xray_pneumonia.json").write_text(json.dumps(card, indent=2) + "\n")
    assert refresh_card_text(tmp_path) == {"chest_xray_pneumonia": []}
    written = json.loads((tmp_path / "chest_xray_pneumonia.json").read_text())
    assert written.pop("translations") == CHEST_CARD["translations"]
    assert written == card


def _last_line_columns(pixels: np.ndarray) -> tuple[int, int]:
    """First and last column holding text on the burnt-in band's last line (the disclaimer)."""
    band = pixels[-40:, :, :].max(axis=2) > 150
    columns = np.flatnonzero(band.any(axis=0))
    return int(columns[0]), int(columns[-1])


def test_arabic_burn_in_is_joined_and_right_aligned(repo_translations: Path) -> None:  # noqa: F811
    from desktop_app.exporting.burn_in import burn_in, result_lines
    from tests.test_reporting_pdf import make_prediction

    image = np.zeros((300, 600), np.uint8)
    english_first, _ = _last_line_columns(burn_in(image, make_prediction()).pixels)
    set_language("ar")
    lines = [line.text for line in result_lines(make_prediction())]
    assert lines[-1] == "مساعدة بالذكاء الاصطناعي — وليست تشخيصًا" and lines[1].startswith("يحتاج إلى مراجعة")
    first, last = _last_line_columns(burn_in(image, make_prediction()).pixels)
    assert english_first < 30 < 200 < first and last > 560  # the short last line hugs the right margin
