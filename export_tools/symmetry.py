# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools symmetry --task ID``: the threshold of the pixel symmetry check
(:mod:`desktop_app.scope.symmetry`) for the calls in ``task.symmetry['applies_to']``.

The brain model learned "no tumour" mostly from T2/FLAIR slices and every tumour from T1 post-contrast, so a
FLAIR glioma can be called "no tumour" with confidence; a tumour makes a slice asymmetric. The threshold lets
``pass_rate`` of the validation slices *labelled* with those findings through (healthy slices: any plane,
sequence and tilt the collection has). The ONNX file is not touched; the card gets a ``symmetry`` section with
what it costs on validation.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.inference.session import LOOK_OUTPUT
from desktop_app.scope.symmetry import asymmetry_score
from export_tools.calibrate import review_stats
from export_tools.finding_look import shipped_outputs, validation_flags
from export_tools.quantise import shipped_model
from export_tools.scope import SHIFT
from export_tools.tasks import Task

log = logging.getLogger(__name__)


def symmetry(task: Task, run_dir: Path, models_dir: Path) -> dict[str, Any]:
    """Fit the threshold on validation, measure its cost and write the card's ``symmetry`` section."""
    import onnx

    settings = task.symmetry
    if not settings:
        raise SystemExit(f"{task.id}: no symmetry settings in export_tools/tasks.py")
    card_path, card, shipped = shipped_model(task, models_dir)
    outputs = ("probs", SHIFT, *((LOOK_OUTPUT,) if "finding_look" in card else ()))
    val = shipped_outputs(task, run_dir, card, onnx.load(str(shipped)), ("val",), outputs)["val"]
    scores = np.array([np.nan if s is None else s for s in map(asymmetry_score, val["images"])])
    applies = [task.labels.index(label) for label in settings["applies_to"]]
    labelled = np.isin(val["labels"], applies) & np.isfinite(scores)
    threshold = float(np.quantile(scores[labelled], settings["pass_rate"]))
    top = val["probs"].argmax(1)
    flagged = np.isin(top, applies) & (np.nan_to_num(scores, nan=-1.0) > threshold)
    before, correct = validation_flags(task, card, val)  # band, shift and finding look
    card["symmetry"] = {
        "applies_to": list(settings["applies_to"]),
        "method": "desktop_app/scope/symmetry.py: the head turned upright and centred at 128 x 128, compared with "
                  "its mirror image inside the eroded head after a light blur; 95th percentile of the absolute "
                  "difference over the median grey level. Applied when the model's top label is in 'applies_to'.",
        "why": settings["why"],
        "threshold": threshold,
        "threshold_rule": f"{settings['pass_rate']:.1%} of validation slices labelled "
                          f"{', '.join(settings['applies_to'])} score below it",
        "reason": "called on a markedly asymmetric slice: a tumour may be missed",
        "measured": {"validation_n": int(len(top)), "validation_not_judged": int(np.isnan(scores).sum()),
                     "validation_flagged": round(float(flagged.mean()), 4),
                     "validation_review_before": review_stats(before, correct),
                     "validation_review_with_symmetry": review_stats(before | flagged, correct)},
        "command": f"python -m export_tools symmetry --task {task.id}",
        "fitted_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    card["metrics"]["validation"]["review_with_all_checks"] = card["symmetry"]["measured"][
        "validation_review_with_symmetry"]
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    log.info("%s symmetry: threshold %.3f, %s", task.id, threshold, card["symmetry"]["measured"])
    return card["symmetry"]
