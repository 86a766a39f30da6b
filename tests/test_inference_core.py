# SPDX-License-Identifier: Apache-2.0
"""Registry integrity checks, sessions, decisions and the analyser on tiny models with known outputs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop_app.imaging.model import LoadedImage
from desktop_app.inference.analyser import Analyser, AnalysisRefused
from desktop_app.inference.decision import decide
from desktop_app.inference.providers import CPU, create_session
from desktop_app.inference.registry import ModelUnavailable, discover
from desktop_app.inference.session import SessionCache
from tests.onnx_factory import write_tiny_chest, write_tiny_gate


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    write_tiny_gate(tmp_path)
    write_tiny_chest(tmp_path)  # pneumonia score rises with brightness: cam_PNEUMONIA = +2*x, cam_NORMAL = -2*x
    return tmp_path


def _image(value: int, size: int = 32) -> LoadedImage:
    return LoadedImage(path="mem", frames=np.full((1, size, size), value, np.uint8), is_color=False)


def test_discover_flags_problems(tmp_path: Path, packs: Path) -> None:
    (packs / "orphan.json").write_text("{}")
    (packs / "nocard.onnx").write_bytes((packs / "chest_test.onnx").read_bytes())
    card = json.loads((packs / "chest_test.json").read_text())
    card["file"] = "elsewhere.onnx"
    (packs / "moved.json").write_text(json.dumps(card))
    (packs / "moved.onnx").write_bytes((packs / "chest_test.onnx").read_bytes())
    found = discover([packs])
    assert found["chest_test"].available and found["input_gate"].available
    assert "no model file" in found["orphan"].reason
    assert "no model card" in found["nocard"].reason
    assert "points to 'elsewhere.onnx'" in found["moved"].reason


def test_sha256_mismatch_refused(packs: Path) -> None:
    onnx_path = packs / "chest_test.onnx"
    onnx_path.write_bytes(onnx_path.read_bytes() + b"\0")
    entry = discover([packs])["chest_test"]
    with pytest.raises(ModelUnavailable, match="does not match its card"):
        SessionCache().get(entry, "cpu")


def test_card_graph_mismatch_refused(packs: Path) -> None:
    card_path = packs / "chest_test.json"
    card = json.loads(card_path.read_text())
    card["labels"] = ["A", "B", "C"]
    card_path.write_text(json.dumps(card))
    with pytest.raises(ModelUnavailable, match="different number of classes"):
        SessionCache().get(discover([packs])["chest_test"], "cpu")


def test_sessions_are_reused(packs: Path) -> None:
    cache = SessionCache()
    entry = discover([packs])["chest_test"]
    assert cache.get(entry, "cpu") is cache.get(entry, "cpu")


def test_gpu_unavailable_falls_back_to_cpu(packs: Path) -> None:
    import onnxruntime as ort

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("a GPU provider is installed here")
    _, used, note = create_session(packs / "chest_test.onnx", "gpu")
    assert used == CPU and "GPU" in note


def test_decide_binary_and_review_band() -> None:
    card = {"labels": ["NORMAL", "PNEUMONIA"],
            "operating_point": {"type": "threshold", "label": "PNEUMONIA", "threshold": 0.41},
            "review_band": {"low": 0.3, "high": 0.7}}
    sure = decide({"NORMAL": 0.07, "PNEUMONIA": 0.93}, card)
    assert sure.label == "PNEUMONIA" and not sure.needs_review
    assert sure.text == "PNEUMONIA suspected — 0.93, above the operating threshold 0.41"
    unsure = decide({"NORMAL": 0.5, "PNEUMONIA": 0.5}, card)
    assert unsure.needs_review and unsure.text.startswith("Needs review")
    negative = decide({"NORMAL": 0.9, "PNEUMONIA": 0.1}, card)
    assert negative.label == "NORMAL" and not negative.needs_review


def test_decide_argmax_confidence_cutoff() -> None:
    card = {"labels": ["a", "b", "c"], "operating_point": {"type": "argmax"}, "review_band": {"min_confidence": 0.8}}
    assert not decide({"a": 0.9, "b": 0.05, "c": 0.05}, card).needs_review
    assert decide({"a": 0.5, "b": 0.3, "c": 0.2}, card).needs_review


def test_analyser_scores_expected_values(packs: Path) -> None:
    analyser = Analyser([packs], device="cpu")
    bright = analyser.analyse(_image(255))
    # normalised input = (255/255 - 0.5)/0.5 = 1 → logits ±6 → p = 1/(1+e^-12)
    assert bright.scores["PNEUMONIA"] == pytest.approx(1 / (1 + np.exp(-12)), abs=1e-5)
    assert bright.decision == "PNEUMONIA" and bright.gate.accepted and bright.provider == CPU
    assert bright.gate.score == pytest.approx(np.exp(5) / (np.exp(5) + 7), abs=1e-5)
    assert bright.cam.shape == (2, 8, 8)
    mid = analyser.analyse(_image(128))
    assert 0.4 <= mid.scores["PNEUMONIA"] < 0.8 and mid.needs_review


def test_batch_twin_shares_models_not_sessions(packs: Path) -> None:
    analyser = Analyser([packs], device="cpu")
    twin = analyser.for_batch()
    assert twin is analyser.for_batch() and twin.for_batch() is twin  # created once
    assert twin.models is analyser.models and twin.sessions is not analyser.sessions
    entry = analyser.models["chest_test"]
    assert twin.sessions.get(entry, "cpu").session.get_session_options().intra_op_num_threads == 1
    assert twin.analyse(_image(200)).scores == pytest.approx(analyser.analyse(_image(200)).scores, abs=1e-6)
    assert Analyser([packs], device="cpu", threads=1).for_batch().threads == 1


def test_prepared_frame_leaves_only_the_model_to_run(packs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On screen (rendering kept), prepare() does working image, gate and model input once; analyse reuses them."""
    from desktop_app.imaging.render import render_frame
    from desktop_app.inference import prepared

    image = LoadedImage(path="mem", frames=np.stack([np.full((900, 800), v, np.uint8) for v in (60, 220)]),
                        is_color=False)
    reference = Analyser([packs], device="cpu").analyse(LoadedImage(path="mem", frames=image.frames[1:],
                                                                      is_color=False))
    render_frame(image, 1, remember=True)
    analyser = Analyser([packs], device="cpu")
    analyser.prepare(image, 1)
    store = image.analysis_cache[1]
    assert store["working"].shape == (450, 400) and int(store["working"][0, 0]) == 220
    assert not store["working"].flags.writeable and len(store) == 3  # working image, gate verdict, chest input
    calls: list[str] = []
    for name in ("working_image", "render_frame"):
        original = getattr(prepared, name)
        monkeypatch.setattr(prepared, name, lambda *a, _n=name, _f=original: calls.append(_n) or _f(*a))
    gate_runs = []
    monkeypatch.setattr(analyser, "run_gate", lambda d, _f=analyser.run_gate: gate_runs.append(1) or _f(d))
    first = analyser.analyse(image, frame=1)
    assert analyser.analyse(image, frame=1).scores == first.scores and calls == [] and gate_runs == []
    assert first.scores == pytest.approx(reference.scores, abs=1e-6)
    assert analyser.analyse(image, frame=0).scores["PNEUMONIA"] < first.scores["PNEUMONIA"]
    assert calls == ["render_frame", "working_image"] and gate_runs == [1] and list(image.analysis_cache) == [0]


def test_images_not_on_screen_keep_nothing(packs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.inference import prepared

    reductions: list[int] = []
    original = prepared.working_image
    monkeypatch.setattr(prepared, "working_image", lambda a: reductions.append(1) or original(a))
    image = _image(200)
    Analyser([packs], device="cpu").analyse(image)  # batch triage, scanlens analyze
    assert image.analysis_cache == {} and reductions == [1]  # reduced once, shared by gate and model


def test_the_gate_card_names_the_kinds_of_image(packs: Path) -> None:
    """What the user reads ("This looks like …") comes from the gate card's ``kind_names``, not from code."""
    write_tiny_gate(packs, favoured="hand_xray")
    card_path = packs / "input_gate.json"
    card = json.loads(card_path.read_text())
    card["kind_names"]["hand_xray"] = "a radiograph of a hand (card)"
    card_path.write_text(json.dumps(card))  # the ONNX file and its sha256 are unchanged
    with pytest.raises(AnalysisRefused, match=r"looks like a radiograph of a hand \(card\)") as refused:
        Analyser([packs], device="cpu").analyse(_image(255))
    assert refused.value.gate.kind_name == "a radiograph of a hand (card)"
    del card["kind_names"]
    card_path.write_text(json.dumps(card))
    with pytest.raises(AnalysisRefused, match="looks like hand xray"):  # no names: the label itself
        Analyser([packs], device="cpu").analyse(_image(255))


def test_gate_refusal_and_override(packs: Path) -> None:
    write_tiny_gate(packs, favoured="hand_xray")
    analyser = Analyser([packs], device="cpu")
    with pytest.raises(AnalysisRefused, match="hand X-ray") as refused:
        analyser.analyse(_image(255))
    assert refused.value.gate.label == "hand_xray" and not refused.value.gate.accepted
    forced = analyser.analyse(_image(255), model_id="chest_test")
    assert forced.gate.overridden and not forced.gate.accepted


def test_float_precision_chain_takes_8_bit_or_levels_alike() -> None:
    """``precision: float``: 8-bit pixels and their float levels give one input; a film stored with sub-level
    detail reaches the model nearly as its 8-bit version (the 8-bit chain rounds it to whole levels twice)."""
    from desktop_app.inference.preprocess import preprocess, validate_spec, working_levels

    spec = {"channels": "gray", "pre_size": [224, 224], "size": [96, 96], "interpolation": "area",
            "clahe": {"clip_limit": 2.0, "tile_grid": 8}, "scale": 1 / 255, "mean": [0.5] * 3, "std": [0.5] * 3}
    rng = np.random.default_rng(3)
    smooth = np.add.outer(np.linspace(20, 220, 900), np.linspace(0, 30, 800))
    eight = np.clip(smooth + rng.normal(0, 8, smooth.shape), 0, 255).astype(np.uint8)
    # the same film stored with 12 bits (16 values per grey level) and windowed over its full range
    display = (eight.astype(np.float64) * 16 + rng.integers(0, 16, eight.shape)) * 255 / 4095
    detail = (display - 0.5).clip(0, 255).astype(np.float32)  # its levels (render.display_levels)
    float_spec = {**spec, "precision": "float"}
    validate_spec(float_spec)
    np.testing.assert_array_equal(preprocess(eight, float_spec), preprocess(eight.astype(np.float32), float_spec))
    float_gap = np.abs(preprocess(detail, float_spec) - preprocess(eight, float_spec)).mean()
    rounded = np.floor(display).astype(np.uint8)  # what the 8-bit display shows of it
    uint8_gap = np.abs(preprocess(rounded, spec) - preprocess(eight, spec)).mean()
    assert float_gap < 0.7 * uint8_gap  # measured: about half
    levels = working_levels(np.arange(800 * 900, dtype=np.float32).reshape(900, 800))
    assert levels.shape == (450, 400) and levels[0, 0] == np.float32((0 + 1 + 800 + 801) / 4)
    with pytest.raises(ValueError, match="precision"):
        validate_spec({**spec, "precision": "double"})
