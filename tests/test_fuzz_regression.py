# SPDX-License-Identifier: Apache-2.0
"""Hostile files end in an image or a clear refusal: the regression corpus, a short fuzz run, and a
property test over arbitrary bytes behind real file signatures.

Corpus files and fuzz cases run in worker processes with a capped address space (``tools.fuzz``), so a
regression that lets a decompression bomb through fails the test instead of exhausting the machine.
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.imaging import ImageLoadError, load_image, render_frame
from desktop_app.imaging.codestream import jpeg_size
from tools.fuzz import fuzz, replay_cases
from tools.fuzzing import dicom_walk, jpeg, png
from tools.fuzzing.cases import CaseMaker
from tools.fuzzing.seeds import CORPUS, collect_seeds

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".md")
MAX_CORPUS_FILE = 50 * 1024
MAX_CORPUS_TOTAL = 2 * 1024 * 1024


def _describe(report: object) -> str:
    failures = getattr(report, "failures", {})
    return "; ".join(f"{key}: {[case.seed_name for case, _ in items]}" for key, items in failures.items())


def test_corpus_is_small() -> None:
    assert len(CORPUS_FILES) >= 20
    sizes = {p.name: p.stat().st_size for p in CORPUS_FILES}
    assert max(sizes.values()) <= MAX_CORPUS_FILE, sizes
    assert sum(sizes.values()) <= MAX_CORPUS_TOTAL


def test_corpus_ends_in_image_or_clear_refusal() -> None:
    report = fuzz(replay_cases(CORPUS_FILES), seed=0, jobs=1, timeout=60, memory_mb=3072, out_dir=None)
    assert report.cases == len(CORPUS_FILES)
    assert report.failure_count == 0, _describe(report)
    assert report.counts["refused"] >= len(CORPUS_FILES) // 2  # the corpus is mostly refusals


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("png_ihdr_30000x30000.png", "too large"),
        ("jpeg_sof_65535x65535.jpg", "too large"),
        ("dicom_claims_4gb.dcm", "SCANLENS_MAX_IMAGE_MB"),
        ("dicom_rows_columns_65535.dcm", "megapixels"),
        ("dicom_j2k_frame_60000x60000.dcm", "do not match the DICOM header"),
        ("fuzz_s3_c5500_jpeg_frame_height_0.dcm", "do not match the DICOM header"),
        ("dicom_deep_nesting.dcm", "nested too deeply"),
        ("dicom_rows_as_person_name.dcm", "Rows is not a number"),
        ("dicom_frames_text.dcm", "Number of Frames"),
        ("dicom_bits_allocated_65535.dcm", "Bits Allocated"),
        ("dicom_rescale_nan.dcm", "Rescale Slope"),
        ("dicom_transfer_syntax_not_a_uid.dcm", "not valid"),
        ("dicom_empty_pixel_data.dcm", "empty"),
    ],
)
def test_corpus_refusals_say_why(name: str, fragment: str) -> None:
    """Cheap ones only (header checks): these never reach a decoder, so they are safe in-process."""
    with pytest.raises(ImageLoadError) as info, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        load_image(CORPUS / name)
    message = str(info.value)
    assert fragment in message and "\n" not in message and message.isprintable()


def test_nan_pixels_get_a_finite_window() -> None:
    image = load_image(CORPUS / "tiff_float_nan_inf.tif")
    window = image.window_presets[0]
    assert 0.0 <= window.center <= 1.0 and 0.0 < window.width <= 1.0
    assert render_frame(image).max() > 0


def test_short_fuzz_run_has_no_failures(tmp_path: Path) -> None:
    maker = CaseMaker(collect_seeds(), seed=2024)
    cases = (maker.make(i) for i in range(200))
    report = fuzz(cases, seed=2024, jobs=2, timeout=60, memory_mb=3072, out_dir=tmp_path)
    assert report.cases == 200
    assert report.failure_count == 0, f"{_describe(report)} (inputs in {tmp_path})"
    assert report.counts["image"] > 0 and report.counts["refused"] > 0


def test_cases_are_reproducible_from_seed_and_index() -> None:
    seeds = collect_seeds()
    first, again, other = CaseMaker(seeds, 7), CaseMaker(seeds, 7), CaseMaker(seeds, 8)
    assert [first.make(i) for i in range(30)] == [again.make(i) for i in range(30)]
    assert [first.make(i).data for i in range(30)] != [other.make(i).data for i in range(30)]


def test_structure_aware_mutators_keep_files_parseable() -> None:
    import random

    seeds = {s.name: s.data for s in collect_seeds()}
    rng = random.Random(1)
    data = png.ihdr_dimensions(seeds["generated/gray8.png"], rng)
    ihdr = png.chunks(data)[0]
    assert ihdr.kind == b"IHDR" and png.make_chunk(b"IHDR", data[16:29]) == data[8:33]  # CRC still valid
    jpg = jpeg.sof_dimensions(seeds["generated/gray.jpg"], random.Random(3))
    assert jpeg_size(jpg) != jpeg_size(seeds["generated/gray.jpg"])
    elements, _ = dicom_walk.walk(seeds["generated/mono8_window.dcm"])
    assert {0x00280010, 0x00280011, dicom_walk.PIXEL_DATA} <= {e.tag for e in elements}


_SIGNATURES = [
    b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00", b"BM", bytes(128) + b"DICM", b"\x08\x00\x05\x00",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    signature=st.sampled_from(_SIGNATURES),
    body=st.binary(max_size=600),
    suffix=st.sampled_from(["", ".dcm", ".png", ".jpg", ".tif"]),
)
def test_any_bytes_behind_a_signature_end_in_image_or_refusal(signature: bytes, body: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = Path(folder) / f"random file{suffix}"
        path.write_bytes(signature + body)
        try:
            image = load_image(path)
        except ImageLoadError as err:
            assert str(err).strip() and "\n" not in str(err)
            return
        assert render_frame(image).dtype.name == "uint8"
