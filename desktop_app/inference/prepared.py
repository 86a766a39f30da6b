# SPDX-License-Identifier: Apache-2.0
"""Work done once per frame and kept on the image: the working image, the gate's verdict, model inputs.

The viewer prepares them in the background after painting (:meth:`Analyser.prepare`), so that when the
user presses Analyse only the diagnostic model runs; a second analysis of the same frame (another model,
a gate override) reuses them too. One frame is kept per image shown; values are read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

from desktop_app.imaging.model import LoadedImage
from desktop_app.imaging.render import display_levels, render_frame
from desktop_app.inference.preprocess import takes_levels, working_image, working_levels

Value = TypeVar("Value")


def remembered(image: LoadedImage, frame: int, key: object, compute: Callable[[], Value]) -> Value:
    """``compute()`` once per (frame, key); a different frame replaces what was kept.

    Only images on screen keep anything (those whose rendering the viewer keeps: ``render_frame(...,
    remember=True)``); batch triage and ``scanlens analyze`` analyse each image once and keep nothing.
    """
    if not image.render_cache:
        return compute()
    store = image.analysis_cache.get(frame)
    if store is None:
        image.analysis_cache.clear()
        store = image.analysis_cache[frame] = {}
    if key not in store:
        store[key] = compute()
    return store[key]


def read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


def analysis_input(image: LoadedImage, frame: int = 0) -> np.ndarray:
    """What the gate and the diagnostic model start from: ``frame``'s default rendering, reduced once
    (:func:`working_image`); ``render_frame``'s array is ours alone, so it is kept without a copy."""
    return remembered(image, frame, "working", lambda: read_only(working_image(render_frame(image, frame))))


def analysis_levels(image: LoadedImage, frame: int = 0) -> np.ndarray:
    """:func:`analysis_input` in float grey levels (nothing truncated to 8 bits), for ``precision: float``
    models."""
    return remembered(image, frame, "working levels",
                      lambda: read_only(working_levels(display_levels(image, frame))))


def model_source(image: LoadedImage, frame: int, spec: dict[str, Any], display: np.ndarray | None = None) -> np.ndarray:
    """What a model with preprocessing ``spec`` starts from: the working levels or the 8-bit working image
    (``display``, when the caller has it already: an image not on screen keeps nothing to reuse)."""
    if takes_levels(spec):
        return analysis_levels(image, frame)
    return display if display is not None else analysis_input(image, frame)


def quietly(prepare: Callable[..., Any], *args: Any) -> None:
    """Run a preparation in a background thread: problems are left for the analysis itself to report."""
    try:
        prepare(*args)
    except Exception:  # noqa: BLE001 - the analysis reports them properly if the user asks for one
        pass
