# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools scope --task ID``: fit a shipped model's scope checks from its ONNX file.

Two checks decide when a result must not be trusted (issue 15):

* **shift**: low-level statistics of the image after the network's first blocks (graph output ``embedding``,
  added here) are compared with the training images' by :mod:`export_tools.shift`; the fitted constants
  become graph nodes ending in the output ``shift_score`` (so the sha256 in the card covers them) and the
  threshold lets 95 % of validation images through;
* **review band**: class-conditional split conformal prediction (:mod:`export_tools.conformal`) on the
  validation images, plain and through the training augmentations, or (``Task.review_calibration``) on
  validation and test_a; test_a's figures are then cross-fitted: over 20 random halvings, a band calibrated on
  validation + one half is measured on the other half.

The probabilities and CAM of the graph are left untouched (checked), so reference scores and the rest of
the card stay valid; the card's sha256, outputs, review band, ``shift`` section and review metrics are
rewritten.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path
from typing import Any

import numpy as np

from export_tools import conformal, datasets, shift
from export_tools.augment import augment
from export_tools.calibrate import band_flags, decisions, evaluate, review_stats
from export_tools.quantise import card_split, model_inputs, shipped_model
from export_tools.tasks import Task

log = logging.getLogger(__name__)
EMBEDDING, SHIFT = "embedding", "shift_score"
_BLOCK_OUTPUT = re.compile(r"_blocks\.(\d+)/_project_conv/")


def _weight_shapes(model: Any) -> dict[str, tuple[int, ...]]:
    from onnx import numpy_helper

    shapes = {i.name: numpy_helper.to_array(i).shape for i in model.graph.initializer}
    for node in model.graph.node:  # float16-stored weights reach the conv through a Cast
        if node.op_type == "Cast" and node.input[0] in shapes:
            shapes[node.output[0]] = shapes[node.input[0]]
    return shapes


def shift_layers(model: Any, blocks: tuple[int, ...]) -> list[tuple[str, int]]:
    """(tensor, channels) of the outputs (projection convolutions) of these MBConv blocks: the first network's,
    for an ensemble (graph order)."""
    shapes = _weight_shapes(model)
    found: dict[int, tuple[str, int]] = {}
    for node in model.graph.node:
        match = _BLOCK_OUTPUT.search(node.name) if node.op_type == "Conv" else None
        if match and int(match.group(1)) not in found:
            found[int(match.group(1))] = (node.output[0], int(shapes[node.input[1]][0]))
    missing = [b for b in blocks if b not in found]
    if missing:
        raise SystemExit(f"cannot find MBConv block(s) {missing} in the graph")
    return [found[b] for b in blocks]


def with_embedding(model: Any, layers: list[tuple[str, int]]) -> Any:
    """The graph with an ``embedding`` output: per layer, each channel's spatial mean then its spatial
    standard deviation; layers side by side."""
    from onnx import TensorProto, helper

    parts = []
    for n, (tensor, _) in enumerate(layers):
        p = f"scope_l{n}_"
        parts.append(p + "stats")
        model.graph.node.extend([
            helper.make_node("ReduceMean", [tensor], [p + "mean4d"], axes=[2, 3], keepdims=1),
            helper.make_node("Sub", [tensor, p + "mean4d"], [p + "centred"]),
            helper.make_node("Mul", [p + "centred", p + "centred"], [p + "squares"]),
            helper.make_node("ReduceMean", [p + "squares"], [p + "variance"], axes=[2, 3], keepdims=0),
            helper.make_node("Sqrt", [p + "variance"], [p + "std"]),
            helper.make_node("Flatten", [p + "mean4d"], [p + "mean"], axis=1),
            helper.make_node("Concat", [p + "mean", p + "std"], [p + "stats"], axis=1),
        ])
    model.graph.node.append(helper.make_node("Concat", parts, [EMBEDDING], axis=1))
    model.graph.output.append(helper.make_tensor_value_info(EMBEDDING, TensorProto.FLOAT, ["batch", None]))
    return model


def split_layers(embedding: np.ndarray, layers: list[tuple[str, int]]) -> list[np.ndarray]:
    """The ``embedding`` output cut back into its layers' statistics."""
    edges = np.cumsum([0] + [2 * channels for _, channels in layers])
    return [embedding[:, a:b] for a, b in zip(edges[:-1], edges[1:], strict=True)]


def with_shift_score(model: Any, fitted: shift.ShiftModel, layers: list[tuple[str, int]]) -> Any:
    """The graph with a ``shift_score`` output: the fitted model's score computed from each layer's statistics."""
    from onnx import numpy_helper

    model.graph.initializer.extend([numpy_helper.from_array(np.array([-1], np.int64), "scope_axis_last"),
                                    numpy_helper.from_array(np.array([1], np.int64), "scope_axis_1")])
    stats = [f"scope_l{n}_stats" for n in range(len(layers))]
    return with_distance_output(model, fitted, stats, "scope_l", SHIFT)


def with_distance_output(model: Any, fitted: shift.ShiftModel, stats: list[str], prefix: str, output: str) -> Any:
    """Append an output ``output`` (N,): ``fitted.score`` of the per-layer statistics tensors ``stats`` (made by
    :func:`with_embedding`), computed in the graph; constants and inner tensors are named ``{prefix}{n}_…``."""
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    ratios = []
    for n, (layer, layer_stats) in enumerate(zip(fitted.layers, stats, strict=True)):
        p = f"{prefix}{n}_"
        constants = {p + "train_mean": layer.mean, p + "projection": layer.projection,
                     p + "class_means": layer.class_means[None], p + "precision": layer.precision_factor,
                     p + "inv_scale": np.array([1.0 / layer.scale], np.float32)}
        graph.initializer.extend(numpy_helper.from_array(np.ascontiguousarray(v), k) for k, v in constants.items())
        graph.node.extend([
            helper.make_node("Sub", [layer_stats, p + "train_mean"], [p + "offset"]),
            helper.make_node("MatMul", [p + "offset", p + "projection"], [p + "whitened"]),
            helper.make_node("Unsqueeze", [p + "whitened", "scope_axis_1"], [p + "whitened3d"]),
            helper.make_node("Sub", [p + "whitened3d", p + "class_means"], [p + "diffs"]),
            helper.make_node("MatMul", [p + "diffs", p + "precision"], [p + "scaled"]),
            helper.make_node("Mul", [p + "scaled", p + "scaled"], [p + "sq"]),
            helper.make_node("ReduceSum", [p + "sq", "scope_axis_last"], [p + "distances"], keepdims=0),
            helper.make_node("ReduceMin", [p + "distances"], [p + "nearest"], axes=[1], keepdims=1),
            helper.make_node("Mul", [p + "nearest", p + "inv_scale"], [p + "ratio"]),
        ])
        ratios.append(p + "ratio")
    graph.node.extend([helper.make_node("Concat", ratios, [prefix + "ratios"], axis=1),
                       helper.make_node("ReduceMax", [prefix + "ratios"], [output], axes=[1], keepdims=0)])
    graph.output.append(helper.make_tensor_value_info(output, TensorProto.FLOAT, ["batch"]))
    return model


def graph_session(model: Any) -> Any:
    """An onnxruntime CPU session of an in-memory graph (two threads)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    return ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def run_graph(session: Any, inputs: np.ndarray, names: list[str], chunk: int = 64) -> dict[str, np.ndarray]:
    """Outputs ``names`` of a session over a stack of model inputs, ``chunk`` at a time."""
    parts = [session.run(names, {"input": inputs[i:i + chunk]}) for i in range(0, len(inputs), chunk)]
    return {name: np.concatenate([p[n] for p in parts]) for n, name in enumerate(names)}


def review_augment(task: Task) -> str:
    return task.review_augment or task.members[-1].augment


def _augmented_inputs(task: Task, images: np.ndarray, copies: int, seed: int = 7) -> np.ndarray:
    """Model inputs of ``copies`` views of each image through the task's strongest training augmentation."""
    rng = np.random.default_rng(seed)
    strength = review_augment(task)
    views = np.stack([augment(im, rng, task.hflip, strength) for _ in range(copies) for im in images])
    return model_inputs(views, task.preprocessing)


CROSS_FIT_REPEATS = 20
WITH_TEST_A = "validation+test_a"


def review_rule(task: Task, card: dict, probs: np.ndarray, labels: np.ndarray, calibration_images: str) -> dict:
    """Class-conditional conformal review band calibrated on ``probs``/``labels``."""
    thresholds = conformal.class_thresholds(probs, labels, task.review_alpha)
    rule: dict[str, Any] = {
        "method": "class-conditional split conformal prediction: a result needs review when its prediction "
                  "set is empty or holds more than the decided label",
        "alpha": task.review_alpha,
        "calibration_images": calibration_images,
        "class_thresholds": {lab: float(t) for lab, t in zip(task.labels, thresholds, strict=True)},
    }
    if card["operating_point"]["type"] == "threshold":
        rule.update(conformal.binary_band(thresholds, card["operating_point"]["threshold"]))
    return rule


def calibrates_on_test_a(task: Task, parts: dict[str, dict[str, np.ndarray]]) -> bool:
    """Whether test_a joins the review band's calibration (asked for, and enough images: smoke runs have not)."""
    return task.review_calibration == WITH_TEST_A and len(parts.get("test_a", {}).get("labels", [])) >= 20


def _calibration_set(task: Task, parts: dict[str, dict[str, np.ndarray]], session: Any
                     ) -> tuple[np.ndarray, np.ndarray, str]:
    """Probabilities, labels and description of the images the review band is calibrated on."""
    val = parts["val"]
    if calibrates_on_test_a(task, parts):
        test = parts["test_a"]
        return (np.concatenate([val["probs"], test["probs"]]), np.concatenate([val["labels"], test["labels"]]),
                f"{len(val['labels']) + len(test['labels'])}: the validation split ({len(val['labels'])}) and "
                f"test_a ({len(test['labels'])}), plain; test_a's review figures are cross-fitted")
    augmented = run_graph(session, _augmented_inputs(task, val["images"], task.review_augmented_copies),
                          ["probs"])["probs"]
    copies = len(augmented) // len(val["probs"])
    return (np.concatenate([val["probs"], augmented]), np.concatenate([val["labels"], np.tile(val["labels"], copies)]),
            f"{len(val['labels']) * (copies + 1)}: the validation split plain and through {copies} draws of the "
            f"'{review_augment(task)}' augmentation (export_tools/augment.py)")


def cross_fitted_review(task: Task, card: dict, val: dict[str, np.ndarray], test: dict[str, np.ndarray],
                        shifted: np.ndarray, repeats: int = CROSS_FIT_REPEATS) -> dict[str, dict]:
    """test_a's review figures when test_a helps calibrate the band: over ``repeats`` random halvings, the band
    calibrated on validation + one half flags the other half; the flags of every fold are pooled."""
    rng = np.random.default_rng(0)
    probs, labels = test["probs"].astype(np.float64), test["labels"]
    correct = decisions(probs, card["operating_point"], task.labels) == labels
    flags, measured, fractions = [], [], []
    for _ in range(repeats):
        order = rng.permutation(len(labels))
        halves = order[: len(order) // 2], order[len(order) // 2:]
        for calibrate_on, measure_on in (halves, halves[::-1]):
            band = review_rule(task, card, np.concatenate([val["probs"], probs[calibrate_on]]),
                               np.concatenate([val["labels"], labels[calibrate_on]]), "")
            flagged = band_flags(probs[measure_on], card["operating_point"], band, task.labels)
            flags.append(flagged)
            measured.append(measure_on)
            fractions.append(float((flagged | shifted[measure_on]).mean()))
    flagged, order = np.concatenate(flags), np.concatenate(measured)
    shift_flags, correct = shifted[order], correct[order]
    how = (f"cross-fitted: {repeats} random halvings of test_a, the band calibrated on validation + one half "
           "and measured on the other; flags of all folds pooled")
    n = {"n": int(len(labels)), "how": how}
    return {"review": {**review_stats(flagged, correct), "fraction_shifted": float(shift_flags.mean()), **n},
            "review_with_shift": {**review_stats(flagged | shift_flags, correct), **n,
                                  "fraction_flagged_range": [min(fractions), max(fractions)]}}


def scope(task: Task, run_dir: Path, models_dir: Path) -> dict:
    """Fit and write the shift check and review band of ``task``'s shipped model (ONNX and card)."""
    import onnx

    card_path, card, shipped = shipped_model(task, models_dir)
    split = card_split(task, run_dir, card)
    original = onnx.load(str(shipped))
    if any(o.name in (EMBEDDING, SHIFT) for o in original.graph.output):
        raise SystemExit(f"{shipped} already has scope outputs: export it again first")
    layers = shift_layers(original, task.shift_blocks)
    model = with_embedding(onnx.load(str(shipped)), layers)
    spec, channels = task.preprocessing, task.preprocessing["channels"]
    session = graph_session(model)
    parts: dict[str, dict[str, np.ndarray]] = {}
    for part, cache in (("train", "cache_train.npy"), ("val", "cache_val.npy"), ("test_a", "cache_test_a.npy")):
        items = datasets.items_from(split, part)
        if items:
            images = datasets.load_cache(items, channels, run_dir / cache)
            parts[part] = {"images": images, "labels": np.array([i.label for i in items]),
                           **run_graph(session, model_inputs(images, spec), ["probs", EMBEDDING])}
            log.info("%s: %s embeddings %s", task.id, part, parts[part][EMBEDDING].shape)
    val = parts["val"]
    val_layers = split_layers(val[EMBEDDING], layers)
    fitted = shift.fit_shift(split_layers(parts["train"][EMBEDDING], layers), parts["train"]["labels"],
                             val_layers, len(task.labels))
    threshold = shift.threshold_for(fitted.score(val_layers))
    card["review_band"] = review_rule(task, card, *_calibration_set(task, parts, session))
    card["shift"] = {
        "method": "image statistics (spatial mean and standard deviation of each channel at the output of "
                  "the MBConv blocks listed in 'layers': output 'embedding'); per layer the class-conditional "
                  "Mahalanobis distance in the whitened space of its leading principal components, shared "
                  "within-class covariance shrunk towards the identity, divided by its 95th percentile on "
                  "validation; the score is the largest ratio (output 'shift_score', computed in the graph)",
        "layers": [{"tensor": name, "channels": channels, "validation_scale": layer.scale}
                   for (name, channels), layer in zip(layers, fitted.layers, strict=True)],
        "components": fitted.components, "shrinkage": fitted.shrinkage,
        "fitted_on": f"training split, {len(parts['train']['labels'])} images",
        "threshold": threshold,
        "threshold_rule": f"{shift.DEFAULT_PASS_RATE:.0%} of validation images score below it",
        "layer_choice": task.shift_blocks_why,
        "reason": "unlike the images this model was trained on",
    }
    model = with_shift_score(model, fitted, layers)
    onnx.checker.check_model(model)
    check = _check_unchanged(original, model, model_inputs(val["images"][:128], spec), fitted, layers)
    tmp = shipped.with_suffix(".onnx.tmp")
    onnx.save(model, str(tmp))
    tmp.replace(shipped)
    _update_card(task, card, shipped, parts, fitted, layers, check)
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    log.info("%s: shift threshold %.1f, review band %s", task.id, threshold, card["review_band"])
    return {"review_band": card["review_band"], "shift": card["shift"],
            **{part: card["metrics"][name].get("review_with_shift") for part, name in
               (("val", "validation"), ("test_a", "test_a")) if name in card["metrics"]}}


def _check_unchanged(original: Any, model: Any, inputs: np.ndarray, fitted: shift.ShiftModel,
                     layers: list[tuple[str, int]]) -> dict:
    """Probabilities and CAM as before (to float rounding: exposing inner tensors changes which operations
    onnxruntime fuses); the graph's shift score equals the fitted model's."""
    before = run_graph(graph_session(original), inputs, ["probs", "cam"])
    after = run_graph(graph_session(model), inputs, ["probs", "cam", EMBEDDING, SHIFT])
    moved = {name: float(np.abs(before[name] - after[name]).max()) for name in ("probs", "cam")}
    if moved["probs"] > 1e-5 or moved["cam"] > 1e-4:
        raise SystemExit(f"adding the scope outputs changed the model's outputs: {moved}")
    expected = fitted.score(split_layers(after[EMBEDDING], layers))
    relative = float(np.max(np.abs(after[SHIFT] - expected) / np.maximum(np.abs(expected), 1.0)))
    if relative > 1e-4:
        raise SystemExit(f"graph shift score differs from the fitted model's by {relative:.2g} (relative)")
    return {"n": int(len(inputs)), "max_abs_change_probs": moved["probs"], "max_abs_change_cam": moved["cam"],
            "max_rel_diff_shift_score": relative}


def _update_card(task: Task, card: dict, shipped: Path, parts: dict[str, dict[str, np.ndarray]],
                 fitted: shift.ShiftModel, layers: list[tuple[str, int]], check: dict) -> None:
    from desktop_app.inference.registry import sha256_of

    card["sha256"], card["size_bytes"] = sha256_of(shipped), shipped.stat().st_size
    dims = parts["val"][EMBEDDING].shape[1]
    card["outputs"][EMBEDDING] = {"shape": [None, dims], "meaning": "per-channel spatial mean and standard "
                                  "deviation after the first network blocks: what the shift check compares"}
    card["outputs"][SHIFT] = {"shape": [None], "meaning": "distance of the embedding from the training images; "
                              "above the card's shift.threshold the image is unlike the training data"}
    calibration = {"operating_point": card["operating_point"], "review_band": card["review_band"],
                   "shift": card["shift"]}
    for part, name in (("val", "validation"), ("test_a", "test_a")):
        if part in parts:
            data = parts[part]
            scores = fitted.score(split_layers(data[EMBEDDING], layers))
            measured = evaluate(task, data["probs"].astype(np.float64), data["labels"], calibration, scores)
            if part == "test_a" and calibrates_on_test_a(task, parts):
                measured = cross_fitted_review(task, card, parts["val"], data, scores > card["shift"]["threshold"])
            for key in ("review", "review_with_shift"):
                card["metrics"][name][key] = measured[key]
    card["scope_fit"] = {"command": f"python -m export_tools scope --task {task.id}",
                         "fitted_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                         "graph_check": check}
