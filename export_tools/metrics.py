# SPDX-License-Identifier: Apache-2.0
"""Classification metrics in plain numpy (no scikit-learn needed)."""

from __future__ import annotations

import numpy as np


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def roc_auc(scores: np.ndarray, positives: np.ndarray) -> float:
    """Mann-Whitney AUC with ties counted half."""
    pos, neg = scores[positives], scores[~positives]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    values = np.concatenate([pos, neg])[order]
    i = 0
    while i < len(values):  # average ranks over ties
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, bins: int = 15) -> float:
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > lo) & (confidence <= hi)
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(ece)


def per_class_f1(pred: np.ndarray, labels: np.ndarray, n_classes: int) -> list[float]:
    scores = []
    for c in range(n_classes):
        tp = np.sum((pred == c) & (labels == c))
        fp = np.sum((pred == c) & (labels != c))
        fn = np.sum((pred != c) & (labels == c))
        scores.append(float(2 * tp / (2 * tp + fp + fn)) if tp + fp + fn else float("nan"))
    return scores


def classification_report(pred: np.ndarray, labels: np.ndarray, names: list[str]) -> dict:
    f1 = per_class_f1(pred, labels, len(names))
    return {
        "n": int(len(labels)),
        "accuracy": float(np.mean(pred == labels)),
        "f1": dict(zip(names, f1, strict=True)),
        "macro_f1": float(np.nanmean(f1)),
    }


def binary_report(p_pos: np.ndarray, labels: np.ndarray, threshold: float, names: list[str]) -> dict:
    """Metrics of a binary model at an operating threshold on the positive-class probability."""
    positives = labels == 1
    pred = (p_pos >= threshold).astype(int)
    tp, fn = np.sum(pred[positives] == 1), np.sum(pred[positives] == 0)
    tn, fp = np.sum(pred[~positives] == 0), np.sum(pred[~positives] == 1)
    report = classification_report(pred, labels, names)
    report.update(
        auc=roc_auc(p_pos, positives),
        sensitivity=float(tp / max(tp + fn, 1)),
        specificity=float(tn / max(tn + fp, 1)),
        threshold=float(threshold),
        confusion={"tp": int(tp), "fn": int(fn), "tn": int(tn), "fp": int(fp)},
    )
    return report
