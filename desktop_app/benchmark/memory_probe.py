# SPDX-License-Identifier: Apache-2.0
"""Child process for ``scanlens bench``: load every model, analyse the given files, print peak RSS as JSON.

``python -m desktop_app.benchmark.memory_probe [--models-dir DIR] [--device cpu] FILE...``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def peak_rss_mb() -> float | None:
    """Peak resident set size of this process in MB (``None`` when the platform cannot tell).

    Linux: ``VmHWM`` of ``/proc/self/status`` — not ``ru_maxrss``, which a child started by ``fork`` +
    ``exec`` inherits from its parent's high-water mark at the fork (the benchmark process is large).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(peak / (1 << 20) if sys.platform == "darwin" else peak / 1024, 1)  # bytes on macOS
    except ImportError:  # Windows
        try:
            import psutil

            return round(psutil.Process().memory_info().peak_wset / (1 << 20), 1)
        except (ImportError, AttributeError):
            return None


def current_rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next(round(int(x.split()[1]) / 1024, 1) for x in fh if x.startswith("VmRSS:"))
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="memory_probe")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--models-dir", type=Path, action="append")
    parser.add_argument("--device", default="cpu")
    ns = parser.parse_args(argv)
    from desktop_app.imaging.loader import load_image
    from desktop_app.inference.analyser import Analyser, AnalysisRefused
    from desktop_app.inference.registry import default_model_dirs

    before = peak_rss_mb()
    analyser = Analyser(ns.models_dir or default_model_dirs(), device=ns.device)
    loaded = [m.id for m in analyser.models.values() if m.available and analyser.sessions.get(m, ns.device)]
    for path in ns.files:
        try:
            analyser.analyse(load_image(str(path)))
        except AnalysisRefused:
            pass
    print(json.dumps({"peak_rss_mb": peak_rss_mb(), "rss_before_models_mb": before,
                      "rss_now_mb": current_rss_mb(), "models_loaded": loaded}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
