# SPDX-License-Identifier: Apache-2.0
"""Smoke test of the training pipeline: 2 steps on a handful of real images, export, parity, card schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("efficientnet_lite_pytorch")

from desktop_app.inference.registry import REQUIRED_CARD_KEYS, check_card, sha256_of
from export_tools.tasks import DATA_ROOT, TASKS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    if not (DATA_ROOT / "chest_xray" / "train").is_dir():
        pytest.skip("shared training data not present")
    out = tmp_path_factory.mktemp("export")
    cmd = [sys.executable, "-m", "export_tools", "all", "--task", "chest_xray_pneumonia", "--limit", "48",
           "--max-steps", "2", "--epochs", "1", "--run-dir", str(out / "run"), "--out-dir", str(out)]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def test_card_schema_and_hash(exported: Path) -> None:
    card = json.loads((exported / "chest_xray_pneumonia.json").read_text())
    onnx_path = exported / "chest_xray_pneumonia.onnx"
    assert set(REQUIRED_CARD_KEYS) <= set(card)
    assert check_card(card, onnx_path) == ""
    assert card["sha256"] == sha256_of(onnx_path)
    assert card["labels"] == ["NORMAL", "PNEUMONIA"]
    assert card["operating_point"]["type"] == "threshold"
    assert {"low", "high"} <= set(card["review_band"])
    assert card["parity"]["n"] >= 1
    assert card["metrics"]["validation"]["n"] >= 1 and "test_a" in card["metrics"]
    assert card["size_bytes"] < 20e6
    assert card["population"] == TASKS["chest_xray_pneumonia"].population  # checked by check_card above


def test_parity_within_tolerance(exported: Path) -> None:
    card = json.loads((exported / "chest_xray_pneumonia.json").read_text())
    assert card["parity"]["max_abs_diff_probs"] <= 1e-4


def test_onnx_outputs_probs_and_cam(exported: Path) -> None:
    import onnxruntime as ort

    session = ort.InferenceSession(str(exported / "chest_xray_pneumonia.onnx"), providers=["CPUExecutionProvider"])
    x = np.random.default_rng(0).normal(size=(3, 3, 192, 192)).astype(np.float32)
    probs, cam = session.run(["probs", "cam"], {"input": x})
    assert probs.shape == (3, 2) and np.allclose(probs.sum(1), 1, atol=1e-5)
    assert cam.shape[:2] == (3, 2) and cam.shape[2] == cam.shape[3] == 6
    # CAM is exact: softmax(mean(cam) / T) reproduces probs
    temperature = json.loads((exported / "chest_xray_pneumonia.json").read_text())["calibration"]["temperature"]
    logits = cam.mean(axis=(2, 3)) / temperature
    expected = np.exp(logits - logits.max(1, keepdims=True))
    assert np.allclose(expected / expected.sum(1, keepdims=True), probs, atol=1e-5)


def test_ensemble_stored_as_float16_computes_in_float32(exported: Path) -> None:
    """The chest model averages two members and stores exact float16 weights that ORT casts back."""
    import onnx

    card = json.loads((exported / "chest_xray_pneumonia.json").read_text())
    assert card["weights"]["storage"] == "float16" and card["weights"]["weights_converted"] > 3e6
    assert len(card["training"]["ensemble"]["members"]) == 2
    assert [m["member"] for m in card["metrics"]["members"]] == [0, 1]
    assert card["metrics"]["float16_rounding"]["max_abs_diff_probs_validation"] < 1e-2
    model = onnx.load(str(exported / "chest_xray_pneumonia.onnx"))
    dtypes = {init.data_type for init in model.graph.initializer if len(init.dims) == 4}
    assert dtypes == {onnx.TensorProto.FLOAT16}
    assert model.graph.input[0].type.tensor_type.elem_type == onnx.TensorProto.FLOAT


def test_training_device_choice() -> None:
    """--device auto falls back to the CPU without a GPU; --device cuda then says why it cannot."""
    import torch

    from export_tools.train import resolve_device

    assert resolve_device("cpu").type == "cpu"
    if torch.cuda.is_available():
        assert resolve_device("auto").type == "cuda"
        return
    assert resolve_device("auto").type == "cpu"
    with pytest.raises(SystemExit, match="sees no CUDA GPU"):
        resolve_device("cuda")


def test_quantise_records_variants_in_the_card(exported: Path) -> None:
    """``export_tools quantise`` measures INT8/float16 variants against the exported model, in its card."""
    cmd = [sys.executable, "-m", "export_tools", "quantise", "--task", "chest_xray_pneumonia",
           "--run-dir", str(exported / "run"), "--out-dir", str(exported)]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    card = json.loads((exported / "chest_xray_pneumonia.json").read_text())
    study = card["quantisation"]
    assert check_card(card, exported / "chest_xray_pneumonia.onnx") == ""  # the shipped file is untouched
    assert study["shipped"]["validation"]["n"] == card["metrics"]["validation"]["n"]
    for name in ("int8_minmax", "int8_percentile", "float16"):
        variant = study["variants"][name]
        assert variant["built"] and (exported / "run" / "quantised" / f"chest_xray_pneumonia.{name}.onnx").is_file()
        assert variant["validation"]["n"] == card["metrics"]["validation"]["n"] and variant["speedup"] > 0
        assert variant["test_a"]["n"] == card["metrics"]["test_a"]["n"]


def test_embedding_output_equals_pytorch(exported: Path) -> None:
    """The ``embedding`` output added by graph surgery (export_tools.scope) is, per shift block, each
    channel's spatial mean and standard deviation of the block's output in the PyTorch network."""
    import onnxruntime as ort
    import torch

    from export_tools.calibrate import load_best

    task = TASKS["chest_xray_pneumonia"]
    net = load_best(task, exported / "run")
    first = net.members[0] if hasattr(net, "members") else net  # the graph's first network carries the check
    captured: list[torch.Tensor] = []
    hooks = [first.backbone._blocks[b]._bn2.register_forward_hook(lambda m, i, out: captured.append(out))
             for b in task.shift_blocks]
    x = np.random.default_rng(1).normal(size=(2, 3, 192, 192)).astype(np.float32)
    with torch.no_grad():
        net.cam(torch.from_numpy(x))
    for hook in hooks:
        hook.remove()
    stats = [torch.cat([t.mean(dim=(2, 3)), t.std(dim=(2, 3), unbiased=False)], dim=1) for t in captured]
    expected = torch.cat(stats, dim=1).numpy()
    session = ort.InferenceSession(str(exported / "chest_xray_pneumonia.onnx"), providers=["CPUExecutionProvider"])
    (embedding,) = session.run(["embedding"], {"input": x})
    assert embedding.shape == expected.shape
    np.testing.assert_allclose(embedding, expected, atol=1e-4, rtol=0)


def test_consistency_fine_tune_is_recorded(exported: Path, tmp_path: Path) -> None:
    """``export_tools consistency`` (not part of the chest task's ``all``: measured, not shipped) fine-tunes each
    member from its trained checkpoint (kept as trained.pt); the kept step is no less steady on validation."""
    import shutil

    run = tmp_path / "run"
    shutil.copytree(exported / "run", run)
    assert not (run / "consistency.json").exists()  # `all` did not run it
    cmd = [sys.executable, "-m", "export_tools", "consistency", "--task", "chest_xray_pneumonia", "--max-steps", "2",
           "--run-dir", str(run), "--out-dir", str(exported)]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    record = json.loads((run / "consistency.json").read_text())
    assert len(record["members"]) == len(TASKS["chest_xray_pneumonia"].members)
    for member in record["members"]:
        assert [h["step"] for h in member["history"]] == [0, 2]  # --max-steps 2 caps the step count
        assert member["kept"]["mean_change"] <= member["trained"]["mean_change"]
        folder = run / ("" if member["member"] == 0 else f"member{member['member']}")
        assert (folder / "trained.pt").is_file() and (folder / "best.pt").is_file()
