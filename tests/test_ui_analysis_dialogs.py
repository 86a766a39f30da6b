# SPDX-License-Identifier: Apache-2.0
"""Models dialog (cards, metrics, integrity, providers) and the confidence bars' drawing inputs."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.inference.analyser import Analyser
from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.ui.analysis.confidence_bars import DECIDED_FILL, ConfidenceBars, marker_for
from desktop_app.ui.analysis.models_dialog import ModelsDialog, card_html
from desktop_app.ui.common.worker import wait_for_workers
from tests.test_ui_analysis_support import SHIPPED, grab_rgb, tiny_packs

METRICS = {
    "validation": {"n": 523, "auc": 0.9871, "accuracy": 0.9412, "sensitivity": 0.9601, "specificity": 0.9011,
                   "macro_f1": 0.9347, "ece": 0.0213},
    "test_a": {"n": 624, "auc": 0.9512, "accuracy": 0.8801, "sensitivity": 0.9702, "specificity": 0.7304,
               "macro_f1": 0.8655, "ece": 0.0456},
}


@pytest.fixture(autouse=True)
def no_leaked_threads():
    yield
    assert wait_for_workers(20_000)
    QApplication.processEvents()


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    folder = tiny_packs(tmp_path / "models")
    card_path = folder / "chest_test.json"
    card = json.loads(card_path.read_text())
    card.update(metrics=METRICS, calibration={"temperature": 1.234},
                training={"data": ["Kermany D et al. (2018), Mendeley Data v2, doi:10.17632/rscbjbr9sj.2"]},
                limitations=["Paediatric images only."], intended_use="Flag possible pneumonia for review.")
    card_path.write_text(json.dumps(card))
    return folder


def test_card_shows_everything_a_reader_needs(packs):
    entry = Analyser([packs], device="cpu").models["chest_test"]
    page = card_html(entry)
    for text in ("available", "NORMAL, PNEUMONIA", entry.card["sha256"], "PNEUMONIA if p ≥ 0.600",
                 "[0.400, 0.800)", "temperature 1.234", "0.987", "0.960", "0.901", "0.935", "0.021", "523",
                 "0.951", "0.730", "624", "test A", "Flag possible pneumonia", "Paediatric images only.",
                 "doi:10.17632/rscbjbr9sj.2"):
        assert text in page, text


def test_dialog_checks_integrity_and_lists_providers(qtbot, packs):
    onnx = packs / "chest_test.onnx"
    onnx.write_bytes(onnx.read_bytes() + b"\0")  # damaged after discovery: only the hash can tell
    analyser = Analyser([packs], device="cpu")
    dialog = ModelsDialog(analyser)
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    qtbot.waitUntil(lambda: dialog.list.item(titles.index("✓ chest_test 0.0.1")).text().startswith("✗"),
                    timeout=10_000)
    dialog.list.setCurrentRow(titles.index("✓ chest_test 0.0.1"))
    assert "disabled" in dialog.card.toPlainText() and "does not match its card" in dialog.card.toPlainText()
    providers = dialog.providers.toPlainText()
    assert "CPUExecutionProvider" in providers and "CUDAExecutionProvider" in providers


def test_shipped_gate_card_renders(qtbot):
    if not (SHIPPED / "input_gate.json").is_file():
        pytest.skip("no shipped models")
    entry = Analyser([SHIPPED], device="cpu").models["input_gate"]
    page = card_html(entry)
    assert "most likely label (argmax)" in page and "top probability below" in page and "not measured" in page


def _prediction(op: dict, band: dict, scores: dict[str, float]) -> Prediction:
    decision = max(scores, key=scores.__getitem__)
    return Prediction("m", "1", "ab" * 32, list(scores), scores, decision, "text", False, "CPUExecutionProvider",
                      GateVerdict("chest_xray", 0.99, True), op, band, np.zeros((len(scores), 2, 2), np.float32))


def test_markers_follow_the_card():
    binary = _prediction({"type": "threshold", "label": "B", "threshold": 0.41}, {"low": 0.3, "high": 0.7},
                         {"A": 0.2, "B": 0.8})
    assert marker_for(binary) == marker_for(binary) and marker_for(binary).label == "B"
    assert (marker_for(binary).value, marker_for(binary).band) == (0.41, (0.3, 0.7))
    multi = _prediction({"type": "argmax"}, {"min_confidence": 0.63}, {"x": 0.1, "y": 0.6, "z": 0.3})
    assert (marker_for(multi).label, marker_for(multi).band) == ("y", (0.0, 0.63))


def test_bar_lengths_are_drawn_to_scale(qtbot):
    bars = ConfidenceBars()
    qtbot.addWidget(bars)
    bars.resize(400, 120)
    bars.set_prediction(_prediction({"type": "argmax"}, {}, {"low": 0.25, "high": 0.75}))
    bars.show()
    qtbot.waitExposed(bars)
    pixels = grab_rgb(bars).astype(int)
    target = np.array([DECIDED_FILL.red(), DECIDED_FILL.green(), DECIDED_FILL.blue()])
    filled = np.abs(pixels - target).sum(axis=2) < 30  # the decided bar's fill colour
    columns = np.flatnonzero(filled.any(axis=0))
    track_width = 400 - (columns.min()) - (bars.fontMetrics().horizontalAdvance("0.00") + 12)
    assert (columns.max() - columns.min() + 1) / track_width == pytest.approx(0.75, abs=0.03)


def test_shipped_chest_card_says_it_is_an_ensemble_stored_as_float16():
    if not (SHIPPED / "chest_xray_pneumonia.json").is_file():
        pytest.skip("no shipped models")
    entry = Analyser([SHIPPED], device="cpu").models["chest_xray_pneumonia"]
    page = card_html(entry)
    assert "2 networks averaged (seed 1234, portable augmentation, seed 2025, portable_strong augmentation)" in page
    assert "weights stored as float16, computed in float32" in page
