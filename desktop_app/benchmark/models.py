# SPDX-License-Identifier: Apache-2.0
"""Bare model speed: onnxruntime latency and throughput per batch size, and PyTorch eager for comparison.

The onnxruntime session is made exactly as the app makes it (``providers.create_session``: same graph
optimisation level and thread count). PyTorch eager is timed by the training tools (entry point group
:data:`REFERENCE_GROUP`); without them the comparison is reported as unavailable.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from desktop_app.benchmark.timing import measure, time_ms
from desktop_app.inference.registry import ModelEntry

#: Entry-point group through which development tools offer reference timings (``torch``).
REFERENCE_GROUP = "scanlens.bench_reference"

BATCH_SIZES = (1, 2, 4, 8, 16)


def model_input(entry: ModelEntry, display: np.ndarray | None) -> np.ndarray:
    """One (1,3,H,W) input: ``display`` preprocessed with the card's spec, or zeros without a sample."""
    from desktop_app.inference.preprocess import preprocess

    spec = entry.card["preprocessing"]
    if display is None:
        return np.zeros((1, 3, *spec["size"]), np.float32)
    return preprocess(display, spec)[None]


def images_per_s(run: Any, sample: np.ndarray, size: int, runs: int, seconds: float = 0.0) -> float:
    """Bare images/s of ``run`` on ``sample`` repeated ``size`` times: after one warm-up run (the first run
    at a new shape allocates), at least ``runs`` timed runs and at least ``seconds`` of them."""
    batch = np.ascontiguousarray(np.repeat(sample, size, axis=0))
    run(batch)
    done, elapsed = 0, 0.0
    while done < runs or elapsed < seconds * 1000.0:
        elapsed += time_ms(lambda: run(batch))[0]
        done += 1
    return size * done / (elapsed / 1000.0)


def throughput_now(entry: ModelEntry, sample: np.ndarray, device: str, sizes: tuple[int, ...],
                   seconds: float = 0.5) -> dict[int, float]:
    """Bare images/s at each batch size in ``sizes``, each run for about ``seconds`` on a fresh session.

    The batch target compares the batch's rate with this, measured just before and after the batch, so a
    machine whose speed drifts between the model section and the batch cannot move the ratio.
    """
    from desktop_app.inference.providers import create_session

    session, _, _ = create_session(entry.onnx_path, device, None)

    def run(batch: np.ndarray) -> Any:
        return session.run(["probs", "cam"], {"input": batch})

    return {size: images_per_s(run, sample, size, runs=4, seconds=seconds) for size in sizes}


def bench_onnxruntime(entry: ModelEntry, sample: np.ndarray, device: str, n: int,
                      threads: int | None = None) -> dict[str, Any]:
    """Batch-1 latency (ms) and images/s at each batch size for one model, on a fresh session."""
    from desktop_app.inference.providers import create_session

    session, provider, note = create_session(entry.onnx_path, device, threads)

    def run(batch: np.ndarray) -> Any:
        return session.run(["probs", "cam"], {"input": batch})

    latency = measure(lambda: run(sample), n, warmup=3)
    throughput = {str(size): round(images_per_s(run, sample, size, runs=max(2, math.ceil(n / size))), 2)
                  for size in BATCH_SIZES}
    best = max(throughput, key=throughput.__getitem__)
    return {
        "provider": provider,
        "provider_note": note,
        "threads": int(session.get_session_options().intra_op_num_threads),
        "input_size": list(entry.card["preprocessing"]["size"]),
        "batch1_ms": latency.as_dict(),
        "throughput_per_batch": throughput,
        "best_batch": int(best),
        "best_images_per_s": throughput[best],
    }


def bench_torch(entry: ModelEntry, sample: np.ndarray, n: int, threads: int) -> dict[str, Any]:
    """PyTorch eager batch-1 latency of the same network, or ``available: False`` with the reason.

    The application never imports PyTorch: the timing comes from the development tools, which offer it
    through the ``scanlens.bench_reference`` entry point (name ``torch``) when they are installed.
    """
    from importlib.metadata import entry_points

    found = [e for e in entry_points(group=REFERENCE_GROUP) if e.name == "torch"]
    if not found:
        return {"available": False, "note": "PyTorch comparison unavailable (the training tools are not "
                                            "installed: pip install -e '.[export]')"}
    try:
        timer = found[0].load()
    except Exception as exc:  # noqa: BLE001 - optional: torch or the training tools are broken or missing
        return {"available": False, "note": f"PyTorch comparison unavailable ({type(exc).__name__}: {exc})"}
    return dict(timer(entry, sample, n, threads))
