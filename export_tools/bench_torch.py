# SPDX-License-Identifier: Apache-2.0
"""PyTorch eager timing of a shipped model, for ``scanlens bench``'s onnxruntime-vs-PyTorch comparison.

Offered to the application through the ``scanlens.bench_reference`` entry point (pyproject.toml), so the
application itself never imports torch. The trained network is loaded from ``export_tools/runs/<id>/``
when its checkpoints exist; otherwise the same architecture with random weights is timed (timing does not
depend on the weights) and the result says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.benchmark.timing import measure


def bench_torch(entry: Any, sample: np.ndarray, n: int, threads: int) -> dict[str, Any]:
    """PyTorch eager batch-1 latency of the same network, or ``available: False`` with the reason."""
    import torch

    from export_tools.model import CamNet, ExportWrapper

    torch.set_num_threads(threads)
    net, weights = _torch_network(entry, CamNet)
    temperature = float(entry.card.get("calibration", {}).get("temperature", 1.0))
    wrapper = ExportWrapper(net, temperature).eval()
    x = torch.from_numpy(np.ascontiguousarray(sample))
    with torch.inference_mode():
        latency = measure(lambda: wrapper(x), n, warmup=3)
    return {"available": True, "weights": weights, "device": "cpu", "threads": threads, "torch": torch.__version__,
            "batch1_ms": latency.as_dict()}


def _torch_network(entry: Any, camnet: Any) -> tuple[Any, str]:
    """The trained network (every ensemble member) when its checkpoints load, else the same architecture
    with random weights."""
    from export_tools.model import CamEnsemble
    from export_tools.tasks import TASKS

    size = int(entry.card["preprocessing"]["size"][0])
    task = TASKS.get(entry.id)
    run = runs_dir() / entry.id
    checkpoints = [task.member_dir(run, m) / "best.pt" for m in range(len(task.members))] if task else \
        [run / "best.pt"]

    def build(load: bool) -> Any:
        import torch

        nets = []
        for checkpoint in checkpoints:
            net = camnet(len(entry.labels), size, pretrained=False)
            if load:
                net.load_state_dict(torch.load(checkpoint, map_location="cpu", weights_only=False)["model"])
            nets.append(net.eval())
        return nets[0] if len(nets) == 1 else CamEnsemble(nets).eval()

    members = f"{len(checkpoints)} members, " if len(checkpoints) > 1 else ""
    if all(c.is_file() for c in checkpoints):
        try:
            return build(True), f"trained ({members}{run.relative_to(runs_dir().parent.parent)})"
        except Exception as exc:  # noqa: BLE001 - e.g. a checkpoint being rewritten by a training run
            return build(False), f"random ({members}same architecture; checkpoint unreadable: {type(exc).__name__})"
    return build(False), f"random ({members}same architecture; no checkpoint)"


def runs_dir() -> Path:
    import export_tools

    return Path(export_tools.__file__).resolve().parent / "runs"
