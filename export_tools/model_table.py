# SPDX-License-Identifier: Apache-2.0
"""Write the README's model table from the cards (figures are never typed by hand)."""

from __future__ import annotations

import json
import re
from pathlib import Path

START, END = "<!-- models:start -->", "<!-- models:end -->"


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "—"


def _review(card: dict) -> str:
    """The review rule in a few words: band, conformal set or confidence cutoff; plus the shift and finding-look
    checks and the flagged share / unflagged accuracy on test_a (else validation) with them."""
    band = card["review_band"]
    if "low" in band:
        rule = f"{band['low']:.2f}–{band['high']:.2f}"
    elif "class_thresholds" in band:
        rule = f"conformal set ≠ 1 label (α {band['alpha']})"
    else:
        rule = f"confidence < {band['min_confidence']:.2f}"
    if "shift" in card:
        rule += f"; shift > {card['shift']['threshold']:.2f}"
    if "finding_look" in card:
        rule += f"; finding unlike its training images > {card['finding_look']['threshold']:.2f}"
    if "symmetry" in card:
        rule += f"; {'/'.join(card['symmetry']['applies_to'])} on asymmetry > {card['symmetry']['threshold']:.2f}"
    part = card["metrics"].get("test_a") or card["metrics"]["validation"]
    flagged = next((part[key] for key in ("review_with_all_checks", "review_with_shift_and_look",
                                          "review_with_shift", "review") if part.get(key)), None)
    if flagged:
        rule += (f" — {flagged['fraction_flagged']:.0%} flagged, unflagged acc "
                 f"{flagged['accuracy_not_flagged']:.3f}")
    return rule


def _row(card: dict) -> str:
    val = card["metrics"]["validation"]
    test = card["metrics"].get("test_a", {})
    op = card["operating_point"]
    point = f"p({op['label']}) ≥ {op['threshold']:.3f}" if op["type"] == "threshold" else "argmax"
    review = _review(card)
    auc = val.get("auc", val.get("auc_macro_ovr"))
    cells = [
        f"`{card['id']}` {card['version']}", ", ".join(card["labels"]),
        f"{val['n']}: AUC {_fmt(auc)}, acc {_fmt(val['accuracy'])}, macro-F1 {_fmt(val['macro_f1'])}",
        (f"{test['n']}: AUC {_fmt(test.get('auc'))}, acc {_fmt(test['accuracy'])}, sens "
         f"{_fmt(test.get('sensitivity'))}, spec {_fmt(test.get('specificity'))}") if test else "—",
        point, review, f"{card['speed']['cpu_ms_batch1_p50']:.1f} ms", f"{card['size_bytes'] / 1e6:.1f} MB",
    ]
    return "| " + " | ".join(cells) + " |"


def model_table(models_dir: Path) -> str:
    cards = [json.loads(p.read_text()) for p in sorted(models_dir.glob("*.json"))]
    head = ("| model | labels | validation (n: metrics) | chest test_a (n: metrics) | operating point | "
            "review band | CPU batch 1 | size |\n|---|---|---|---|---|---|---|---|")
    return "\n".join([head, *(_row(c) for c in cards)])


def update_readme(readme: Path, models_dir: Path) -> None:
    text = readme.read_text()
    block = f"{START}\n{model_table(models_dir)}\n{END}"
    if START in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    else:
        raise SystemExit(f"{readme} has no {START} marker")
    readme.write_text(text)
