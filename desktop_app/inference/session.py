# SPDX-License-Identifier: Apache-2.0
"""A verified, reusable onnxruntime session for one model pack."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.inference.providers import create_session
from desktop_app.inference.registry import ModelEntry, ModelUnavailable, verify_integrity

SHIFT_OUTPUT = "shift_score"
LOOK_OUTPUT = "finding_look_score"
#: Scores for the scope checks a graph may output (export_tools.scope, export_tools.finding_look).
SCORE_OUTPUTS = (SHIFT_OUTPUT, LOOK_OUTPUT)
#: Outputs a graph may have besides probs and cam (export_tools.export / export_tools.scope).
OPTIONAL_OUTPUTS = {"embedding", *SCORE_OUTPUTS}


@dataclass
class ModelSession:
    entry: ModelEntry
    session: Any
    provider: str
    note: str
    score_outputs: tuple[str, ...] = ()  # the graph's scope scores (SCORE_OUTPUTS), read when the session is made

    def run(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(N,3,H,W) float32 → probs (N,C), cam (N,C,h,w)."""
        probs, cam = self.session.run(["probs", "cam"], {"input": batch})
        return probs, cam

    def run_with_scores(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        """:meth:`run` plus the scope scores (each (N,)) the graph has, by output name."""
        if not self.score_outputs:
            return (*self.run(batch), {})
        probs, cam, *scores = self.session.run(["probs", "cam", *self.score_outputs], {"input": batch})
        return probs, cam, dict(zip(self.score_outputs, scores, strict=True))


def check_graph(entry: ModelEntry, session: Any) -> None:
    """Refuse a graph whose inputs/outputs do not match its card."""
    inputs = session.get_inputs()
    outputs = {o.name: o.shape for o in session.get_outputs()}
    expected = entry.card["input"]
    n = len(entry.labels)
    if len(inputs) != 1 or inputs[0].name != expected["name"]:
        raise ModelUnavailable(f"{entry.id}: graph input is not {expected['name']!r} as the card says")
    if list(inputs[0].shape[1:]) != list(expected["shape"][1:]):
        raise ModelUnavailable(f"{entry.id}: graph input shape {inputs[0].shape} differs from the card")
    if not {"probs", "cam"} <= set(outputs) <= {"probs", "cam"} | OPTIONAL_OUTPUTS:
        raise ModelUnavailable(f"{entry.id}: graph outputs {sorted(outputs)} are not probs and cam "
                               f"(and optionally {', '.join(sorted(OPTIONAL_OUTPUTS))})")
    for section, output in (("shift", SHIFT_OUTPUT), ("finding_look", LOOK_OUTPUT)):
        if section in entry.card and output not in outputs:
            raise ModelUnavailable(f"{entry.id}: the card has a {section} check but the graph no {output} output")
    if outputs["probs"][1] != n or outputs["cam"][1] != n:
        raise ModelUnavailable(f"{entry.id}: graph has a different number of classes than its {n} labels")
    size = entry.card["preprocessing"]["size"]
    if list(inputs[0].shape[2:]) != list(size):
        raise ModelUnavailable(f"{entry.id}: card preprocessing size {size} does not match the graph")


class SessionCache:
    """Sessions are created once per (model, device) and reused; creation verifies the sha256 first."""

    def __init__(self, threads: int | None = None):
        self._threads = threads
        self._sessions: dict[tuple[str, str], ModelSession] = {}
        self._lock = threading.Lock()

    def get(self, entry: ModelEntry, device: str) -> ModelSession:
        if not entry.available:
            raise ModelUnavailable(f"{entry.id}: {entry.reason}")
        key = (entry.id, device)
        with self._lock:
            if key not in self._sessions:
                self._sessions[key] = self._create(entry, device)
            return self._sessions[key]

    def _create(self, entry: ModelEntry, device: str) -> ModelSession:
        verify_integrity(entry)
        try:
            session, provider, note = create_session(entry.onnx_path, device, self._threads)
        except Exception as err:
            raise ModelUnavailable(f"{entry.id}: onnxruntime cannot load the model ({err})") from err
        check_graph(entry, session)
        outputs = {o.name for o in session.get_outputs()}
        return ModelSession(entry, session, provider, note, tuple(o for o in SCORE_OUTPUTS if o in outputs))

    def loaded(self) -> list[ModelSession]:
        with self._lock:
            return list(self._sessions.values())
