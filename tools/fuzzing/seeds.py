# SPDX-License-Identifier: Apache-2.0
"""Seed files for mutation: shipped samples, pydicom's bundled test files, the regression corpus, and small
PNG/JPEG/TIFF/BMP/DICOM variants generated here (every bit depth and colour type the loader handles).

Seeds are small on purpose: a fuzz case costs about as much as decoding its seed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = REPO_ROOT / "resources" / "samples"
CORPUS = REPO_ROOT / "tests" / "fuzz_corpus"
MAX_SEED_BYTES = 2_000_000
_SIDE = 48


@dataclass(frozen=True)
class Seed:
    name: str
    kind: str  # "dicom", "png", "jpeg", "tiff", "bmp" or "other"
    suffix: str
    data: bytes


def kind_of(data: bytes, suffix: str) -> str:
    """Format by content (as the loader decides), falling back to the extension for raw DICOM."""
    from desktop_app.imaging.loader import detect_format

    kind = detect_format(data[:132])
    if kind is None and suffix.lower() in (".dcm", ".dicom", ""):
        return "dicom"
    return kind or "other"


def from_files(paths: Iterable[Path], prefix: str) -> list[Seed]:
    seeds = []
    for path in sorted(paths):
        if not path.is_file() or path.stat().st_size > MAX_SEED_BYTES or path.suffix in (".py", ".txt", ".md"):
            continue
        data = path.read_bytes()
        if data:
            seeds.append(Seed(f"{prefix}/{path.name}", kind_of(data, path.suffix), path.suffix, data))
    return seeds


def _has_pixel_data(data: bytes) -> bool:
    return b"\xe0\x7f\x10\x00" in data or b"\x7f\xe0\x00\x10" in data


def pydicom_seeds() -> list[Seed]:
    """pydicom's bundled test files (never downloads: only files shipped in the package).

    Most files without pixel data (reports, plans, DICOMDIR records) are left out so cases mostly reach
    the decoders; every eighth is kept to exercise the refusals of non-image objects.
    """
    from pydicom.data import get_testdata_files

    seeds = from_files((Path(p) for p in get_testdata_files()), "pydicom")
    images = [s for s in seeds if _has_pixel_data(s.data)]
    others = [s for s in seeds if not _has_pixel_data(s.data)]
    return images + others[::8]


def _picture() -> np.ndarray:
    """A small grayscale picture from a shipped sample (or a gradient when samples are absent)."""
    from PIL import Image

    sample = SAMPLES / "chest_pneumonia_person1003_virus_1685.jpeg"
    if sample.is_file():
        with Image.open(sample) as img:
            return np.asarray(img.convert("L").resize((_SIDE, _SIDE)))
    ramp = np.linspace(0, 255, _SIDE, dtype=np.float32)
    return np.add.outer(ramp, ramp[::-1]).clip(0, 255).astype(np.uint8)


def _save(image: object, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)  # type: ignore[attr-defined]
    return buffer.getvalue()


def raster_seeds() -> list[Seed]:
    from PIL import Image

    gray = _picture()
    rgb = np.stack([gray, np.roll(gray, 5, axis=1), 255 - gray], axis=-1)
    alpha = np.where(gray > 128, 255, 40).astype(np.uint8)
    exif = Image.Exif()
    exif[0x0112] = 6
    made: list[tuple[str, str, bytes]] = [
        ("gray8.png", "png", _save(Image.fromarray(gray), "PNG")),
        ("gray16.png", "png", _save(Image.fromarray(gray.astype(np.uint16) * 257), "PNG")),
        ("rgb.png", "png", _save(Image.fromarray(rgb), "PNG")),
        ("rgba.png", "png", _save(Image.fromarray(np.dstack([rgb, alpha])), "PNG")),
        ("la.png", "png", _save(Image.fromarray(np.dstack([gray, alpha])), "PNG")),
        ("palette.png", "png", _save(Image.fromarray(rgb).quantize(16), "PNG", transparency=0)),
        ("bilevel.png", "png", _save(Image.fromarray(gray).convert("1"), "PNG")),
        ("gray.jpg", "jpeg", _save(Image.fromarray(gray), "JPEG", quality=90)),
        ("rgb420.jpg", "jpeg", _save(Image.fromarray(rgb), "JPEG", subsampling=2)),
        ("progressive.jpg", "jpeg", _save(Image.fromarray(rgb), "JPEG", progressive=True)),
        ("exif6.jpg", "jpeg", _save(Image.fromarray(gray), "JPEG", exif=exif.tobytes())),
        ("gray16.tif", "tiff", _save(Image.fromarray(gray.astype(np.uint16) * 257), "TIFF")),
        ("float.tif", "tiff", _save(Image.fromarray(gray.astype(np.float32) / 255), "TIFF")),
        ("rgb.bmp", "bmp", _save(Image.fromarray(rgb), "BMP")),
    ]
    return [Seed(f"generated/{name}", kind, Path(name).suffix, data) for name, kind, data in made]


def dicom_seeds() -> list[Seed]:
    from tools.fuzzing import dicom_seeds as make

    gray = _picture()
    builders: list[tuple[str, Callable[[np.ndarray], bytes]]] = [
        ("mono8_window.dcm", make.mono8_window),
        ("mono1_rescale_implicit.dcm", make.mono1_rescale_implicit),
        ("ct_signed_big_endian.dcm", make.ct_signed_big_endian),
        ("rgb_planar.dcm", make.rgb_planar),
        ("multiframe.dcm", make.multiframe),
        ("rle.dcm", make.rle),
        ("palette.dcm", make.palette),
        ("voi_lut.dcm", make.voi_lut),
        ("ybr_full.dcm", make.ybr_full),
        ("jpeg2000_unsigned.dcm", make.jpeg2000_unsigned),
    ]
    return [Seed(f"generated/{name}", "dicom", ".dcm", build(gray)) for name, build in builders]


def collect_seeds(*, corpus: Path | None = CORPUS, include_pydicom: bool = True) -> list[Seed]:
    """All seeds, in a fixed order (so a seed number means the same cases on every machine)."""
    seeds = from_files(SAMPLES.glob("*"), "samples") if SAMPLES.is_dir() else []
    seeds += raster_seeds() + dicom_seeds()
    if include_pydicom:
        seeds += pydicom_seeds()
    if corpus is not None and corpus.is_dir():
        seeds += from_files(corpus.glob("*"), "corpus")
    return seeds
