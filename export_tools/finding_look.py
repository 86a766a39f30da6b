# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools finding-look --task ID``: is an image given a finding like the training images of
that finding?

Why (brain model): every tumour slice of its training data is T1 post-contrast (figshare, SARTAJ), while most of
its no-tumour slices are T2 or FLAIR (Br35H) — checked by eye on 48 random slices of each class. The network can
then take the sequence for a cue: TCGA-LGG FLAIR gliomas were named meningioma with high confidence and not
flagged, since the shift check measures the distance to the *nearest* class and a FLAIR slice is near the
no-tumour slices. This check measures the distance to the training images *of the findings in
``applies_to``* alone (the image statistics the shift check reads, output ``embedding``; one Mahalanobis model per
layer, the same whitening and shrinkage); when the model's top label is one of those findings and the image is
beyond the threshold, the result is outside validated use. Each layer's distance is divided by its
``pass_rate`` quantile on validation images of those findings, the score is the largest ratio (graph output
``finding_look_score``), and the threshold lets ``pass_rate`` of those validation images through.

Runs after ``scope`` (it needs the ``embedding`` output); the card gets a ``finding_look`` section, the graph
the output, and the card's sha256 follows the file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.inference.session import LOOK_OUTPUT
from export_tools import datasets, shift
from export_tools.calibrate import band_flags, decisions, review_stats
from export_tools.quantise import card_split, model_inputs, shipped_model
from export_tools.scope import EMBEDDING, SHIFT, graph_session, run_graph, split_layers, with_distance_output
from export_tools.tasks import Task

log = logging.getLogger(__name__)

OUTPUT = LOOK_OUTPUT  # the graph output the app reads
PREFIX = "look_l"


def fit_look(train: list[np.ndarray], val: list[np.ndarray], components: int, shrinkage: float,
             pass_rate: float) -> tuple[shift.ShiftModel, float]:
    """One single-class Mahalanobis model per layer (training images of the findings), each layer scaled by its
    ``pass_rate`` quantile on validation images of the findings; the threshold is that quantile of the score."""
    layers = []
    for train_features, val_features in zip(train, val, strict=True):
        layer = shift.fit_layer(train_features, np.zeros(len(train_features), np.int64), 1, components, shrinkage)
        layer.scale = float(np.quantile(layer.distance(val_features), pass_rate))
        layers.append(layer)
    fitted = shift.ShiftModel(layers, components, shrinkage)
    return fitted, shift.threshold_for(fitted.score(val), pass_rate)


def shipped_outputs(task: Task, run_dir: Path, card: dict, model: Any, parts: tuple[str, ...],
                    outputs: tuple[str, ...] = ("probs", EMBEDDING, SHIFT)) -> dict[str, dict[str, np.ndarray]]:
    """Per split part: labels, the cached images and the graph's ``outputs`` on them."""
    split = card_split(task, run_dir, card)
    session = graph_session(model)
    found = {}
    for part in parts:
        items = datasets.items_from(split, part)
        images = datasets.load_cache(items, task.preprocessing["channels"], run_dir / f"cache_{part}.npy")
        found[part] = {"labels": np.array([i.label for i in items]), "images": images,
                       **run_graph(session, model_inputs(images, task.preprocessing), list(outputs))}
    return found


def look_flags(task: Task, section: dict, probs: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Which results the finding-look check ``section`` flags: top label one of its findings, score beyond."""
    applies = [task.labels.index(label) for label in section["applies_to"]]
    return np.isin(probs.argmax(1), applies) & (scores > section["threshold"])


def validation_flags(task: Task, card: dict, val: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Which validation results the card's review band, shift check and (when the card has one) finding-look
    check flag, and which calls are correct."""
    probs, operating = val["probs"].astype(np.float64), card["operating_point"]
    flagged = band_flags(probs, operating, card["review_band"], task.labels) | \
        (val[SHIFT] > card["shift"]["threshold"])
    if "finding_look" in card:
        flagged |= look_flags(task, card["finding_look"], probs, val[OUTPUT])
    return flagged, decisions(probs, operating, task.labels) == val["labels"]


def finding_look(task: Task, run_dir: Path, models_dir: Path) -> dict[str, Any]:
    """Fit the check of ``task.finding_look``, add its output to the shipped graph and its section to the card."""
    import onnx

    settings = task.finding_look
    if not settings:
        raise SystemExit(f"{task.id}: no finding_look settings in export_tools/tasks.py")
    card_path, card, shipped = shipped_model(task, models_dir)
    model = onnx.load(str(shipped))
    names = {o.name for o in model.graph.output}
    if EMBEDDING not in names:
        raise SystemExit(f"{shipped} has no {EMBEDDING} output: run `python -m export_tools scope` first")
    if OUTPUT in names:
        raise SystemExit(f"{shipped} already has {OUTPUT}: export and scope it again first")
    layers = [(layer["tensor"], int(layer["channels"])) for layer in card["shift"]["layers"]]
    applies = [task.labels.index(label) for label in settings["applies_to"]]
    parts = shipped_outputs(task, run_dir, card, model, ("train", "val"))
    train, val = parts["train"], parts["val"]
    in_train, in_val = np.isin(train["labels"], applies), np.isin(val["labels"], applies)
    components, shrinkage = card["shift"]["components"], card["shift"]["shrinkage"]
    fitted, threshold = fit_look([f[in_train] for f in split_layers(train[EMBEDDING], layers)],
                                 [f[in_val] for f in split_layers(val[EMBEDDING], layers)],
                                 components, shrinkage, settings["pass_rate"])
    stats = [f"scope_l{n}_stats" for n in range(len(layers))]
    model = with_distance_output(model, fitted, stats, PREFIX, OUTPUT)
    onnx.checker.check_model(model)
    val_scores = fitted.score(split_layers(val[EMBEDDING], layers))
    check = _graph_check(model, model_inputs(val["images"][:64], task.preprocessing), val_scores[:64])
    tmp = shipped.with_suffix(".onnx.tmp")
    onnx.save(model, str(tmp))
    tmp.replace(shipped)
    from desktop_app.inference.registry import sha256_of

    card["sha256"], card["size_bytes"] = sha256_of(shipped), shipped.stat().st_size
    card["outputs"][OUTPUT] = {"shape": [None], "meaning": "distance of the embedding from the training images of "
                               "the findings in finding_look.applies_to; above finding_look.threshold an image "
                               "given one of them is unlike the training images of those findings"}
    before, correct = validation_flags(task, card, val)  # the card has no finding_look section yet
    flagged = look_flags(task, {"applies_to": settings["applies_to"], "threshold": threshold}, val["probs"],
                         val_scores)
    shifted = val_scores > threshold  # only for the record: the app applies it to the findings' calls
    card["finding_look"] = {
        "applies_to": list(settings["applies_to"]),
        "method": "per layer of the shift check (output 'embedding'), the Mahalanobis distance to the training "
                  "images of the findings in 'applies_to' only (one class, the shift check's whitening and "
                  "shrinkage), divided by its validation quantile; the score is the largest ratio (output "
                  f"'{OUTPUT}', computed in the graph). Applied when the model's top label is one of the findings.",
        "why": settings["why"],
        "fitted_on": f"training split, {int(in_train.sum())} images of {', '.join(settings['applies_to'])}",
        "threshold": threshold,
        "threshold_rule": f"{settings['pass_rate']:.1%} of validation images of these findings score below it",
        "reason": "unlike the training images of the finding it was given",
        "measured": {"validation_n": int(len(flagged)), "validation_flagged": round(float(flagged.mean()), 4),
                     "validation_findings_beyond": round(float(shifted[in_val].mean()), 4),
                     "validation_others_beyond": round(float(shifted[~in_val].mean()), 4),
                     "validation_review_with_shift": review_stats(before, correct),
                     "validation_review_with_shift_and_look": review_stats(before | flagged, correct)},
        "command": f"python -m export_tools finding-look --task {task.id}",
        "fitted_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "graph_check": check,
    }
    card["metrics"]["validation"]["review_with_shift_and_look"] = \
        card["finding_look"]["measured"]["validation_review_with_shift_and_look"]
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    log.info("%s finding look: threshold %.3f, %s", task.id, threshold, card["finding_look"]["measured"])
    return card["finding_look"]


def _graph_check(model: Any, inputs: np.ndarray, expected: np.ndarray) -> dict:
    """The graph's score equals the fitted model's (relative 1e-4)."""
    found = run_graph(graph_session(model), inputs, [OUTPUT])[OUTPUT]
    relative = float(np.max(np.abs(found - expected) / np.maximum(np.abs(expected), 1.0)))
    if relative > 1e-4:
        raise SystemExit(f"graph {OUTPUT} differs from the fitted model's by {relative:.2g} (relative)")
    return {"n": int(len(inputs)), "max_rel_diff": relative}
