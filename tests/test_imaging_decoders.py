# SPDX-License-Identifier: Apache-2.0
"""The GPL-free decoder stack: imagecodecs plugin registered in pydicom, 12-bit lossy JPEG (JPEG Extended)
decoded and rendered like DCMTK, colour cines decoded one frame at a time."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image
from pydicom.data import get_testdata_file
from pydicom.pixels import get_decoder
from pydicom.uid import JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLSLossless, RLELossless

from desktop_app.imaging import ImageLoadError, imagecodecs_plugin, load_image, render_frame
from desktop_app.imaging.dicom_pixels import PLUGIN_ORDER, decoder_status
from desktop_app.imaging.frames_on_demand import FramesOnDemand

DATA = Path(__file__).parent / "data"
JPEG_LOSSY = get_testdata_file("JPEG-lossy.dcm")  # NM, 12-bit JPEG Extended (process 4), bundled with pydicom
#: ``dcmj2pnm +Wm +on JPEG-lossy.dcm`` (DCMTK 3.6.7): 8-bit rendering with the min-max window.
DCMTK_RENDERING = DATA / "JPEG-lossy.dcmj2pnm.png"


def corr(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a.ravel().astype(np.float64), b.ravel().astype(np.float64))[0, 1])


def test_imagecodecs_plugin_is_registered_first_for_jpeg():
    assert PLUGIN_ORDER[0] == imagecodecs_plugin.LABEL
    for syntax in (JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLSLossless):
        assert imagecodecs_plugin.LABEL in get_decoder(syntax).available_plugins
    assert imagecodecs_plugin.LABEL not in get_decoder(RLELossless).available_plugins  # pylibjpeg-rle does RLE
    status = decoder_status()
    assert status["JPEG Extended (Process 2 and 4)"]["available"][0] == "imagecodecs"
    assert "pylibjpeg" in status["RLE Lossless"]["available"]
    assert imagecodecs_plugin.register() is False  # once only


def test_plugin_says_why_it_is_missing(monkeypatch):
    assert imagecodecs_plugin.missing_reason(RLELossless) == "not a JPEG, JPEG-LS or JPEG 2000 transfer syntax"
    monkeypatch.setitem(sys.modules, "imagecodecs", None)  # as if not installed
    reason = imagecodecs_plugin.missing_reason(JPEGBaseline8Bit)
    assert reason and reason.startswith("imagecodecs is not installed")
    assert not imagecodecs_plugin.is_available(JPEGBaseline8Bit)


def test_the_frozen_build_bundles_every_imagecodecs_module_the_plugin_loads():
    """build.spec bundles only EXTENSION_MODULES of imagecodecs; decoding each syntax must need no other."""
    code = (
        "import sys, pydicom; from pydicom.data import get_testdata_file as g\n"
        "from desktop_app.imaging import load_image\n"
        "for n in ('SC_rgb_jpeg_dcmtk.dcm', 'JPEG-lossy.dcm', 'MR_small_jpeg_ls_lossless.dcm', 'JPEG2000.dcm'):\n"
        "    assert load_image(g(n)).decoder == 'pydicom/imagecodecs', n\n"
        "print(' '.join(sorted(m.split('.')[1] for m in sys.modules if m.startswith('imagecodecs.'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    loaded = set(proc.stdout.split()) - {"imagecodecs"}  # imagecodecs.imagecodecs: pure Python
    assert loaded <= set(imagecodecs_plugin.EXTENSION_MODULES), loaded
    assert {"_jpeg8", "_jpegls", "_jpeg2k"} <= loaded


def test_twelve_bit_lossy_jpeg_decodes_to_twelve_bit_values():
    image = load_image(JPEG_LOSSY)
    assert image.decoder == "pydicom/imagecodecs"
    assert image.metadata["transfer_syntax"].startswith("JPEG Extended")
    assert image.frames.shape == (1, 1024, 256) and image.frames.dtype == np.uint16
    assert 255 < int(image.frames.max()) < 4096  # beyond 8 bits: the 12-bit samples, not a truncation


def test_twelve_bit_lossy_jpeg_renders_like_dcmtk():
    image = load_image(JPEG_LOSSY)
    window = image.window_presets[0]
    assert window.name == "Full range"  # the file has no window: min-max, like dcmj2pnm +Wm
    ours = render_frame(image, 0)
    dcmtk = np.asarray(Image.open(DCMTK_RENDERING))
    assert ours.shape == dcmtk.shape
    assert corr(ours, dcmtk) >= 0.99
    assert np.abs(ours.astype(int) - dcmtk.astype(int)).max() <= 1


@pytest.mark.skipif(shutil.which("dcmj2pnm") is None, reason="DCMTK not installed (apt-get install dcmtk)")
def test_twelve_bit_lossy_jpeg_values_match_dcmtk(tmp_path):
    out = tmp_path / "dcmtk.pgm"
    subprocess.run(["dcmj2pnm", "+on2", JPEG_LOSSY, str(out)], check=True, capture_output=True)
    dcmtk = np.asarray(Image.open(out))  # 16-bit, the stored values scaled to the full 16-bit range
    assert corr(load_image(JPEG_LOSSY).frames[0], dcmtk) >= 0.99


def test_info_json_opens_the_twelve_bit_lossy_jpeg():
    proc = subprocess.run([sys.executable, "-m", "desktop_app", "info", "--json", JPEG_LOSSY],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout.splitlines()[0])
    assert record["ok"] is True and record["decoder"] == "pydicom/imagecodecs"
    assert record["pixel_stats"]["max"] > 255


# --- colour cine: frames on demand --------------------------------------------------------------------

CINE = "color3d_jpeg_baseline.dcm"  # pydicom-data: 120 frames 640x480 YBR_FULL_422 JPEG baseline


@pytest.fixture(scope="module")
def cine_path() -> str:
    path = get_testdata_file(CINE, download=False)
    if path is None:
        pytest.skip("pydicom-data (a dev dependency) is not installed")
    return path


def test_cine_shows_its_first_frame_without_decoding_the_others(cine_path):
    image = load_image(cine_path)
    assert isinstance(image.frames, FramesOnDemand) and image.frames.decoded_count == 1
    assert image.n_frames == 120 and (image.rows, image.cols) == (480, 640) and image.is_color
    render_frame(image, 0)
    assert image.frames.decoded_count == 1
    render_frame(image, 119)
    assert image.frames.decoded_count == 2


def test_cine_frames_match_pydicom_within_one_level(cine_path):
    """libjpeg-turbo's integer YBR→RGB against pydicom's floating-point conversion of the same samples
    (pydicom's Pillow plugin returns the raw YCbCr of the same libjpeg-turbo decode)."""
    image = load_image(cine_path)
    ds = pydicom.dcmread(cine_path)
    decoder = get_decoder(ds.file_meta.TransferSyntaxUID)
    for index in (0, 1, 77, 119):
        expected, props = decoder.as_array(ds, index=index, decoding_plugin="pillow")
        assert props["photometric_interpretation"] == "RGB"
        difference = np.abs(image.frames[index].astype(int) - expected.astype(int))
        assert difference.max() <= 1, index


def test_whole_stack_is_an_ndarray_on_request(cine_path):
    frames = load_image(cine_path).frames
    stack = np.asarray(frames)
    assert isinstance(stack, np.ndarray) and stack.shape == (120, 480, 640, 3) and stack.dtype == np.uint8
    np.testing.assert_array_equal(stack[42], frames[42])
    assert frames.reshape(-1, 3).shape == (120 * 480 * 640, 3)


def test_a_frame_that_cannot_be_decoded_is_named():
    first = np.zeros((2, 2, 3), np.uint8)

    def broken(index: int) -> np.ndarray:
        raise ValueError("bad Huffman code")

    frames = FramesOnDemand(3, first, broken)
    np.testing.assert_array_equal(frames[0], first)
    with pytest.raises(ImageLoadError, match=r"^Frame 3 of 3 cannot be decoded: bad Huffman code"):
        frames[-1]
    with pytest.raises(IndexError):
        frames[3]


# --- colour lossy JPEG: the same pixels as DCMTK's decoder ---------------------------------------------

#: Colour JPEG baseline files of pydicom's corpus that DCMTK decodes (RGB, YBR_FULL and YBR_FULL_422,
#: with and without the colour transform, DCMTK- and GDCM-written, the 120-frame cine).
COLOUR_JPEG = [
    "color3d_jpeg_baseline.dcm", "SC_jpeg_no_color_transform.dcm", "SC_jpeg_no_color_transform_2.dcm",
    "SC_rgb_dcmtk_+eb+cr.dcm", "SC_rgb_dcmtk_+eb+cy+n1.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm",
    "SC_rgb_dcmtk_+eb+cy+s2.dcm", "SC_rgb_jpeg_app14_dcmd.dcm", "SC_rgb_jpeg_dcmtk.dcm",
    "SC_rgb_jpeg_lossy_gdcm.dcm", "SC_rgb_small_odd_jpeg.dcm", "examples_ybr_color.dcm",
]


@pytest.mark.skipif(shutil.which("dcmj2pnm") is None, reason="DCMTK not installed (apt-get install dcmtk)")
@pytest.mark.parametrize("name", COLOUR_JPEG)
def test_colour_lossy_jpeg_pixels_equal_dcmtk(name, tmp_path):
    # The removed GPL stack differed from both by 2-5 levels in RGB (its own IDCT/upsampling rounding);
    # DCMTK is the reference the decoders are held to.
    path = get_testdata_file(name)
    image = load_image(path)
    count = len(image.frames)
    for index in sorted({0, count // 2, count - 1}):
        out = tmp_path / f"frame{index}.ppm"
        subprocess.run(["dcmj2pnm", "--write-raw-pnm", "--frame", str(index + 1), path, str(out)],
                       check=True, capture_output=True)
        dcmtk = np.asarray(Image.open(out)).astype(int)
        ours = np.asarray(image.frames[index]).astype(int)
        assert ours.shape == dcmtk.shape
        assert np.abs(ours - dcmtk).max() <= 1, f"frame {index}"


def test_a_missing_decoder_names_no_gpl_package(monkeypatch):
    from desktop_app.imaging import dicom_pixels

    class NoPlugins:
        is_native = False
        available_plugins: tuple[str, ...] = ()
        missing_dependencies = ("pylibjpeg: requires pylibjpeg>=2.0 and pylibjpeg-libjpeg>=2.1", "gdcm: requires gdcm")

    monkeypatch.setattr(dicom_pixels, "get_decoder", lambda syntax: NoPlugins())
    with pytest.raises(ImageLoadError) as caught:
        load_image(JPEG_LOSSY)
    message = str(caught.value)
    assert "reinstall ScanLens" in message and "JPEG Extended" in message
    assert "libjpeg" not in message and "gdcm" not in message
    assert dicom_pixels._shipped_hints(list(NoPlugins.missing_dependencies)) == []
    assert dicom_pixels._shipped_hints(["imagecodecs: requires imagecodecs"]) == ["imagecodecs: requires imagecodecs"]
