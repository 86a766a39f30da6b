# SPDX-License-Identifier: Apache-2.0
"""Time each stage of one analysis, per input file, through the app's own functions.

Stages: ``decode`` (``load_image``), ``render`` (``render_frame``: window/level to display pixels),
``gate`` (input-gate preprocessing + inference), ``preprocess`` (the diagnostic model's card spec),
``inference`` (``session.run``), ``overlay`` (what the viewer computes for the heatmap: CAM upsample to
at most :data:`VIEWER_OVERLAY_SIDE` pixels + colour map + alpha; Qt composites that layer while
painting). ``overlay_full_res`` is ``heatmap.blend`` at the image's full resolution (the heatmap PNG of
``scanlens analyze --heatmap-dir``).

Two totals are timed as whole chains, not summed from the stage medians: ``analysis`` (an image already
open in the viewer → prediction + overlay: what the user waits for after asking for an analysis) and
``end_to_end`` (file → decode → prediction + overlay: batch and command line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.benchmark.timing import measure

#: Mirrors ``desktop_app.ui.heatmap_overlay.MAX_OVERLAY_SIDE`` (tests/test_benchmark.py checks they agree).
VIEWER_OVERLAY_SIDE = 512


def viewer_overlay_shape(rows: int, cols: int, max_side: int = VIEWER_OVERLAY_SIDE) -> tuple[int, int]:
    scale = min(1.0, max_side / max(rows, cols, 1))
    return max(1, round(rows * scale)), max(1, round(cols * scale))


def viewer_overlay(cam: np.ndarray, image_shape: tuple[int, int]) -> np.ndarray:
    """The RGBA layer the viewer draws over the image (``HeatmapOverlay._rebuild``)."""
    from desktop_app.inference.heatmap import heatmap_rgba

    return heatmap_rgba(cam, viewer_overlay_shape(*image_shape))


def decode_only(path: Path, n: int) -> dict[str, Any]:
    """Decode time of one file and what it decoded to."""
    from desktop_app.imaging.loader import load_image

    image = load_image(str(path))
    stats = measure(lambda: load_image(str(path)), n)
    return {"file": path.name, "shape": list(image.frames.shape[1:]), "dtype": str(image.frames.dtype),
            "decoder": image.decoder, "ms": stats.as_dict()}


def analyse_stages(analyzer: Any, path: Path, n: int) -> dict[str, Any]:
    """Stage medians and whole-chain totals for one file (``refused`` set when the gate said no)."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference.analyzer import AnalysisRefused
    from desktop_app.inference.heatmap import blend
    from desktop_app.inference.preprocess import preprocess

    image = load_image(str(path))
    display = render_frame(image)
    result: dict[str, Any] = {"file": path.name, "shape": list(image.frames.shape[1:]),
                              "dtype": str(image.frames.dtype), "decoder": image.decoder, "model": None}
    stages = {"decode": measure(lambda: load_image(str(path)), n),
              "render": measure(lambda: render_frame(image), n),
              "gate": measure(lambda: analyzer.run_gate(display), n)}
    result["stages_ms"] = stages
    try:
        prediction = analyzer.analyze(image)
    except AnalysisRefused as refusal:
        result["refused"] = str(refusal)
        return _finish(result)
    model = analyzer.models[prediction.model_id]
    session = analyzer.sessions.get(model, analyzer.device)
    spec = model.card["preprocessing"]
    batch = preprocess(display, spec)[None]
    cam = prediction.cam[prediction.labels.index(prediction.decision)]
    shape = display.shape[:2]
    stages["preprocess"] = measure(lambda: preprocess(display, spec), n)
    stages["inference"] = measure(lambda: session.run(batch), n)
    stages["overlay"] = measure(lambda: viewer_overlay(cam, shape), n)
    stages["overlay_full_res"] = measure(lambda: blend(display, cam), n)

    def in_viewer() -> None:
        done = analyzer.analyze(image)
        viewer_overlay(done.cam[done.labels.index(done.decision)], shape)

    def from_file() -> None:
        loaded = load_image(str(path))
        done = analyzer.analyze(loaded)
        viewer_overlay(done.cam[done.labels.index(done.decision)], loaded.frames.shape[1:3])

    result.update(model=prediction.model_id, scores=prediction.scores,
                  analysis_ms=measure(in_viewer, n), end_to_end_ms=measure(from_file, n))
    return _finish(result)


def _finish(result: dict[str, Any]) -> dict[str, Any]:
    result["stages_ms"] = {k: v.as_dict() for k, v in result["stages_ms"].items()}
    for key in ("analysis_ms", "end_to_end_ms"):
        if key in result:
            result[key] = result[key].as_dict()
    return result


def add_ratios(result: dict[str, Any], bare_ms: float | None) -> None:
    """Ratios against the model's bare batch-1 inference median (``None`` when not analysed)."""
    stages = result["stages_ms"]
    ok = bare_ms is not None and bare_ms > 0 and "end_to_end_ms" in result
    result["bare_inference_ms"] = bare_ms if ok else None
    result["end_to_end_ratio"] = round(result["end_to_end_ms"]["p50"] / bare_ms, 3) if ok else None
    result["analysis_ratio"] = round(result["analysis_ms"]["p50"] / bare_ms, 3) if ok else None
    overlay = stages.get("overlay")
    inference = stages.get("inference")
    result["overlay_fraction"] = (round(overlay["p50"] / inference["p50"], 4)
                                  if overlay and inference and inference["p50"] > 0 else None)
