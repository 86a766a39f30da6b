# SPDX-License-Identifier: Apache-2.0
"""Turn calibrated probabilities into the card's decision, review flag and a plain-language sentence.

The review rule comes from the card's ``review_band``: a two-sided band of p(positive) for a binary model
(``low`` ≤ p < ``high``: either call can be flagged), per-class conformal thresholds for a multi-class one
(``class_thresholds``: flag when the prediction set is not exactly the top label), or an older card's
``min_confidence``. A result outside the model's validated scope (population or shift) always needs review
and its sentence starts with "Outside validated use: <reasons>".
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.scope.verdict import ScopeVerdict


@dataclass(frozen=True)
class Decision:
    label: str
    text: str
    needs_review: bool


def decide(scores: dict[str, float], card: dict, scope: ScopeVerdict | None = None) -> Decision:
    """Apply the card's operating point and review band to one image's scores, then its scope verdict."""
    operating = card["operating_point"]
    band = card["review_band"]
    if operating.get("type") == "threshold":
        decision = _binary(scores, card, operating, band)
    else:
        decision = _argmax(scores, band)
    if scope is None or scope.in_scope:
        return decision
    return Decision(decision.label, f"{scope.label}. {decision.text}", True)


def _binary(scores: dict[str, float], card: dict, operating: dict, band: dict) -> Decision:
    positive = operating["label"]
    negative = next(label for label in card["labels"] if label != positive)
    p = scores[positive]
    threshold = float(operating["threshold"])
    review = float(band.get("low", 0.0)) <= p < float(band.get("high", 1.0))
    if p >= threshold:
        label, text = positive, f"{positive} suspected — {p:.2f}, above the operating threshold {threshold:.2f}"
    else:
        label, text = negative, f"{negative} — {positive} {p:.2f}, below the operating threshold {threshold:.2f}"
    if review:
        text = f"Needs review: {text} (uncertain band {band['low']:.2f}–{band['high']:.2f})"
    return Decision(label, text, review)


def _argmax(scores: dict[str, float], band: dict) -> Decision:
    label = max(scores, key=scores.__getitem__)
    p = scores[label]
    text = f"{label} — {p:.2f}, the most likely of {len(scores)} classes"
    thresholds = band.get("class_thresholds")
    if thresholds:
        plausible = [lab for lab, t in thresholds.items() if scores.get(lab, 0.0) >= float(t)]
        if plausible == [label]:
            return Decision(label, text, False)
        others = [x for x in plausible if x != label]
        why = f"also plausible: {', '.join(others)}" if label in plausible else "not clearly supported"
        return Decision(label, f"Needs review: {text}; {why}", True)
    cutoff = float(band.get("min_confidence", 0.0))
    if p < cutoff:
        return Decision(label, f"Needs review: {text}; confidence below {cutoff:.2f}", True)
    return Decision(label, text, False)
