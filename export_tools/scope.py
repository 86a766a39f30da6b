# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools scope --task ID``: fit a shipped model's scope checks from its ONNX file.

Two checks decide when a result must not be trusted (issue 15):

* **shift**: the pooled image embedding (graph output ``embedding``; added here to a graph exported without
  it) is compared with the training images by :mod:`export_tools.shift`; the fitted constants become graph
  nodes ending in the output ``shift_score`` (so the sha256 in the card covers them) and the threshold lets
  95 % of validation images through;
* **review band**: class-conditional split conformal prediction (:mod:`export_tools.conformal`) on the
  validation images, plain and through the training augmentations.

The probabilities and CAM of the graph are left untouched (checked), so reference scores and the rest of
the card stay valid; the card's sha256, outputs, review band, ``shift`` section and review metrics are
rewritten.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from export_tools import conformal, datasets, shift
from export_tools.augment import augment
from export_tools.calibrate import evaluate
from export_tools.quantise import card_split, model_inputs
from export_tools.tasks import Task

log = logging.getLogger(__name__)
EMBEDDING, SHIFT = "embedding", "shift_score"


def head_feature_tensors(model: Any, n_classes: int) -> list[str]:
    """Inputs of the 1x1 class-head convolutions (one per ensemble member): the pooled features' source."""
    from onnx import numpy_helper

    shapes = {i.name: numpy_helper.to_array(i).shape for i in model.graph.initializer}
    for node in model.graph.node:  # float16-stored weights reach the conv through a Cast
        if node.op_type == "Cast" and node.input[0] in shapes:
            shapes[node.output[0]] = shapes[node.input[0]]
    return [node.input[0] for node in model.graph.node if node.op_type == "Conv"
            and shapes.get(node.input[1], ())[:1] == (n_classes,) and shapes[node.input[1]][2:] == (1, 1)]


def with_embedding(model: Any, n_classes: int) -> Any:
    """The graph with an ``embedding`` output (spatial mean of each head's input, members side by side)."""
    from onnx import TensorProto, helper

    if any(o.name == EMBEDDING for o in model.graph.output):
        return model
    sources = head_feature_tensors(model, n_classes)
    if not sources:
        raise SystemExit("cannot find the class-head convolution in the graph")
    pooled = []
    for n, name in enumerate(sources):
        pooled.append(f"scope_pooled_{n}")
        model.graph.node.append(helper.make_node("ReduceMean", [name], [pooled[-1]], axes=[2, 3], keepdims=0))
    model.graph.node.append(helper.make_node("Concat", pooled, [EMBEDDING], axis=1))
    model.graph.output.append(helper.make_tensor_value_info(EMBEDDING, TensorProto.FLOAT, ["batch", None]))
    return model


def with_shift_score(model: Any, fitted: shift.ShiftModel) -> Any:
    """The graph with a ``shift_score`` output computed from ``embedding`` by the fitted shift model."""
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    constants = {"scope_mean": fitted.mean, "scope_projection": fitted.projection,
                 "scope_class_means": fitted.class_means[None], "scope_precision": fitted.precision_factor,
                 "scope_axis_last": np.array([-1], np.int64), "scope_axis_1": np.array([1], np.int64)}
    graph.initializer.extend(numpy_helper.from_array(np.ascontiguousarray(v), k) for k, v in constants.items())
    nodes = [
        ("Sub", [EMBEDDING, "scope_mean"], "scope_centred"),
        ("MatMul", ["scope_centred", "scope_projection"], "scope_whitened"),  # (N, k)
        ("Unsqueeze", ["scope_whitened", "scope_axis_1"], "scope_whitened_3d"),  # (N, 1, k)
        ("Sub", ["scope_whitened_3d", "scope_class_means"], "scope_diffs"),  # (N, C, k)
        ("MatMul", ["scope_diffs", "scope_precision"], "scope_scaled"),
        ("Mul", ["scope_scaled", "scope_scaled"], "scope_squares"),
        ("ReduceSum", ["scope_squares", "scope_axis_last"], "scope_distances"),  # (N, C)
    ]
    for op, inputs, output in nodes:
        kwargs = {"keepdims": 0} if op == "ReduceSum" else {}
        graph.node.append(helper.make_node(op, inputs, [output], **kwargs))
    graph.node.append(helper.make_node("ReduceMin", ["scope_distances"], [SHIFT], axes=[1], keepdims=0))
    graph.output.append(helper.make_tensor_value_info(SHIFT, TensorProto.FLOAT, ["batch"]))
    return model


def run_graph(model: Any, inputs: np.ndarray, names: list[str], chunk: int = 64) -> dict[str, np.ndarray]:
    """Outputs ``names`` of an in-memory graph over a stack of model inputs."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    parts = [session.run(names, {"input": inputs[i:i + chunk]}) for i in range(0, len(inputs), chunk)]
    return {name: np.concatenate([p[n] for p in parts]) for n, name in enumerate(names)}


def _augmented_inputs(task: Task, images: np.ndarray, copies: int, seed: int = 7) -> np.ndarray:
    """Model inputs of ``copies`` views of each image through the task's strongest training augmentation."""
    rng = np.random.default_rng(seed)
    strength = task.members[-1].augment
    views = np.stack([augment(im, rng, task.hflip, strength) for _ in range(copies) for im in images])
    return model_inputs(views, task.preprocessing)


def review_rule(task: Task, card: dict, val_probs: np.ndarray, val_labels: np.ndarray,
                augmented_probs: np.ndarray) -> dict:
    """Class-conditional conformal review band on plain + augmented validation probabilities."""
    copies = len(augmented_probs) // len(val_probs)
    probs = np.concatenate([val_probs, augmented_probs])
    labels = np.concatenate([val_labels, np.tile(val_labels, copies)])
    thresholds = conformal.class_thresholds(probs, labels, task.review_alpha)
    rule: dict[str, Any] = {
        "method": "class-conditional split conformal prediction: a result needs review when its prediction "
                  "set is empty or holds more than the decided label",
        "alpha": task.review_alpha,
        "calibration_images": f"{len(labels)}: the validation split plain and through {copies} draws of the "
                              f"'{task.members[-1].augment}' training augmentation",
        "class_thresholds": {lab: float(t) for lab, t in zip(task.labels, thresholds, strict=True)},
    }
    if card["operating_point"]["type"] == "threshold":
        rule.update(conformal.binary_band(thresholds, card["operating_point"]["threshold"]))
    return rule


def scope(task: Task, run_dir: Path, models_dir: Path) -> dict:
    """Fit and write the shift check and review band of ``task``'s shipped model (ONNX and card)."""
    import onnx

    from desktop_app.inference.registry import sha256_of

    card_path = models_dir / f"{task.id}.json"
    card = json.loads(card_path.read_text())
    shipped = models_dir / card["file"]
    if sha256_of(shipped) != card["sha256"]:
        raise SystemExit(f"{shipped} does not match the sha256 in its card")
    split = card_split(task, run_dir, card)
    original = onnx.load(str(shipped))
    model = with_embedding(onnx.load(str(shipped)), len(task.labels))
    spec, channels = task.preprocessing, task.preprocessing["channels"]
    parts: dict[str, dict[str, np.ndarray]] = {}
    for part, cache in (("train", "cache_train.npy"), ("val", "cache_val.npy"), ("test_a", "cache_test_a.npy")):
        items = datasets.items_from(split, part)
        if items:
            images = datasets.load_cache(items, channels, run_dir / cache)
            parts[part] = {"images": images, "labels": np.array([i.label for i in items]),
                           **run_graph(model, model_inputs(images, spec), ["probs", EMBEDDING])}
            log.info("%s: %s embeddings %s", task.id, part, parts[part][EMBEDDING].shape)
    fitted = shift.fit_shift(parts["train"][EMBEDDING], parts["train"]["labels"], len(task.labels))
    val = parts["val"]
    threshold = shift.threshold_for(fitted.score(val[EMBEDDING]))
    augmented = run_graph(model, _augmented_inputs(task, val["images"], task.review_augmented_copies), ["probs"])
    card["review_band"] = review_rule(task, card, val["probs"], val["labels"], augmented["probs"])
    card["shift"] = {
        "method": "class-conditional Mahalanobis distance of the pooled image embedding (output 'embedding') "
                  "in the whitened space of its leading principal components, shared within-class covariance "
                  "shrunk towards the identity; computed in the graph (output 'shift_score')",
        "components": fitted.components, "shrinkage": fitted.shrinkage,
        "fitted_on": f"training split, {len(parts['train']['labels'])} images",
        "threshold": threshold,
        "threshold_rule": f"{shift.DEFAULT_PASS_RATE:.0%} of validation images score below it",
        "reason": "unlike the images this model was trained on",
    }
    model = with_shift_score(model, fitted)
    onnx.checker.check_model(model)
    check = _check_unchanged(original, model, model_inputs(val["images"][:128], spec), fitted)
    tmp = shipped.with_suffix(".onnx.tmp")
    onnx.save(model, str(tmp))
    tmp.replace(shipped)
    _update_card(task, card, shipped, parts, fitted, check)
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    log.info("%s: shift threshold %.1f, review band %s", task.id, threshold, card["review_band"])
    return {"review_band": card["review_band"], "shift": card["shift"],
            **{part: card["metrics"][name].get("review_with_shift") for part, name in
               (("val", "validation"), ("test_a", "test_a")) if name in card["metrics"]}}


def _check_unchanged(original: Any, model: Any, inputs: np.ndarray, fitted: shift.ShiftModel) -> dict:
    """Probabilities and CAM exactly as before; the graph's shift score equals the fitted model's."""
    before = run_graph(original, inputs, ["probs", "cam"])
    after = run_graph(model, inputs, ["probs", "cam", EMBEDDING, SHIFT])
    for name in ("probs", "cam"):
        if not np.array_equal(before[name], after[name]):
            raise SystemExit(f"adding the scope outputs changed '{name}'")
    expected = fitted.score(after[EMBEDDING])
    relative = float(np.max(np.abs(after[SHIFT] - expected) / np.maximum(np.abs(expected), 1.0)))
    if relative > 1e-4:
        raise SystemExit(f"graph shift score differs from the fitted model's by {relative:.2g} (relative)")
    return {"n": int(len(inputs)), "probs_and_cam_unchanged": True, "max_rel_diff_shift_score": relative}


def _update_card(task: Task, card: dict, shipped: Path, parts: dict[str, dict[str, np.ndarray]],
                 fitted: shift.ShiftModel, check: dict) -> None:
    from desktop_app.inference.registry import sha256_of

    card["sha256"], card["size_bytes"] = sha256_of(shipped), shipped.stat().st_size
    dims = parts["val"][EMBEDDING].shape[1]
    card["outputs"][EMBEDDING] = {"shape": [None, dims], "meaning": "pooled backbone features (ensemble "
                                  "members side by side): the image embedding the shift check uses"}
    card["outputs"][SHIFT] = {"shape": [None], "meaning": "distance of the embedding from the training images; "
                              "above the card's shift.threshold the image is unlike the training data"}
    calibration = {"operating_point": card["operating_point"], "review_band": card["review_band"],
                   "shift": card["shift"]}
    for part, name in (("val", "validation"), ("test_a", "test_a")):
        if part in parts:
            data = parts[part]
            measured = evaluate(task, data["probs"].astype(np.float64), data["labels"], calibration,
                                fitted.score(data[EMBEDDING]))
            for key in ("review", "review_with_shift"):
                card["metrics"][name][key] = measured[key]
    card["scope_fit"] = {"command": f"python -m export_tools scope --task {task.id}",
                         "fitted_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                         "graph_check": check}
