# SPDX-License-Identifier: Apache-2.0
"""Every file of pydicom's test corpus (bundled, plus pydicom-data's films: a dev dependency) either loads
and renders, or is refused in one line.

No other exception may escape ``load_image`` / ``render_frame``. Lists of files that must load and files
that must be refused keep the test from passing by refusing everything.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_files

from desktop_app.imaging import ImageLoadError, load_image, render_frame

CORPUS_DIR = Path(pydicom.data.__file__).parent / "test_files"


def _corpus() -> list[Path]:
    files = {p for p in CORPUS_DIR.rglob("*") if p.is_file()}
    files |= {Path(p) for p in get_testdata_files() if os.path.isfile(p)}
    return sorted(files)


CORPUS = _corpus()

MUST_LOAD = {
    "CT_small.dcm", "MR_small.dcm", "MR_small_bigendian.dcm", "MR_small_implicit.dcm", "MR_small_RLE.dcm",
    "MR_small_jp2klossless.dcm", "MR_small_jpeg_ls_lossless.dcm", "JPEG2000.dcm", "JPGExtended.dcm",
    "SC_rgb_rle.dcm", "SC_rgb_jpeg_dcmtk.dcm", "SC_ybr_full_422_uncompressed.dcm", "examples_palette.dcm",
    "examples_ybr_color.dcm", "image_dfl.dcm", "693_J2KI.dcm", "GDCMJ2K_TextGBR.dcm", "6154", "17106",
    "JPEG-lossy.dcm", "color3d_jpeg_baseline.dcm",
}  # fmt: skip
MUST_REFUSE = {
    "test-SR.dcm", "reportsi.dcm", "rtplan.dcm", "rtstruct.dcm", "rtdose.dcm", "liver_1frame.dcm",
    "waveform_ecg.dcm", "MR_truncated.dcm", "DICOMDIR", "README.txt", "zipMR.gz", "test1.json",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _quiet_pydicom():
    """pydicom warns and logs about the odd files on purpose; keep the test output readable."""
    logger = logging.getLogger("pydicom")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
    logger.setLevel(level)


def test_corpus_is_present():
    assert len(CORPUS) > 150
    names = {p.name for p in CORPUS}
    assert MUST_LOAD <= names and MUST_REFUSE <= names


def _corpus_id(path: Path) -> str:
    """Relative to pydicom's data folder, or to pydicom-data's folder for the films installed with it."""
    root = CORPUS_DIR.parent if path.is_relative_to(CORPUS_DIR.parent) else path.parent.parent
    return str(path.relative_to(root))


@pytest.mark.parametrize("path", CORPUS, ids=_corpus_id)
def test_loads_and_renders_or_is_refused_in_one_line(path):
    started = time.perf_counter()
    try:
        image = load_image(path)
    except ImageLoadError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message and len(message) <= 300, repr(message)
        assert path.name not in MUST_LOAD, message
        return
    assert path.name not in MUST_REFUSE, f"{path.name} should have been refused"
    for frame in {0, image.n_frames - 1}:
        shown = render_frame(image, frame)
        assert shown.dtype == np.uint8
        assert shown.shape[:2] == (image.rows, image.cols)
        assert shown.ndim == (3 if image.is_color else 2)
    assert image.decoder and image.source_format
    assert time.perf_counter() - started < 10
