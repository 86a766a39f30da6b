# SPDX-License-Identifier: Apache-2.0
"""Tiny ONNX models with known outputs, built with onnx.helper, plus matching model cards."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np


def tiny_cam_model(path: Path, weights: np.ndarray, size: int = 8, bias: np.ndarray | None = None) -> None:
    """input (N,3,size,size) → cam = 1x1 conv with ``weights`` (C,3); probs = softmax(mean(cam))."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    n_classes = weights.shape[0]
    w = numpy_helper.from_array(weights.reshape(n_classes, 3, 1, 1).astype(np.float32), "w")
    b = numpy_helper.from_array(
        (np.zeros(n_classes) if bias is None else bias).astype(np.float32), "b")
    axes = numpy_helper.from_array(np.array([2, 3], dtype=np.int64), "axes")
    nodes = [
        helper.make_node("Conv", ["input", "w", "b"], ["cam"]),
        helper.make_node("ReduceMean", ["cam", "axes"], ["logits"], keepdims=0),
        helper.make_node("Softmax", ["logits"], ["probs"], axis=1),
    ]
    graph = helper.make_graph(
        nodes, "tiny",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 3, size, size])],
        [helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["batch", n_classes]),
         helper.make_tensor_value_info("cam", TensorProto.FLOAT, ["batch", n_classes, size, size])],
        initializer=[w, b, axes],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    model.ir_version = 8
    onnx.save(model, str(path))


def write_pack(folder: Path, model_id: str, labels: list[str], weights: np.ndarray, *, size: int = 8,
               channels: str = "gray", input_kind: str | None = None, operating_point: dict | None = None,
               review_band: dict | None = None, bias: np.ndarray | None = None,
               extra: dict | None = None) -> Path:
    """A model pack (<id>.onnx + <id>.json) whose card matches the graph; returns the card path."""
    onnx_path = folder / f"{model_id}.onnx"
    tiny_cam_model(onnx_path, weights, size, bias)
    card = {
        "schema_version": 1, "id": model_id, "version": "0.0.1", "labels": labels, "input_kind": input_kind,
        "positive_label": (operating_point or {}).get("label"),
        "file": onnx_path.name, "sha256": hashlib.sha256(onnx_path.read_bytes()).hexdigest(),
        "input": {"name": "input", "shape": [None, 3, size, size], "dtype": "float32"},
        "outputs": {"probs": {"shape": [None, len(labels)]}, "cam": {"shape": [None, len(labels), size, size]}},
        "preprocessing": {"channels": channels, "size": [size, size], "interpolation": "area", "clahe": None,
                          "scale": 1 / 255, "mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5]},
        "operating_point": operating_point or {"type": "argmax"},
        "review_band": review_band or {"min_confidence": 0.0},
        "intended_use": "tests", "limitations": ["tests only"], **(extra or {}),
    }
    card_path = folder / f"{model_id}.json"
    card_path.write_text(json.dumps(card))
    return card_path


GATE_LABELS = ["chest_xray", "brain_mri", "abdomen_ct", "chest_ct", "head_ct", "breast_mri", "hand_xray", "other"]
#: The shipped gate card's names of its labels ("a hand X-ray"), as the app shows them.
GATE_KIND_NAMES = json.loads((Path(__file__).resolve().parents[1] / "onnx_models" / "input_gate.json").read_text(
    encoding="utf-8"))["kind_names"]
CHEST_CARD = {
    "operating_point": {"type": "threshold", "label": "PNEUMONIA", "threshold": 0.6},
    "review_band": {"low": 0.4, "high": 0.8},
}


def write_tiny_gate(folder: Path, favoured: str = "chest_xray") -> None:
    """A gate that always says ``favoured`` with probability e^5/(e^5+7) ≈ 0.955."""
    bias = np.zeros(len(GATE_LABELS), np.float32)
    bias[GATE_LABELS.index(favoured)] = 5.0
    write_pack(folder, "input_gate", GATE_LABELS, np.zeros((len(GATE_LABELS), 3), np.float32), channels="rgb",
               review_band={"min_confidence": 0.5}, bias=bias, extra={"kind_names": GATE_KIND_NAMES})


def write_tiny_chest(folder: Path, model_id: str = "chest_test") -> None:
    """PNEUMONIA rises with brightness: cam_PNEUMONIA = +2x, cam_NORMAL = -2x (x normalised to -1..1)."""
    write_pack(folder, model_id, ["NORMAL", "PNEUMONIA"], np.array([[-2, -2, -2], [2, 2, 2]], np.float32),
               input_kind="chest_xray", **CHEST_CARD)
