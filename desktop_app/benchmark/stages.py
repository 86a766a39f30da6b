# SPDX-License-Identifier: Apache-2.0
"""Time each stage of one analysis, per input file, through the app's own functions.

Stages: ``decode`` (``load_image``), ``render`` (``render_frame``: window/level to display pixels),
``working`` (``working_image``: the whole-factor box reduction shared by the gate and the model),
``gate`` (input-gate preprocessing + inference), ``preprocess`` (the diagnostic model's card spec),
``inference`` (``session.run``), ``overlay`` (what the viewer computes for the heatmap: CAM upsample to
at most :data:`VIEWER_OVERLAY_SIDE` pixels + colour map + alpha; Qt composites that layer while
painting). ``overlay_full_res`` is ``heatmap.blend`` at the image's full resolution (the heatmap PNG of
``scanlens analyze --heatmap-dir``).

Five totals are timed as whole chains, not summed from the stage medians: ``analysis`` (an image already
open in the viewer → prediction + overlay: what the user waits for after asking for an analysis; the
viewer has kept the rendering and, in the background after painting, prepared the working image, the
gate's verdict and the model input: ``Analyser.prepare``), ``analysis_unprepared`` (the same when
Analyse is pressed before that preparation ran),
``end_to_end`` (file → analysis decode → prediction + overlay: ``scanlens analyze`` without report or
export, where a large JPEG may be decoded at reduced scale; other formats are decoded in full),
``viewer_open`` (file → full-resolution decode for display → prediction + overlay: double-clicking a
file with analyse-on-open) and ``batch_path`` (file → prediction through the batch triage step, no
overlay). Each chain is timed alternately with the model's bare inference on the same image
(``<chain>_bare_ms``), and its ratio divides by that: a machine whose speed drifts during the run
(a shared VM, a laptop throttling) then cannot move a ratio.

``mandatory`` is timed the same way: the work every analysis of a file does besides its model and that
no code around the model can avoid — decoding the file (as ``scanlens analyze`` does) and the input gate
(its own preprocessing and inference; the gate's input is made ahead, so display window and working image
count as free). ``end_to_end_floor_ratio`` = (mandatory + bare) / bare is the ``end_to_end_ratio`` this
machine would give if everything else (windowing, model preprocessing, heatmap, Python) took no time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.benchmark.timing import measure, measure_against

#: Whole chains timed per input (see the module docstring), each as ``<chain>_ms`` and ``<chain>_bare_ms``.
CHAINS = ("analysis", "analysis_unprepared", "end_to_end", "viewer_open", "batch_path")
#: Timed alongside the chains (paired with bare inference too), but not a user-visible chain.
FLOOR = "mandatory"
#: Mirrors ``desktop_app.ui.analysis.heatmap_overlay.MAX_OVERLAY_SIDE`` (tests/test_benchmark.py checks they agree).
VIEWER_OVERLAY_SIDE = 256


def viewer_overlay_shape(rows: int, cols: int, max_side: int = VIEWER_OVERLAY_SIDE) -> tuple[int, int]:
    scale = min(1.0, max_side / max(rows, cols, 1))
    return max(1, round(rows * scale)), max(1, round(cols * scale))


def viewer_overlay(cam: np.ndarray, image_shape: tuple[int, int]) -> np.ndarray:
    """The RGBA layer the viewer draws over the image (``HeatmapOverlay._rebuild``)."""
    from desktop_app.inference.heatmap import heatmap_rgba

    return heatmap_rgba(cam, viewer_overlay_shape(*image_shape))


def analyse_stages(analyser: Any, path: Path, n: int) -> dict[str, Any]:
    """Stage medians and whole-chain totals for one file (``refused`` set when the gate said no)."""
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference.analyser import AnalysisRefused
    from desktop_app.inference.prepared import model_source
    from desktop_app.inference.preprocess import preprocess, working_image

    image = load_image(str(path))
    full_display = render_frame(image)
    display = working_image(full_display)
    result: dict[str, Any] = {"file": path.name, "shape": list(image.frames.shape[1:]),
                              "dtype": str(image.frames.dtype), "decoder": image.decoder, "model": None}
    result["stages_ms"] = {"decode": measure(lambda: load_image(str(path)), n),
                           "render": measure(lambda: render_frame(image), n),  # nothing remembered here
                           "working": measure(lambda: working_image(full_display), n),
                           "gate": measure(lambda: analyser.run_gate(display), n)}
    try:
        prediction = analyser.analyse(image)
    except AnalysisRefused as refusal:
        result["refused"] = str(refusal)
        return _finish(result)
    model = analyser.models[prediction.model_id]
    session, spec = analyser.sessions.get(model, analyser.device), model.card["preprocessing"]
    source = model_source(image, 0, spec, display)  # the working image, or its float levels for a float model
    batch = preprocess(source, spec)[None]

    def bare() -> Any:  # the model's own inference on this image
        return session.run(batch)

    result["stages_ms"].update(_model_stages(prediction, source, full_display, spec, bare, n))
    render_frame(image, remember=True)  # as the viewer leaves an image on screen (see _chains)
    result.update(model=prediction.model_id, scores=prediction.scores, **_chains(analyser, path, image, n, bare))
    return _finish(result)


def _model_stages(prediction: Any, source: np.ndarray, full_display: np.ndarray, spec: dict[str, Any],
                  bare: Callable[[], Any], n: int) -> dict[str, Any]:
    from desktop_app.inference.heatmap import blend
    from desktop_app.inference.preprocess import preprocess

    cam = prediction.cam[prediction.labels.index(prediction.decision)]
    return {"preprocess": measure(lambda: preprocess(source, spec), n),
            "inference": measure(bare, n),
            "overlay": measure(lambda: viewer_overlay(cam, full_display.shape[:2]), n),
            "overlay_full_res": measure(lambda: blend(full_display, cam), n)}


def _chains(analyser: Any, path: Path, image: Any, n: int, bare: Callable[[], Any]) -> dict[str, Any]:
    """Whole chains timed end to end, each alternating with ``bare`` (the model's own inference on this
    image) so that its ratio compares figures taken under the same machine conditions."""
    from desktop_app.analysis import analyse_file
    from desktop_app.analysis.batch import analyse_in_batch  # the batch triage loop's own step
    from desktop_app.imaging.loader import load_image
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference.preprocess import working_image

    gate_input = working_image(render_frame(image))  # made ahead: the floor counts no display window

    def result_and_overlay(source: Any, reduced: bool = False) -> None:  # the viewer's and the CLI's path
        done = analyse_file(analyser, source, reduced=reduced)
        assert done.prediction is not None and done.image is not None, done.message
        p = done.prediction
        viewer_overlay(p.cam[p.labels.index(p.decision)], done.image.frames.shape[1:3])

    def unprepared() -> None:  # Analyse pressed before the background preparation ran
        image.analysis_cache.clear()
        result_and_overlay(image)

    def prepared() -> None:
        analyser.prepare(image)  # what the viewer did in the background after painting: a no-op when done
        result_and_overlay(image)

    min_side = analyser.analysis_min_side()
    chains = {
        "analysis_unprepared": unprepared,
        "analysis": prepared,
        "end_to_end": lambda: result_and_overlay(path, reduced=True),
        "viewer_open": lambda: result_and_overlay(path),
        "batch_path": lambda: analyse_in_batch(analyser, path),
        FLOOR: lambda: (load_image(str(path), analysis_min_side=min_side), analyser.run_gate(gate_input)),
    }
    out: dict[str, Any] = {}
    for name, chain in chains.items():
        out[f"{name}_ms"], out[f"{name}_bare_ms"] = measure_against(chain, bare, n)
    return out


def _finish(result: dict[str, Any]) -> dict[str, Any]:
    result["stages_ms"] = {k: v.as_dict() for k, v in result["stages_ms"].items()}
    for chain in (*CHAINS, FLOOR):
        for key in (f"{chain}_ms", f"{chain}_bare_ms"):
            if key in result:
                result[key] = result[key].as_dict()
    return result


def add_ratios(result: dict[str, Any], bare_ms: float | None) -> None:
    """Ratios of each chain to the model's bare inference timed alternately with it (``<chain>_bare_ms``);
    ``bare_inference_ms`` is the model's batch-1 median from the model section (also the overlay's
    denominator). ``None`` when the input was not analysed."""
    ok = bare_ms is not None and bare_ms > 0 and "end_to_end_ms" in result
    result["bare_inference_ms"] = bare_ms if ok else None
    for chain in CHAINS:
        paired = result.get(f"{chain}_bare_ms", {}).get("p50") if ok else None
        result[f"{chain}_ratio"] = round(result[f"{chain}_ms"]["p50"] / paired, 3) if paired else None
    floor, paired = result.get(f"{FLOOR}_ms", {}).get("p50"), result.get(f"{FLOOR}_bare_ms", {}).get("p50")
    result["end_to_end_floor_ratio"] = round((floor + paired) / paired, 3) if ok and floor and paired else None
    overlay = result["stages_ms"].get("overlay")
    result["overlay_fraction"] = round(overlay["p50"] / bare_ms, 4) if ok and overlay else None
