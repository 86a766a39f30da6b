# SPDX-License-Identifier: Apache-2.0
"""``scanlens self-test`` and ``scanlens --version``: real models, samples and files; failures injected by
editing copies of the cards and manifests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.inference.registry import discover
from desktop_app.inference.session import SessionCache
from desktop_app.selftest import (
    FAIL,
    PASS,
    SKIP,
    SelfTestSetup,
    check_decoders,
    check_models,
    check_references,
    count_pdf_pages,
    run_self_test,
)

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "onnx_models"


def _run(*args: str, home: Path, without_qt: bool = False) -> subprocess.CompletedProcess:
    """``python -m desktop_app ARGS`` with no display (and, if asked, with PySide6 impossible to import)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_DATA_HOME"] = str(home)  # no user models from the machine running the tests
    block = "sys.modules['PySide6'] = None; " if without_qt else ""
    code = f"import sys; {block}from desktop_app.__main__ import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def _setup(tmp_path: Path, models: Path = MODELS) -> SelfTestSetup:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return SelfTestSetup([models], MODELS, ROOT / "resources" / "samples", ROOT / "resources" / "selftest", work)


def _copy_models(tmp_path: Path) -> Path:
    """Cards copied (to edit them), model files linked (they are big and must stay identical)."""
    folder = tmp_path / "models"
    folder.mkdir()
    for onnx in MODELS.glob("*.onnx"):
        (folder / onnx.name).symlink_to(onnx)
        shutil.copyfile(onnx.with_suffix(".json"), folder / f"{onnx.stem}.json")
    return folder


def test_self_test_command_passes_without_a_display_or_qt(tmp_path):
    proc = _run("--self-test", "--json", home=tmp_path, without_qt=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is True
    areas = {c["area"] for c in report["checks"] if c["status"] == PASS}
    assert {"models", "references", "report", "case database", "decoders"} <= areas
    assert all(c["status"] != FAIL for c in report["checks"])
    references = [c for c in report["checks"] if c["area"] == "references" and c["status"] == PASS]
    assert len(references) == len(list(MODELS.glob("*.json")))  # every shipped model has reference scores


def test_self_test_text_output_and_kept_files(tmp_path):
    keep = tmp_path / "kept"
    proc = _run("self-test", "--keep", str(keep), home=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith(f"ScanLens {__version__} self-test")
    assert "Self-test PASSED" in proc.stdout.splitlines()[-1]
    assert count_pdf_pages(keep / "self-test-report.pdf")[0] >= 1
    assert (keep / "self-test-cases.sqlite3").is_file()


def _entry(folder: Path, model_id: str = "input_gate"):
    from desktop_app.inference.registry import discover

    return discover([folder])[model_id]


def _edit_gate_card(folder: Path, edit) -> None:
    path = folder / "input_gate.json"
    card = json.loads(path.read_text())
    edit(card)
    path.write_text(json.dumps(card))


def test_changed_reference_score_fails(tmp_path):
    folder = _copy_models(tmp_path)
    card = json.loads((folder / "input_gate.json").read_text())
    sample, scores = next(iter(card["reference_scores"]["samples"].items()))
    label = next(iter(scores))
    _edit_gate_card(folder, lambda c: c["reference_scores"]["samples"][sample].__setitem__(label, scores[label] + 1e-3))
    result = check_references(_setup(tmp_path, folder), _entry(folder), SessionCache())
    assert result.status == FAIL and sample in result.detail and "> 1e-04" in result.detail


def test_tampered_model_fails(tmp_path):
    folder = _copy_models(tmp_path)
    _edit_gate_card(folder, lambda c: c.__setitem__("sha256", "0" * 64))
    results = check_models(discover([folder]))
    assert any(r.status == FAIL and "does not match its card" in r.detail for r in results)
    assert check_models({})[0].status == FAIL  # no model at all


def test_missing_references_fail_for_shipped_models_and_are_skipped_for_user_models(tmp_path):
    folder = _copy_models(tmp_path)
    _edit_gate_card(folder, lambda c: c.pop("reference_scores"))
    user = _setup(tmp_path, folder)
    assert check_references(user, _entry(folder), SessionCache()).status == SKIP
    shipped = _setup(tmp_path, folder)
    shipped.shipped_models = folder
    result = check_references(shipped, _entry(folder), SessionCache())
    assert result.status == FAIL and "no reference_scores" in result.detail


def test_full_run_in_process(tmp_path):
    seen = []
    results = run_self_test(_setup(tmp_path), seen.append)
    assert seen == results and not [r for r in results if r.status == FAIL]
    assert [r.area for r in results][-1] == "decoders"


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydicom warns about the truncated file
def test_decoder_check_reports_wrong_pixels(tmp_path):
    folder = tmp_path / "selftest"
    shutil.copytree(ROOT / "resources" / "selftest", folder)
    manifest = json.loads((folder / "decoders.json").read_text())
    manifest["files"][0]["identical_to"] = "MR_small_jpeg_ls_lossless.dcm"  # the same pixels: still passes
    manifest["files"][-1]["mean"] = [10.0, 10.0, 10.0]
    (folder / "decoders.json").write_text(json.dumps(manifest))
    broken = folder / "MR_small_jp2klossless.dcm"
    broken.write_bytes(broken.read_bytes()[:-3000])  # truncated pixel data: refused, the others still run
    results = check_decoders(folder)
    assert results[0].status == PASS and "imagecodecs" in results[0].detail and "openjpeg" in results[0].detail
    assert [r.status for r in results[1:]] == [PASS, FAIL, PASS, PASS, FAIL]
    assert "MR_small_jp2klossless.dcm" in results[2].detail and "mean" in results[-1].detail


def test_pdf_pages_are_counted_with_and_without_pypdf(tmp_path, monkeypatch):
    from reportlab.pdfgen import canvas

    path = tmp_path / "two.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(100, 700, "one")
    pdf.showPage()
    pdf.drawString(100, 700, "two")
    pdf.save()
    assert count_pdf_pages(path) == (2, "read back with pypdf")
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as in the frozen build, which does not bundle pypdf
    assert count_pdf_pages(path) == (2, "PDF structure")
    path.write_bytes(path.read_bytes()[:-200])
    assert count_pdf_pages(path)[0] == 0


def test_version_lists_models_and_runtimes_without_a_display(tmp_path):
    proc = _run("--version", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith(f"ScanLens {__version__}\n")
    for card_path in MODELS.glob("*.json"):
        card = json.loads(card_path.read_text())
        assert f"{card['id']} {card['version']}  sha256 {card['sha256'][:12]}" in out
    for name in ("Python:", "Qt: 6.", "onnxruntime:", "pydicom:"):
        assert name in out
    headless = _run("--version", home=tmp_path, without_qt=True)
    assert headless.returncode == 0 and "Qt: not available" in headless.stdout


def test_analysis_scores_are_compared_with_the_card():
    from types import SimpleNamespace

    from desktop_app.selftest import DICOM_SAMPLE, compare_with_reference

    card = {"reference_scores": {"tolerance": 1e-4, "samples": {DICOM_SAMPLE: {"NORMAL": 0.9, "PNEUMONIA": 0.1}}}}
    entry = SimpleNamespace(card=card)
    close = SimpleNamespace(scores={"NORMAL": 0.90004, "PNEUMONIA": 0.09996})
    far = SimpleNamespace(scores={"NORMAL": 0.8, "PNEUMONIA": 0.2})
    assert compare_with_reference(entry, close, "x").status == PASS
    result = compare_with_reference(entry, far, "x")
    assert result.status == FAIL and "1.0e-01 > 1e-04" in result.detail
    assert compare_with_reference(SimpleNamespace(card={}), far, "x").status == PASS  # no reference for it
