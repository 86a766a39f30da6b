# SPDX-License-Identifier: Apache-2.0
"""Mutation fuzzer for ScanLens: every mangled DICOM/PNG/JPEG must end in an image or a clear refusal.

Each case is a seed file changed by seeded mutations (bit flips, insertions, truncation, huge DICOM lengths,
wrong VRs, bogus transfer syntaxes, impossible Rows/Columns/Bits Allocated, absurd Number of Frames, PNG
IHDR and JPEG SOF size edits, ...). A worker process with a capped address space opens it with
``load_image``, renders it, computes statistics and metadata JSON, and analyses it with the shipped
models. A hang (no answer within ``--timeout``), a crash, an exception other than a clear refusal, or a
MemoryError is a failure; failing inputs are written to ``--out``.

    python -m tools.fuzz --cases 10000 --seed 1 --jobs 2        # full run (make fuzz)
    python -m tools.fuzz --seed 1 --case 4711                    # reproduce one case
    python -m tools.fuzz --replay build/fuzz-failures/*.dcm      # re-check saved inputs
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``tools`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.fuzzing.cases import Case, CaseMaker
from tools.fuzzing.report import Report
from tools.fuzzing.runner import Pool
from tools.fuzzing.seeds import collect_seeds
from tools.fuzzing.worker import WorkerConfig

DEFAULT_OUT = Path("build") / "fuzz-failures"
_PROGRESS_EVERY = 500


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="number of cases (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="fuzz seed: same seed, same cases (default 0)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per case before it is a hang")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    parser.add_argument("--memory-mb", type=int, default=3072, help="address-space limit per worker (MB)")
    parser.add_argument("--image-mb", type=int, default=1024,
                        help="SCANLENS_MAX_IMAGE_MB inside the workers: the app's ceiling under test (1024)")
    parser.add_argument("--start", type=int, default=0, help="index of the first case (default 0)")
    parser.add_argument("--case", type=int, action="append", help="run only this case index (repeatable)")
    parser.add_argument("--replay", nargs="+", type=Path, metavar="FILE", help="check these files instead")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"failing inputs go here ({DEFAULT_OUT})")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    return parser.parse_args(argv)


def replay_cases(paths: list[Path]) -> Iterator[Case]:
    for index, path in enumerate(paths):
        yield Case(index, str(path), path.suffix, path.read_bytes(), ("replay",))


def fuzz(
    cases: Iterator[Case],
    *,
    seed: int,
    jobs: int,
    timeout: float,
    memory_mb: int,
    image_mb: int | None = 1024,
    out_dir: Path | None,
    total: int | None = None,
    progress: bool = False,
) -> Report:
    """Check ``cases`` in ``jobs`` workers and return the report (nothing printed unless ``progress``)."""
    report = Report(seed=seed, out_dir=out_dir)
    started = time.monotonic()

    def record(case: Case, outcome: object) -> None:
        report.add(case, outcome)  # type: ignore[arg-type]
        if progress and report.cases % _PROGRESS_EVERY == 0:
            print(f"[{report.cases}/{total or '?'}] failures {report.failure_count}, "
                  f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    pool = Pool(jobs, timeout, WorkerConfig(memory_mb * 1024 * 1024, image_mb))
    try:
        pool.run(cases, record)
    finally:
        pool.close()
    return report


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    if args.replay:
        cases: Iterator[Case] = replay_cases(args.replay)
        total = len(args.replay)
    else:
        maker = CaseMaker(collect_seeds(), args.seed)
        indices = args.case or range(args.start, args.start + args.cases)
        cases, total = (maker.make(i) for i in indices), len(indices)
    report = fuzz(cases, seed=args.seed, jobs=args.jobs, timeout=args.timeout, memory_mb=args.memory_mb,
                  image_mb=args.image_mb, out_dir=args.out, total=total, progress=not args.quiet)
    report.print_summary(sys.stdout, time.monotonic() - started)
    return 1 if report.failure_count else 0


if __name__ == "__main__":
    sys.exit(main())
