# SPDX-License-Identifier: Apache-2.0
"""Run one file through the whole path (open, render, statistics, metadata JSON, analyse) and classify it.

An outcome is ``image`` (opened and analysed or clearly refused by the analyser), ``refused`` (a clear
:class:`ImageLoadError`), or ``failure``: any other exception, a refusal without a usable one-line message,
a refusal that hides an error raised inside our own code or a MemoryError (the guard came too late), or
an output that breaks the contract (render not uint8 of the frame's size, scores not probabilities).
"""

from __future__ import annotations

import json
import math
import re
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

CORE_PACKAGE = str(Path(__file__).resolve().parents[2] / "desktop_app")
MAX_MESSAGE_CHARS = 300
#: Messages of the loaders' last-resort handlers (``except Exception``): reaching one with an error raised in
#: our own code means that code did not expect the input — a bug, even though the user got one line.
CATCH_ALL_PREFIXES = ("Unexpected error while opening the file", "The DICOM file could not be read")
_NUMBERS = re.compile(r"0x[0-9a-fA-F]+|\d+(?:\.\d+)?")


@dataclass
class Outcome:
    status: str  # "image", "refused" or "failure"
    stage: str = ""  # load, render, stats, metadata, analyze
    category: str = ""  # grouping key: exception type + first line (numbers masked)
    message: str = ""
    details: str = ""  # traceback or explanation, for the saved failure
    elapsed: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


def group_key(kind: str, text: str) -> str:
    first = (text.strip().splitlines() or [""])[0][:160]
    return f"{kind}: {_NUMBERS.sub('#', first)}"


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and its causes, outermost first."""
    chain = [exc]
    while chain[-1].__cause__ is not None and chain[-1].__cause__ not in chain:
        chain.append(chain[-1].__cause__)
    return chain


def _raised_in_core(exc: BaseException) -> bool:
    """True when the innermost Python frame of ``exc`` is in desktop_app (our bug, not a library's refusal)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and frames[-1].filename.startswith(CORE_PACKAGE)


def _failure(stage: str, exc: BaseException) -> Outcome:
    text = "".join(traceback.format_exception(exc))
    return Outcome("failure", stage, group_key(f"{stage}: {type(exc).__name__}", str(exc)), str(exc)[:500], text)


def classify_refusal(exc: BaseException) -> Outcome:
    """An ImageLoadError is a clear refusal unless its message or its cause says otherwise."""
    chain = _chain(exc)
    message, root = str(exc), chain[-1]
    caught_by_last_resort = any(str(e).startswith(CATCH_ALL_PREFIXES) for e in chain[:-1])
    text = "".join(traceback.format_exception(exc))
    if not message.strip() or "\n" in message or "\r" in message or len(message) > MAX_MESSAGE_CHARS:
        return Outcome("failure", "load", group_key("load: unclear refusal message", repr(message)), message, text)
    if isinstance(root, MemoryError):
        return Outcome("failure", "load", group_key("load: MemoryError behind refusal", message), message, text)
    if caught_by_last_resort and _raised_in_core(root):
        key = group_key(f"load: {type(root).__name__} in core behind refusal", str(root))
        return Outcome("failure", "load", key, message, text)
    extra = {"via": type(root).__name__} if root is not exc else {}
    return Outcome("refused", "load", group_key("refused", message), message, text, extra=extra)


class Checker:
    """Holds the analyser (models are loaded once per process)."""

    def __init__(self, model_dirs: list[Path] | None = None, threads: int | None = 1) -> None:
        from desktop_app.inference.analyser import Analyser
        from desktop_app.inference.registry import default_model_dirs

        self.analyser = Analyser(model_dirs or default_model_dirs(), device="cpu", threads=threads)

    def check(self, path: str | Path) -> Outcome:
        started = time.perf_counter()
        outcome = self._check(str(path))
        outcome.elapsed = time.perf_counter() - started
        return outcome

    def _check(self, path: str) -> Outcome:
        from desktop_app.imaging import ImageLoadError, load_image

        try:
            image = load_image(path)
        except ImageLoadError as exc:
            return classify_refusal(exc)
        except BaseException as exc:  # noqa: BLE001 - anything else escaping load_image is the bug we look for
            if isinstance(exc, KeyboardInterrupt):
                raise
            return _failure("load", exc)
        for stage, step in (("render", self._render), ("stats", _stats), ("metadata", _metadata)):
            try:
                problem = step(image)
            except Exception as exc:
                return _failure(stage, exc)
            if problem:
                return Outcome("failure", stage, group_key(f"{stage}: contract", problem), problem, problem)
        return self._analyse(image)

    @staticmethod
    def _render(image: Any) -> str:
        from desktop_app.imaging import render_frame

        shape = image.frames.shape
        if image.frames.ndim not in (3, 4) or min(shape[:3]) <= 0:
            return f"frames have shape {shape}"
        for frame in sorted({0, image.n_frames - 1}):
            out = render_frame(image, frame)
            expected = shape[1:3] + ((3,) if image.is_color else ())
            if out.dtype != np.uint8 or out.shape != expected:
                return f"render_frame gave {out.dtype} {out.shape}, expected uint8 {expected}"
        return ""

    def _analyse(self, image: Any) -> Outcome:
        from desktop_app.inference.analyser import AnalysisRefused
        from desktop_app.inference.registry import ModelUnavailable

        try:
            prediction = self.analyser.analyse(image)
        except (AnalysisRefused, ModelUnavailable) as exc:
            if not str(exc).strip():
                return Outcome("failure", "analyze", f"analyze: empty {type(exc).__name__} message")
            return Outcome("image", "analyze", group_key(type(exc).__name__, str(exc)), str(exc))
        except Exception as exc:
            return _failure("analyze", exc)
        bad = [k for k, v in prediction.scores.items() if not (math.isfinite(v) and 0.0 <= v <= 1.0)]
        if bad:
            return Outcome("failure", "analyze", "analyze: contract: scores outside [0, 1]", str(prediction.scores))
        return Outcome("image", "analyze", f"scored: {prediction.model_id}", prediction.decision)


def _stats(image: Any) -> str:
    from desktop_app.imaging import default_window, pixel_stats

    window = default_window(image)
    if not (math.isfinite(window.center) and math.isfinite(window.width) and window.width > 0):
        return f"default window is not usable: {window}"
    pixel_stats(image, 0)
    return ""


def _metadata(image: Any) -> str:
    from desktop_app.commands.common import jsonable

    json.dumps(jsonable(image.metadata), allow_nan=False)
    return ""
