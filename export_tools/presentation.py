# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools presentation --task brain_mri_tumor``: fit the skull-stripped slice check.

The brain model was trained and validated on slices that show the scalp and skull. The check
(:mod:`desktop_app.scope.presentation`) reads a few features of the head's outer boundary from the analysis
working image; a logistic regression, fitted here with numpy, turns them into a score:

* positives: the model's training split (its slices, through the app's loader and working image);
* negatives: synthetic skull-stripped versions of the same slices (:mod:`export_tools.skull_strip`).

The threshold is chosen on the validation split (its real slices; about 99 % pass), then the check is
measured once on validation (real and synthetic stripped), the training split, the development shift set
(per sequence) and the bundled brain samples, and the card's ``presentation`` section is written. The ONNX
file and its sha256 are not touched. Feature values are cached in the run directory.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.scope.presentation import FEATURES, presentation_features
from export_tools.skull_strip import skull_strip
from export_tools.tasks import DATA_ROOT, REPO_ROOT, Task

log = logging.getLogger(__name__)

PASS_RATE = 0.99  # share of real validation slices the threshold lets through
REASON = "skull-stripped slice (validated on slices with the skull)"
SHIFT_SET = "brain_shift_dev"


def working_image(path: Path) -> np.ndarray:
    """The analysis working image the app computes for ``path`` (decode, default rendering, reduction)."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.inference.prepared import analysis_input

    return np.asarray(analysis_input(load_image(path)))


def feature_rows(images: Iterable[np.ndarray | None]) -> np.ndarray:
    """One row of :data:`FEATURES` per image; NaN where an image could not be judged (or is None)."""
    rows = []
    for image in images:
        found = None if image is None else presentation_features(image)
        rows.append([np.nan] * len(FEATURES) if found is None else [found[name] for name in FEATURES])
    return np.array(rows, dtype=float).reshape(-1, len(FEATURES))


def split_features(split: list[dict[str, Any]], seed: int) -> dict[str, np.ndarray]:
    """Features of a split's real slices and of one synthetic skull-stripped version of each."""
    rng = np.random.default_rng(seed)
    real, stripped = [], []
    for number, item in enumerate(split):
        image = working_image(DATA_ROOT / item["source"])
        real.append(image)
        stripped.append(skull_strip(image, rng))
        if number % 500 == 0:
            log.info("presentation features: %d/%d", number, len(split))
    return {"real": feature_rows(real), "stripped": feature_rows(stripped),
            "made": np.array([s is not None for s in stripped])}


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method on standardised features; weights and bias
    returned for the raw features (standardisation folded in)."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.diag([l2] * (z.shape[1] - 1) + [0.0])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -50, 50)))
        gradient = z.T @ (p - y) / len(y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z / len(y) + penalty
        update = np.linalg.solve(hessian, gradient)
        w -= update
        if np.abs(update).max() < 1e-10:
            break
    weights = w[:-1] / scale
    return weights, float(w[-1] - np.dot(weights, mean))


def scores(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """Logistic scores; NaN rows (not judged) stay NaN."""
    return 1.0 / (1.0 + np.exp(-np.clip(x @ weights + bias, -50, 50)))


def flagged(values: np.ndarray, threshold: float) -> dict[str, Any]:
    """Flagged share with counts; a slice that could not be judged counts as not flagged."""
    judged = ~np.isnan(values)
    count = int(np.sum(values[judged] < threshold))
    return {"n": int(len(values)), "flagged": round(count / len(values), 4) if len(values) else None,
            "flagged_count": count, "not_judged": int(np.sum(~judged))}


def shift_set_features() -> dict[str, np.ndarray]:
    """Features of the development shift set's slices, per sequence."""
    root = DATA_ROOT / SHIFT_SET
    rows = list(csv.DictReader((root / "labels.csv").open()))
    groups: dict[str, list[np.ndarray]] = {}
    for row in rows:
        groups.setdefault(row["sequence"] or "unknown", []).append(working_image(root / row["file"]))
    return {sequence: feature_rows(images) for sequence, images in sorted(groups.items())}


def sample_features() -> dict[str, np.ndarray]:
    samples = sorted((REPO_ROOT / "resources" / "samples").glob("brain_*"))
    return {path.name: feature_rows([working_image(path)]) for path in samples}


def _cached(run_dir: Path, split: dict[str, Any]) -> dict[str, dict[str, np.ndarray]]:
    cache = run_dir / "presentation_features.npz"
    if cache.exists():
        stored = np.load(cache)
        return {part: {key: stored[f"{part}_{key}"] for key in ("real", "stripped", "made")}
                for part in ("train", "val")}
    parts = {"train": split_features(split["train"], seed=11), "val": split_features(split["val"], seed=12)}
    np.savez(cache, **{f"{part}_{key}": v for part, found in parts.items() for key, v in found.items()})
    return parts


def fit(parts: dict[str, dict[str, np.ndarray]]) -> tuple[np.ndarray, float, float]:
    """Weights, bias and threshold: fitted on train (real vs stripped), threshold on validation's real
    slices (the (1 - PASS_RATE) quantile of their scores)."""
    train = parts["train"]
    positives = train["real"][~np.isnan(train["real"]).any(axis=1)]
    negatives = train["stripped"][~np.isnan(train["stripped"]).any(axis=1)]
    x = np.vstack([positives, negatives])
    y = np.concatenate([np.ones(len(positives)), np.zeros(len(negatives))])
    weights, bias = fit_logistic(x, y)
    val_scores = scores(parts["val"]["real"], weights, bias)
    threshold = float(np.quantile(val_scores[~np.isnan(val_scores)], 1 - PASS_RATE))
    return weights, bias, threshold


def measure(parts: dict[str, dict[str, np.ndarray]], weights: np.ndarray, bias: float,
            threshold: float) -> dict[str, Any]:
    """Flagged fractions (with counts) on every set at hand, measured once with the fitted check."""
    def on(x: np.ndarray) -> dict[str, Any]:
        return flagged(scores(x, weights, bias), threshold)

    val, train = parts["val"], parts["train"]
    measured: dict[str, Any] = {
        "validation_real": on(val["real"]),
        "validation_synthetic_stripped": on(val["stripped"][val["made"]]),
        "train_real (fitted on)": on(train["real"]),
        "test": "no brain test split here (split.json test_a is empty; the deduplicated test split is private)",
    }
    for sequence, x in shift_set_features().items():
        measured[f"{SHIFT_SET} sequence={sequence}"] = on(x)
    measured["samples"] = {name: round(float(scores(x, weights, bias)[0]), 4)
                           for name, x in sample_features().items()}
    return measured


def presentation(task: Task, run_dir: Path, models_dir: Path) -> dict[str, Any]:
    """Fit, measure and write the card's ``presentation`` section; returns it."""
    if task.id != "brain_mri_tumor":
        raise SystemExit("the presentation check exists for brain_mri_tumor only")
    split = json.loads((run_dir / "split.json").read_text())
    parts = _cached(run_dir, split)
    weights, bias, threshold = fit(parts)
    section = {
        "method": "logistic regression on features of the head's outer boundary, read along 72 rays from the "
                  "head centre (desktop_app/scope/presentation.py): a bright scalp ring outside a dark bone band "
                  "vs the brain surface meeting the background",
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in weights],
        "bias": round(bias, 6),
        "threshold": round(threshold, 6),
        "threshold_rule": f"flag when the score is below the {1 - PASS_RATE:.0%} quantile of the validation split's "
                          f"real slices (about {PASS_RATE:.0%} of them pass); not tuned on {SHIFT_SET}",
        "fitted_on": f"positives: the training split's {int(np.sum(~np.isnan(parts['train']['real']).any(axis=1)))} "
                     f"slices (with the skull); negatives: {int(parts['train']['made'].sum())} synthetic "
                     "skull-stripped versions of them (export_tools/skull_strip.py)",
        "reason": REASON,
        "measured": measure(parts, weights, bias, threshold),
        "measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": f"python -m export_tools presentation --task {task.id}",
    }
    card_path = models_dir / f"{task.id}.json"
    card = json.loads(card_path.read_text())
    card["presentation"] = section
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    return section
