# SPDX-License-Identifier: Apache-2.0
"""Collect outcomes, keep failing inputs on disk, print the summary."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tools.fuzzing.cases import Case
from tools.fuzzing.check import Outcome

_SHOW_GROUPS = 12


@dataclass
class Report:
    seed: int
    out_dir: Path | None = None
    counts: Counter[str] = field(default_factory=Counter)
    failures: dict[str, list[tuple[Case, Outcome]]] = field(default_factory=dict)
    refusals: Counter[str] = field(default_factory=Counter)
    refused_via: Counter[str] = field(default_factory=Counter)
    analysis: Counter[str] = field(default_factory=Counter)
    slowest: tuple[float, int, str] = (0.0, -1, "")
    peak_rss_mb: float = 0.0
    biggest: tuple[float, int, str] = (0.0, -1, "")  # largest growth of a worker's peak RSS in one case
    saved: list[Path] = field(default_factory=list)

    @property
    def cases(self) -> int:
        return sum(self.counts.values())

    @property
    def failure_count(self) -> int:
        return self.counts["failure"]

    def add(self, case: Case, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.elapsed > self.slowest[0]:
            self.slowest = (outcome.elapsed, case.index, f"{case.seed_name} {'+'.join(case.mutations)}")
        self.peak_rss_mb = max(self.peak_rss_mb, float(outcome.extra.get("peak_rss_mb", 0.0)))
        growth = float(outcome.extra.get("rss_growth_mb", 0.0))
        if growth > self.biggest[0]:
            self.biggest = (growth, case.index, f"{case.seed_name} {'+'.join(case.mutations)}")
        if outcome.status == "failure":
            self.failures.setdefault(outcome.category, []).append((case, outcome))
            self._save(case, outcome)
        elif outcome.status == "refused":
            self.refusals[outcome.category] += 1
            if "via" in outcome.extra:
                self.refused_via[outcome.extra["via"]] += 1
        else:
            self.analysis[outcome.category.split(":")[0]] += 1

    def _save(self, case: Case, outcome: Outcome) -> None:
        if self.out_dir is None:
            return
        self.out_dir.mkdir(parents=True, exist_ok=True)
        stem = f"seed{self.seed}-case{case.index:06d}"
        data_path = self.out_dir / f"{stem}{case.suffix}"
        data_path.write_bytes(case.data)
        info = {
            "reproduce": f"python -m tools.fuzz --seed {self.seed} --case {case.index}",
            "seed_file": case.seed_name, "mutations": list(case.mutations), "stage": outcome.stage,
            "category": outcome.category, "message": outcome.message, "elapsed_s": round(outcome.elapsed, 3),
        }
        text = json.dumps(info, indent=2, ensure_ascii=False) + "\n\n" + outcome.details
        (self.out_dir / f"{stem}.failure.txt").write_text(text, encoding="utf-8")
        self.saved.append(data_path)

    def print_summary(self, out: TextIO, elapsed: float) -> None:
        rate = self.cases / elapsed if elapsed > 0 else 0.0
        print(f"cases run: {self.cases} in {elapsed:.1f} s ({rate:.1f} cases/s), seed {self.seed}", file=out)
        print(f"  opened: {self.counts['image']}, refused clearly: {self.counts['refused']}, "
              f"failures: {self.failure_count}", file=out)
        analysed = ", ".join(f"{k} {v}" for k, v in self.analysis.most_common())
        print(f"  analysis of opened images: {analysed or 'none'}", file=out)
        seconds, index, what = self.slowest
        print(f"  slowest case: #{index} {seconds:.2f} s ({what})", file=out)
        growth, big_index, big_what = self.biggest
        print(f"  peak worker memory (RSS): {self.peak_rss_mb:.0f} MB; largest step +{growth:.0f} MB "
              f"in case #{big_index} ({big_what})", file=out)
        if self.refused_via:
            via = ", ".join(f"{k} {v}" for k, v in self.refused_via.most_common(8))
            print(f"  refusals reached through a library error: {via}", file=out)
        print("  most common refusals:", file=out)
        for key, count in self.refusals.most_common(_SHOW_GROUPS):
            print(f"    {count:6d}  {key.removeprefix('refused: ')}", file=out)
        self._print_failures(out)

    def _print_failures(self, out: TextIO) -> None:
        if not self.failures:
            print("no failures", file=out)
            return
        print(f"FAILURES ({self.failure_count} in {len(self.failures)} groups):", file=out)
        ranked = sorted(self.failures.items(), key=lambda item: -len(item[1]))
        for key, items in ranked:
            examples = ", ".join(f"#{case.index}" for case, _ in items[:5])
            print(f"  {len(items):6d}  {key}  (cases {examples})", file=out)
        if self.out_dir is not None:
            print(f"failing inputs written to {self.out_dir}", file=out)
