# SPDX-License-Identifier: Apache-2.0
"""The input gate's figures on real images: held-out confusion matrix and acceptance on the shift dev sets.

``held_out_report`` scores the held-out sources of export_tools.gate_sources with the calibrated network
(run by calibrate). ``external_report`` runs a shipped ``input_gate.onnx`` through the app's own Analyser
(decode, window, working image, gate) on ``chest_shift_dev`` (must be accepted as chest X-ray, per source),
``brain_shift_dev`` (as brain MRI, per sequence) and the real files that showed the old gate's problem;
``python -m export_tools gate-check`` stores it in the card's ``external`` section.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from export_tools.tasks import DATA_ROOT, GATE_LABELS

ACCEPTED = {"chest_xray", "brain_mri"}
#: Real files (pydicom-data / pydicom) on which gate 1.0.0 accepted another anatomy or modality.
PROBLEM_FILES = (
    ("examples_overlay.dcm", "abdominal MR (cropped)", "brain_mri 0.997 (1.0.0)"),
    ("MR-SIEMENS-DICOM-WithOverlays.dcm", "abdominal MR", "head_ct 0.520, refused as unsure (1.0.0)"),
    ("MR2_UNCR.dcm", "shoulder MR", "brain_mri 0.991 (1.0.0)"),
    ("explicit_VR-UN.dcm", "abdominal CT (TCIA Pancreas-CT)", "brain_mri 0.968 (1.0.0)"),
    ("emri_small.dcm", "enhanced MR, 64 px head crop", "brain_mri 0.918 (1.0.0)"),
    ("RG3_UNCR.dcm", "lower-leg radiograph", "other 0.999 (1.0.0)"),
    ("US1_UNCR.dcm", "ultrasound", "other 0.995 (1.0.0)"),
    ("RG1_UNCR.dcm", "adult PA chest radiograph (must be accepted)", "chest_xray 0.999 (1.0.0)"),
)


def confusion(true: list[str], predicted: list[str]) -> dict[str, dict[str, int]]:
    """Rows: true gate label; columns: predicted label (only non-zero cells)."""
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for (t, p), n in Counter(zip(true, predicted, strict=True)).items():
        table[t][p] = n
    return {t: dict(sorted(row.items())) for t, row in sorted(table.items())}


def held_out_report(probs: np.ndarray, labels: np.ndarray, groups: list[str], min_confidence: float) -> dict:
    """Confusion matrix, refusal rate and per-source verdicts of the held-out real examples."""
    predicted = [GATE_LABELS[i] for i in probs.argmax(1)]
    true = [GATE_LABELS[i] for i in labels]
    accepted = np.array([p in ACCEPTED for p in predicted]) & (probs.max(1) >= min_confidence)
    should_accept = np.array([t in ACCEPTED for t in true])
    per_source: dict[str, dict] = {}
    for group in sorted(set(groups)):
        rows = [i for i, g in enumerate(groups) if g == group]
        per_source[group] = {"n": len(rows), "true": true[rows[0]],
                             "predicted": dict(Counter(predicted[i] for i in rows)),
                             "accepted": int(accepted[rows].sum())}
    return {
        "n": int(len(labels)), "n_sources": len(per_source),
        "accuracy": float(np.mean(np.array(predicted) == np.array(true))) if len(true) else float("nan"),
        "confusion": confusion(true, predicted),
        "refused_of_should_refuse": f"{int((~accepted & ~should_accept).sum())}/{int((~should_accept).sum())}",
        "accepted_of_should_accept": f"{int((accepted & should_accept).sum())}/{int(should_accept.sum())}",
        "per_source": per_source,
    }


def _gate_verdicts(model_dir: Path, files: list[Path]) -> list[tuple[str, float, bool]]:
    """(label, probability, accepted by a diagnostic model) per file, through the app's Analyser."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.inference.analyser import Analyser
    from desktop_app.inference.prepared import analysis_input

    analyser = Analyser([model_dir], device="cpu")
    out = []
    for path in files:
        kind, score, cutoff = analyser.run_gate(analysis_input(load_image(path)))
        out.append((kind, round(score, 4), kind in ACCEPTED and score >= cutoff))
    return out


def _acceptance(rows: list[dict], key: str, verdicts: list[tuple[str, float, bool]], expected: str) -> dict:
    by: dict[str, list[bool]] = defaultdict(list)
    labels: dict[str, Counter] = defaultdict(Counter)
    for row, (kind, _, accepted) in zip(rows, verdicts, strict=True):
        ok = accepted and kind == expected
        for name in (row[key], "all"):
            by[name].append(ok)
            labels[name][kind] += 1
    return {name: {"n": len(v), "accepted_as_" + expected: int(sum(v)), "rate": round(float(np.mean(v)), 4),
                   "gate_labels": dict(labels[name])} for name, v in sorted(by.items())}


def external_report(model_dir: Path) -> dict:
    """Acceptance on the shift dev sets and the gate's verdict on each problem file."""
    from desktop_app.imaging.model import ImageLoadError
    from export_tools.gate_sources import pydicom_file

    out: dict = {"measured_with": "desktop_app Analyser.run_gate on the shipped ONNX (load, window, working "
                                  "image, gate), min_confidence from the card"}
    for folder, key, expected in (("chest_shift_dev", "source", "chest_xray"), ("brain_shift_dev", "sequence",
                                                                                  "brain_mri")):
        labels = DATA_ROOT / folder / "labels.csv"
        if labels.exists():
            rows = list(csv.DictReader(labels.open()))
            verdicts = _gate_verdicts(model_dir, [DATA_ROOT / folder / r["file"] for r in rows])
            out[folder] = _acceptance(rows, key, verdicts, expected)
    problem = {}
    for name, what, before in PROBLEM_FILES:
        try:
            kind, score, accepted = _gate_verdicts(model_dir, [pydicom_file(name)])[0]
            problem[name] = {"what": what, "before": before, "gate": kind, "probability": score,
                             "accepted": accepted}
        except (ImageLoadError, OSError, ValueError) as err:
            problem[name] = {"what": what, "error": str(err)}
    out["problem_files"] = problem
    return out


def write_external(model_dir: Path) -> dict:
    """Store :func:`external_report` in ``model_dir/input_gate.json`` (the ONNX file is not touched)."""
    card_path = model_dir / "input_gate.json"
    card = json.loads(card_path.read_text())
    card["external"] = external_report(model_dir)
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    return card["external"]
