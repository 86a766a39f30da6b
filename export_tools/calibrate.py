# SPDX-License-Identifier: Apache-2.0
"""Temperature scaling, operating point and review band, chosen on validation; metrics on val and test_a."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import torch

from export_tools import conformal, datasets
from export_tools.gate_report import held_out_report
from export_tools.metrics import (
    binary_report,
    classification_report,
    expected_calibration_error,
    roc_auc,
    softmax,
)
from export_tools.model import CamEnsemble, CamNet, fuse_batchnorm, round_weights_to_float16
from export_tools.tasks import GATE_LABELS, Task
from export_tools.train import predict_logits, validation_score

log = logging.getLogger(__name__)


def load_member(task: Task, run_dir: Path, member: int = 0) -> CamNet:
    """One member's best checkpoint, as trained (float32, batch-norm separate)."""
    net = CamNet(len(task.labels), task.preprocessing["size"][0], pretrained=False,
                 frozen_blocks=task.frozen_blocks)
    best = task.member_dir(run_dir, member) / "best.pt"
    net.load_state_dict(torch.load(best, map_location="cpu", weights_only=False)["model"])
    return net.eval()


def load_best(task: Task, run_dir: Path) -> torch.nn.Module:
    """The network that ships: all members averaged, batch-norm folded and, for float16 storage, rounded."""
    members = [load_member(task, run_dir, m) for m in range(len(task.members))]
    net = members[0] if len(members) == 1 else CamEnsemble(members)
    if task.weights_dtype == "float16":
        round_weights_to_float16(fuse_batchnorm(net))
    return net.eval()


def member_logits(task: Task, run_dir: Path, images: np.ndarray) -> list[np.ndarray]:
    """Each member's logits as trained (float32, batch-norm separate), one forward pass per member."""
    return [predict_logits(load_member(task, run_dir, m), images, task.preprocessing)
            for m in range(len(task.members))]


def rounding_effect(task: Task, labels: np.ndarray, full_logits: np.ndarray, rounded_logits: np.ndarray,
                    temperature: float) -> dict:
    """How much storing the weights as float16 moves validation probabilities and the score.

    ``full_logits``: the float32 network's; for an ensemble the mean of its members' logits, which is what
    the averaged graph computes (the spatial mean commutes with the mean over members).
    """
    diff = np.abs(softmax(full_logits, temperature) - softmax(rounded_logits, temperature)).max()
    return {"n": int(len(labels)), "max_abs_diff_probs_validation": float(diff),
            "score_float32": validation_score(task, full_logits, labels),
            "score_float16": validation_score(task, rounded_logits, labels)}


def member_metrics(task: Task, parts: dict[str, tuple[list[np.ndarray], np.ndarray]]) -> list[dict]:
    """Each member alone (float32, uncalibrated AUC / macro-F1), so the card shows what averaging bought.

    ``parts``: split name → (each member's logits, labels).
    """
    out = []
    for m, config in enumerate(task.members):
        row: dict = {"member": m, "seed": config.seed, "augment": config.augment}
        for part, (logits, labels) in parts.items():
            row[part] = {"n": int(len(labels)), "score": validation_score(task, logits[m], labels),
                         "score_name": "auc" if task.positive_label else "macro_f1"}
        out.append(row)
    return out


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """Temperature minimising validation NLL (log-spaced search, then refinement)."""
    def nll(t: float) -> float:
        p = softmax(logits, t)[np.arange(len(labels)), labels]
        return float(-np.mean(np.log(np.clip(p, 1e-12, 1))))

    grid = np.exp(np.linspace(np.log(0.05), np.log(20), 200))
    best = grid[int(np.argmin([nll(t) for t in grid]))]
    fine = np.linspace(best * 0.95, best * 1.05, 101)
    return float(fine[int(np.argmin([nll(t) for t in fine]))])


def sensitivity_threshold(p_pos: np.ndarray, positives: np.ndarray, min_sensitivity: float) -> float:
    """Highest threshold whose sensitivity on these scores is still ≥ min_sensitivity."""
    pos = np.sort(p_pos[positives])
    allowed_misses = int(np.floor((1 - min_sensitivity) * len(pos)))
    return float(pos[allowed_misses]) if len(pos) else 0.5


def binary_review_band(p_pos: np.ndarray, labels: np.ndarray, threshold: float, target: float) -> dict:
    """Narrowest band around the threshold outside which validation calls are ≥ target correct."""
    negatives_below = [t for t in np.unique(np.concatenate([p_pos, [threshold]])) if t <= threshold]
    low = 0.0
    for t in sorted(negatives_below, reverse=True):
        below = labels[p_pos < t]
        if len(below) == 0 or np.mean(below == 0) >= target:
            low = float(t)
            break
    high = 1.0
    for t in sorted(t for t in np.unique(np.concatenate([p_pos, [threshold]])) if t >= threshold):
        above = labels[p_pos >= t]
        if len(above) == 0 or np.mean(above == 1) >= target:
            high = float(t)
            break
    return {"low": low, "high": high, "target_accuracy_outside": target}


def confidence_cutoff(probs: np.ndarray, labels: np.ndarray, target: float) -> dict:
    """Lowest top-class confidence above which validation accuracy is ≥ target (selective prediction)."""
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    for c in np.sort(np.unique(confidence)):
        kept = confidence >= c
        if correct[kept].mean() >= target:
            return {"min_confidence": float(c), "target_accuracy_outside": target}
    return {"min_confidence": 1.0, "target_accuracy_outside": target}


def review_stats(flagged: np.ndarray, correct: np.ndarray) -> dict:
    kept = ~flagged
    return {
        "n": int(len(flagged)),
        "fraction_flagged": float(flagged.mean()),
        "accuracy_not_flagged": float(correct[kept].mean()) if kept.any() else float("nan"),
        "wrong_and_not_flagged": float((~correct & kept).mean()) if len(kept) else float("nan"),
    }


def decisions(probs: np.ndarray, operating: dict, labels: list[str]) -> np.ndarray:
    """The label index the operating point selects for each image (threshold on one label, else argmax)."""
    if operating["type"] == "threshold":
        return (probs[:, labels.index(operating["label"])] >= operating["threshold"]).astype(int)
    return probs.argmax(1)


def band_flags(probs: np.ndarray, operating: dict, band: dict, labels: list[str]) -> np.ndarray:
    """Which results the card's review band flags (the shift check aside)."""
    if operating["type"] == "threshold":
        p = probs[:, labels.index(operating["label"])]
        return (p >= band["low"]) & (p < band["high"])
    if "class_thresholds" in band:
        return conformal.flagged_by_sets(probs, np.array([band["class_thresholds"][lab] for lab in labels]))
    return probs.max(1) < band.get("min_confidence", 0.0)


def evaluate(task: Task, probs: np.ndarray, labels: np.ndarray, calibration: dict,
             shift_scores: np.ndarray | None = None) -> dict:
    """Metrics of calibrated probabilities under the card's operating point and review band, and with the
    shift check too when ``shift_scores`` and the card's ``shift`` section are given."""
    if task.positive_label:
        threshold = calibration["operating_point"]["threshold"]
        p_pos = probs[:, 1]
        report = binary_report(p_pos, labels, threshold, task.labels)
    else:
        report = classification_report(probs.argmax(1), labels, task.labels)
        report["auc_macro_ovr"] = float(np.nanmean(
            [roc_auc(probs[:, c], labels == c) for c in range(len(task.labels))]))
    correct = decisions(probs, calibration["operating_point"], task.labels) == labels
    flagged = band_flags(probs, calibration["operating_point"], calibration["review_band"], task.labels)
    report["ece"] = expected_calibration_error(probs, labels)
    report["review"] = review_stats(flagged, correct)
    if shift_scores is not None and "shift" in calibration:
        shifted = shift_scores > calibration["shift"]["threshold"]
        report["review"]["fraction_shifted"] = float(shifted.mean())
        report["review_with_shift"] = review_stats(flagged | shifted, correct)
    if task.id == "input_gate":
        report.update(gate_rejection(probs, labels, calibration["review_band"]["min_confidence"]))
    return report


def gate_rejection(probs: np.ndarray, labels: np.ndarray, min_confidence: float) -> dict:
    """Share of non-chest/non-brain images that no diagnostic model would accept."""
    chest, brain = GATE_LABELS.index("chest_xray"), GATE_LABELS.index("brain_mri")
    others = (labels != chest) & (labels != brain)
    pred = probs.argmax(1)
    accepted = ((pred == chest) | (pred == brain)) & (probs.max(1) >= min_confidence)
    return {"n_out_of_scope": int(others.sum()), "out_of_scope_rejected": float(np.mean(~accepted[others]))}


def calibrate(task: Task, run_dir: Path) -> dict:
    net = load_best(task, run_dir)
    split = json.loads((run_dir / "split.json").read_text())
    channels = task.preprocessing["channels"]
    val_items = datasets.items_from(split, "val")
    val_images = datasets.load_cache(val_items, channels, run_dir / "cache_val.npy")
    val_labels = np.array([i.label for i in val_items])
    val_logits = predict_logits(net, val_images, task.preprocessing)
    temperature = fit_temperature(val_logits, val_labels)
    probs = softmax(val_logits, temperature)
    calibration: dict = {"method": "temperature scaling on validation", "temperature": temperature}
    if task.positive_label:
        threshold = sensitivity_threshold(probs[:, 1], val_labels == 1, task.min_sensitivity)
        rule = f"sensitivity >= {task.min_sensitivity} on validation"
        calibration["operating_point"] = {"type": "threshold", "label": task.positive_label,
                                          "threshold": threshold, "rule": rule}
        calibration["review_band"] = binary_review_band(probs[:, 1], val_labels, threshold,
                                                        task.review_target_accuracy)
    else:
        calibration["operating_point"] = {"type": "argmax"}
        calibration["review_band"] = confidence_cutoff(probs, val_labels, task.review_target_accuracy)
    metrics = {"validation": evaluate(task, probs, val_labels, calibration)}
    metrics["validation"]["ece_before_calibration"] = expected_calibration_error(softmax(val_logits), val_labels)
    metrics["validation"]["ece_after_calibration"] = metrics["validation"]["ece"]
    test_items = datasets.items_from(split, "test_a")
    if test_items:
        test_images = datasets.load_cache(test_items, channels, run_dir / "cache_test_a.npy")
        test_labels = np.array([i.label for i in test_items])
        test_logits = predict_logits(net, test_images, task.preprocessing)
        metrics["test_a"] = evaluate(task, softmax(test_logits, temperature), test_labels, calibration)
        metrics["test_a"]["ece_before_calibration"] = expected_calibration_error(softmax(test_logits), test_labels)
    held_out = datasets.items_from(split, "reject_held_out") if "reject_held_out" in split else []
    if held_out:  # the gate's real full-resolution examples from sources never trained on
        held_images = datasets.load_cache(held_out, channels, run_dir / "cache_reject_held_out.npy")
        held_probs = softmax(predict_logits(net, held_images, task.preprocessing), temperature)
        metrics["reject_held_out"] = held_out_report(held_probs, np.array([i.label for i in held_out]),
                                                     [i.group for i in held_out],
                                                     calibration["review_band"]["min_confidence"])
    if task.weights_dtype == "float16" or len(task.members) > 1:
        val_members = member_logits(task, run_dir, val_images)
    if task.weights_dtype == "float16":
        metrics["float16_rounding"] = rounding_effect(task, val_labels, np.mean(val_members, axis=0), val_logits,
                                                      temperature)
    if len(task.members) > 1:
        parts = {"validation": (val_members, val_labels)}
        if test_items:
            parts["test_a"] = (member_logits(task, run_dir, test_images), test_labels)
        metrics["members"] = member_metrics(task, parts)
    result = {"calibration": calibration, "metrics": metrics}
    (run_dir / "calibration.json").write_text(json.dumps(result, indent=1))
    log.info("calibrated %s: %s", task.id, json.dumps(result, indent=1))
    return result
