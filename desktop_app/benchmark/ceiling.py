# SPDX-License-Identifier: Apache-2.0
"""The fastest batch triage this machine allows, from the work no triage loop can skip.

Every image of a batch must be decoded, put through the input gate and scored by its model. Each step's
one-core time is measured here on the batch's own files (sequentially, nothing else running); with
those steps spread perfectly over all cores and nothing else costing anything (no display window, no
working image, no model preprocessing, no Python, no table), a batch could not go faster than
``cores / (decode + gate + model)`` images per second. ``ceiling_ratio`` compares that with the bare
onnxruntime throughput the batch target uses: when it is below the target's 0.8, the target cannot be
met on this machine by any change around the model.

The model's share is the cheaper of its one-thread run (what triage uses on the CPU) and its bare
best-batch-size throughput spread over all cores, so the ceiling is never understated.

``preprocess_core_ms`` (display window + working image + the model's resize/CLAHE/normalisation, which
any triage needs in some form to feed the model) is reported beside it with the ceiling it leaves,
``ceiling_with_preprocessing_ratio``: the realistic best case.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

from desktop_app.benchmark.timing import measure


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def batch_ceiling(analyser: Any, batch_files: list[Path], best_rates: dict[str, float], n: int) -> dict[str, Any]:
    """Per-image one-core costs of decode, gate and model over the batch's mix, and the ceiling they set
    (``ceiling_ratio`` is added by the caller, against the bare throughput measured around the batch).
    ``best_rates``: each model's bare images/s at its best batch size, measured around the batch."""
    from desktop_app.inference.providers import CPU, requested_providers

    if not batch_files:
        return {"error": "no batch"}
    if requested_providers(analyser.device) != [CPU]:
        return {"error": "not computed for a GPU: its inference does not use the CPU cores"}
    twin = analyser.for_batch()
    cores = available_cores()
    copies = Counter(_source_name(p) for p in batch_files)
    first = {}
    for path in batch_files:
        first.setdefault(_source_name(path), path)
    per_source = {name: _costs(twin, path, best_rates, cores, n) for name, path in first.items()}
    total = sum(copies.values())
    mean = {step: sum(copies[name] * costs[step] for name, costs in per_source.items()) / total
            for step in ("decode_ms", "gate_ms", "model_ms", "preprocess_ms")}
    preprocessing = mean.pop("preprocess_ms")
    mandatory = sum(mean.values())
    ceiling = 1000.0 * cores / mandatory if mandatory > 0 else None
    return {"cores": cores, "per_image_core_ms": {k: round(v, 3) for k, v in mean.items()},
            "mandatory_core_ms": round(mandatory, 3),
            "ceiling_images_per_s": round(ceiling, 1) if ceiling else None,
            "ceiling_ratio": None,
            "preprocess_core_ms": round(preprocessing, 3),
            "ceiling_with_preprocessing_images_per_s": round(1000.0 * cores / (mandatory + preprocessing), 1)
            if mandatory > 0 else None,
            "ceiling_with_preprocessing_ratio": None,
            "per_source": per_source}


def _source_name(path: Path) -> str:
    """Batch files are ``NNNN_<sample name>`` copies (``inputs.write_batch``)."""
    return path.name.split("_", 1)[1] if "_" in path.name else path.name


def _costs(analyser: Any, path: Path, best_rates: dict[str, float], cores: int, n: int) -> dict[str, Any]:
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference.analyser import AnalysisRefused
    from desktop_app.inference.prepared import model_source
    from desktop_app.inference.preprocess import preprocess, working_image
    from desktop_app.inference.registry import ModelUnavailable

    min_side = analyser.analysis_min_side()
    image = load_image(str(path), analysis_min_side=min_side)
    display = working_image(render_frame(image))
    decode = measure(lambda: load_image(str(path), analysis_min_side=min_side), n).p50
    gate = measure(lambda: analyser.run_gate(display), n).p50  # its preprocessing + inference only
    costs: dict[str, Any] = {"decode_ms": round(decode, 3), "gate_ms": round(gate, 3), "model_ms": 0.0,
                             "preprocess_ms": 0.0, "model": None}
    try:
        model = analyser.models[analyser.analyse(image).model_id]
    except (AnalysisRefused, ModelUnavailable):
        return costs  # an image no model scores costs decode + gate only
    session = analyser.sessions.get(model, analyser.device)
    spec = model.card["preprocessing"]
    batch = preprocess(model_source(image, 0, spec, display), spec)[None]
    # from the rendering on (the image keeps nothing here, so each call renders and reduces afresh)
    costs["preprocess_ms"] = round(measure(lambda: preprocess(model_source(image, 0, spec), spec), n).p50, 3)
    one_thread = measure(lambda: session.run(batch), n).p50
    best = best_rates.get(model.id)
    spread = 1000.0 * cores / best if best else one_thread
    costs.update(model=model.id, model_ms=round(min(one_thread, spread), 3),
                 model_one_thread_ms=round(one_thread, 3), model_bare_best_core_ms=round(spread, 3))
    return costs
