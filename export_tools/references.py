# SPDX-License-Identifier: Apache-2.0
"""Reference scores of each shipped model on the bundled samples, stored in its card.

``scanlens --self-test`` and the tests recompute them through the app's own path (load → render →
preprocess → onnxruntime) and compare within 1e-4, so a changed decoder, preprocessing or runtime shows.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop_app.imaging.loader import load_image
from desktop_app.inference.prepared import model_source
from desktop_app.inference.preprocess import preprocess
from desktop_app.inference.registry import discover
from desktop_app.inference.session import SessionCache

log = logging.getLogger(__name__)
SAMPLES_DIR = Path(__file__).resolve().parents[1] / "resources" / "samples"
SAMPLE_SUFFIXES = (".jpg", ".jpeg", ".png", ".dcm")


def sample_files(folder: Path = SAMPLES_DIR) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)


def model_scores(models_dir: Path, samples: list[Path]) -> dict[str, dict[str, dict[str, float]]]:
    """model id → sample file name → label → probability, on the CPU provider."""
    cache = SessionCache()
    images = {p.name: load_image(str(p)) for p in samples}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for model_id, entry in discover([models_dir]).items():
        session = cache.get(entry, "cpu")
        out[model_id] = {}
        spec = entry.card["preprocessing"]
        for name, image in images.items():
            probs, _ = session.run(preprocess(model_source(image, 0, spec), spec)[None])
            out[model_id][name] = {label: float(p) for label, p in zip(entry.labels, probs[0], strict=True)}
    return out


def write_references(models_dir: Path) -> None:
    scores = model_scores(models_dir, sample_files())
    for model_id, per_sample in scores.items():
        card_path = models_dir / f"{model_id}.json"
        card = json.loads(card_path.read_text())
        card["reference_scores"] = {"provider": "CPUExecutionProvider", "tolerance": 1e-4, "samples": per_sample}
        card_path.write_text(json.dumps(card, indent=2) + "\n")
        log.info("reference scores for %s on %d samples", model_id, len(per_sample))
