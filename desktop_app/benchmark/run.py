# SPDX-License-Identifier: Apache-2.0
"""What ``scanlens bench [--json] [--device cpu|gpu|auto] [--n N]`` measures: how fast is ScanLens here?

Measures, in one run, on the bundled samples and on full-size images generated into a temporary folder
(see :mod:`desktop_app.benchmark.inputs`): bare model speed, every stage of an analysis, cold start,
peak memory, and a batch through the real batch window while the UI's event loop is watched. Prints a
table with PASS/FAIL against the targets, or with ``--json`` one JSON object (times in milliseconds
unless the name says ``_s``; ``{"p50", "p95", "mean", "n"}`` objects summarise ``n`` runs):

``schema`` (1), ``device``, ``n``, ``batch_images``
``machine``: ``cpu``, ``cpu_count``, ``platform``, ``python``, ``onnxruntime``, ``load_before``,
    ``load_after`` (1/5/15-min load averages or null), ``busy_before`` (share of the CPU other programs
    used in the second before the run), ``under_load`` (``busy_before`` ≥ 0.25: the times are inflated)
``models.<id>.onnxruntime``: ``provider``, ``provider_note``, ``threads``, ``input_size``, ``batch1_ms``,
    ``throughput_per_batch`` (batch size → images/s), ``best_batch``, ``best_images_per_s``
``models.<id>.torch``: ``available``; then ``weights`` ("trained (…best.pt)" or "random (…)"),
    ``device`` (always the CPU: eager PyTorch is the reference, not a shipped path), ``threads``,
    ``torch``, ``batch1_ms`` — or ``note`` saying why it is unavailable
``models.<id>.ort_speedup_vs_torch``: PyTorch p50 / onnxruntime p50 (null without torch)
``analysis.<input>``: ``file``, ``shape``, ``dtype``, ``decoder``, ``model`` (null when refused, then
    ``refused`` says why), ``scores``, ``stages_ms`` (``decode``, ``render``, ``gate``, ``preprocess``,
    ``inference``, ``overlay``, ``overlay_full_res``), ``analysis_ms`` (image on screen, prepared in the
    background → result + heatmap), ``analysis_unprepared_ms`` (the same, nothing prepared),
    ``end_to_end_ms`` (file → result + heatmap, analysis decode), ``viewer_open_ms`` (file → full decode →
    result + heatmap), ``batch_path_ms`` (file → result in batch triage), ``<chain>_bare_ms`` for each of
    those five (the model's bare inference on this image, timed alternately with the chain),
    ``analysis_ratio``, ``analysis_unprepared_ratio``, ``end_to_end_ratio``, ``viewer_open_ratio``,
    ``batch_path_ratio`` (chain p50 / its ``<chain>_bare_ms`` p50), ``bare_inference_ms`` (the model's
    batch-1 median from ``models``), ``overlay_fraction`` (overlay / ``bare_inference_ms``), ``mandatory_ms``
    and ``mandatory_bare_ms`` (decode for analysis + input gate, timed alternately with bare inference),
    ``end_to_end_floor_ratio`` ((mandatory + bare) / bare: the lowest ``end_to_end_ratio`` this machine
    allows; see :mod:`desktop_app.benchmark.stages`)
``input_notes``: input kinds that could not be generated, and why
``cold_start``: ``file``, ``runs``, ``painted_s`` (process start → window painted with the image),
    ``gui_first_result_s`` (→ first result painted, auto-analyse on), ``gui_outcome``,
    ``cli_first_result_s`` (spawn → first ``scanlens analyze --json`` line), ``errors``
``memory``: ``core_peak_rss_mb`` (headless, all models loaded, samples analysed), ``models_loaded``,
    ``gui_batch_peak_rss_mb`` (viewer after opening every input + batch window after the batch)
``batch``: ``images``, ``seconds``, ``images_per_s``, ``statuses``, ``per_model``, ``bare_images_per_s``
    (the same mix of diagnostic models at each one's best batch size from ``models``, measured again just
    before and just after the batch and averaged, so both sides of the ratio see the same machine), ``ratio_to_bare``,
    ``bare_batch1_images_per_s``, ``ratio_to_bare_batch1`` (the same at batch 1),
    ``max_ui_stall_ms``, ``p99_gap_ms``, ``ticks``, ``tick_ms``, ``error`` (when it could not run),
    ``ceiling`` (the fastest triage this machine allows, :mod:`desktop_app.benchmark.ceiling`: ``cores``,
    ``per_image_core_ms`` {``decode_ms``, ``gate_ms``, ``model_ms``}, ``mandatory_core_ms``,
    ``ceiling_images_per_s``, ``ceiling_ratio`` (/ ``bare_images_per_s``), ``preprocess_core_ms``,
    ``ceiling_with_preprocessing_images_per_s``, ``ceiling_with_preprocessing_ratio``, ``per_source``; or
    ``error``)
``viewer_open_stall_ms.<input>``: longest UI stall while the viewer opens and paints that file
``targets``: list of ``{id, description, value, limit, comparison, unit, detail, bound, passed,
    reachable}`` — ``bound``: the best value this machine allows for that target where the benchmark can
    tell (end-to-end floor, batch ceiling), ``reachable``: whether that bound meets the limit (else null)
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SECTIONS = ("models", "analysis", "startup", "memory", "batch")


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run_benchmark(device: str, n: int, batch_images: int, model_dirs: list[Path] | None,
                  skip: set[str] | None = None) -> dict[str, Any]:
    """Every measurement; returns the result documented in the module docstring."""
    from desktop_app.benchmark.inputs import prepare_inputs
    from desktop_app.benchmark.targets import evaluate
    from desktop_app.inference.analyser import Analyser
    from desktop_app.inference.registry import default_model_dirs

    skip = skip or set()
    result: dict[str, Any] = {"schema": 1, "device": device, "n": n, "batch_images": batch_images,
                              "machine": machine_info()}
    with tempfile.TemporaryDirectory(prefix="scanlens-bench-") as tmp:
        folder = Path(tmp)
        progress("writing inputs")
        inputs = prepare_inputs(folder, batch_images if "batch" not in skip else 0)
        result["input_notes"] = inputs.notes
        analyser = Analyser(model_dirs or default_model_dirs(), device=device)
        result["models"] = {} if "models" in skip else bench_models(analyser, inputs.files, device, n)
        result["analysis"] = {} if "analysis" in skip else bench_analysis(analyser, inputs.files, result["models"], n)
        from desktop_app.benchmark.processes import bench_memory, bench_startup

        result["cold_start"] = bench_startup(inputs, folder, n, device, model_dirs, "startup" in skip)
        result["memory"] = bench_memory(inputs, folder, device, model_dirs, "memory" in skip)
        result["batch"] = bench_batch_and_ceiling(analyser, inputs, folder, device, model_dirs, result["models"],
                                                  n, "batch" in skip)
        result["memory"]["gui_batch_peak_rss_mb"] = result["batch"].pop("peak_rss_mb", None)
        result["viewer_open_stall_ms"] = _by_input(result["batch"].pop("open_stalls_ms", {}), inputs.files)
    result["machine"]["load_after"] = _load_average()
    result["targets"] = [t.as_dict() for t in evaluate(result)]
    return result


def bench_models(analyser: Any, files: dict[str, Path], device: str, n: int) -> dict[str, Any]:
    from desktop_app.benchmark.models import bench_onnxruntime, bench_torch, model_input

    out: dict[str, Any] = {}
    for entry in analyser.models.values():
        if not entry.available:
            continue
        progress(f"model {entry.id}")
        sample = model_input(entry, _display_for(entry, files))
        ort = bench_onnxruntime(entry, sample, device, n)
        torch = bench_torch(entry, sample, n, ort["threads"])
        torch_p50 = torch.get("batch1_ms", {}).get("p50")
        speedup = round(torch_p50 / ort["batch1_ms"]["p50"], 2) if torch_p50 else None
        out[entry.id] = {"onnxruntime": ort, "torch": torch, "ort_speedup_vs_torch": speedup}
    return out


def bench_batch_and_ceiling(analyser: Any, inputs: Any, folder: Path, device: str, model_dirs: list[Path] | None,
                            models: dict[str, Any], n: int, skip: bool) -> dict[str, Any]:
    """The batch through the batch window, bare throughput of its models measured just before and just
    after it (the ratio's denominator: the same minutes of this machine), and the batch ceiling."""
    from desktop_app.benchmark.ceiling import batch_ceiling
    from desktop_app.benchmark.processes import add_batch_ratios, bench_batch
    from desktop_app.inference.registry import GATE_ID

    if skip or inputs.batch_folder is None:
        return {"error": "skipped"}
    best = {m: int(models[m]["onnxruntime"]["best_batch"]) for m in models if m != GATE_ID}
    before = _bare_rates(analyser, inputs.files, best, device)
    batch = bench_batch(inputs, folder, device, model_dirs)
    if "error" in batch:
        return batch
    after = _bare_rates(analyser, inputs.files, best, device)
    rates = {m: {size: (before[m][size] + after[m][size]) / 2 for size in before[m]} for m in before}
    add_batch_ratios(batch, rates, best)
    progress("batch ceiling")
    ceiling = batch_ceiling(analyser, inputs.batch_files, {m: r[best[m]] for m, r in rates.items()}, n)
    bare = batch.get("bare_images_per_s")
    for key in ("ceiling", "ceiling_with_preprocessing"):
        if bare and ceiling.get(f"{key}_images_per_s"):
            ceiling[f"{key}_ratio"] = round(ceiling[f"{key}_images_per_s"] / bare, 3)
    batch["ceiling"] = ceiling
    return batch


def _bare_rates(analyser: Any, files: dict[str, Path], best: dict[str, int], device: str) -> dict[str, dict]:
    """Each model's bare images/s now, at batch 1 and at its best batch size (on its bundled sample)."""
    from desktop_app.benchmark.models import model_input, throughput_now

    progress("bare throughput of the batch's models")
    rates = {}
    for model_id, size in best.items():
        entry = analyser.models[model_id]
        sample = model_input(entry, _display_for(entry, files))
        rates[model_id] = throughput_now(entry, sample, device, tuple(sorted({1, size})))
    return rates


def _display_for(entry: Any, files: dict[str, Path]) -> Any:
    """The display pixels of the bundled sample a model is meant for (None when there is none)."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.render import render_frame

    kind = {"brain_mri": "sample_brain_jpeg"}.get(entry.input_kind or "", "sample_chest_jpeg")
    path = files.get(kind)
    return None if path is None else render_frame(load_image(str(path)))


def bench_analysis(analyser: Any, files: dict[str, Path], models: dict[str, Any], n: int) -> dict[str, Any]:
    from desktop_app.benchmark.stages import add_ratios, analyse_stages

    out: dict[str, Any] = {}
    for name, path in files.items():
        progress(f"analysis stages: {name}")
        stages = analyse_stages(analyser, path, n)
        model = models.get(stages.get("model") or "", {})
        add_ratios(stages, model.get("onnxruntime", {}).get("batch1_ms", {}).get("p50"))
        out[name] = stages
    return out


def _by_input(by_file: dict[str, Any], files: dict[str, Path]) -> dict[str, Any]:
    """Re-key per-file figures by input name (``sample_chest_jpeg``, ``dicom16_2048``, ...)."""
    return {name: by_file[path.name] for name, path in files.items() if path.name in by_file}


def _load_average() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except (AttributeError, OSError):  # Windows
        return None


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def busy_fraction(seconds: float = 1.0) -> float | None:
    """Share of all CPU time other programs used over ``seconds`` (Linux ``/proc/stat``; else psutil)."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as fh:
            values = [int(v) for v in fh.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
        return round(1.0 - (idle1 - idle0) / max(total1 - total0, 1), 3)
    except (OSError, ValueError, IndexError):
        try:
            import psutil

            return round(psutil.cpu_percent(interval=seconds) / 100.0, 3)
        except ImportError:
            return None


def machine_info() -> dict[str, Any]:
    import onnxruntime

    busy = busy_fraction()
    return {"cpu": _cpu_name(), "cpu_count": os.cpu_count() or 1, "platform": platform.platform(terse=True),
            "python": platform.python_version(), "onnxruntime": onnxruntime.__version__,
            "load_before": _load_average(), "busy_before": busy, "under_load": bool(busy and busy >= 0.25)}
