# SPDX-License-Identifier: Apache-2.0
"""Turn calibrated probabilities into the card's decision, review flag and a plain-language sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    label: str
    text: str
    needs_review: bool


def decide(scores: dict[str, float], card: dict) -> Decision:
    """Apply the card's operating point and review band to one image's scores."""
    operating = card["operating_point"]
    band = card["review_band"]
    if operating.get("type") == "threshold":
        return _binary(scores, card, operating, band)
    return _argmax(scores, band)


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
    cutoff = float(band.get("min_confidence", 0.0))
    review = p < cutoff
    text = f"{label} — {p:.2f}, the most likely of {len(scores)} classes"
    if review:
        text = f"Needs review: {text}; confidence below {cutoff:.2f}"
    return Decision(label, text, review)
