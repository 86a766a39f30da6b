# SPDX-License-Identifier: Apache-2.0
"""The UI's strings are literals lupdate extracts, their translations keep placeholders and accelerators, and
widgets show the installed language (a translator lrelease builds from scanlens_fr.ts); the probability bars
mirror right to left. That every string is translated at all: tests/test_i18n_build.py."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop_app.i18n import ts_format
from desktop_app.i18n.ts_format import placeholders
from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.ui.analysis.confidence_bars import DECIDED_FILL, ConfidenceBars
from tests.test_ui_analysis_support import grab_rgb

REPO = Path(__file__).resolve().parents[1]
UI_AREAS = ("analysis", "batch", "records", "reports", "pacs", "viewer", "common")
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "es", "pt", "ar")


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(path).is_file():
        pytest.skip(f"{name} is not installed")
    return path


def _messages(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in scanlens_<code>.ts."""
    root = ts_format.read(TRANSLATIONS / f"scanlens_{code}.ts")
    return [(context, ts_format.source_of(message), message.findtext("translation") or "")
            for context, message in ts_format.messages(root)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(code):
    messages = _messages(code)
    assert len(messages) > 700  # UI, CLI, core sentences and report
    for context, source, text in messages:
        assert text.strip(), (context, source)
        assert placeholders(text) == placeholders(source), (context, source)
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (context, source)


def test_translated_strings_are_literals_lupdate_can_see():
    """f-strings or concatenation inside tr()/translate() are skipped by lupdate; so is a literal handed to
    a module's own ``_tr`` helper (those only take QT_TRANSLATE_NOOP'd constants)."""
    problems = []
    for area in UI_AREAS:
        for path in (REPO / "desktop_app" / "ui" / area).glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name == "translate" and not (isinstance(node.args[0], ast.Constant) and len(node.args) >= 2):
                    continue  # not a translation (QTransform.translate …)
                text = node.args[1] if name == "translate" else node.args[-1] if name == "QT_TRANSLATE_NOOP" \
                    else node.args[0]
                if name in ("tr", "translate", "QT_TRANSLATE_NOOP") and isinstance(text, ast.JoinedStr | ast.BinOp):
                    problems.append(f"{path.name}:{node.lineno} {name}() of a computed string")
                if name == "_tr" and isinstance(node.args[0], ast.Constant):
                    problems.append(f"{path.name}:{node.lineno} _tr() of a literal (not extracted)")
    assert problems == []


@pytest.fixture
def french(qapp, tmp_path):
    """A QTranslator built with pyside6-lrelease from scanlens_fr.ts, installed while the test runs."""
    qm = tmp_path / "scanlens_fr.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TRANSLATIONS / "scanlens_fr.ts"), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _prediction(needs_review: bool = True) -> Prediction:
    scores = {"NORMAL": 0.3, "PNEUMONIA": 0.7}
    return Prediction("m", "1", "ab" * 32, list(scores), scores, "PNEUMONIA", "text", needs_review,
                      "CPUExecutionProvider", GateVerdict("chest_xray", 0.99, True),
                      {"type": "threshold", "label": "PNEUMONIA", "threshold": 0.41}, {"low": 0.3, "high": 0.7})


def test_widgets_speak_the_installed_language(qtbot, french):
    from desktop_app.ui.analysis.result_view import ResultView
    from desktop_app.ui.batch.table_model import column_titles
    from desktop_app.ui.batch.window import BatchWindow
    from desktop_app.ui.records.history_model import HistoryModel
    from desktop_app.ui.records.review_panel import ReviewPanel

    review = ReviewPanel()
    qtbot.addWidget(review)
    assert review.save_button.text() == "Enregistrer la relecture"  # self.tr: the class is the context
    assert review.agree.text() == "D'accord"
    batch = BatchWindow(lambda: None)
    qtbot.addWidget(batch)
    assert batch.windowTitle() == "Tri par lot" and batch.export_button.text() == "Exporter en CSV…"
    assert column_titles()[:2] == ["Fichier", "Patient"]
    assert HistoryModel().headerData(0, Qt.Orientation.Horizontal) == "Heure"
    view = ResultView()
    qtbot.addWidget(view)
    card = {"translations": {"fr": {"labels": {"PNEUMONIA": "PNEUMONIE"}}}}
    from desktop_app.i18n import current_language, set_language

    previous = current_language()
    set_language("fr")  # the card's labels follow desktop_app.i18n's language
    try:
        view.show_prediction(_prediction(), card=card)
    finally:
        set_language(previous)
    assert view.review_banner.text().startswith("⚠ RELECTURE NÉCESSAIRE")
    assert view.review_banner.accessibleName() == "Relecture nécessaire"
    assert view.bars.accessibleDescription().startswith("PNEUMONIE 70 %, NORMAL 30 %")
    assert "seuil 0,41" in view.bars.accessibleDescription()


def _fill_columns(bars: ConfidenceBars) -> np.ndarray:
    pixels = grab_rgb(bars).astype(int)
    target = np.array([DECIDED_FILL.red(), DECIDED_FILL.green(), DECIDED_FILL.blue()])
    return np.flatnonzero((np.abs(pixels - target).sum(axis=2) < 30).any(axis=0))


def test_bars_fill_from_the_right_in_a_right_to_left_layout(qtbot):
    bars = ConfidenceBars()
    qtbot.addWidget(bars)
    bars.resize(400, 120)
    bars.set_prediction(_prediction(needs_review=False))
    bars.show()
    qtbot.waitExposed(bars)
    left_to_right = _fill_columns(bars)
    bars.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = _fill_columns(bars)
    assert left_to_right.min() < 200 < right_to_left.max()
    mirrored = sorted(399 - right_to_left)
    assert abs(mirrored[0] - left_to_right.min()) <= 2 and abs(mirrored[-1] - left_to_right.max()) <= 2


def test_translated_sequence_choices_pass_the_english_term_to_the_population_check(qtbot, french):
    from desktop_app.ui.analysis.patient_facts import PatientFactsBox

    box = PatientFactsBox()
    qtbot.addWidget(box)
    assert box.sequence.accessibleName() == "Séquence IRM"
    post = box.sequence.findData("T1 post-contrast")
    assert box.sequence.itemText(post) == "T1 après injection de contraste"
    assert box.sequence.itemText(box.sequence.findData("FLAIR")) == "FLAIR"  # technical names stay as they are
    box.sequence.setCurrentIndex(post)
    assert box.facts() == {"sequence": "T1 post-contrast"}
    box.sequence.setEditText("Autre")
    assert box.facts() == {"sequence": "Other"}
