# SPDX-License-Identifier: Apache-2.0
"""The checks of ``scanlens self-test`` (alias ``scanlens --self-test``): prove that this installation works.

Meant for the clinic PC right after installing (frozen or from wheels) and for CI on the frozen build.
No display is needed. Every check goes through the application's own code:

* each model file hashes to the sha256 in its card (the check the app makes before loading it);
* each model, run on the bundled samples (load → render → preprocess → onnxruntime, CPU provider), gives
  the ``reference_scores`` stored in its card within their tolerance (1e-4);
* the DICOM sample is analysed end to end (gate → model), a PDF report is written to a temporary folder
  and read back, and a temporary case database records the analysis and a review and verifies its audit
  chain;
* compressed DICOM files in ``resources/selftest`` decode through imagecodecs and pylibjpeg to the expected
  pixels (pydicom finds those plugins through entry points, which a frozen build must carry).

Exit code 0 when nothing failed (skipped checks are allowed), 1 otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASS, FAIL, SKIP = "PASS", "FAIL", "SKIP"
DICOM_SAMPLE = "nih_cxr14_dx_no_finding.dcm"
REFERENCE_PROVIDER = "cpu"  # reference scores are computed on the CPU provider (the training tools' references.py)


@dataclass(frozen=True)
class CheckResult:
    area: str
    status: str
    detail: str


@dataclass
class SelfTestSetup:
    """Where the self-test looks; defaults are the installed models, samples and self-test files."""

    model_dirs: list[Path]
    shipped_models: Path
    samples: Path
    selftest_files: Path
    workdir: Path
    displays: dict[str, Any] = field(default_factory=dict)
    images: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def installed(cls, workdir: Path) -> SelfTestSetup:
        from desktop_app.inference.registry import default_model_dirs
        from desktop_app.resources import base_dir, resource_path
        from desktop_app.settings import user_models_dir

        return cls(default_model_dirs([user_models_dir()]), base_dir() / "onnx_models",
                   resource_path("samples"), resource_path("selftest"), workdir)

    def image(self, name: str) -> Any:
        """Sample ``name`` decoded (once)."""
        if name not in self.images:
            from desktop_app.imaging import load_image

            self.images[name] = load_image(str(self.samples / name))
        return self.images[name]

    def display(self, name: str) -> Any:
        """The default display pixels of sample ``name`` (decoded once)."""
        if name not in self.displays:
            from desktop_app.imaging import render_frame

            self.displays[name] = render_frame(self.image(name))
        return self.displays[name]

    def model_source(self, name: str, spec: dict[str, Any]) -> Any:
        """What a model with preprocessing ``spec`` starts from for sample ``name`` (as the analyser does)."""
        from desktop_app.inference.prepared import model_source

        return model_source(self.image(name), 0, spec)


def one_line(exc: BaseException) -> str:
    from desktop_app.imaging.errors import one_line as shorten

    return shorten(exc)


def guarded(area: str, check: Callable[[], list[CheckResult]]) -> list[CheckResult]:
    """Run ``check``; an exception becomes one FAIL line instead of ending the self-test."""
    try:
        return check()
    except Exception as exc:  # noqa: BLE001 - any failure is a result to report, not a crash
        return [CheckResult(area, FAIL, f"{type(exc).__name__}: {one_line(exc)}")]


# --- models -------------------------------------------------------------------------------------------


def check_models(models: dict[str, Any]) -> list[CheckResult]:
    from desktop_app.inference.registry import GATE_ID, ModelUnavailable, verify_integrity

    if not models:
        return [CheckResult("models", FAIL, "no model is installed")]
    results = []
    if GATE_ID not in models:
        results.append(CheckResult("models", FAIL, f"the input gate ({GATE_ID}) is not installed"))
    for entry in models.values():
        if not entry.available:
            results.append(CheckResult("models", FAIL, f"{entry.id}: {entry.reason}"))
            continue
        try:
            verify_integrity(entry)
        except ModelUnavailable as err:
            results.append(CheckResult("models", FAIL, str(err)))
            continue
        results.append(CheckResult("models", PASS, f"{entry.title}: sha256 {entry.card['sha256'][:12]}… matches"))
    return results


def check_references(setup: SelfTestSetup, entry: Any, sessions: Any) -> CheckResult:
    """Scores on the bundled samples against the card's ``reference_scores``."""
    from desktop_app.inference.preprocess import preprocess

    reference = entry.card.get("reference_scores")
    if not reference or not reference.get("samples"):
        shipped = entry.onnx_path.parent.resolve() == setup.shipped_models.resolve()
        return CheckResult("references", FAIL if shipped else SKIP, f"{entry.id}: the card has no reference_scores")
    tolerance = float(reference.get("tolerance", 1e-4))
    session = sessions.get(entry, REFERENCE_PROVIDER)
    worst, where = 0.0, ""
    for name, expected in sorted(reference["samples"].items()):
        spec = entry.card["preprocessing"]
        probs, _ = session.run(preprocess(setup.model_source(name, spec), spec)[None])
        got = {label: float(p) for label, p in zip(entry.labels, probs[0], strict=True)}
        if set(got) != set(expected):
            return CheckResult("references", FAIL, f"{entry.id}: labels {sorted(got)} differ from the references")
        for label, value in expected.items():
            if abs(got[label] - float(value)) > worst:
                worst, where = abs(got[label] - float(value)), f"{name} {label}"
    status = PASS if worst <= tolerance else FAIL
    detail = f"{entry.id}: {len(reference['samples'])} samples, max |Δp| {worst:.1e}"
    detail += f" ≤ {tolerance:.0e}" if status == PASS else f" > {tolerance:.0e} ({where})"
    return CheckResult("references", status, f"{detail} ({session.provider})")


# --- end to end ---------------------------------------------------------------------------------------


def analyse_sample(setup: SelfTestSetup, analyser: Any) -> tuple[CheckResult, Any, Any]:
    """(result, prediction, entry) for the DICOM sample, through the application's own ``analyse_file``;
    falls back to the gate's answer when no diagnostic model takes chest X-rays, so that the report and
    database checks still run."""
    from desktop_app.analysis import ANALYSED, REFUSED, analyse_file

    done = analyse_file(analyser, setup.samples / DICOM_SAMPLE)
    if done.status == REFUSED:
        has_model = any(m.input_kind == "chest_xray" for m in analyser.diagnostic_models())
        if done.gate is None or done.gate.label != "chest_xray" or has_model:
            return CheckResult("analysis", FAIL, f"{DICOM_SAMPLE} refused: {done.reason}"), None, None
        prediction, entry = gate_prediction(analyser, setup.display(DICOM_SAMPLE))
        skip = f"{DICOM_SAMPLE}: gate says chest_xray ({done.gate.score:.2f}); no chest X-ray model installed"
        return CheckResult("analysis", SKIP, skip), prediction, entry
    if done.status != ANALYSED or done.prediction is None or done.image is None:
        return CheckResult("analysis", FAIL, f"{DICOM_SAMPLE}: {done.message}"), None, None
    prediction = done.prediction
    entry = analyser.models[prediction.model_id]
    detail = f"{DICOM_SAMPLE} via {done.image.decoder}: {prediction.decision_text} ({prediction.model_id})"
    return compare_with_reference(entry, prediction, detail), prediction, entry


def compare_with_reference(entry: Any, prediction: Any, detail: str) -> CheckResult:
    """The full analysis path (gate, model choice, decision) must give the card's reference scores too."""
    reference = entry.card.get("reference_scores") or {}
    expected = reference.get("samples", {}).get(DICOM_SAMPLE)
    if not expected:
        return CheckResult("analysis", PASS, detail)
    worst = max(abs(prediction.scores[label] - float(p)) for label, p in expected.items())
    tolerance = float(reference.get("tolerance", 1e-4))
    if worst > tolerance:
        return CheckResult("analysis", FAIL, f"{detail}; scores differ from the card by {worst:.1e} > {tolerance:.0e}")
    return CheckResult("analysis", PASS, f"{detail}; scores match the card's reference")


def gate_prediction(analyser: Any, display: Any) -> tuple[Any, Any]:
    """A Prediction made from the input gate's own output (its card has an argmax operating point)."""
    from desktop_app.inference.decision import decide
    from desktop_app.inference.prediction import Prediction
    from desktop_app.inference.preprocess import preprocess
    from desktop_app.inference.registry import GATE_ID

    gate = analyser.models[GATE_ID]
    session = analyser.sessions.get(gate, REFERENCE_PROVIDER)
    probs, cam = session.run(preprocess(display, gate.card["preprocessing"])[None])
    scores = {label: float(p) for label, p in zip(gate.labels, probs[0], strict=True)}
    decision = decide(scores, gate.card)
    prediction = Prediction(
        model_id=gate.id, model_version=str(gate.card["version"]), model_sha256=gate.card["sha256"],
        labels=gate.labels, scores=scores, decision=decision.label, decision_text=decision.text,
        needs_review=decision.needs_review, provider=session.provider, gate=None,
        operating_point=dict(gate.card["operating_point"]), review_band=dict(gate.card["review_band"]),
        cam=cam[0], file=DICOM_SAMPLE,
    )
    return prediction, gate


def check_report(setup: SelfTestSetup, prediction: Any, card: dict) -> CheckResult:
    from desktop_app.inference.heatmap import DEFAULT_COLORMAP, blend
    from desktop_app.reporting import HeatmapLegend, ReportInput, write_report

    display = setup.display(DICOM_SAMPLE)
    overlay = None
    if prediction.cam is not None:
        overlay = blend(display, prediction.cam[prediction.labels.index(prediction.decision)], opacity=0.5)
    item = ReportInput(
        image=display, prediction=prediction, card=card, overlay=overlay,
        legend=HeatmapLegend(DEFAULT_COLORMAP, 0.0, 1.0) if overlay is not None else None,
        patient={"patient_id": "SELFTEST", "patient_name": "Self^Test Ünïcødé 测试"},
        reviewer="self-test", agreement="agree", comment="Automatic installation self-test.",
    )
    path = write_report([item], setup.workdir / "self-test-report.pdf")
    pages, how = count_pdf_pages(path)
    if pages < 1:
        return CheckResult("report", FAIL, f"{path.name} has no pages ({how})")
    return CheckResult("report", PASS, f"{path.name}: {pages} page(s), {path.stat().st_size // 1024} KiB ({how})")


def count_pdf_pages(path: Path) -> tuple[int, str]:
    """(pages, how they were counted): pypdf when installed, else a structural check of the file."""
    try:
        from pypdf import PdfReader
    except ImportError:
        import re

        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            return 0, "not a complete PDF file"
        return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data)), "PDF structure"
    reader = PdfReader(str(path), strict=True)
    return len(reader.pages), "read back with pypdf"


def check_case_store(setup: SelfTestSetup, prediction: Any) -> CheckResult:
    from desktop_app.storage import CaseStore

    with CaseStore(setup.workdir / "self-test-cases.sqlite3") as store:
        case_id = store.record_analysis(prediction, patient_id="SELFTEST", file_sha256="0" * 64)
        store.record_review(case_id, "self-test", "agree", "automatic self-test")
        record = store.get(case_id)
        audit = store.verify_audit()
    if record is None or record.scores != {k: float(v) for k, v in prediction.scores.items()}:
        return CheckResult("case database", FAIL, "the stored case does not read back as recorded")
    if not audit.ok or audit.entries != 2:
        return CheckResult("case database", FAIL, f"audit chain: {audit.reason or audit.entries} entries")
    return CheckResult("case database", PASS, f"case recorded and reviewed; audit chain of {audit.entries} entries ok")


# --- decoders -----------------------------------------------------------------------------------------


PYLIBJPEG_PLUGINS = ("openjpeg", "rle")


def check_plugins() -> CheckResult:
    """pylibjpeg finds its plugins through entry points (a build without their metadata finds none), and
    imagecodecs has the JPEG, JPEG-LS and JPEG 2000 codecs (a build must bundle them by name)."""
    from pydicom import uid
    from pylibjpeg.utils import get_pixel_data_decoders

    from desktop_app.imaging import imagecodecs_plugin

    found = sorted({name for decoders in get_pixel_data_decoders(version=2).values() for name in decoders})
    if not found:
        return CheckResult("decoders", FAIL, "pylibjpeg finds no plugin (entry point metadata missing?)")
    syntaxes = (uid.JPEGBaseline8Bit, uid.JPEGLSLossless, uid.JPEG2000Lossless)
    reasons = [reason for reason in map(imagecodecs_plugin.missing_reason, syntaxes) if reason]
    if reasons:
        return CheckResult("decoders", FAIL, f"imagecodecs: {reasons[0]}")
    missing = [name for name in PYLIBJPEG_PLUGINS if name not in found]
    note = f"; not installed: {', '.join(missing)}" if missing else ""
    plugins = f"imagecodecs JPEG/JPEG-LS/JPEG 2000; pylibjpeg plugins: {', '.join(found)}{note}"
    return CheckResult("decoders", PASS, plugins)


def check_decoders(folder: Path) -> list[CheckResult]:
    """Decode each file listed in ``decoders.json`` and compare with what it must decode to."""
    import numpy as np

    from desktop_app.imaging import ImageLoadError, load_image

    manifest = json.loads((folder / "decoders.json").read_text(encoding="utf-8"))
    results = guarded("decoders", lambda: [check_plugins()])
    for spec in manifest["files"]:
        try:
            image = load_image(str(folder / spec["file"]))
        except ImageLoadError as err:
            results.append(CheckResult("decoders", FAIL, f"{spec['what']} ({spec['file']}): {err}"))
            continue
        problem = ""
        if "identical_to" in spec:
            if not np.array_equal(image.frames, load_image(str(folder / spec["identical_to"])).frames):
                problem = f"pixels differ from {spec['identical_to']}"
        else:
            mean = image.frames.reshape(-1, image.frames.shape[-1] if image.is_color else 1).mean(axis=0)
            if list(image.frames.shape) != spec["shape"]:
                problem = f"shape {image.frames.shape} ≠ {tuple(spec['shape'])}"
            elif np.max(np.abs(mean - np.asarray(spec["mean"]))) > spec["mean_tolerance"]:
                problem = f"mean {np.round(mean, 2).tolist()} ≠ {spec['mean']}"
        label = f"{spec['what']} ({spec['file']}) via {image.decoder}"
        results.append(CheckResult("decoders", FAIL if problem else PASS, f"{label}: {problem or 'as expected'}"))
    return results


# --- running ------------------------------------------------------------------------------------------


def run_self_test(setup: SelfTestSetup, emit: Callable[[CheckResult], None] = lambda _: None) -> list[CheckResult]:
    """Run every check (each one's failure is contained) and return the results in order."""
    from desktop_app.inference.analyser import Analyser

    results: list[CheckResult] = []

    def add(found: list[CheckResult]) -> None:
        for result in found:
            results.append(result)
            emit(result)

    analyser = Analyser(setup.model_dirs, device=REFERENCE_PROVIDER)
    add(guarded("models", lambda: check_models(analyser.models)))
    for entry in analyser.models.values():
        if entry.available:
            add(guarded("references", lambda e=entry: [check_references(setup, e, analyser.sessions)]))
    found: dict[str, Any] = {}

    def analysis() -> list[CheckResult]:
        result, found["prediction"], found["entry"] = analyse_sample(setup, analyser)
        return [result]

    add(guarded("analysis", analysis))
    prediction, entry = found.get("prediction"), found.get("entry")
    if prediction is None:
        add([CheckResult(area, SKIP, "no analysis to use") for area in ("report", "case database")])
    else:
        add(guarded("report", lambda: [check_report(setup, prediction, entry.card)]))
        add(guarded("case database", lambda: [check_case_store(setup, prediction)]))
    add(guarded("decoders", lambda: check_decoders(setup.selftest_files)))
    return results


def summary_line(results: list[CheckResult]) -> str:
    counts = {status: sum(r.status == status for r in results) for status in (PASS, FAIL, SKIP)}
    verdict = "FAILED" if counts[FAIL] or not results else "PASSED"
    return f"Self-test {verdict}: {counts[PASS]} checks passed, {counts[FAIL]} failing, {counts[SKIP]} skipped"
