# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools external --task ID``: the shipped model on the development shift sets, through the
application's own analyse path (decode → gate → model → review band → scope), per source, view or sequence.

Sets (``../shared/data``): ``chest_shift_dev`` (adult films from two other hospitals) and ``brain_shift_dev``
(TCGA-LGG gliomas, FLAIR and T1 post-contrast). Files are analysed as they come, with no typed patient
facts. A result counts as *flagged* when it needs review (uncertain or outside scope) and as *refused* when
the input gate does not let it through; a wrong call that is neither is *wrong and unflagged* — what the
issue's targets bound. The outcome goes into the card's ``external`` section.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

from export_tools.tasks import DATA_ROOT, Task

log = logging.getLogger(__name__)

SETS = {
    "chest_xray_pneumonia": ("chest_shift_dev", ("source", "view"), "83 adult frontal chest films: Actualmed "
                             "(Spain) and Figure 1 (case-sharing app); research use only, never shipped"),
    "brain_mri_tumor": ("brain_shift_dev", ("group", "sequence"), "194 axial glioma slices of 57 TCGA-LGG patients "
                        "(Buda et al. preprocessing; the slices show the scalp and skull); CC BY-NC-SA 4.0, "
                        "team-internal use"),
}


def outcome(result: Any, truth: str) -> dict[str, bool]:
    """What happened to one file: refused by the gate, flagged, outside scope, correct."""
    prediction = result.prediction
    analysed = prediction is not None
    return {
        "refused": not analysed,
        "flagged": analysed and prediction.needs_review,
        "outside_scope": analysed and not prediction.in_scope,
        "shifted": analysed and prediction.scope is not None and prediction.scope.shifted,
        "skull_stripped": analysed and prediction.scope is not None and prediction.scope.presentation is not None
        and prediction.scope.presentation.stripped,
        "correct": analysed and prediction.decision == truth,
    }


def summarise(outcomes: list[dict[str, bool]]) -> dict[str, Any]:
    n = len(outcomes)
    analysed = [o for o in outcomes if not o["refused"]]
    unflagged = [o for o in analysed if not o["flagged"]]

    def share(count: int, total: int) -> float | None:
        return round(count / total, 4) if total else None

    return {
        "n": n,
        "refused_by_gate": share(sum(o["refused"] for o in outcomes), n),
        "flagged": share(sum(o["flagged"] for o in analysed), n),
        "outside_scope": share(sum(o["outside_scope"] for o in analysed), n),
        "shifted": share(sum(o["shifted"] for o in analysed), n),
        "skull_stripped": share(sum(o["skull_stripped"] for o in analysed), n),
        "accuracy_analysed": share(sum(o["correct"] for o in analysed), len(analysed)),
        "accuracy_unflagged": share(sum(o["correct"] for o in unflagged), len(unflagged)),
        "wrong_and_unflagged": share(sum(not o["correct"] for o in unflagged), n),
        "wrong_and_unflagged_count": sum(not o["correct"] for o in unflagged),
    }


def external(task: Task, models_dir: Path) -> dict[str, Any]:
    """Analyse the task's shift set with the shipped models in ``models_dir``; write the card's section."""
    from desktop_app.analysis import analyse_file
    from desktop_app.inference.analyser import Analyser

    folder, groupings, description = SETS[task.id]
    root = DATA_ROOT / folder
    rows = list(csv.DictReader((root / "labels.csv").open()))
    analyser = Analyser([models_dir], device="cpu", threads=2)
    outcomes: dict[str, list[dict[str, bool]]] = defaultdict(list)
    for row in rows:
        result = analyse_file(analyser, root / row["file"], model_id="auto")
        found = outcome(result, row["label"])
        outcomes["all"].append(found)
        for key in groupings:
            outcomes[f"{key}={row.get(key) or 'unknown'}"].append(found)
    section = {
        "set": f"shared/data/{folder}", "description": description,
        "measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": f"python -m export_tools external --task {task.id}",
        "how": "each file through the app's analyse path (gate, model, review band, population, shift and "
               "presentation checks), no typed patient facts; flagged = needs review; refused = the input gate said no",
        "results": {name: summarise(found) for name, found in sorted(outcomes.items())},
    }
    card_path = models_dir / f"{task.id}.json"
    card = json.loads(card_path.read_text())
    card["external"] = section
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    log.info("%s external: %s", task.id, json.dumps(section["results"]["all"]))
    return section
