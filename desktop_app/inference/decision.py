# SPDX-License-Identifier: Apache-2.0
"""Turn calibrated probabilities into the card's decision, review flag and a plain-language sentence.

The review rule comes from the card's ``review_band``: a two-sided band of p(positive) for a binary model
(``low`` ≤ p < ``high``: either call can be flagged), per-class conformal thresholds for a multi-class one
(``class_thresholds``: flag when the prediction set is not exactly the top label), or an older card's
``min_confidence``. A result outside the model's validated scope (population or shift) always needs review
and its sentence starts with "Outside validated use: <reasons>".

The sentence is a :class:`~desktop_app.i18n.phrase.Phrase` in the current language (labels as the card
translates them, numbers with the language's decimal mark); the PDF says it again in the report's language and
the CLI's JSON in English. ``Decision.label`` is always the card's label id.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.i18n.card_text import label_term
from desktop_app.i18n.phrase import Joined, Number, Phrase, phrases
from desktop_app.scope.verdict import ScopeVerdict


@dataclass(frozen=True)
class Decision:
    label: str
    text: Phrase
    needs_review: bool


def decide(scores: dict[str, float], card: dict, scope: ScopeVerdict | None = None) -> Decision:
    """Apply the card's operating point and review band to one image's scores, then its scope verdict."""
    operating = card["operating_point"]
    band = card["review_band"]
    if operating.get("type") == "threshold":
        decision = _binary(scores, card, operating, band)
    else:
        decision = _argmax(scores, card, band)
    if scope is None or scope.in_scope:
        return decision
    text = phrases.translate("Decision", "{outside}. {decision}").format(outside=scope.label, decision=decision.text)
    return Decision(decision.label, text, True)


def _binary(scores: dict[str, float], card: dict, operating: dict, band: dict) -> Decision:
    positive = operating["label"]
    negative = next(label for label in card["labels"] if label != positive)
    p = scores[positive]
    threshold = float(operating["threshold"])
    review = float(band.get("low", 0.0)) <= p < float(band.get("high", 1.0))
    values = {"positive": label_term(card, positive), "negative": label_term(card, negative), "p": Number(p),
              "threshold": Number(threshold)}
    if p >= threshold:
        label = positive
        text = phrases.translate(
            "Decision", "{positive} suspected — {p}, above the operating threshold {threshold}").format(**values)
    else:
        label = negative
        text = phrases.translate(
            "Decision", "{negative} — {positive} {p}, below the operating threshold {threshold}").format(**values)
    if review:
        text = phrases.translate("Decision", "Needs review: {decision} (uncertain band {low}–{high})").format(
            decision=text, low=Number(float(band["low"])), high=Number(float(band["high"])))
    return Decision(label, text, review)


def _argmax(scores: dict[str, float], card: dict, band: dict) -> Decision:
    label = max(scores, key=scores.__getitem__)
    p = scores[label]
    text = phrases.translate("Decision", "{label} — {p}, the most likely of {count} classes").format(
        label=label_term(card, label), p=Number(p), count=len(scores))
    thresholds = band.get("class_thresholds")
    if thresholds:
        plausible = [lab for lab, t in thresholds.items() if scores.get(lab, 0.0) >= float(t)]
        if plausible == [label]:
            return Decision(label, text, False)
        others = Joined(tuple(label_term(card, x) for x in plausible if x != label))
        why = (phrases.translate("Decision", "also plausible: {labels}").format(labels=others) if label in plausible
               else phrases.translate("Decision", "not clearly supported"))
        return Decision(label, phrases.translate("Decision", "Needs review: {decision}; {why}").format(
            decision=text, why=why), True)
    cutoff = float(band.get("min_confidence", 0.0))
    if p < cutoff:
        return Decision(label, phrases.translate("Decision", "Needs review: {decision}; confidence below {cutoff}")
                        .format(decision=text, cutoff=Number(cutoff)), True)
    return Decision(label, text, False)
