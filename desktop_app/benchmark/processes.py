# SPDX-License-Identifier: Apache-2.0
"""Measurements that need a fresh process: cold start, first result, peak memory, batch + UI stalls.

Every child runs with ``QT_QPA_PLATFORM=offscreen`` and private XDG folders (a temporary HOME for
settings, recent files, logs and user models), so the user's preferences neither change the figures nor
get changed by them, and only the shipped models are used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from desktop_app.benchmark.timing import summarise
from desktop_app.resources import base_dir

STARTUP_TIMEOUT_S = 120


def app_command(*args: str) -> list[str]:
    """Command line that runs ``scanlens ARGS`` (the frozen executable, or ``python -m desktop_app``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "desktop_app", *args]


#: Modules ``scanlens bench`` runs in a fresh process (each has ``main(argv) -> int``).
CHILD_MODULES = ("desktop_app.benchmark.gui_first_result", "desktop_app.benchmark.memory_probe",
                 "desktop_app.benchmark.gui_stall")


def module_command(module: str, *args: str) -> list[str]:
    """Run a child module through the app's own entry point, so a frozen executable can do it too."""
    return app_command("--bench-child", module, *args)


def run_child(args: list[str]) -> int:
    """``scanlens --bench-child MODULE ARGS``: only the benchmark's own child modules are accepted."""
    import importlib

    if not args or args[0] not in CHILD_MODULES:
        print(f"--bench-child: expected one of {', '.join(CHILD_MODULES)}", file=sys.stderr)
        return 2
    return int(importlib.import_module(args[0]).main(args[1:]) or 0)


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(base_dir()), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def cold_start(sample: Path, runs: int, home: Path) -> dict[str, Any]:
    """``scanlens --benchmark-startup SAMPLE`` ``runs`` times: process start → window painted with the image."""
    painted: list[float] = []
    errors: list[str] = []
    how = ""
    for _ in range(runs):
        proc = subprocess.run(app_command("--benchmark-startup", str(sample)), env=child_env(home),
                              capture_output=True, text=True, timeout=STARTUP_TIMEOUT_S)
        line = next((x for x in proc.stdout.splitlines() if x.startswith("startup:")), None)
        if proc.returncode != 0 or line is None:
            errors.append(_failure(proc))
            continue
        seconds, _, how = line.removeprefix("startup:").strip().partition(" s ")
        painted.append(float(seconds))
    return {"file": sample.name, "runs": runs, "painted_s": summarise(painted).as_dict() if painted else None,
            "measured": how or None, "errors": errors[:3]}


def first_result(sample: Path, runs: int, home: Path, device: str) -> dict[str, Any]:
    """``scanlens analyze --json SAMPLE``: spawn → first JSON line on stdout, ``runs`` times."""
    seconds: list[float] = []
    errors: list[str] = []
    ok = None
    for _ in range(runs):
        started = time.perf_counter()
        with subprocess.Popen(app_command("analyze", "--json", "--device", device, str(sample)),
                              env=child_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as proc:
            line = proc.stdout.readline() if proc.stdout else ""
            elapsed = time.perf_counter() - started
            _, stderr = proc.communicate(timeout=STARTUP_TIMEOUT_S)
        try:
            ok = bool(json.loads(line)["ok"])
        except (ValueError, KeyError, TypeError):
            errors.append(stderr.strip().splitlines()[-1][:200] if stderr.strip() else "no JSON line")
            continue
        seconds.append(elapsed)
    return {"file": sample.name, "runs": runs, "first_result_s": summarise(seconds).as_dict() if seconds else None,
            "analysed": ok, "errors": errors[:3]}


def run_json_child(command: list[str], home: Path, timeout: float) -> dict[str, Any]:
    """Run a probe that prints one JSON object as its last stdout line; ``error`` set when it did not."""
    try:
        proc = subprocess.run(command, env=child_env(home), capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    lines = [x for x in proc.stdout.splitlines() if x.strip()]
    try:
        return dict(json.loads(lines[-1]))
    except (IndexError, ValueError):
        return {"error": _failure(proc)}


def _failure(proc: subprocess.CompletedProcess[str]) -> str:
    tail = (proc.stderr or proc.stdout or "").strip().splitlines()
    return f"exit {proc.returncode}: {tail[-1][:200] if tail else 'no output'}"


def _dirs_args(model_dirs: list[Path] | None) -> list[str]:
    return [arg for d in model_dirs or [] for arg in ("--models-dir", str(d))]


def bench_startup(inputs: Any, folder: Path, n: int, device: str, model_dirs: list[Path] | None,
                  skip: bool) -> dict[str, Any]:
    """Cold start to the painted image, to the first result in the viewer, and headless."""
    sample = inputs.files.get("sample_chest_jpeg")
    empty = {"file": None, "runs": 0, "painted_s": None, "gui_first_result_s": None, "gui_outcome": None,
             "cli_first_result_s": None, "errors": []}
    if skip or sample is None:
        return empty
    home = folder / "home"
    _progress(f"cold start x{n}")
    painted = cold_start(sample, n, home)
    _progress(f"first result in the viewer x{n}")
    gui = [run_json_child(module_command("desktop_app.benchmark.gui_first_result", str(sample), "--device", device,
                                         *_dirs_args(model_dirs)), home, STARTUP_TIMEOUT_S) for _ in range(n)]
    _progress(f"first result headless x{n}")
    cli = first_result(sample, n, home, device)
    seconds = [g["first_result_s"] for g in gui if "first_result_s" in g]
    return {**empty, "file": sample.name, "runs": n, "painted_s": painted["painted_s"],
            "measured": painted["measured"],
            "gui_first_result_s": summarise(seconds).as_dict() if seconds else None,
            "gui_outcome": next((g.get("outcome") for g in gui if "outcome" in g), None),
            "cli_first_result_s": cli["first_result_s"],
            "errors": painted["errors"] + [g["error"] for g in gui if "error" in g][:3] + cli["errors"]}


def bench_memory(inputs: Any, folder: Path, device: str, model_dirs: list[Path] | None, skip: bool) -> dict:
    if skip:
        return {"core_peak_rss_mb": None, "models_loaded": []}
    _progress("peak memory")
    files = [str(p) for k, p in inputs.files.items() if k.startswith("sample_")]
    probe = run_json_child(module_command("desktop_app.benchmark.memory_probe", "--device", device,
                                          *_dirs_args(model_dirs), *files), folder / "home", 300)
    return {"core_peak_rss_mb": probe.get("peak_rss_mb"), "models_loaded": probe.get("models_loaded", []),
            **({"error": probe["error"]} if "error" in probe else {})}


def bench_batch(inputs: Any, folder: Path, device: str, model_dirs: list[Path] | None) -> dict[str, Any]:
    """The batch window over the generated batch folder (its rate is compared with bare inference later:
    :func:`add_batch_ratios`)."""
    _progress(f"batch of {len(inputs.batch_files)} images")
    viewer = inputs.files.get("sample_chest_jpeg") or inputs.batch_files[0]
    opened = [str(p) for k, p in inputs.files.items() if k != "sample_chest_jpeg"]
    command = module_command("desktop_app.benchmark.gui_stall", str(inputs.batch_folder), "--device", device,
                             "--viewer", str(viewer), "--open", *opened, *_dirs_args(model_dirs))
    batch = run_json_child(command, folder / "home", 3600)
    if "error" not in batch:
        batch["max_ui_stall_ms"] = batch.pop("max_gap_ms", None)
    return batch


def add_batch_ratios(batch: dict[str, Any], rates: dict[str, dict[int, float]], best: dict[str, int]) -> None:
    """Compare the batch's images/s with bare inference of the same mix of models.

    ``rates``: model → {batch size → bare images/s}, measured just before and after the batch (mean), so
    that both sides of the ratio see the same machine; ``best``: each model's best batch size from the
    model section. "Bare throughput" is the best-batch-size figure (the stricter reading of the target);
    the batch-1 figure is kept next to it.
    """
    per_model = {m: count for m, count in batch.get("per_model", {}).items() if m in rates}
    bare = _mix_rate(per_model, {m: rates[m][best[m]] for m in per_model})
    bare1 = _mix_rate(per_model, {m: rates[m][1] for m in per_model})
    rate = batch.get("images_per_s")
    batch["bare_images_per_s"] = round(bare, 2) if bare else None
    batch["ratio_to_bare"] = round(rate / bare, 3) if bare and rate else None
    batch["bare_batch1_images_per_s"] = round(bare1, 2) if bare1 else None
    batch["ratio_to_bare_batch1"] = round(rate / bare1, 3) if bare1 and rate else None


def _mix_rate(counts: dict[str, int], rates: dict[str, float]) -> float | None:
    """Images/s of bare inference over this mix of models (time-weighted, not an average of rates)."""
    seconds = sum(count / rates[m] for m, count in counts.items() if rates.get(m))
    return sum(counts.values()) / seconds if seconds > 0 else None


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
