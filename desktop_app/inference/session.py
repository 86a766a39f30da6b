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
#: Outputs a graph may have besides probs and cam (export_tools.export / export_tools.scope).
OPTIONAL_OUTPUTS = {"embedding", SHIFT_OUTPUT}


@dataclass
class ModelSession:
    entry: ModelEntry
    session: Any
    provider: str
    note: str
    has_shift: bool = False  # the graph has a shift_score output (read once, when the session is made)

    def run(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(N,3,H,W) float32 → probs (N,C), cam (N,C,h,w)."""
        probs, cam = self.session.run(["probs", "cam"], {"input": batch})
        return probs, cam

    def run_with_shift(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """:meth:`run` plus the shift score (N,) of models that have one (None otherwise)."""
        if not self.has_shift:
            return (*self.run(batch), None)
        probs, cam, shift = self.session.run(["probs", "cam", SHIFT_OUTPUT], {"input": batch})
        return probs, cam, shift


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
    if "shift" in entry.card and SHIFT_OUTPUT not in outputs:
        raise ModelUnavailable(f"{entry.id}: the card has a shift check but the graph no {SHIFT_OUTPUT} output")
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
        has_shift = SHIFT_OUTPUT in {o.name for o in session.get_outputs()}
        return ModelSession(entry, session, provider, note, has_shift)

    def loaded(self) -> list[ModelSession]:
        with self._lock:
            return list(self._sessions.values())
