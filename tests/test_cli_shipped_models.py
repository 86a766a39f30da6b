# SPDX-License-Identifier: Apache-2.0
"""Every ``scanlens`` command against the SHIPPED models in onnx_models/ (the other CLI tests use tiny ones).

The real cards carry what tiny test cards do not (an ensemble's ``metrics.members`` list, reference
scores, several models side by side): ``scanlens models --json`` once crashed on the chest card.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app import commands
from desktop_app.inference.registry import GATE_ID, discover
from desktop_app.resources import base_dir

SHIPPED = base_dir() / "onnx_models"
SAMPLES = base_dir() / "resources" / "samples"
CHEST = SAMPLES / "chest_pneumonia_person1003_virus_1685.jpeg"
BRAIN = SAMPLES / "brain_glioma_Tr-glTr_0000.jpg"
HAND = SAMPLES / "other_hand_xray_mednist.jpeg"
DICOM = SAMPLES / "nih_cxr14_dx_no_finding.dcm"


@pytest.fixture(autouse=True)
def _own_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user models folder and no case history of the person running the tests."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    code = commands.run(list(args))
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines() if line.strip()]


def test_every_command_is_covered_here() -> None:
    tested = {"info", "render", "analyze", "models", "history", "audit", "self-test", "bench"}
    against_orthanc = {"pacs", "receive"}  # tests/test_pacs_*.py, against a real Orthanc on loopback
    assert commands.command_names() == tested | against_orthanc, "add the new command to this file"


def test_models_json_lists_every_shipped_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run_json(capsys, "models", "--json")
    assert code == 0
    shipped = set(discover([SHIPPED]))
    assert {line["id"] for line in lines} == shipped and {GATE_ID, "chest_xray_pneumonia", "brain_mri_tumor"} <= shipped
    assert all(line["available"] and line["reason"] is None for line in lines)
    chest = next(line for line in lines if line["id"] == "chest_xray_pneumonia")
    card = json.loads((SHIPPED / "chest_xray_pneumonia.json").read_text(encoding="utf-8"))
    assert chest["sha256"] == card["sha256"] and chest["labels"] == card["labels"]
    if isinstance(card["metrics"].get("members"), list):  # the ensemble's members, as the card lists them
        assert chest["metrics"]["members"] == card["metrics"]["members"]
    assert chest["metrics"]["validation"]["auc"] == card["metrics"]["validation"]["auc"]
    assert "confusion" not in chest["metrics"]["validation"]  # nested tables are left out


def test_models_text_lists_every_shipped_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert commands.run(["models"]) == 0
    out = capsys.readouterr().out
    for model_id in discover([SHIPPED]):
        assert f"{model_id} " in out
    assert "UNAVAILABLE" not in out


def test_info_and_render_with_the_shipped_samples(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, lines = run_json(capsys, "info", "--json", str(DICOM), str(CHEST))
    assert code == 0 and [line["format"] for line in lines] == ["dicom", "jpeg"]
    out = tmp_path / "dicom.png"
    assert commands.run(["render", str(DICOM), "-o", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_analyse_history_and_audit_with_the_shipped_models(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "cases.sqlite3"
    code, lines = run_json(capsys, "analyze", "--json", "--db", str(db), "--heatmap-dir", str(tmp_path / "maps"),
                           str(CHEST), str(BRAIN), str(DICOM), str(HAND))
    assert code == 2  # the hand X-ray is refused by the input gate
    chest, brain, dicom, hand = lines
    assert chest["ok"] and chest["model"]["id"] == "chest_xray_pneumonia" and chest["decision"] == "PNEUMONIA"
    assert brain["ok"] and brain["model"]["id"] == "brain_mri_tumor" and brain["decision"] == "glioma"
    assert dicom["ok"] and dicom["model"]["id"] == "chest_xray_pneumonia"
    assert not hand["ok"] and hand["gate"]["label"] == "hand_xray" and "hand X-ray" in hand["error"]
    for line in (chest, brain, dicom):
        assert Path(line["heatmap"]).is_file() and set(line["timings_ms"]) == {"decode", "preprocess", "inference",
                                                                                "total"}
    code, cases = run_json(capsys, "history", "--db", str(db), "--json")
    assert code == 0 and sorted(case["decision"] for case in cases) == sorted(
        [chest["decision"], brain["decision"], dicom["decision"]])
    code, (audit,) = run_json(capsys, "audit", "verify", "--db", str(db), "--json")
    assert code == 0 and audit["ok"]


def test_self_test_passes_with_the_shipped_models(capsys: pytest.CaptureFixture[str]) -> None:
    code, (report,) = run_json(capsys, "self-test", "--json")
    failing = [c for c in report["checks"] if c["status"] == "FAIL"]
    assert code == 0 and report["ok"] and not failing
    analysis = next(c for c in report["checks"] if c["area"] == "analysis")
    assert analysis["status"] == "PASS" and "chest_xray_pneumonia" in analysis["detail"]


def test_bench_analyses_the_shipped_models(capsys: pytest.CaptureFixture[str]) -> None:
    code, (result,) = run_json(capsys, "bench", "--json", "--n", "1", "--batch-images", "0",
                               "--skip", "models,startup,memory,batch")
    assert code == 0
    models = {entry["model"] for entry in result["analysis"].values()}
    assert {"chest_xray_pneumonia", "brain_mri_tumor"} <= models
    assert all(entry["end_to_end_ms"]["n"] == 1 for entry in result["analysis"].values() if entry["model"])
