# SPDX-License-Identifier: Apache-2.0
"""Compact pixel references of pydicom's corpus (bundled test files + pydicom-data), for
tests/test_imaging_corpus_pixels.py: what ``load_image`` gave for every file that decodes.

Lossless files are recorded by the sha256 of their frames (the test wants them identical); lossy ones
(JPEG baseline/extended, JPEG-LS near-lossless, JPEG 2000 lossy), whose pixels may differ by a level between
decoders, by per-frame statistics and tile means of the first, middle and last frame.

    python -m tools.corpus_pixels > tests/data/corpus_pixels.json               # with the installed stack
    python -m tools.corpus_pixels --arrays DIR > tests/data/corpus_pixels.json  # from saved arrays

``--arrays`` reads DIR/summary.json ({corpus id: {"npy": key, "ts": transfer syntax name}}) and
DIR/<key>.npy, written earlier with another decoder stack (how the references of the GPL-free switch were
made: with pylibjpeg-libjpeg installed, before it was removed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

LOSSY_SYNTAXES = (
    "JPEG Baseline (Process 1)", "JPEG Extended (Process 2 and 4)",
    "JPEG-LS Lossy (Near-Lossless) Image Compression", "JPEG 2000 Image Compression",
)  # fmt: skip
TILES = 16  # about 16 tiles along the shorter side


def frames_sha256(frames: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(frames).tobytes()).hexdigest()


def block_means(frame: np.ndarray) -> np.ndarray:
    """Means of square tiles (per channel; about :data:`TILES` along the shorter side), edge remnants dropped."""
    block = max(1, min(frame.shape[:2]) // TILES)
    rows, cols = (frame.shape[0] // block) * block, (frame.shape[1] // block) * block
    tiles = frame[:rows, :cols].astype(np.float64).reshape(rows // block, block, cols // block, block, -1)
    return tiles.mean(axis=(1, 3))


def sample_frames(count: int) -> list[int]:
    return sorted({0, count // 2, count - 1})


def summarise(frames: np.ndarray, syntax: str) -> dict:
    """The reference of one file: shape, dtype, then sha256 (lossless) or statistics (lossy)."""
    entry: dict = {"shape": list(frames.shape), "dtype": str(frames.dtype), "syntax": syntax}
    if syntax not in LOSSY_SYNTAXES:
        entry["sha256"] = frames_sha256(frames)
        return entry
    entry["frame_means"] = [round(float(np.mean(frames[i], dtype=np.float64)), 3) for i in range(len(frames))]
    entry["blocks"] = {str(i): np.round(block_means(frames[i]), 2).ravel().tolist()
                       for i in sample_frames(len(frames))}
    return entry


def _from_arrays(folder: Path) -> dict:
    summary = json.loads((folder / "summary.json").read_text())
    return {cid: summarise(np.load(folder / f"{row['npy']}.npy"), row["ts"])
            for cid, row in sorted(summary.items()) if "npy" in row}


def _from_stack() -> dict:
    from desktop_app.imaging import ImageLoadError, load_image
    from tests.test_imaging_corpus import CORPUS, _corpus_id

    out = {}
    for path in CORPUS:
        try:
            image = load_image(path)
        except ImageLoadError:
            continue
        out[_corpus_id(path)] = summarise(np.asarray(image.frames), str(image.metadata.get("transfer_syntax", "")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arrays", type=Path, help="folder of saved arrays (see the module doc)")
    args = parser.parse_args(argv)
    references = _from_arrays(args.arrays) if args.arrays else _from_stack()
    json.dump(references, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
