# SPDX-License-Identifier: Apache-2.0
"""``scanlens bench``: the JSON has every documented field with sane types (no timed assertions), and the
fast analysis path gives the same scores as a plain reference path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from numbers import Real
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.benchmark.stages import VIEWER_OVERLAY_SIDE
from desktop_app.benchmark.targets import evaluate
from desktop_app.benchmark.timing import percentile, summarise
from desktop_app.imaging.loader import load_image
from desktop_app.imaging.render import default_window, window_function, window_to_display
from desktop_app.inference.preprocess import WORKING_SIDE, working_image

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "onnx_models"
SAMPLES = REPO / "resources" / "samples"
STATS_KEYS = {"p50", "p95", "mean", "n"}


def _is_stats(value: object) -> bool:
    return isinstance(value, dict) and set(value) == STATS_KEYS and all(
        isinstance(value[k], Real) and value[k] >= 0 for k in STATS_KEYS)


def _stats_or_none(value: object) -> bool:
    return value is None or _is_stats(value)


def _number_or_none(value: object) -> bool:
    return value is None or (isinstance(value, Real) and not isinstance(value, bool))


@pytest.fixture(scope="module")
def bench() -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "bench", "--json", "--n", "3",
                           "--batch-images", "20"], cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stdout[-2000:]
    return json.loads(lines[0])


def test_bench_header_and_machine(bench: dict) -> None:
    assert bench["schema"] == 1 and bench["device"] == "cpu" and bench["n"] == 3 and bench["batch_images"] == 20
    machine = bench["machine"]
    assert isinstance(machine["cpu"], str) and machine["cpu_count"] >= 1
    assert isinstance(machine["onnxruntime"], str) and isinstance(machine["under_load"], bool)
    assert _number_or_none(machine["busy_before"])


def test_bench_models(bench: dict) -> None:
    assert "input_gate" in bench["models"]
    for model in bench["models"].values():
        ort = model["onnxruntime"]
        assert _is_stats(ort["batch1_ms"]) and ort["provider"].endswith("ExecutionProvider")
        assert set(ort["throughput_per_batch"]) == {"1", "2", "4", "8", "16"}
        assert all(v > 0 for v in ort["throughput_per_batch"].values())
        assert str(ort["best_batch"]) in ort["throughput_per_batch"] and ort["best_images_per_s"] > 0
        assert ort["threads"] >= 1 and len(ort["input_size"]) == 2
        torch = model["torch"]
        assert isinstance(torch["available"], bool)
        if torch["available"]:
            assert _is_stats(torch["batch1_ms"]) and torch["weights"].split()[0] in ("trained", "random")
            assert model["ort_speedup_vs_torch"] > 0
        else:
            assert model["ort_speedup_vs_torch"] is None and torch["note"]


def test_bench_analysis_stages(bench: dict) -> None:
    analysis = bench["analysis"]
    assert {"sample_chest_jpeg", "jpeg_3000x2500", "dicom16_2048"} <= set(analysis)
    assert analysis["dicom16_2048"]["dtype"] == "uint16" and analysis["jpeg_3000x2500"]["shape"] == [2500, 3000]
    for name, entry in analysis.items():
        stages = entry["stages_ms"]
        assert all(_is_stats(stages[k]) for k in ("decode", "render", "gate")), name
        if entry["model"] is None:
            assert isinstance(entry["refused"], str) and entry["end_to_end_ratio"] is None
            continue
        assert all(_is_stats(stages[k]) for k in ("preprocess", "inference", "overlay", "overlay_full_res"))
        chains = ("analysis", "analysis_unprepared", "end_to_end", "viewer_open", "batch_path", "mandatory")
        assert all(_is_stats(entry[f"{c}_{k}"]) for c in chains for k in ("ms", "bare_ms"))
        for key in ("bare_inference_ms", "end_to_end_ratio", "analysis_ratio", "analysis_unprepared_ratio",
                    "viewer_open_ratio", "batch_path_ratio", "overlay_fraction", "end_to_end_floor_ratio"):
            assert _number_or_none(entry[key]), (name, key)
        floor, paired = entry["mandatory_ms"]["p50"], entry["mandatory_bare_ms"]["p50"]
        assert entry["end_to_end_floor_ratio"] == pytest.approx((floor + paired) / paired, abs=2e-3)
        assert set(entry["scores"]) and all(0 <= p <= 1 for p in entry["scores"].values())


def test_bench_processes(bench: dict) -> None:
    cold = bench["cold_start"]
    assert cold["runs"] == 3 and _stats_or_none(cold["painted_s"]) and cold["painted_s"] is not None
    # the GUI child must really reach a result (a broken import in it once left this None unnoticed)
    assert cold["gui_first_result_s"] is not None and _stats_or_none(cold["gui_first_result_s"])
    assert cold["cli_first_result_s"] is not None and _stats_or_none(cold["cli_first_result_s"])
    assert cold["errors"] == []
    memory = bench["memory"]
    assert memory["core_peak_rss_mb"] > 0 and "input_gate" in memory["models_loaded"]
    assert _number_or_none(memory["gui_batch_peak_rss_mb"])
    batch = bench["batch"]
    assert batch["images"] == 20 and batch["images_per_s"] > 0 and batch["max_ui_stall_ms"] >= 0
    assert _number_or_none(batch["ratio_to_bare"]) and _number_or_none(batch["bare_images_per_s"])
    assert _number_or_none(batch["ratio_to_bare_batch1"]) and _number_or_none(batch["bare_batch1_images_per_s"])
    assert sum(batch["statuses"].values()) == 20
    ceiling = batch["ceiling"]
    costs = ceiling["per_image_core_ms"]
    assert set(costs) == {"decode_ms", "gate_ms", "model_ms"} and all(v > 0 for v in costs.values())
    assert ceiling["mandatory_core_ms"] == pytest.approx(sum(costs.values()), abs=2e-3)
    assert ceiling["ceiling_images_per_s"] == pytest.approx(1000 * ceiling["cores"] / ceiling["mandatory_core_ms"],
                                                           rel=1e-2)
    assert ceiling["ceiling_ratio"] == pytest.approx(ceiling["ceiling_images_per_s"] / batch["bare_images_per_s"],
                                                     abs=2e-3)
    assert len(ceiling["per_source"]) == 9  # every batch source, each measured once
    assert ceiling["preprocess_core_ms"] > 0
    assert ceiling["ceiling_with_preprocessing_ratio"] < ceiling["ceiling_ratio"]
    stalls = bench["viewer_open_stall_ms"]
    assert {"jpeg_3000x2500", "dicom16_2048"} <= set(stalls) and all(_number_or_none(v) for v in stalls.values())


def test_bench_targets(bench: dict) -> None:
    ids = [t["id"] for t in bench["targets"]]
    assert ids == ["end_to_end", "analysis_in_viewer", "overlay", "model_latency", "ort_vs_torch", "cold_start",
                   "peak_rss", "batch_throughput", "ui_stall"]
    for target in bench["targets"]:
        assert target["passed"] in (True, False, None) and target["comparison"] in ("<=", ">=")
        assert target["reachable"] in (True, False, None) and _number_or_none(target["bound"])
        assert _number_or_none(target["value"]) and isinstance(target["limit"], Real)
    bounded = {t["id"]: t for t in bench["targets"] if t["bound"] is not None}
    assert set(bounded) == {"end_to_end", "batch_throughput"}
    assert bounded["batch_throughput"]["bound"] == bench["batch"]["ceiling"]["ceiling_ratio"]
    floors = [a["end_to_end_floor_ratio"] for a in bench["analysis"].values() if a["model"]]
    assert bounded["end_to_end"]["bound"] == max(floors)
    assert [t.as_dict() for t in evaluate(bench)] == bench["targets"]  # the JSON alone re-evaluates the same


def test_table_output_lists_every_target(tmp_path: Path) -> None:
    from desktop_app.benchmark.report import print_report

    result = json.loads(json.dumps(_tiny_result()))
    out = tmp_path / "table.txt"
    with out.open("w", encoding="utf-8") as fh:
        print_report(result, fh)
    text = out.read_text(encoding="utf-8")
    assert text.count("PASS") + text.count("FAIL") + text.count("n/a") >= len(result["targets"])
    assert "input_gate" in text and "Cold start" in text


def _tiny_result() -> dict:
    stats = {"p50": 1.0, "p95": 2.0, "mean": 1.2, "n": 3}
    result = {
        "schema": 1, "device": "cpu", "n": 3, "batch_images": 0, "input_notes": {},
        "machine": {"cpu": "x", "cpu_count": 2, "platform": "p", "python": "3", "onnxruntime": "1",
                    "load_before": [0.1, 0.1, 0.1], "busy_before": 0.01, "under_load": False},
        "models": {"input_gate": {"onnxruntime": {"provider": "CPUExecutionProvider", "provider_note": "",
                                                  "threads": 2, "input_size": [64, 64], "batch1_ms": stats,
                                                  "throughput_per_batch": {"1": 9.0}, "best_batch": 1,
                                                  "best_images_per_s": 9.0},
                                  "torch": {"available": False, "note": "no torch"}, "ort_speedup_vs_torch": None}},
        "analysis": {}, "memory": {"core_peak_rss_mb": 100.0, "gui_batch_peak_rss_mb": None, "models_loaded": []},
        "cold_start": {"file": "f", "runs": 3, "painted_s": stats, "gui_first_result_s": None,
                       "cli_first_result_s": None, "errors": []},
        "batch": {"error": "skipped"},
    }
    result["targets"] = [t.as_dict() for t in evaluate(result)]
    return result


def test_unreachable_target_is_reported_with_its_bound(tmp_path: Path) -> None:
    """A floor above the limit makes the target unreachable, and the table says so."""
    from desktop_app.benchmark.report import print_report

    result = _tiny_result()
    stats = {"p50": 9.0, "p95": 9.0, "mean": 9.0, "n": 3}
    result["analysis"] = {"chest": {"model": "m", "shape": [10, 10], "stages_ms": {}, "end_to_end_ms": stats,
                                    "end_to_end_ratio": 3.0, "end_to_end_floor_ratio": 2.0, "analysis_ratio": 1.1}}
    result["batch"] = {"ratio_to_bare": 0.5, "ceiling": {
        "cores": 2, "per_image_core_ms": {"decode_ms": 1.0, "gate_ms": 1.0, "model_ms": 2.0}, "mandatory_core_ms": 4.0,
        "ceiling_images_per_s": 500.0, "ceiling_ratio": 0.9, "preprocess_core_ms": 1.0,
        "ceiling_with_preprocessing_images_per_s": 400.0, "ceiling_with_preprocessing_ratio": 0.72}}
    targets = {t.id: t for t in evaluate(result)}
    assert targets["end_to_end"].bound == 2.0 and targets["end_to_end"].reachable is False
    assert targets["batch_throughput"].bound == 0.9 and targets["batch_throughput"].reachable is True
    assert targets["analysis_in_viewer"].bound is None and targets["analysis_in_viewer"].reachable is None
    result["targets"] = [t.as_dict() for t in targets.values()]
    out = tmp_path / "table.txt"
    with out.open("w", encoding="utf-8") as fh:
        print_report(result, fh)
    text = out.read_text(encoding="utf-8")
    assert "unreachable on this machine: floor 2.00x (chest)" in text
    assert text.count("unreachable") == 1


def test_timing_summary_matches_numpy() -> None:
    values = [5.0, 1.0, 3.0, 2.0, 4.0, 10.0]
    assert percentile(values, 95) == pytest.approx(float(np.percentile(values, 95)))
    assert summarise(values).p50 == pytest.approx(float(np.median(values)))


def test_viewer_overlay_size_mirrors_the_ui() -> None:
    from desktop_app.ui.analysis.heatmap_overlay import MAX_OVERLAY_SIDE

    assert VIEWER_OVERLAY_SIDE == MAX_OVERLAY_SIDE


# --- the fast path gives the reference path's scores --------------------------------------------------


def _block_mean(image: np.ndarray, kx: int, ky: int) -> np.ndarray:
    rows, cols = np.arange(0, image.shape[0], ky), np.arange(0, image.shape[1], kx)
    sums = np.add.reduceat(np.add.reduceat(image.astype(np.float64), rows, axis=0), cols, axis=1)
    counts = np.outer(np.diff(np.append(rows, image.shape[0])), np.diff(np.append(cols, image.shape[1])))
    return sums / (counts[..., None] if image.ndim == 3 else counts)


@pytest.mark.parametrize("shape", [(1152, 1422), (1167, 1384), (300, 2000), (1001, 777, 3), (500, 700)])
def test_working_image_is_the_block_mean(shape: tuple[int, ...]) -> None:
    """Each side ≥ 2x WORKING_SIDE is box-averaged by a whole factor; smaller images pass untouched."""
    image = np.random.default_rng(1).integers(0, 256, shape, dtype=np.uint8)
    kx, ky = max(1, shape[1] // WORKING_SIDE), max(1, shape[0] // WORKING_SIDE)
    reduced = working_image(image)
    if (kx, ky) == (1, 1):
        assert reduced is image
        return
    expected = _block_mean(image, kx, ky)
    assert reduced.shape == expected.shape and min(reduced.shape[:2]) >= min(WORKING_SIDE, *shape[:2])
    assert np.abs(reduced - expected).max() < 1  # rounding only (Pillow rounds in fixed point)


def _reference_display(path: Path) -> np.ndarray:
    """Window/level straight from the formula (no lookup tables), as the viewer defines it."""
    image = load_image(str(path))
    levels = window_to_display(image.frames[0], default_window(image), window_function(image))
    display = np.floor(levels).astype(np.uint8)
    return 255 - display if image.invert_default else display


def _reference_levels(path: Path) -> np.ndarray:
    """The float grey levels a ``precision: float`` model starts from, from the formula: window output less
    half a level, MONOCHROME1 inverted."""
    image = load_image(str(path))
    frame = image.frames[0]
    if image.is_color:
        frame = frame @ np.array([0.299, 0.587, 0.114])
    levels = np.clip(window_to_display(frame, default_window(image), window_function(image)) - 0.5, 0, 255)
    if image.is_color or (image.frames.dtype == np.uint8 and not image.invert_default):
        levels = frame.astype(np.float64)  # the identity window: stored values are the levels
    return 255 - levels if image.invert_default else levels


def _reference_float_input(levels: np.ndarray, spec: dict) -> np.ndarray:
    """The float chain written out plainly: block means, OpenCV's float INTER_AREA, CLAHE on levels."""
    from desktop_app.imaging.resample import clahe_levels
    from desktop_app.inference.preprocess import WORKING_SIDE

    fy, fx = max(1, levels.shape[0] // WORKING_SIDE), max(1, levels.shape[1] // WORKING_SIDE)
    rows, cols = -(-levels.shape[0] // fy), -(-levels.shape[1] // fx)
    image = np.array([[levels[r * fy:(r + 1) * fy, c * fx:(c + 1) * fx].mean() for c in range(cols)]
                      for r in range(rows)], dtype=np.float32)
    if spec.get("pre_size") and image.shape[:2] != tuple(spec["pre_size"]):
        image = cv2.resize(image, tuple(spec["pre_size"])[::-1], interpolation=cv2.INTER_AREA)
    height, width = spec["size"]
    image = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
    if spec["clahe"]:
        image = clahe_levels(image, spec["clahe"]["clip_limit"], spec["clahe"]["tile_grid"])
    x = (np.repeat(image[..., None], 3, axis=2).astype(np.float64) * spec["scale"] - np.asarray(spec["mean"]))
    return (x / np.asarray(spec["std"])).transpose(2, 0, 1)[None].astype(np.float32)


def _reference_input(display: np.ndarray, spec: dict) -> np.ndarray:
    """The card's preprocessing written out plainly (after the spec's working-image step), in float64."""
    image = working_image(display)
    if spec["channels"] == "gray" and image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    if spec.get("pre_size") and image.shape[:2] != tuple(spec["pre_size"]):
        image = cv2.resize(image, tuple(spec["pre_size"])[::-1], interpolation=cv2.INTER_AREA)
    height, width = spec["size"]
    interpolation = {"area": cv2.INTER_AREA, "linear": cv2.INTER_LINEAR}[spec["interpolation"]]
    image = cv2.resize(image, (width, height), interpolation=interpolation)
    if spec["clahe"]:
        grid = spec["clahe"]["tile_grid"]
        image = cv2.createCLAHE(clipLimit=spec["clahe"]["clip_limit"], tileGridSize=(grid, grid)).apply(image)
    if image.ndim == 2:
        image = np.repeat(image[..., None], 3, axis=2)
    x = (image.astype(np.float64) * spec["scale"] - np.asarray(spec["mean"])) / np.asarray(spec["std"])
    return x.transpose(2, 0, 1)[None].astype(np.float32)


def _reference_session(onnx_path: Path):  # noqa: ANN202 - onnxruntime type
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    return ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*") if p.suffix in (".jpeg", ".jpg", ".dcm")))
def test_fast_path_scores_match_the_reference_path(sample: str) -> None:
    from desktop_app.inference.analyser import Analyser, AnalysisRefused

    analyser = Analyser([MODELS], device="cpu")
    gate = analyser.models.get("input_gate")
    if gate is None or not gate.available:
        pytest.skip("the input gate is not installed")
    display = _reference_display(SAMPLES / sample)
    gate_probs = _reference_session(gate.onnx_path).run(["probs"], {"input": _reference_input(
        display, gate.card["preprocessing"])})[0][0]
    try:
        prediction = analyser.analyse(load_image(str(SAMPLES / sample)))
    except AnalysisRefused as refusal:
        assert refusal.gate is not None
        assert abs(refusal.gate.score - float(gate_probs.max())) <= 1e-4
        return
    assert abs(prediction.gate.score - float(gate_probs.max())) <= 1e-4
    model = analyser.models[prediction.model_id]
    spec = model.card["preprocessing"]
    reference = (_reference_float_input(_reference_levels(SAMPLES / sample), spec) if spec.get("precision") == "float"
                 else _reference_input(display, spec))
    probs = _reference_session(model.onnx_path).run(["probs"], {"input": reference})[0][0]
    for label, p in zip(model.labels, probs, strict=True):
        assert abs(prediction.scores[label] - float(p)) <= 1e-4, (sample, label)


def test_batch_reduced_decode_gives_the_viewer_scores(tmp_path: Path) -> None:
    """Batch triage may decode large JPEGs at reduced scale; its scores must match the full decode's."""
    from desktop_app.analysis import ANALYSED
    from desktop_app.analysis.batch import analyse_in_batch
    from desktop_app.benchmark.inputs import prepare_inputs
    from desktop_app.inference.analyser import Analyser, AnalysisRefused

    analyser = Analyser([MODELS], device="cpu")
    if not any(m.available for m in analyser.diagnostic_models()):
        pytest.skip("no diagnostic model is installed")
    big = prepare_inputs(tmp_path, 0).files["jpeg_3000x2500"]
    reduced = load_image(big, analysis_min_side=analyser.analysis_min_side())
    assert reduced.frames.shape[1:] == (1250, 1500) and "for analysis only" in reduced.metadata["note"]
    assert reduced.metadata["width"] == 3000  # the file's own size is kept
    for path in [big, *sorted(p for p in SAMPLES.glob("*") if p.suffix in (".jpeg", ".jpg"))]:
        try:
            full = analyser.analyse(load_image(path))
        except AnalysisRefused:
            continue
        row = analyse_in_batch(analyser, path)
        assert row.status == ANALYSED and row.prediction is not None
        for label, p in full.scores.items():
            assert abs(row.prediction.scores[label] - p) <= 1e-4, (path.name, label)


def test_bare_rate_of_a_model_mix_is_time_weighted() -> None:
    from desktop_app.benchmark.processes import _mix_rate

    assert _mix_rate({"a": 2, "b": 2}, {"a": 100.0, "b": 50.0}) == pytest.approx(4 / (2 / 100 + 2 / 50))
    assert _mix_rate({}, {}) is None
