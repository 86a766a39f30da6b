# SPDX-License-Identifier: Apache-2.0
"""``python -m export_tools consistency --task ID``: make each member's score insensitive to re-encoding.

The same film stored with other bits (8-bit PNG, 12/16-bit DICOM, MONOCHROME1) reaches the model a fraction of a
grey level apart; near the threshold that moved a chest score by up to 0.03. Each trained member is fine-tuned
on its own training augmentation with

    loss = cross-entropy + weight · mean((logits(x) − logits(x'))²)

where x' is the same augmented film offset by up to ±0.6 grey level with per-pixel noise (σ ≤ 0.5 level), the
difference between two encodings after the float preprocessing chain. Every ``every`` steps the member is
measured on validation: AUC and log-loss on all validation films, and how far the positive probability moves
between encodings of the validation films nearest the card's threshold, enlarged to 1024 px as a detector stores
a film (8-bit; with the sub-grey detail a 12-bit detector keeps; half a level darker). The checkpoint kept is the
steadiest whose validation AUC and log-loss are no worse than the trained member's (within
``task.consistency['auc_tolerance']`` and 2 %). The trained checkpoint is kept as ``trained.pt`` and a re-run
starts from it, so the step is repeatable. ``best.pt`` then holds the kept checkpoint, and calibration, export and
scope read it as before. The choice is recorded in ``consistency.json`` beside it and, for a task whose settings
say ``"shipped": True``, in the card. For the chest model it was measured and not shipped (export_tools/tasks.py).
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

import cv2
import numpy as np
import torch
from torch import nn

from desktop_app.inference.preprocess import normalise, resize_and_equalise, working_levels
from export_tools.augment import augment
from export_tools.calibrate import load_member
from export_tools.metrics import roc_auc, softmax
from export_tools.tasks import Task
from export_tools.train import Prepared, prepare

log = logging.getLogger(__name__)


def perturbed(levels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The film as another encoding delivers it: a sub-level offset and sub-level noise, in float levels."""
    out = levels.astype(np.float32) + np.float32(rng.uniform(-0.6, 0.6))
    out += rng.normal(0, rng.uniform(0, 0.5), out.shape).astype(np.float32)
    return np.clip(out, 0, 255)


def _inputs(images: list[np.ndarray] | np.ndarray, spec: dict) -> torch.Tensor:
    return torch.from_numpy(np.stack([normalise(resize_and_equalise(im, spec), spec) for im in images]))


def _logits(net: nn.Module, images: np.ndarray, spec: dict, batch: int = 64) -> np.ndarray:
    net.eval()
    with torch.no_grad():
        return np.concatenate([net(_inputs(images[s : s + batch], spec)).numpy()
                               for s in range(0, len(images), batch)])


ENCODED_SIDE = 1024  # the size a detector stores a film at (the data set's copies are 224 px)


def encoding_inputs(film: np.ndarray, spec: dict, seed: int) -> np.ndarray:
    """Model inputs of one film enlarged to 1024 px as three encodings deliver it to the float chain: 8-bit
    levels, the same with a 12-bit detector's sub-grey detail (uniform ±0.5 level), and half a level darker."""
    big = np.clip(np.round(cv2.resize(film.astype(np.float32), (ENCODED_SIDE, ENCODED_SIDE),
                                      interpolation=cv2.INTER_CUBIC)), 0, 255)
    detail = np.random.default_rng(seed).uniform(-0.5, 0.5, big.shape).astype(np.float32)
    variants = [big, np.clip(big + detail, 0, 255), np.clip(big - 0.5, 0, 255)]
    return np.stack([normalise(resize_and_equalise(working_levels(v), spec), spec) for v in variants])


def _probe_inputs(task: Task, data: Prepared, trained: np.ndarray, count: int) -> np.ndarray:
    """Encodings of the ``count`` validation films whose trained-member score is nearest the card's threshold."""
    from export_tools.tasks import MODELS_DIR

    path = MODELS_DIR / f"{task.id}.json"  # the shipped card's temperature and threshold (none yet: 1 and 0.5)
    card = json.loads(path.read_text()) if path.exists() else {}
    p = softmax(trained, card.get("calibration", {}).get("temperature", 1.0))[:, 1]
    nearest = np.argsort(np.abs(p - card.get("operating_point", {}).get("threshold", 0.5)))[:count]
    return np.concatenate([encoding_inputs(data.val_images[i], task.preprocessing, int(i)) for i in nearest])


def validation_figures(net: nn.Module, data: Prepared, probe: np.ndarray, spec: dict) -> dict:
    """AUC and log-loss on validation; the mean and largest spread of p(positive) over each probe film's
    encodings."""
    plain = softmax(_logits(net, data.val_images, spec))
    net.eval()
    with torch.no_grad():
        encoded = softmax(np.concatenate([net(torch.from_numpy(probe[s : s + 60])).numpy()
                                          for s in range(0, len(probe), 60)]))[:, 1].reshape(-1, 3)
    spread = encoded.max(1) - encoded.min(1)
    labels = data.val_labels
    loss = float(-np.log(np.clip(plain[np.arange(len(labels)), labels], 1e-7, 1)).mean())
    return {"auc": round(roc_auc(plain[:, 1], labels == 1), 5), "log_loss": round(loss, 5),
            "mean_change": round(float(spread.mean()), 6), "max_change": round(float(spread.max()), 6)}


def _acceptable(figures: dict, trained: dict, auc_tolerance: float) -> bool:
    return figures["auc"] >= trained["auc"] - auc_tolerance and figures["log_loss"] <= trained["log_loss"] * 1.02


def fine_tune_member(task: Task, run_dir: Path, member: int, data: Prepared, seed: int = 1234,
                     max_steps: int | None = None) -> dict:
    """Fine-tune one member from its trained checkpoint; writes best.pt (the kept step) and returns the record.
    ``max_steps`` caps the task's step count (smoke tests)."""
    settings = dict(task.consistency or {})
    if max_steps:
        settings["steps"] = min(settings["steps"], max_steps)
        settings["every"] = min(settings["every"], settings["steps"])
    folder = task.member_dir(run_dir, member)
    trained_path = folder / "trained.pt"
    if not trained_path.exists():
        shutil.copy2(folder / "best.pt", trained_path)
    shutil.copy2(trained_path, folder / "best.pt")  # start from the trained member, not an earlier fine-tune
    net = load_member(task, run_dir, member)
    spec = task.preprocessing
    rng = np.random.default_rng(seed + 7919 * member)
    probe = _probe_inputs(task, data, _logits(net, data.val_images, spec), settings["probe_films"])
    trained = validation_figures(net, data, probe, spec)
    log.info("member %d trained: %s", member, trained)
    history = [{"step": 0, **trained}]
    kept = {"step": 0, **trained}
    optim = torch.optim.AdamW([p for p in net.parameters() if p.requires_grad], lr=settings["lr"],
                              weight_decay=1e-4)
    loss_fn = nn.CrossEntropyLoss()
    strength = task.members[member].augment
    started = time.time()
    for step in range(1, settings["steps"] + 1):
        net.train()
        idx = rng.choice(len(data.train_labels), min(task.batch_size, len(data.train_labels)), replace=False)
        films = [augment(data.train_images[i], rng, task.hflip, strength).astype(np.float32) for i in idx]
        a = net(_inputs(films, spec))
        b = net(_inputs([perturbed(f, rng) for f in films], spec))
        loss = loss_fn(a, torch.from_numpy(data.train_labels[idx])) + settings["weight"] * ((a - b) ** 2).mean()
        optim.zero_grad()
        loss.backward()
        optim.step()
        if step % settings["every"] == 0:
            figures = {"step": step, **validation_figures(net, data, probe, spec)}
            history.append(figures)
            better = _acceptable(figures, trained, settings["auc_tolerance"]) and \
                figures["mean_change"] < kept["mean_change"]
            log.info("member %d step %d (%.0f s): %s%s", member, step, time.time() - started, figures,
                     " *kept*" if better else "")
            if better:
                kept = figures
                torch.save({"model": {k: v.detach().clone() for k, v in net.state_dict().items()},
                            "state": {"consistency_step": step}}, folder / "best.pt")
    return {"member": member, "kept": kept, "trained": trained, "history": history}


def consistency(task: Task, run_dir: Path, limit: int | None = None, max_steps: int | None = None) -> dict:
    """Fine-tune every member (task.consistency must be set); records the choice in run_dir/consistency.json."""
    if not task.consistency:
        raise SystemExit(f"{task.id}: no consistency settings in export_tools/tasks.py")
    data = prepare(task, run_dir, limit=limit)
    members = [fine_tune_member(task, run_dir, m, data, max_steps=max_steps) for m in range(len(task.members))]
    record = {"settings": task.consistency, "members": members,
              "how": "fine-tuned from each member's trained checkpoint; kept: the steadiest validation step whose "
                     "AUC and log-loss stay within tolerance of the trained member's"}
    (run_dir / "consistency.json").write_text(json.dumps(record, indent=1))
    return {"members": [{"member": m["member"], "kept": m["kept"], "trained": m["trained"]} for m in members]}
