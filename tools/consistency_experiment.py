# SPDX-License-Identifier: Apache-2.0
"""Experiment, not part of the pipeline (issue 15, item 7): does a consistency term make the chest members
insensitive to sub-level re-encoding?

Both members of the shipped chest model are fine-tuned for ``--steps`` steps on their training augmentation with
loss = cross-entropy + λ · mean((logits(x) − logits(x'))²), where x' is the same augmented film in the float chain
with a global offset of ±0.6 grey level and per-pixel noise (standard deviation ≤ 0.5 level). Then, through the
same torch path for both, it compares test_a AUC/accuracy (the card's temperature and threshold) and the
re-encoding spread of the 40 near-threshold test_a films enlarged to 1024 px (``tools.encoding_spread``'s
encodings). Nothing is saved:

    python -m tools.consistency_experiment --steps 120 --weight 20 --lr 1e-4

Needs torch (the ``export`` extra), the training run in export_tools/runs/chest_xray_pneumonia and ../shared/data.
2026-12-07, 120 steps, λ 20, lr 1e-4: spread max 0.0295 → 0.0181 (40/40 within 0.02), median 0.0046 → 0.0031;
test_a AUC 0.9879 → 0.9851, accuracy 0.942 → 0.936 at the shipped threshold (not re-calibrated).
"""

from __future__ import annotations

import argparse
import copy
import json
import tempfile
from pathlib import Path

import cv2
import numpy as np
import torch

from desktop_app.imaging.loader import load_image
from desktop_app.imaging.render import display_levels
from desktop_app.inference.preprocess import normalise, resize_and_equalise, working_levels
from export_tools.augment import augment
from export_tools.calibrate import load_member
from export_tools.metrics import roc_auc
from export_tools.tasks import TASKS
from export_tools.train import prepare
from tests.test_analysis_invariance import encodings

REPO = Path(__file__).resolve().parents[1]
TASK = TASKS["chest_xray_pneumonia"]
SPEC = TASK.preprocessing


def model_input(levels: np.ndarray) -> np.ndarray:
    return normalise(resize_and_equalise(levels, SPEC), SPEC)


def file_input(path: Path) -> np.ndarray:
    return model_input(working_levels(display_levels(load_image(str(path)))))


def perturbed(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    levels = image.astype(np.float32) + np.float32(rng.uniform(-0.6, 0.6))
    levels += rng.normal(0, rng.uniform(0, 0.5), levels.shape).astype(np.float32)
    return np.clip(levels, 0, 255)


def fine_tune(nets: list[torch.nn.Module], steps: int, weight: float, lr: float, run_dir: Path) -> list:
    data = prepare(TASK, run_dir)
    rng = np.random.default_rng(5)
    tuned = []
    for member, original in enumerate(nets):
        net = copy.deepcopy(original).train()
        optim = torch.optim.AdamW([p for p in net.parameters() if p.requires_grad], lr=lr, weight_decay=1e-4)
        for _ in range(steps):
            idx = rng.choice(len(data.train_labels), 32, replace=False)
            films = [augment(data.train_images[i], rng, TASK.hflip, TASK.members[member].augment) for i in idx]
            x = torch.from_numpy(np.stack([model_input(f.astype(np.float32)) for f in films]))
            x2 = torch.from_numpy(np.stack([model_input(perturbed(f, rng)) for f in films]))
            a, b = net(x), net(x2)
            loss = torch.nn.functional.cross_entropy(a, torch.from_numpy(data.train_labels[idx]))
            loss = loss + weight * ((a - b) ** 2).mean()
            optim.zero_grad()
            loss.backward()
            optim.step()
        tuned.append(net.eval())
    return tuned


def p_pneumonia(nets: list[torch.nn.Module], x: np.ndarray, temperature: float) -> np.ndarray:
    with torch.no_grad():
        logits = torch.stack([n(torch.from_numpy(x)) for n in nets]).mean(0) / temperature
        return torch.softmax(logits, 1)[:, 1].numpy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=120)
    parser.add_argument("--weight", type=float, default=20.0)
    parser.add_argument("--lr", type=float, default=1e-4)
    args = parser.parse_args()
    torch.set_num_threads(2)
    run_dir = REPO / "export_tools" / "runs" / TASK.id
    card = json.loads((REPO / "onnx_models" / f"{TASK.id}.json").read_text())
    temperature, threshold = card["calibration"]["temperature"], card["operating_point"]["threshold"]
    shipped = [load_member(TASK, run_dir, m) for m in range(len(TASK.members))]
    tuned = fine_tune(shipped, args.steps, args.weight, args.lr, run_dir)
    split = json.loads((run_dir / "split.json").read_text())
    files = [REPO.parent / "shared" / "data" / item["source"] for item in split["test_a"]]
    labels = np.array([item["label"] for item in split["test_a"]])
    x = np.stack([file_input(f) for f in files])
    before, after = p_pneumonia(shipped, x, temperature), p_pneumonia(tuned, x, temperature)
    for name, p in (("shipped", before), ("tuned", after)):
        print(f"{name}: test_a AUC {roc_auc(p, labels == 1):.4f} accuracy {((p >= threshold) == labels).mean():.4f}")
    spreads: dict[str, list[float]] = {"shipped": [], "tuned": []}
    for index in np.argsort(np.abs(before - threshold))[:40]:
        with tempfile.TemporaryDirectory() as folder:
            film = cv2.resize(cv2.imread(str(files[index]), cv2.IMREAD_GRAYSCALE), (1024, 1024),
                              interpolation=cv2.INTER_CUBIC)
            xe = np.stack([file_input(p) for p in encodings(film, Path(folder))])
            for name, nets in (("shipped", shipped), ("tuned", tuned)):
                scores = p_pneumonia(nets, xe, temperature)
                spreads[name].append(float(scores.max() - scores.min()))
    for name, values in spreads.items():
        v = np.array(values)
        print(f"{name}: 1024 px spread max {v.max():.4f} median {np.median(v):.4f} within 0.02 {(v <= 0.02).sum()}")


if __name__ == "__main__":
    main()
