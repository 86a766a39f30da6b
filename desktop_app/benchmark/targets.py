# SPDX-License-Identifier: Apache-2.0
"""The speed targets of the "Speed on a clinic PC" issue, checked against one benchmark result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Target:
    id: str
    description: str
    value: float | None  # the measured figure the target is checked on (worst case where there are several)
    limit: float
    comparison: str  # "<=" or ">="
    unit: str
    detail: str = ""  # which model/input gave the value
    bound: float | None = None  # the best value this machine allows, where the benchmark can tell
    bound_detail: str = ""

    def _meets(self, value: float | None) -> bool | None:
        if value is None:
            return None
        return value <= self.limit if self.comparison == "<=" else value >= self.limit

    @property
    def passed(self) -> bool | None:
        return self._meets(self.value)

    @property
    def reachable(self) -> bool | None:
        """False when even :attr:`bound` misses the limit: no change around the model can pass it here."""
        return self._meets(self.bound)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed, "reachable": self.reachable}


def _worst(pairs: Iterable[tuple[str, float | None]], highest: bool) -> tuple[float | None, str]:
    known = [(v, k) for k, v in pairs if v is not None]
    if not known:
        return None, ""
    value, key = max(known) if highest else min(known)
    return value, key


def evaluate(result: dict[str, Any]) -> list[Target]:
    analysed = {k: v for k, v in result.get("analysis", {}).items() if v.get("model")}
    models = result.get("models", {})
    memory = result.get("memory") or {}
    latency = _worst(((k, m["onnxruntime"]["batch1_ms"]["p50"]) for k, m in models.items()), highest=True)
    speedup = _worst(((k, m.get("ort_speedup_vs_torch")) for k, m in models.items()), highest=False)
    rss = _worst(((k, memory.get(k)) for k in ("core_peak_rss_mb", "gui_batch_peak_rss_mb")), highest=True)
    floor = _worst(((k, v.get("end_to_end_floor_ratio")) for k, v in analysed.items()), highest=True)
    ceiling = ((result.get("batch") or {}).get("ceiling") or {}).get("ceiling_ratio")
    return [
        replace(_ratio_target("end_to_end", "end-to-end (file → result + heatmap) / bare inference", analysed,
                              "end_to_end_ratio", 1.3), bound=floor[0], bound_detail=floor[1]),
        _ratio_target("analysis_in_viewer", "image on screen (prepared) → result + heatmap / bare",
                      analysed, "analysis_ratio", 1.3),
        _ratio_target("overlay", "CAM upsample + colour map + overlay / inference", analysed,
                      "overlay_fraction", 0.10),
        Target("model_latency", "each model, batch 1, median", latency[0], 15.0, "<=", "ms", latency[1]),
        Target("ort_vs_torch", "onnxruntime speed-up over PyTorch eager", speedup[0], 3.0, ">=", "x", speedup[1]),
        _single(result, "cold_start", "cold start → window painted with the image (median)",
                ("cold_start", "painted_s", "p50"), 1.5, "<=", "s"),
        Target("peak_rss", "peak resident memory, all models loaded", rss[0], 600.0, "<=", "MB", rss[1]),
        replace(_single(result, "batch_throughput", "batch images/s / bare onnxruntime images/s",
                        ("batch", "ratio_to_bare"), 0.8, ">=", "x"), bound=ceiling),
        _single(result, "ui_stall", "longest UI event-loop stall during the batch",
                ("batch", "max_ui_stall_ms"), 100.0, "<=", "ms"),
    ]


def _ratio_target(id_: str, text: str, analysed: dict[str, Any], key: str, limit: float) -> Target:
    value, where = _worst(((k, v.get(key)) for k, v in analysed.items()), highest=True)
    return Target(id_, text, value, limit, "<=", "x", where)


def _single(result: dict[str, Any], id_: str, text: str, path: tuple[str, ...], limit: float, comparison: str,
            unit: str) -> Target:
    value: Any = result
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return Target(id_, text, value if isinstance(value, int | float) else None, limit, comparison, unit)
