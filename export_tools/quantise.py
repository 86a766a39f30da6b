# SPDX-License-Identifier: Apache-2.0
"""Reduced-precision variants of a shipped model, measured against it on held-out data.

``python -m export_tools quantise --task ID`` builds, from the shipped ONNX file alone:

* ``int8_minmax`` / ``int8_percentile``: static INT8 (QDQ, per-channel weights, uint8 activations) with
  activation ranges from :data:`CALIBRATION_IMAGES` training images, by min/max or by percentile;
* ``float16``: every weight and activation in float16 (inputs and outputs stay float32).

Each variant is scored on the validation split (and test_a where the task has one) with the card's own
calibration, operating point and review band, and compared with the shipped float32 model on the same
inputs: score, decisions changed, largest probability change, batch-1 CPU speed with the app's session
settings, timed alternately with the shipped model. The outcome goes into the card's ``quantisation``
section. A variant qualifies for shipping only when its loss is negligible (:data:`NEGLIGIBLE`) *and* it
is faster (:data:`MIN_SPEEDUP`); the shipped file is never replaced here — a qualifying variant is
reported, to be exported and reviewed on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from export_tools import datasets
from export_tools.calibrate import band_flags, decisions, evaluate
from export_tools.tasks import Task

log = logging.getLogger(__name__)

CALIBRATION_IMAGES = 200
PERCENTILE = 99.999
#: The loss a variant may show against the shipped model and still count as negligible.
NEGLIGIBLE = {"score_drop": 0.002, "decisions_changed": 0.005, "max_abs_diff_probs": 0.05}
#: ... and how much faster it must be to be worth a second file to verify and support.
MIN_SPEEDUP = 1.10
VARIANTS = ("int8_minmax", "int8_percentile", "float16")


def shipped_model(task: Task, models_dir: Path) -> tuple[Path, dict[str, Any], Path]:
    """(card path, card, ONNX path) of ``task``'s shipped model, its sha256 checked against the card."""
    from desktop_app.inference.registry import sha256_of

    card_path = models_dir / f"{task.id}.json"
    card = json.loads(card_path.read_text())
    shipped = models_dir / card["file"]
    if sha256_of(shipped) != card["sha256"]:
        raise SystemExit(f"{shipped} does not match the sha256 in its card")
    return card_path, card, shipped


def quantise(task: Task, run_dir: Path, models_dir: Path) -> dict[str, Any]:
    """Build and measure every variant of ``task``'s shipped model; write the result into its card."""
    card_path, card, shipped = shipped_model(task, models_dir)
    split = card_split(task, run_dir, card)
    parts = _held_out(task, run_dir, split)
    spec = task.preprocessing
    variant_dir = run_dir / "quantised"
    variant_dir.mkdir(parents=True, exist_ok=True)
    calibration = _calibration_inputs(task, split)
    reference = {part: _probs(shipped, x) for part, (x, _) in parts.items()}
    result: dict[str, Any] = {
        "measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": f"python -m export_tools quantise --task {task.id}",
        "rule": {**NEGLIGIBLE, "min_speedup": MIN_SPEEDUP,
                 "text": "a variant may ship only if its score drops by at most score_drop, at most "
                         "decisions_changed of the held-out calls change, no probability moves by more than "
                         "max_abs_diff_probs, and it is at least min_speedup times faster"},
        "calibration_images": len(calibration),
        "shipped": {"precision": card.get("weights", {}).get("compute", "float32"),
                    **{part: _summary(task, card, probs, parts[part][1]) for part, probs in reference.items()}},
        "variants": {},
    }
    for name in VARIANTS:
        path = variant_dir / f"{task.id}.{name}.onnx"
        try:
            _BUILDERS[name](shipped, path, calibration)
            measured = _compare(task, card, path, parts, reference)
            measured.update(_paired_speed(shipped, path, spec["size"]))
        except Exception as exc:  # noqa: BLE001 - a variant this onnxruntime cannot build or run is reported
            log.warning("%s %s: %s", task.id, name, exc)
            result["variants"][name] = {"built": False, "reason": f"{type(exc).__name__}: {str(exc)[:300]}"}
            continue
        measured["negligible_loss"], measured["qualifies"], measured["verdict"] = _verdict(measured)
        result["variants"][name] = measured
        log.info("%s %s: %s", task.id, name, measured["verdict"])
    card["quantisation"] = result
    card_path.write_text(json.dumps(card, indent=2) + "\n")
    return result


def card_split(task: Task, run_dir: Path, card: dict) -> dict:
    """The training split (re-made from the same seed when absent); it must be the one the card describes."""
    split = datasets.load_or_make_split(task, run_dir, seed=card["training"]["split"]["seed"])
    if split["sizes"] != card["training"]["split"]["sizes"]:
        raise SystemExit(f"the split in {run_dir / 'split.json'} is not the one {task.id} was trained on "
                         f"({split['sizes']} vs {card['training']['split']['sizes']})")
    return split


def _held_out(task: Task, run_dir: Path, split: dict) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Model inputs and labels of validation and test_a (when the task has one), as calibration saw them."""
    parts = {}
    for part, cache in (("validation", "cache_val.npy"), ("test_a", "cache_test_a.npy")):
        items = datasets.items_from(split, "val" if part == "validation" else part)
        if items:
            images = datasets.load_cache(items, task.preprocessing["channels"], run_dir / cache)
            parts[part] = (model_inputs(images, task.preprocessing), np.array([i.label for i in items]))
    return parts


def model_inputs(images: np.ndarray, spec: dict) -> np.ndarray:
    """The model inputs of cached images, exactly as training and calibration make them."""
    from export_tools.train import model_input

    return model_input(images, spec).numpy()


def _calibration_inputs(task: Task, split: dict) -> np.ndarray:
    """Model inputs of :data:`CALIBRATION_IMAGES` training images (never held-out ones), at cache size."""
    import cv2

    train = datasets.items_from(split, "train")
    items = random.Random(0).sample(train, min(CALIBRATION_IMAGES, len(train)))
    size = datasets.CACHE_SIZE[task.preprocessing["channels"]]
    images = [cv2.resize(datasets.read_source(i.source, task.preprocessing["channels"]), (size, size),
                         interpolation=cv2.INTER_AREA) for i in items]
    return model_inputs(np.stack(images), task.preprocessing)


def _int8(method: str) -> Callable[[Path, Path, np.ndarray], None]:
    def build(source: Path, target: Path, calibration: np.ndarray) -> None:
        from onnxruntime.quantization import (
            CalibrationDataReader,
            CalibrationMethod,
            QuantFormat,
            QuantType,
            quantize_static,
        )
        from onnxruntime.quantization.shape_inference import quant_pre_process

        class Reader(CalibrationDataReader):
            def __init__(self) -> None:
                self._batches = iter(calibration[i : i + 1] for i in range(len(calibration)))

            def get_next(self) -> dict[str, np.ndarray] | None:
                batch = next(self._batches, None)
                return None if batch is None else {"input": batch}

        prepared = target.with_suffix(".pre.onnx")
        quant_pre_process(str(source), str(prepared), skip_symbolic_shape=True)
        extra = {"CalibPercentile": PERCENTILE} if method == "percentile" else {}
        quantize_static(str(prepared), str(target), Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                        calibrate_method=CalibrationMethod.Percentile if method == "percentile"
                        else CalibrationMethod.MinMax, extra_options=extra)
        prepared.unlink(missing_ok=True)

    return build


def _float16(source: Path, target: Path, _calibration: np.ndarray) -> None:
    import onnx
    from onnxruntime.transformers.float16 import convert_float_to_float16

    model = convert_float_to_float16(onnx.load(str(source)), keep_io_types=True)
    onnx.save(model, str(target))


_BUILDERS: dict[str, Callable[[Path, Path, np.ndarray], None]] = {
    "int8_minmax": _int8("minmax"), "int8_percentile": _int8("percentile"), "float16": _float16}


def _session(path: Path) -> Any:
    from desktop_app.inference.providers import create_session

    return create_session(path, "cpu", threads=2)[0]


def _probs(path: Path, inputs: np.ndarray, chunk: int = 64) -> np.ndarray:
    session = _session(path)
    return np.concatenate([session.run(["probs"], {"input": inputs[i : i + chunk]})[0]
                           for i in range(0, len(inputs), chunk)]).astype(np.float64)


def _paired_speed(shipped: Path, variant: Path, size: list[int], rounds: int = 10, runs: int = 40) -> dict[str, float]:
    """Batch-1 CPU medians of the variant and the shipped model, timed in alternating blocks of ``runs``:
    the machine's speed drifts (two medians taken minutes apart can be 30 % off), and alternating single
    runs would make the two models evict each other's weights from the cache on every call."""
    from desktop_app.benchmark.timing import summarise, time_ms

    x = np.random.default_rng(0).normal(size=(1, 3, *size)).astype(np.float32)
    sessions = {"variant": _session(variant), "shipped": _session(shipped)}
    times: dict[str, list[float]] = {name: [] for name in sessions}
    for _ in range(rounds):
        for name, session in sessions.items():
            for _ in range(3):  # warm the cache with this model's weights
                session.run(None, {"input": x})
            times[name] += [time_ms(lambda s=session: s.run(None, {"input": x}))[0] for _ in range(runs)]
    variant_ms, shipped_ms = summarise(times["variant"]).p50, summarise(times["shipped"]).p50
    return {"cpu_ms_batch1_p50": round(variant_ms, 3), "shipped_cpu_ms_batch1_p50": round(shipped_ms, 3),
            "speedup": round(shipped_ms / variant_ms, 2)}


def _decisions(card: dict, probs: np.ndarray) -> np.ndarray:
    """The call the app would make on each image (class index; -1 for 'needs review' where it applies)."""
    point = card["operating_point"]
    calls = decisions(probs, point, card["labels"])
    return np.where(band_flags(probs, point, card["review_band"], card["labels"]), -1, calls)


def _summary(task: Task, card: dict, probs: np.ndarray, labels: np.ndarray) -> dict[str, Any]:
    metrics = evaluate(task, probs, labels, {"operating_point": card["operating_point"],
                                             "review_band": card["review_band"]})
    key = "auc" if task.positive_label else "macro_f1"
    return {"n": int(len(labels)), key: round(float(metrics[key]), 5),
            "accuracy": round(float(metrics["accuracy"]), 5),
            "fraction_flagged": round(float(metrics["review"]["fraction_flagged"]), 5)}


def _compare(task: Task, card: dict, path: Path, parts: dict[str, tuple[np.ndarray, np.ndarray]],
             reference: dict[str, np.ndarray]) -> dict[str, Any]:
    out: dict[str, Any] = {"built": True, "size_bytes": path.stat().st_size}
    key = "auc" if task.positive_label else "macro_f1"
    for part, (inputs, labels) in parts.items():
        probs = _probs(path, inputs)
        summary = _summary(task, card, probs, labels)
        shipped = _summary(task, card, reference[part], labels)
        out[part] = {**summary, "score_drop": round(shipped[key] - summary[key], 5),
                     "decisions_changed": round(float(np.mean(_decisions(card, probs)
                                                              != _decisions(card, reference[part]))), 5),
                     "max_abs_diff_probs": round(float(np.abs(probs - reference[part]).max()), 5)}
    return out


def _verdict(measured: dict[str, Any]) -> tuple[bool, bool, str]:
    parts = [v for k, v in measured.items() if k in ("validation", "test_a")]
    problems = [f"{name} {worst:.4g} > {limit}" for name, limit in NEGLIGIBLE.items()
                if (worst := max(p[name] for p in parts)) > limit]
    negligible = not problems
    faster = measured["speedup"] >= MIN_SPEEDUP
    qualifies = negligible and faster
    if qualifies:
        text = f"qualifies: negligible loss and {measured['speedup']}x faster"
    else:
        reasons = problems + ([] if faster else [f"speed-up {measured['speedup']}x < {MIN_SPEEDUP}x"])
        text = "not shipped: " + "; ".join(reasons)
    return negligible, qualifies, text
