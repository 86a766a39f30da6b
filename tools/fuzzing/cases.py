# SPDX-License-Identifier: Apache-2.0
"""Turn (seed number, case index) into the bytes of one fuzz case, reproducibly."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tools.fuzzing import dicom_mutators, generic, jpeg, png
from tools.fuzzing.generic import Mutator
from tools.fuzzing.seeds import Seed

#: How often each kind of seed is picked (kinds without seeds are skipped).
KIND_WEIGHTS = {"dicom": 45, "jpeg": 22, "png": 22, "tiff": 4, "bmp": 2, "other": 5}
_AWARE: dict[str, dict[str, Mutator]] = {
    "dicom": dicom_mutators.MUTATORS,
    "png": png.MUTATORS,
    "jpeg": jpeg.MUTATORS,
}
_SUFFIXES = ("", ".dcm", ".png", ".jpg", ".tif", ".bmp", ".txt", ".DCM")


@dataclass(frozen=True)
class Case:
    index: int
    seed_name: str
    suffix: str
    data: bytes
    mutations: tuple[str, ...]


class CaseMaker:
    """Builds case ``index`` for fuzz seed ``seed`` from a fixed list of seed files."""

    def __init__(self, seeds: list[Seed], seed: int) -> None:
        if not seeds:
            raise ValueError("no seed files to mutate")
        self.seed = seed
        self.by_kind: dict[str, list[Seed]] = {}
        for item in seeds:
            self.by_kind.setdefault(item.kind, []).append(item)
        self.kinds = [k for k in KIND_WEIGHTS if k in self.by_kind]
        self.weights = [KIND_WEIGHTS[k] for k in self.kinds]
        self.all = seeds

    def rng(self, index: int) -> random.Random:
        return random.Random(f"scanlens-fuzz:{self.seed}:{index}")

    def make(self, index: int) -> Case:
        rng = self.rng(index)
        kind = rng.choices(self.kinds, self.weights)[0]
        base = rng.choice(self.by_kind[kind])
        data, names = base.data, []
        for _ in range(rng.choice((1, 1, 1, 1, 1, 2, 2, 3, 4, 8))):
            name = self._pick(kind, rng)
            try:
                data = self._apply(name, kind, data, rng)
            except Exception:  # a mutator that cannot handle already-mangled bytes: note it and go on
                name += ":skipped"
            names.append(name)
        suffix = base.suffix if rng.random() < 0.9 else rng.choice(_SUFFIXES)
        return Case(index, base.name, suffix, data, tuple(names))

    @staticmethod
    def _pick(kind: str, rng: random.Random) -> str:
        roll = rng.random()
        if roll < 0.03:
            return "splice"
        aware = _AWARE.get(kind)
        return rng.choice(sorted(aware if aware and roll < 0.65 else generic.MUTATORS))

    def _apply(self, name: str, kind: str, data: bytes, rng: random.Random) -> bytes:
        if name == "splice":
            return generic.splice(data, rng.choice(self.all).data, rng)
        mutator: Mutator = _AWARE.get(kind, {}).get(name) or generic.MUTATORS[name]
        return mutator(data, rng)
