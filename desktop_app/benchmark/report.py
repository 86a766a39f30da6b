# SPDX-License-Identifier: Apache-2.0
"""The readable table printed by ``scanlens bench`` (without ``--json``)."""

from __future__ import annotations

from typing import Any, TextIO

STAGES = ("decode", "render", "working", "gate", "preprocess", "inference", "overlay")


def _num(value: Any, digits: int = 1, suffix: str = "") -> str:
    return "—" if value is None else f"{value:.{digits}f}{suffix}"


def _p50(stats: dict[str, Any] | None) -> float | None:
    return None if not stats else stats.get("p50")


def print_report(result: dict[str, Any], out: TextIO) -> None:
    for section in (_header, _models, _analysis, _startup, _memory_and_batch, _open_stalls, _targets):
        section(result, out)
        print(file=out)


def _header(result: dict[str, Any], out: TextIO) -> None:
    m = result["machine"]
    print(f"ScanLens benchmark — {m['cpu_count']} CPU cores ({m['cpu']}), {m['platform']}, "
          f"onnxruntime {m['onnxruntime']}, device {result['device']}, n={result['n']}", file=out)
    if m.get("under_load"):
        print(f"WARNING: measured under load (other programs used {m['busy_before']:.0%} of the CPU just before): "
              "absolute times are inflated", file=out)


def _models(result: dict[str, Any], out: TextIO) -> None:
    print(f"{'Model (batch 1)':<30}{'p50 ms':>8}{'p95 ms':>8}{'best b':>8}{'img/s':>9}{'torch ms':>10}"
          f"{'ORT x':>8}  provider / torch weights", file=out)
    for model_id, m in result["models"].items():
        ort, torch = m["onnxruntime"], m["torch"]
        size = "x".join(str(v) for v in ort["input_size"])
        print(f"{model_id + ' ' + size:<30}{_num(ort['batch1_ms']['p50'], 2):>8}{_num(ort['batch1_ms']['p95'], 2):>8}"
              f"{ort['best_batch']:>8}{_num(ort['best_images_per_s']):>9}"
              f"{_num(_p50(torch.get('batch1_ms')), 1):>10}{_num(m.get('ort_speedup_vs_torch'), 1, 'x'):>8}"
              f"  {ort['provider']} / {torch.get('weights') or torch.get('note')}", file=out)


def _analysis(result: dict[str, Any], out: TextIO) -> None:
    print(f"{'Analysis stages, median ms':<32}" + "".join(f"{s[:7]:>8}" for s in STAGES)
          + f"{'file→res':>9}{'ratio':>7}{'floor':>7}{'on-open':>8}{'ratio':>7}{'screen':>8}{'ratio':>7}"
          + f"{'unprep':>8}{'ratio':>7}"
          + f"{'batch':>7}{'ratio':>7}"
          "  model / full-res heatmap ms", file=out)
    for name, a in result["analysis"].items():
        stages = a["stages_ms"]
        size = "x".join(str(v) for v in a["shape"][:2])
        row = f"{name + ' ' + size:<32}" + "".join(f"{_num(_p50(stages.get(s)), 1):>8}" for s in STAGES)
        row += (f"{_num(_p50(a.get('end_to_end_ms'))):>9}{_num(a.get('end_to_end_ratio'), 2, 'x'):>7}"
                f"{_num(a.get('end_to_end_floor_ratio'), 2, 'x'):>7}"
                f"{_num(_p50(a.get('viewer_open_ms'))):>8}{_num(a.get('viewer_open_ratio'), 2, 'x'):>7}"
                f"{_num(_p50(a.get('analysis_ms'))):>8}{_num(a.get('analysis_ratio'), 2, 'x'):>7}"
                f"{_num(_p50(a.get('analysis_unprepared_ms'))):>8}{_num(a.get('analysis_unprepared_ratio'), 2, 'x'):>7}"
                f"{_num(_p50(a.get('batch_path_ms'))):>7}{_num(a.get('batch_path_ratio'), 2, 'x'):>7}")
        tail = f"{a['model']} / {_num(_p50(stages.get('overlay_full_res')))}" if a.get("model") else \
            f"not analysed: {a.get('refused', '')[:70]}"
        print(f"{row}  {tail}", file=out)
    print("floor: file → result if only the file decode, the input gate and the model cost time",
          file=out)
    for name, note in result.get("input_notes", {}).items():
        print(f"{name}: {note}", file=out)


def _startup(result: dict[str, Any], out: TextIO) -> None:
    cold = result["cold_start"]
    painted, gui, cli = cold["painted_s"], cold["gui_first_result_s"], cold["cli_first_result_s"]
    print(f"Cold start ({cold['runs']} runs, {cold['file']}): window painted with the image "
          f"p50 {_num(_p50(painted), 2)} s / p95 {_num(painted and painted['p95'], 2)} s; first result painted "
          f"(auto-analyse) p50 {_num(_p50(gui), 2)} s; headless `analyze --json` first line p50 {_num(_p50(cli), 2)} s",
          file=out)
    for error in cold.get("errors", []):
        print(f"  cold start problem: {error}", file=out)


def _memory_and_batch(result: dict[str, Any], out: TextIO) -> None:
    mem, batch = result["memory"], result["batch"]
    print(f"Peak RSS: {_num(mem.get('core_peak_rss_mb'), 0)} MB headless with all models loaded, "
          f"{_num(mem.get('gui_batch_peak_rss_mb'), 0)} MB GUI + batch", file=out)
    if batch.get("error"):
        print(f"Batch: not measured ({batch['error']})", file=out)
        return
    print(f"Batch: {batch.get('images')} images in {_num(batch.get('seconds'), 2)} s = "
          f"{_num(batch.get('images_per_s'))} images/s; bare onnxruntime on the same mix "
          f"{_num(batch.get('bare_images_per_s'))} images/s at the best batch size → "
          f"{_num(batch.get('ratio_to_bare'), 2, 'x')} (batch 1: {_num(batch.get('bare_batch1_images_per_s'))} "
          f"images/s → {_num(batch.get('ratio_to_bare_batch1'), 2, 'x')}); "
          f"longest UI stall {_num(batch.get('max_ui_stall_ms'))} ms (p99 tick gap {_num(batch.get('p99_gap_ms'))} ms)",
          file=out)
    ceiling = batch.get("ceiling") or {}
    if ceiling.get("error"):
        print(f"Batch ceiling: not computed ({ceiling['error']})", file=out)
    elif ceiling:
        cost = ceiling["per_image_core_ms"]
        print(f"Batch ceiling: decode {_num(cost['decode_ms'], 2)} + gate {_num(cost['gate_ms'], 2)} + model "
              f"{_num(cost['model_ms'], 2)} ms of one core per image, on {ceiling['cores']} cores → at most "
              f"{_num(ceiling.get('ceiling_images_per_s'))} images/s = {_num(ceiling.get('ceiling_ratio'), 2, 'x')} "
              "bare, whatever else the triage loop costs; with the model's input preparation "
              f"({_num(ceiling.get('preprocess_core_ms'), 2)} ms) "
              f"{_num(ceiling.get('ceiling_with_preprocessing_ratio'), 2, 'x')}", file=out)


def _open_stalls(result: dict[str, Any], out: TextIO) -> None:
    stalls = result.get("viewer_open_stall_ms") or {}
    if stalls:
        print("Longest UI stall while the viewer opens a file (ms): "
              + ", ".join(f"{name} {_num(value, 0)}" for name, value in stalls.items()), file=out)


def _targets(result: dict[str, Any], out: TextIO) -> None:
    print("Targets", file=out)
    for t in result["targets"]:
        state = {True: "PASS", False: "FAIL", None: "n/a "}[t["passed"]]
        unit = t["unit"]
        where = f"  ({t['detail']})" if t["detail"] else ""
        if t.get("reachable") is False:
            best = "floor" if t["comparison"] == "<=" else "ceiling"
            where += (f"  — unreachable on this machine: {best} {_num(t['bound'], 2, unit)}"
                      + (f" ({t['bound_detail']})" if t.get("bound_detail") else ""))
        print(f"  {state}  {t['description']:<58} {_num(t['value'], 2, unit):>10}  {t['comparison']} "
              f"{t['limit']:g}{unit}{where}", file=out)
