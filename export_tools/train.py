# SPDX-License-Identifier: Apache-2.0
"""Resumable CPU training with per-epoch checkpoints and early stopping on validation."""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from desktop_app.inference.preprocess import normalise, resize_and_equalise
from export_tools import datasets
from export_tools.augment import augment
from export_tools.metrics import classification_report, roc_auc, softmax
from export_tools.model import CamNet
from export_tools.tasks import Task

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    split: dict
    train_images: np.ndarray
    train_labels: np.ndarray
    val_images: np.ndarray
    val_labels: np.ndarray


def prepare(task: Task, run_dir: Path, limit: int | None = None, seed: int = 1234) -> Prepared:
    """Split (cached in split.json) and decode every image once into .npy caches."""
    run_dir.mkdir(parents=True, exist_ok=True)
    split = datasets.load_or_make_split(task, run_dir, seed=seed, limit=limit)
    channels = task.preprocessing["channels"]
    arrays = {}
    for part in ("train", "val"):
        items = datasets.items_from(split, part)
        arrays[part] = (
            datasets.load_cache(items, channels, run_dir / f"cache_{part}.npy"),
            np.array([i.label for i in items], dtype=np.int64),
        )
    return Prepared(split, *arrays["train"], *arrays["val"])


def model_input(images: np.ndarray, spec: dict) -> torch.Tensor:
    """Shared preprocessing (the app runs the same functions) on a stack of uint8 images."""
    return torch.from_numpy(np.stack([normalise(resize_and_equalise(im, spec), spec) for im in images]))


def resolve_device(name: str = "cpu") -> torch.device:
    """'cpu', 'cuda' or 'auto' (CUDA when this torch build sees a GPU, else the CPU)."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda" and not torch.cuda.is_available():
        raise SystemExit("--device cuda: this torch build sees no CUDA GPU (install a CUDA build of torch)")
    return torch.device(name)


def predict_logits(net: nn.Module, images: np.ndarray, spec: dict, batch: int = 64) -> np.ndarray:
    net.eval()
    device = next(net.parameters()).device
    out = []
    with torch.no_grad():
        for start in range(0, len(images), batch):
            out.append(net(model_input(images[start : start + batch], spec).to(device)).cpu().numpy())
    return np.concatenate(out) if out else np.zeros((0, 1), np.float32)


def validation_score(task: Task, logits: np.ndarray, labels: np.ndarray) -> float:
    """AUC for a binary task, macro-F1 otherwise (higher is better)."""
    if task.positive_label:
        return roc_auc(softmax(logits)[:, 1], labels == 1)
    return classification_report(logits.argmax(1), labels, task.labels)["macro_f1"]


def _class_weights(labels: np.ndarray, n: int) -> torch.Tensor:
    counts = np.bincount(labels, minlength=n).astype(np.float64)
    weights = counts.sum() / np.maximum(counts, 1) / n
    return torch.tensor(weights, dtype=torch.float32)


def _state(run_dir: Path, net: CamNet, optim: torch.optim.Optimizer) -> dict:
    last = run_dir / "last.pt"
    if not last.exists():
        return {"epoch": 0, "best": -math.inf, "stale": 0, "history": []}
    ckpt = torch.load(last, map_location="cpu", weights_only=False)
    net.load_state_dict(ckpt["model"])
    optim.load_state_dict(ckpt["optim"])
    log.info("resuming %s after epoch %d", run_dir.name, ckpt["state"]["epoch"])
    return ckpt["state"]


def train(task: Task, run_dir: Path, limit: int | None = None, max_steps: int | None = None,
          epochs: int | None = None, pretrained: bool = True, seed: int = 1234, member: int = 0,
          device: str = "cpu") -> dict:
    """Train (or resume) one member of a task; returns the training state.

    The split (and its caches) comes from ``run_dir`` with the split seed; the member's own seed drives
    initialisation order, shuffling and augmentation. best.pt holds the best validation epoch.
    """
    data = prepare(task, run_dir, limit=limit, seed=seed)
    config = task.members[member]
    member_seed = seed if member == 0 else config.seed
    torch.manual_seed(member_seed)
    run_dir = task.member_dir(run_dir, member)
    run_dir.mkdir(parents=True, exist_ok=True)
    dev = resolve_device(device)
    spec = task.preprocessing
    net = CamNet(len(task.labels), spec["size"][0], pretrained=pretrained, frozen_blocks=task.frozen_blocks)
    net.to(dev)
    params = [p for p in net.parameters() if p.requires_grad]
    optim = torch.optim.AdamW(params, lr=task.lr, weight_decay=1e-4)
    state = _state(run_dir, net, optim)
    state.setdefault("member", {"index": member, "seed": member_seed, "augment": config.augment})
    state["device"] = str(dev)
    n_epochs = epochs or task.epochs
    steps_per_epoch = max_steps or task.steps_per_epoch or math.ceil(len(data.train_labels) / task.batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: 0.5 * (1 + math.cos(math.pi * min(s / (n_epochs * steps_per_epoch), 1.0)))
    )
    for _ in range(state["epoch"] * steps_per_epoch):
        schedule.step()
    loss_fn = nn.CrossEntropyLoss(weight=_class_weights(data.train_labels, len(task.labels)).to(dev))
    while state["epoch"] < n_epochs and state["stale"] < task.patience:
        rng = np.random.default_rng(member_seed + state["epoch"])
        started = time.time()
        train_loss = _train_epoch(task, net, optim, schedule, loss_fn, data, rng, steps_per_epoch,
                                  config.augment)
        logits = predict_logits(net, data.val_images, spec)
        score = validation_score(task, logits, data.val_labels)
        state["epoch"] += 1
        improved = score > state["best"]
        state["best"], state["stale"] = (score, 0) if improved else (state["best"], state["stale"] + 1)
        state["history"].append({"epoch": state["epoch"], "train_loss": train_loss, "val_score": score,
                                 "seconds": round(time.time() - started, 1)})
        log.info("%s epoch %d: loss %.4f val %.4f (%.0f s)%s", task.id, state["epoch"], train_loss, score,
                 time.time() - started, " *best*" if improved else "")
        checkpoint = {"model": _cpu_state(net), "optim": optim.state_dict(), "state": state}
        torch.save(checkpoint, run_dir / "last.pt.tmp")
        (run_dir / "last.pt.tmp").replace(run_dir / "last.pt")
        if improved:
            torch.save({"model": _cpu_state(net), "state": state}, run_dir / "best.pt")
    (run_dir / "history.json").write_text(json.dumps(state, indent=1))
    return state


def _cpu_state(net: nn.Module) -> dict:
    return {k: v.detach().cpu() for k, v in net.state_dict().items()}


def _train_epoch(task, net, optim, schedule, loss_fn, data: Prepared, rng, steps: int, strength: str) -> float:
    net.train()
    device = next(net.parameters()).device
    order = rng.permutation(len(data.train_labels))
    losses = []
    for step in range(steps):
        idx = order[(step * task.batch_size) % len(order):][: task.batch_size]
        images = [augment(data.train_images[i], rng, task.hflip, strength) for i in idx]
        x = model_input(np.stack(images), task.preprocessing).to(device)
        loss = loss_fn(net(x), torch.from_numpy(data.train_labels[idx]).to(device))
        optim.zero_grad()
        loss.backward()
        optim.step()
        schedule.step()
        losses.append(float(loss))
        if step % 50 == 0:
            log.info("step %d/%d loss %.4f", step, steps, float(np.mean(losses[-50:])))
    return float(np.mean(losses))
