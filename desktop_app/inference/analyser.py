# SPDX-License-Identifier: Apache-2.0
"""One path for a scan: LoadedImage → gate → diagnostic model → Prediction. Qt-free, thread-safe."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.i18n.card_text import kind_name_term
from desktop_app.i18n.phrase import Joined, Number, Phrase, Term, phrases
from desktop_app.imaging.model import LoadedImage
from desktop_app.inference.decision import decide
from desktop_app.inference.prediction import GateVerdict, Prediction, kind_name
from desktop_app.inference.prepared import analysis_input, model_source, read_only, remembered
from desktop_app.inference.preprocess import preprocess
from desktop_app.inference.registry import GATE_ID, ModelEntry, ModelUnavailable, discover
from desktop_app.inference.session import LOOK_OUTPUT, SHIFT_OUTPUT, SessionCache
from desktop_app.scope.presentation import PresentationCheck, check_presentation
from desktop_app.scope.symmetry import SymmetryCheck, check_symmetry
from desktop_app.scope.verdict import CallChecks, ScopeVerdict, assess_scope


class AnalysisRefused(Exception):
    """The image was not scored; ``reason`` (``str(err)``) explains why to the user, a Phrase that can be said
    in another language. ``gate`` is set when it ran."""

    def __init__(self, message: str, gate: GateVerdict | None = None):
        super().__init__(message)
        self.reason = message
        self.gate = gate


@dataclass
class Analyser:
    model_dirs: list[Path]
    device: str = "auto"
    threads: int | None = None
    sessions: SessionCache = field(init=False)
    models: dict[str, ModelEntry] = field(init=False)
    _batch_twin: Analyser | None = field(default=None, init=False, repr=False)
    _twin_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.sessions = SessionCache(self.threads)
        self.models = discover(self.model_dirs)

    def for_batch(self) -> Analyser:
        """The analyser batch triage uses: on the CPU, the same models with one-thread sessions of its own.

        Batch triage runs two images side by side; two-thread sessions would then put four spinning
        threads on a 2-core PC and lose a third of the throughput to contention (``scanlens bench``). On a
        GPU the shared sessions are used. Created once, so repeated batches reuse its sessions.
        """
        from desktop_app.inference.providers import CPU, requested_providers

        if self.threads == 1 or requested_providers(self.device) != [CPU]:
            return self
        with self._twin_lock:
            if self._batch_twin is None:
                twin = copy.copy(self)  # shares the discovered models, not the sessions
                twin.threads, twin.sessions = 1, SessionCache(1)
                twin._twin_lock = threading.Lock()
                self._batch_twin = twin
            return self._batch_twin

    def diagnostic_models(self) -> list[ModelEntry]:
        return [m for m in self.models.values() if m.id != GATE_ID]

    def analysis_min_side(self) -> int:
        """Shortest image side an analysis needs: 4x the largest model input (0 without models).

        Batch triage decodes JPEGs at reduced scale down to this (``load_image(analysis_min_side=...)``):
        the scores then move by about 1e-6 on the samples (``tests/test_benchmark.py`` checks ≤ 1e-4).
        """
        sizes = [max(m.card["preprocessing"]["size"]) for m in self.models.values() if m.available]
        return 4 * int(max(sizes, default=0))

    @property
    def kind_names(self) -> dict[str, str]:
        """How the user is told what an image is, per gate label (the gate card's ``kind_names``)."""
        gate = self.models.get(GATE_ID)
        return dict(gate.card.get("kind_names") or {}) if gate is not None else {}

    def kind_name(self, kind: str) -> str:
        """``kind`` (a gate label) as the user reads it, e.g. "a hand X-ray"."""
        return kind_name(kind, self.kind_names)

    def kind_term(self, kind: str) -> Term:
        """``kind`` as the user reads it, with the gate card's translations (for a sentence)."""
        gate = self.models.get(GATE_ID)
        return kind_name_term(gate.card if gate is not None else {}, kind)

    def describe_models(self) -> Joined | Phrase:
        """The usable diagnostic models with the kind of image each is for ("none" when there is none)."""
        usable = tuple(phrases.translate("Gate", "{model} ({kind})").format(model=m.id, kind=self.kind_term(
            m.input_kind or "")) for m in self.diagnostic_models() if m.available)
        return Joined(usable, strong=True) if usable else phrases.translate("Gate", "none")

    def run_gate(self, display: np.ndarray) -> tuple[str, float, float]:
        """(label, probability, gate's min confidence)."""
        gate = self._gate()
        probs, _ = self.sessions.get(gate, self.device).run(preprocess(display, gate.card["preprocessing"])[None])
        best = int(np.argmax(probs[0]))
        return gate.labels[best], float(probs[0, best]), float(gate.card["review_band"].get("min_confidence", 0.0))

    def _gate(self) -> ModelEntry:
        gate = self.models.get(GATE_ID)
        if gate is None:
            raise ModelUnavailable(phrases.translate("Gate", "the input gate model is not installed"))
        return gate

    def gate_frame(self, image: LoadedImage, frame: int, display: np.ndarray) -> tuple[str, float, float]:
        """:meth:`run_gate` on the frame's analysis input ``display``, kept on the image (per gate model and
        device: a GPU may differ from the CPU in the last digits)."""
        key = ("gate", self._gate().card["sha256"], self.device)
        return remembered(image, frame, key, lambda: self.run_gate(display))

    def model_input(self, image: LoadedImage, frame: int, display: np.ndarray, model: ModelEntry) -> np.ndarray:
        """The model's (1,3,H,W) input made from ``display`` (or, for a ``precision: float`` model, from the
        frame's float grey levels), kept on the image (per model)."""
        spec = model.card["preprocessing"]
        return remembered(image, frame, ("input", model.card["sha256"]),
                          lambda: read_only(preprocess(model_source(image, frame, spec, display), spec)[None]))

    def prepare(self, image: LoadedImage, frame: int = 0, model_id: str = "auto") -> None:
        """Everything an analysis needs before the diagnostic model runs, done ahead: working image, gate
        verdict, the chosen model's session and input, its card's pixel checks. The viewer calls it in the
        background after painting; :meth:`analyze` then only runs the model. Raises what :meth:`analyze` would."""
        display = analysis_input(image, frame)
        kind, _, _ = self.gate_frame(image, frame, display)
        model = self.choose_model(kind, model_id)
        if model is not None and model.available:
            self.sessions.get(model, self.device)
            self.model_input(image, frame, display, model)
            self.pixel_checks(image, frame, display, model)

    def verdict(self, kind: str, score: float, cutoff: float, model: ModelEntry | None) -> GateVerdict:
        """The gate's verdict; ``reason`` (a Phrase in the current language) says why a model may not score."""
        looks_like = self.kind_term(kind)
        reason = ""
        if model is None:
            reason = phrases.translate("Gate", "This looks like {kind} ({score}). ScanLens has models for: {models}."
                                       ).format(kind=looks_like, score=Number(score), models=self.describe_models())
        elif score < cutoff:
            reason = phrases.translate(
                "Gate", "The input gate is unsure what this image is (best guess {kind}, {score} < {cutoff}); "
                        "{model} was not applied.").format(kind=looks_like, score=Number(score),
                                                           cutoff=Number(cutoff), model=model.id)
        elif kind != model.input_kind:
            reason = phrases.translate("Gate", "This looks like {kind} ({score}), but {model} is for {model_kind}."
                                       ).format(kind=looks_like, score=Number(score), model=model.id,
                                                model_kind=self.kind_term(model.input_kind or ""))
        return GateVerdict(kind, score, not reason, reason, name=looks_like.text())

    def choose_model(self, kind: str, model_id: str) -> ModelEntry | None:
        if model_id != "auto":
            if model_id not in self.models or model_id == GATE_ID:
                raise ModelUnavailable(phrases.translate("Gate", "no model called '{model}'; installed: {models}")
                                       .format(model=model_id, models=self.describe_models()))
            return self.models[model_id]
        return next((m for m in self.diagnostic_models() if m.input_kind == kind), None)

    def analyse(self, image: LoadedImage, frame: int = 0, model_id: str = "auto",
                override_gate: bool = False, typed: Mapping[str, Any] | None = None) -> Prediction:
        """Score one frame. Raises AnalysisRefused (gate said no) or ModelUnavailable (model unusable).

        ``typed``: patient fields the user typed (age, view, body part …) for the population check of an
        image without a DICOM header."""
        started = time.perf_counter()
        # Card preprocessing starts from the default display pixels, reduced once for both models; what
        # was prepared ahead for this frame (working image, gate verdict, model input) is reused.
        display = analysis_input(image, frame)
        t_gate = time.perf_counter()
        kind, kind_score, cutoff = self.gate_frame(image, frame, display)
        model = self.choose_model(kind, model_id)
        gate = self.verdict(kind, kind_score, cutoff, model)
        forced = model_id != "auto" or override_gate
        if model is None or (not gate.accepted and not forced):
            raise AnalysisRefused(gate.reason, gate)
        if not gate.accepted:
            gate = replace(gate, overridden=True)
        session = self.sessions.get(model, self.device)
        t_pre = time.perf_counter()
        batch = self.model_input(image, frame, display, model)
        t_inf = time.perf_counter()
        probs, cam, scores = session.run_with_scores(batch)
        done = time.perf_counter()
        presentation, symmetry = self.pixel_checks(image, frame, display, model)
        look = scores.get(LOOK_OUTPUT)
        call = CallChecks(model.labels[int(np.argmax(probs[0]))], None if look is None else float(look[0]), symmetry)
        scope = assess_scope(model.card, image.metadata, typed,
                             float(scores[SHIFT_OUTPUT][0]) if SHIFT_OUTPUT in scores else None, presentation, call)
        return self._prediction(model, session.provider, gate, probs[0], cam[0], scope, {
            "render": (t_gate - started) * 1000, "gate": (t_pre - t_gate) * 1000,
            "preprocess": (t_inf - t_pre) * 1000, "inference": (done - t_inf) * 1000,
            "total": (done - started) * 1000,
        })

    @staticmethod
    def pixel_checks(image: LoadedImage, frame: int, display: np.ndarray,
                     model: ModelEntry) -> tuple[PresentationCheck | None, SymmetryCheck | None]:
        """The pixel checks of the model's card, each None when the card has no section for it: presentation
        (skull-stripped or not) and symmetry; kept on the image per card."""

        def run(name: str, check: Callable[[np.ndarray, Any], Any]) -> Any:
            section = model.card.get(name)
            if not section:
                return None
            return remembered(image, frame, (name, model.card["sha256"]), lambda: check(display, section))

        return run("presentation", check_presentation), run("symmetry", check_symmetry)

    @staticmethod
    def _prediction(model: ModelEntry, provider: str, gate: GateVerdict, probs: np.ndarray,
                    cam: np.ndarray, scope: ScopeVerdict, timings: dict[str, float]) -> Prediction:
        scores = {label: float(p) for label, p in zip(model.labels, probs, strict=True)}
        decision = decide(scores, model.card, scope)
        return Prediction(
            model_id=model.id, model_version=str(model.card["version"]), model_sha256=model.card["sha256"],
            labels=model.labels, scores=scores, decision=decision.label, decision_text=decision.text,
            needs_review=decision.needs_review, provider=provider, gate=gate,
            operating_point=dict(model.card["operating_point"]), review_band=dict(model.card["review_band"]),
            cam=cam.astype(np.float32), timings_ms={k: round(v, 2) for k, v in timings.items()}, scope=scope,
        )
