# SPDX-License-Identifier: Apache-2.0
"""How far p(PNEUMONIA) moves when the same film is stored differently (issue 15, item 7).

The 40 test_a films whose score is nearest the card's operating threshold, each written as 8-bit PNG, 8-bit
DICOM, 16-bit MONOCHROME1 with rescale, 12-bit with sub-grey detail, RLE and without preamble
(tests/test_analysis_invariance.py), go through the app's loader and analyser; the spread is max − min of the
six scores of a film; also the spread of the score's log-odds (which does not depend on where the threshold
sits: a probability spread is small wherever the curve is flat) and how many films change their call or review
flag between encodings. The figures go into the card's ``robustness.encoding_spread``:

    python -m tools.encoding_spread [--models onnx_models] [--films 40] [--side 1024]

The split's films are stored at 224x224, the model's own scale: there the 12-bit encoding's sub-grey detail is
noise at the resolution the network sees, a worst case. ``--side N`` first enlarges each film (bicubic) to N
pixels on its longer side, as a detector's full-resolution film is stored, so that detail is averaged by the
reduction to the model's size as in practice; its figures go into ``robustness.encoding_spread_full_resolution``.

Needs the training split (export_tools/runs/chest_xray_pneumonia/split.json) and ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import cv2
import numpy as np

from desktop_app.imaging.loader import load_image
from desktop_app.inference.analyser import Analyser
from tests.test_analysis_invariance import encodings

REPO = Path(__file__).resolve().parents[1]
TASK = "chest_xray_pneumonia"


def measure(models: Path, split_path: Path, data_root: Path, films: int, side: int = 0) -> dict:
    analyser = Analyser([models], device="cpu")
    card = json.loads((models / f"{TASK}.json").read_text())
    threshold = card["operating_point"]["threshold"]
    files = [data_root / item["source"] for item in json.loads(split_path.read_text())["test_a"]]
    scores = np.array([analyser.analyse(load_image(str(f))).scores["PNEUMONIA"] for f in files])
    nearest = np.argsort(np.abs(scores - threshold))[:films]
    spreads, logit_spreads, decisions_changed, review_changed = [], [], 0, 0
    for index in nearest:
        with tempfile.TemporaryDirectory() as folder:
            gray = cv2.imread(str(files[index]), cv2.IMREAD_GRAYSCALE)
            if side:
                scale = side / max(gray.shape)
                size = (round(gray.shape[1] * scale), round(gray.shape[0] * scale))
                gray = cv2.resize(gray, size, interpolation=cv2.INTER_CUBIC)
            results = [analyser.analyse(load_image(str(p))) for p in encodings(gray, Path(folder))]
        film = np.array([r.scores["PNEUMONIA"] for r in results])
        logits = np.log(np.clip(film, 1e-7, 1 - 1e-7) / np.clip(1 - film, 1e-7, 1))
        spreads.append(film.max() - film.min())
        logit_spreads.append(logits.max() - logits.min())
        decisions_changed += len({r.decision for r in results}) > 1
        review_changed += len({r.needs_review for r in results}) > 1
    spread, logit_spread = np.array(spreads), np.array(logit_spreads)
    return {"films": int(films), "encodings": 6, "model_version": card["version"],
            "max": round(float(spread.max()), 4), "median": round(float(np.median(spread)), 4),
            "p90": round(float(np.quantile(spread, 0.9)), 4), "films_within_0.02": int((spread <= 0.02).sum()),
            # threshold-independent: the spread of the score's log-odds, and films whose call or review flag changes
            "logit_max": round(float(logit_spread.max()), 4), "logit_median": round(float(np.median(logit_spread)), 4),
            "films_decision_changed": int(decisions_changed), "films_review_changed": int(review_changed),
            **({"film_side_px": side} if side else {"film_side_px": 224}),
            "command": "python -m tools.encoding_spread" + (f" --side {side}" if side else "")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=REPO / "onnx_models")
    parser.add_argument("--split", type=Path, default=REPO / "export_tools" / "runs" / TASK / "split.json")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--films", type=int, default=40)
    parser.add_argument("--side", type=int, default=0, help="enlarge each film to this longer side first")
    args = parser.parse_args()
    result = measure(args.models, args.split, args.data, args.films, args.side)
    card_path = args.models / f"{TASK}.json"
    card = json.loads(card_path.read_text())
    key = "encoding_spread_full_resolution" if args.side else "encoding_spread"
    earlier = card.setdefault("robustness", {}).get(key) or {}
    # figures of earlier models (e.g. "previous_model_1.2.0") stay for comparison
    card["robustness"][key] = {**result, **{k: v for k, v in earlier.items() if k.startswith("previous_model")}}
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
