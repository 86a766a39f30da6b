# SPDX-License-Identifier: Apache-2.0
"""Every corpus file that decoded before the switch to GPL-free decoders still decodes to the same pixels.

References (tests/data/corpus_pixels.json) were recorded by ``tools/corpus_pixels.py`` from what
``load_image`` gave with pylibjpeg-libjpeg (GPL, now removed) and OpenCV's JPEG 2000: lossless files must
now be identical (sha256 of the frames); lossy ones (JPEG baseline/extended, JPEG-LS near-lossless,
JPEG 2000 lossy) within one level in every frame's mean and every tile mean of the first, middle and last
frame. (Per pixel, measured with both stacks installed: grey lossy files within 1 level; colour JPEG within
1 level in the decoded YCbCr samples, up to 3-5 in RGB, as the colour transform multiplies the IDCT
rounding differences of the two libraries. DCMTK's dcmj2pnm decodes every such file DCMTK reads to
exactly the pixels ScanLens now shows — the removed stack was the outlier; see
tests/test_imaging_decoders.py::test_colour_lossy_jpeg_pixels_equal_dcmtk.)
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop_app.imaging import ImageLoadError, load_image
from tests.test_imaging_corpus import CORPUS, _corpus_id, _quiet_pydicom  # noqa: F401 - autouse fixture
from tools.corpus_pixels import block_means, frames_sha256, sample_frames

REFERENCES = json.loads((Path(__file__).parent / "data" / "corpus_pixels.json").read_text())
BY_ID = {_corpus_id(path): path for path in CORPUS}
TOLERANCE = 1.0  # grey levels


def test_references_cover_the_corpus():
    assert len(REFERENCES) >= 140
    assert set(REFERENCES) <= set(BY_ID), "corpus files missing: is pydicom-data installed?"
    assert sum("sha256" in r for r in REFERENCES.values()) >= 110  # lossless: compared exactly
    assert {"data/color3d_jpeg_baseline.dcm", "test_files/JPGExtended.dcm"} <= set(REFERENCES)


@pytest.mark.parametrize("corpus_id", sorted(REFERENCES))
def test_pixels_are_unchanged(corpus_id):
    reference = REFERENCES[corpus_id]
    try:
        image = load_image(BY_ID[corpus_id])
    except ImageLoadError as exc:
        pytest.fail(f"decoded before, refused now: {exc}")
    frames = np.asarray(image.frames)
    assert [list(frames.shape), str(frames.dtype)] == [reference["shape"], reference["dtype"]]
    if "sha256" in reference:
        assert frames_sha256(frames) == reference["sha256"], "lossless pixels changed"
        return
    means = [float(np.mean(frame, dtype=np.float64)) for frame in frames]
    np.testing.assert_allclose(means, reference["frame_means"], atol=TOLERANCE)
    for index in sample_frames(len(frames)):
        tiles = block_means(frames[index]).ravel()
        np.testing.assert_allclose(tiles, reference["blocks"][str(index)], atol=TOLERANCE, err_msg=f"frame {index}")
