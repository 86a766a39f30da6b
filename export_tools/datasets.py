# SPDX-License-Identifier: Apache-2.0
"""Listing, de-duplication, patient-level splitting and caching of the training images."""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from export_tools.other_images import OTHER_COUNT, make_other_image
from export_tools.tasks import DATA_ROOT, GATE_LABELS, Task

log = logging.getLogger(__name__)

CACHE_SIZE = {"gray": 224, "rgb": 96}  # cached resolution per channel mode (augmented, then resized)
_MEDNIST_TO_GATE = {
    "CXR": "chest_xray", "AbdomenCT": "abdomen_ct", "ChestCT": "chest_ct",
    "HeadCT": "head_ct", "BreastMRI": "breast_mri", "Hand": "hand_xray",
}
_PATIENT_RE = re.compile(r"(person\d+|IM-\d+)")
GATE_REAL_PREFIX = "gate:"  # a real full-resolution image rendered by export_tools.gate_sources


@dataclass(frozen=True)
class Item:
    source: str  # path relative to DATA_ROOT, "other:<n>" (generated) or "gate:<path in gate_sources cache>"
    label: int
    group: str  # split unit: patient id where the file name carries one


def chest_group(name: str) -> str:
    """Patient id from a Kermany file name (``person123_bacteria_45`` → ``person123``)."""
    match = _PATIENT_RE.search(name)
    prefix = "NORMAL2-" if name.startswith("NORMAL2") else ""
    return prefix + match.group(1) if match else name


def _folder_items(folder: Path, label: int, grouper=None) -> list[Item]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    items = []
    for path in files:
        source = str(path.relative_to(DATA_ROOT))
        items.append(Item(source, label, grouper(path.name) if grouper else source))
    return items


def list_items(task: Task) -> list[Item]:
    """Every training image of a task (test_a is never listed here)."""
    if task.id == "chest_xray_pneumonia":
        root = DATA_ROOT / "chest_xray" / "train"
        return [it for i, lab in enumerate(task.labels) for it in _folder_items(root / lab, i, chest_group)]
    if task.id == "brain_mri_tumor":
        root = DATA_ROOT / "brain_mri" / "Training"
        return [it for i, lab in enumerate(task.labels) for it in _folder_items(root / lab, i)]
    return _gate_items()


def _gate_items() -> list[Item]:
    index = {label: i for i, label in enumerate(GATE_LABELS)}
    items: list[Item] = []
    for folder, label in _MEDNIST_TO_GATE.items():
        items += _folder_items(DATA_ROOT / "mednist" / folder, index[label])
    for sub in ("NORMAL", "PNEUMONIA"):
        items += _folder_items(DATA_ROOT / "chest_xray" / "train" / sub, index["chest_xray"], chest_group)
    for sub in ("glioma", "meningioma", "notumor", "pituitary"):
        items += _folder_items(DATA_ROOT / "brain_mri" / "Training" / sub, index["brain_mri"])
    items += [Item(f"other:{n}", index["other"], f"other:{n}") for n in range(OTHER_COUNT)]
    return items


def gate_real_items(held_out: bool) -> list[Item]:
    """The gate's real full-resolution examples (export_tools.gate_sources), grouped by source."""
    from export_tools.gate_sources import materialise

    index = {label: i for i, label in enumerate(GATE_LABELS)}
    return [Item(GATE_REAL_PREFIX + row["file"], index[row["label"]], row["source"])
            for row in materialise() if row["held_out"] == held_out]


def repeated(items: list[Item], per_source: int = 48, most: int = 16) -> list[Item]:
    """Each item ``per_source / n`` times (2..most) for a source of n images, phantoms once: few real
    full-resolution examples must count against ~23k others; augmentation makes the copies differ."""
    sizes = Counter(i.group for i in items)
    out: list[Item] = []
    for item in items:
        copies = 1 if item.group.startswith("phantoms") else min(most, max(2, round(per_source / sizes[item.group])))
        out += [item] * copies
    return out


def test_items(task: Task) -> list[Item]:
    """Held-out official test half (chest only)."""
    if task.id != "chest_xray_pneumonia":
        return []
    root = DATA_ROOT / "chest_xray" / "test_a"
    return [it for i, lab in enumerate(task.labels) for it in _folder_items(root / lab, i, chest_group)]


def read_source(source: str, channels: str) -> np.ndarray:
    """Decode one training image as uint8 gray (H,W) or RGB (H,W,3)."""
    if source.startswith(GATE_REAL_PREFIX):
        from export_tools.gate_sources import CACHE_DIR

        flag = cv2.IMREAD_GRAYSCALE if channels == "gray" else cv2.IMREAD_COLOR
        image = cv2.imread(str(CACHE_DIR / source.removeprefix(GATE_REAL_PREFIX)), flag)
        return image if channels == "gray" else cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    if source.startswith("other:"):
        image = make_other_image(int(source.split(":")[1]))
        return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if channels == "gray" else image
    flag = cv2.IMREAD_GRAYSCALE if channels == "gray" else cv2.IMREAD_COLOR
    image = cv2.imread(str(DATA_ROOT / source), flag)
    if image is None:
        raise OSError(f"cannot decode {source}")
    return image if channels == "gray" else cv2.cvtColor(image, cv2.COLOR_BGR2RGB)


def deduplicate(items: list[Item], channels: str) -> tuple[list[Item], int]:
    """Drop images whose decoded pixels equal an earlier image's (any class)."""
    seen: set[str] = set()
    kept: list[Item] = []
    for item in items:
        digest = hashlib.md5(read_source(item.source, channels).tobytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            kept.append(item)
    return kept, len(items) - len(kept)


def group_split(items: list[Item], fraction: float, seed: int) -> tuple[list[Item], list[Item]]:
    """Stratified split by group: every image of a patient lands on the same side."""
    by_label: dict[int, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        by_label[item.label][item.group].append(item)
    rng = random.Random(seed)
    train: list[Item] = []
    val: list[Item] = []
    for label in sorted(by_label):
        groups = sorted(by_label[label])
        rng.shuffle(groups)
        target = fraction * sum(len(v) for v in by_label[label].values())
        taken = 0
        for group in groups:
            side = val if taken < target else train
            side.extend(by_label[label][group])
            taken += len(by_label[label][group]) if side is val else 0
    return train, val


def make_split(task: Task, seed: int = 1234, limit: int | None = None) -> dict:
    items = list_items(task)
    if limit:
        rng = random.Random(seed)
        items = rng.sample(items, min(limit, len(items)))
    channels = task.preprocessing["channels"]
    items, n_dup = deduplicate(items, channels)
    train, val = group_split(items, task.val_fraction, seed)
    test = test_items(task)
    if limit:
        test = random.Random(seed).sample(test, min(limit, len(test)))
    parts = {"train": train, "val": val, "test_a": test}
    if task.id == "input_gate":  # real examples: all training sources in train, held-out sources apart
        real, _ = deduplicate(gate_real_items(held_out=False), channels)
        parts["train"] = train = train + repeated(real)
        parts["reject_held_out"] = gate_real_items(held_out=True)
    groups_train = {i.group for i in train}
    assert not groups_train & {i.group for i in val}, "patient leak between train and val"
    assert not groups_train & {i.group for i in parts.get("reject_held_out", [])}, "held-out source in train"
    summary = {
        "seed": seed,
        "duplicates_removed": n_dup,
        "sizes": {name: _counts(part, task) for name, part in parts.items()},
        **{name: [_as_dict(i) for i in part] for name, part in parts.items()},
    }
    log.info("split %s: %d duplicates removed; %s", task.id, n_dup, json.dumps(summary["sizes"]))
    return summary


def load_or_make_split(task: Task, run_dir: Path, seed: int = 1234, limit: int | None = None) -> dict:
    """The run's split, cached in ``run_dir/split.json`` (made from ``seed`` the first time)."""
    split_file = run_dir / "split.json"
    if split_file.exists():
        return json.loads(split_file.read_text())
    split = make_split(task, seed=seed, limit=limit)
    split_file.parent.mkdir(parents=True, exist_ok=True)
    split_file.write_text(json.dumps(split, indent=1))
    return split


def _counts(part: list[Item], task: Task) -> dict[str, int]:
    counts = Counter(task.labels[i.label] for i in part)
    return {"total": len(part), **{lab: counts.get(lab, 0) for lab in task.labels}}


def _as_dict(item: Item) -> dict:
    return {"source": item.source, "label": item.label, "group": item.group}


def items_from(split: dict, part: str) -> list[Item]:
    return [Item(**d) for d in split[part]]


def load_cache(items: list[Item], channels: str, cache_file: Path) -> np.ndarray:
    """Decode + squash every image once to the cache resolution and keep them in one .npy file."""
    size = CACHE_SIZE[channels]
    if cache_file.exists():
        cached = np.load(cache_file)
        if len(cached) == len(items):
            return cached
    shape = (len(items), size, size) if channels == "gray" else (len(items), size, size, 3)
    out = np.empty(shape, dtype=np.uint8)
    for n, item in enumerate(items):
        out[n] = cv2.resize(read_source(item.source, channels), (size, size), interpolation=cv2.INTER_AREA)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache_file, out)
    return out
