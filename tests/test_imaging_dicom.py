# SPDX-License-Identifier: Apache-2.0
"""DICOM decoding compared with pydicom's own reference pipeline, and DICOM variants built in the test.

The reference for every file is ``pydicom.pixels.pixel_array`` (same decoding plugin as ours) followed by
``apply_modality_lut`` and ``apply_voi_lut``; the reference rendering is ``apply_windowing`` on a dataset
whose output range is 0..255, truncated to uint8 (and inverted for MONOCHROME1).
"""

from __future__ import annotations

import warnings

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.pixels import apply_color_lut, apply_modality_lut, apply_voi_lut, apply_windowing, pixel_array
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

from desktop_app.imaging import ImageLoadError, load_image, pixel_value_at, render_frame
from desktop_app.imaging.render import default_window, window_function

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

MONOCHROME_FILES = [
    "CT_small.dcm",
    "MR_small.dcm",
    "MR_small_bigendian.dcm",
    "MR_small_expb.dcm",
    "MR_small_implicit.dcm",
    "MR_small_padded.dcm",
    "MR_small_RLE.dcm",
    "MR_small_jp2klossless.dcm",
    "MR_small_jpeg_ls_lossless.dcm",
    "JPEG2000.dcm",
    "693_J2KI.dcm",
    "J2K_pixelrep_mismatch.dcm",
    "JPGExtended.dcm",
    "JPEGLSNearLossless_08.dcm",
    "JPEGLSNearLossless_16.dcm",
    "image_dfl.dcm",
    "examples_overlay.dcm",
    # in pydicom-data (a dev dependency) only: real MR / radiograph films, uncompressed and JPEG 2000
    "emri_small.dcm",
    "MR2_UNCI.dcm",
    "MR2_J2KR.dcm",
    "MR2_J2KI.dcm",
    "RG1_UNCI.dcm",
    "RG1_J2KR.dcm",
    "RG3_UNCI.dcm",
    "MR-SIEMENS-DICOM-WithOverlays.dcm",
]
COLOUR_FILES = [
    "ExplVR_BigEnd.dcm",
    "SC_rgb_rle.dcm",
    "SC_rgb_rle_2frame.dcm",
    "SC_rgb_rle_16bit.dcm",
    "SC_rgb_jpeg_dcmtk.dcm",
    "SC_rgb_dcmtk_+eb+cy+np.dcm",
    "SC_rgb_jpeg_gdcm.dcm",
    "SC_ybr_full_422_uncompressed.dcm",
    "SC_rgb_small_odd_big_endian.dcm",
    "examples_jpeg2k.dcm",
    "examples_ybr_color.dcm",
    "examples_palette.dcm",
    "GDCMJ2K_TextGBR.dcm",
    "SC_rgb.dcm",
    "US1_J2KR.dcm",
]


def corpus_file(name: str) -> str:
    path = get_testdata_file(name, download=False)
    if path is None:
        pytest.skip(f"{name} is not in the installed pydicom test corpus")
    return str(path)


def _plugin(decoder: str) -> str:
    name = decoder.split("/", 1)[1]
    return {"native": ""}.get(name, name)


def reference_frames(path: str, decoder: str) -> tuple[Dataset, np.ndarray]:
    """pydicom's decode + modality LUT + VOI LUT, frames first."""
    ds = pydicom.dcmread(path)
    arr = pixel_array(ds, decoding_plugin=_plugin(decoder))
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    samples = int(ds.SamplesPerPixel)
    if arr.ndim == (2 if samples == 1 else 3):
        arr = arr[np.newaxis]
    assert arr.shape[0] == frames
    if ds.PhotometricInterpretation == "PALETTE COLOR":
        arr = apply_color_lut(arr, ds)
    if samples == 1 and ds.PhotometricInterpretation.startswith("MONOCHROME"):
        arr = apply_voi_lut(apply_modality_lut(arr, ds), ds) if "VOILUTSequence" in ds else apply_modality_lut(arr, ds)
    return ds, arr


def reference_render(values: np.ndarray, center: float, width: float, function: str = "LINEAR") -> np.ndarray:
    """pydicom's windowing to an 8-bit output range, truncated to uint8."""
    ds = Dataset()
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsStored, ds.PixelRepresentation = 8, 0
    ds.WindowCenter, ds.WindowWidth, ds.VOILUTFunction = center, width, function
    return np.floor(apply_windowing(values.astype(np.float64), ds)).astype(np.uint8)


@pytest.mark.parametrize("name", MONOCHROME_FILES)
def test_monochrome_matches_pydicom(name):
    path = corpus_file(name)
    image = load_image(path)
    ds, expected = reference_frames(path, image.decoder)
    assert not image.is_color
    assert image.decoder.startswith("pydicom/")
    assert image.frames.shape == expected.shape
    np.testing.assert_allclose(image.frames, expected, rtol=1e-6)
    assert image.invert_default == (ds.PhotometricInterpretation == "MONOCHROME1")
    window = default_window(image)
    for index in range(image.n_frames):
        reference = reference_render(expected[index], window.center, window.width, window_function(image))
        if image.invert_default:
            reference = 255 - reference
        np.testing.assert_array_equal(render_frame(image, index), reference)


@pytest.mark.parametrize("name", COLOUR_FILES)
def test_colour_matches_pydicom(name):
    path = corpus_file(name)
    image = load_image(path)
    ds, expected = reference_frames(path, image.decoder)
    assert image.is_color and image.frames.dtype == np.uint8
    if expected.dtype != np.uint8:  # 16/32-bit colour keeps the top 8 significant bits
        bits = 16 if ds.PhotometricInterpretation == "PALETTE COLOR" else int(ds.BitsStored)
        expected = (expected.astype(np.uint64) >> (bits - 8)).astype(np.uint8)
    np.testing.assert_array_equal(image.frames, expected)
    np.testing.assert_array_equal(render_frame(image, image.n_frames - 1), expected[-1])


@pytest.mark.parametrize(
    ("name", "decoder"),
    [
        ("MR_small.dcm", "pydicom/native"),
        ("MR_small_RLE.dcm", "pydicom/pylibjpeg"),  # pylibjpeg-rle
        ("MR_small_jp2klossless.dcm", "pydicom/imagecodecs"),
        ("MR_small_jpeg_ls_lossless.dcm", "pydicom/imagecodecs"),
        ("SC_rgb_jpeg_gdcm.dcm", "pydicom/imagecodecs"),  # JPEG lossless
    ],
)
def test_decoder_is_recorded(name, decoder):
    assert load_image(corpus_file(name)).decoder == decoder


def test_decoder_status_names_available_plugins():
    from desktop_app.imaging.dicom_pixels import decoder_status

    status = decoder_status()
    assert status["JPEG 2000 Image Compression"]["available"][:2] == ["imagecodecs", "pylibjpeg"]
    assert "pylibjpeg" in status["RLE Lossless"]["available"]
    assert status["JPEG-LS Lossless Image Compression"]["available"][0] == "imagecodecs"
    assert all(isinstance(entry["missing"], list) for entry in status.values())


def test_ct_hounsfield_units_and_pixel_probe():
    path = corpus_file("CT_small.dcm")
    image = load_image(path)
    ds = pydicom.dcmread(path)
    stored = ds.pixel_array
    assert image.units == "HU"
    assert image.frames.dtype == np.int16  # integral rescale keeps integers (fast LUT rendering)
    probe = pixel_value_at(image, 0, 10, 20)
    assert probe["stored"] == int(stored[10, 20])
    assert probe["hu"] == probe["modality"] == int(stored[10, 20]) * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    with pytest.raises(IndexError):
        pixel_value_at(image, 0, 128, 0)


def test_metadata_fields():
    meta = load_image(corpus_file("CT_small.dcm")).metadata
    assert meta["patient_name"] == "CompressedSamples, CT1"
    assert meta["patient_id"] == "1CT1"
    assert meta["study_date"] == "2004-01-19"
    assert meta["modality"] == "CT"
    assert meta["rows"] == meta["columns"] == 128
    assert meta["bits_allocated"] == 16 and meta["bits_stored"] == 16
    assert meta["photometric_interpretation"] == "MONOCHROME2"
    assert meta["transfer_syntax"] == "Explicit VR Little Endian"
    assert meta["number_of_frames"] == 1
    assert meta["sop_class_uid"] == "1.2.840.10008.5.1.4.1.1.2"
    for key in ("study_instance_uid", "series_instance_uid", "sop_instance_uid"):
        assert meta[key] and meta[key].startswith("1.")
    for key in ("patient_sex", "patient_birth_date", "study_description", "body_part", "view_position"):
        assert key in meta
    assert all(v is None or isinstance(v, str | int | float) for v in meta.values())


def test_multiple_window_presets_with_names():
    image = load_image(corpus_file("examples_overlay.dcm"))
    named = [(w.center, w.width, w.name) for w in image.window_presets[:2]]
    assert named == [(450.0, 790.0, "WINDOW1"), (200.0, 443.0, "WINDOW2")]
    assert image.window_presets[-1].name == "Full range"
    assert default_window(image) == image.window_presets[0]


# --- variants built from MR_small -----------------------------------------------------------------


@pytest.fixture
def mr_small() -> Dataset:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pydicom.dcmread(corpus_file("MR_small.dcm"))


def save(ds: Dataset, path) -> str:
    ds.save_as(path, enforce_file_format=False)
    return str(path)


def test_monochrome1_is_inverted(tmp_path, mr_small):
    mr_small.PhotometricInterpretation = "MONOCHROME1"
    image = load_image(save(mr_small, tmp_path / "mono1.dcm"))
    assert image.invert_default
    plain = render_frame(image, invert=False)
    np.testing.assert_array_equal(render_frame(image), 255 - plain)
    reference = reference_render(mr_small.pixel_array, 600, 1600)
    np.testing.assert_array_equal(render_frame(image), 255 - reference)


def _add_voi_lut(ds: Dataset, explanation: str = "SOFT TISSUE") -> np.ndarray:
    lut = np.clip(np.arange(4096) * 16 - 2000, 0, 65535).astype(np.uint16)
    item = Dataset()
    item.add_new(0x00283002, "US", [4096, 0, 16])  # LUT Descriptor
    item.add_new(0x00283003, "LO", explanation)
    item.add_new(0x00283006, "US", lut.tolist())  # LUT Data
    ds.VOILUTSequence = Sequence([item])
    return lut


def test_voi_lut_sequence_is_applied(tmp_path, mr_small):
    lut = _add_voi_lut(mr_small)
    path = save(mr_small, tmp_path / "voi.dcm")
    image = load_image(path)
    stored = mr_small.pixel_array
    assert image.voi_lut_applied
    np.testing.assert_array_equal(image.frames[0], lut[np.clip(stored, 0, 4095)])
    np.testing.assert_array_equal(image.frames[0], apply_voi_lut(stored, pydicom.dcmread(path)))
    window = default_window(image)
    assert window.name == "SOFT TISSUE"
    assert [w.name for w in image.window_presets] == ["SOFT TISSUE", "Full range"]  # the file's WC/WW not offered
    assert "VOI LUT" in image.metadata["note"]
    # the window spans the LUT's output range (0..63520 here), so the LUT's lowest output is black and
    # its highest is white
    assert window.center - window.width / 2 == pytest.approx(-0.5)
    assert window.center + window.width / 2 == pytest.approx(int(lut.max()) + 0.5)
    shown = render_frame(image)
    np.testing.assert_array_equal(shown, reference_render(image.frames[0], window.center, window.width))
    assert pixel_value_at(image, 0, 5, 5)["stored"] is None  # display values, not stored values


def _multiframe(ds: Dataset, offsets: list[int]) -> np.ndarray:
    base = ds.pixel_array.astype(np.int16)
    frames = np.stack([base + o for o in offsets]).astype(np.int16)
    ds.NumberOfFrames = len(offsets)
    ds.PixelData = frames.tobytes()
    return frames


def test_multiframe_monochrome(tmp_path, mr_small):
    frames = _multiframe(mr_small, [0, 100, 200])
    image = load_image(save(mr_small, tmp_path / "multi.dcm"))
    assert image.n_frames == 3 and image.metadata["number_of_frames"] == 3
    np.testing.assert_array_equal(image.frames, frames)
    assert not np.array_equal(render_frame(image, 0), render_frame(image, 2))
    with pytest.raises(IndexError):
        render_frame(image, 3)


def test_enhanced_per_frame_rescale(tmp_path, mr_small):
    frames = _multiframe(mr_small, [0, 0, 0])
    mr_small.Modality = "CT"
    groups = []
    for intercept in (0, 100, -1000):
        transform = Dataset()
        transform.RescaleSlope, transform.RescaleIntercept, transform.RescaleType = 1, intercept, "HU"
        group = Dataset()
        group.PixelValueTransformationSequence = Sequence([transform])
        groups.append(group)
    mr_small.PerFrameFunctionalGroupsSequence = Sequence(groups)
    image = load_image(save(mr_small, tmp_path / "enhanced.dcm"))
    np.testing.assert_array_equal(image.frames[1], frames[1] + 100)
    np.testing.assert_array_equal(image.frames[2], frames[2] - 1000)
    assert image.units == "HU" and image.metadata["rescale_varies"]
    assert pixel_value_at(image, 2, 0, 0)["stored"] is None


def test_float_rescale_uses_linear_exact_and_recovers_stored_value(tmp_path, mr_small):
    mr_small.RescaleSlope, mr_small.RescaleIntercept = 0.5, 0.25
    image = load_image(save(mr_small, tmp_path / "float.dcm"))
    assert image.frames.dtype == np.float32
    np.testing.assert_allclose(image.frames[0], mr_small.pixel_array * 0.5 + 0.25)
    assert window_function(image) == "LINEAR_EXACT"
    assert pixel_value_at(image, 0, 3, 4)["stored"] == int(mr_small.pixel_array[3, 4])
    window = default_window(image)
    np.testing.assert_array_equal(
        render_frame(image), reference_render(image.frames[0], window.center, window.width, "LINEAR_EXACT")
    )


def test_sigmoid_voi_lut_function(tmp_path, mr_small):
    mr_small.VOILUTFunction = "SIGMOID"
    image = load_image(save(mr_small, tmp_path / "sigmoid.dcm"))
    assert window_function(image) == "SIGMOID"
    np.testing.assert_array_equal(render_frame(image), reference_render(mr_small.pixel_array, 600, 1600, "SIGMOID"))


def test_modality_lut_sequence(tmp_path, mr_small):
    item = Dataset()
    item.add_new(0x00283002, "US", [4096, 0, 16])
    item.add_new(0x00283004, "LO", "TEST")  # Modality LUT Type
    item.add_new(0x00283006, "US", (np.arange(4096) * 3).tolist())
    mr_small.ModalityLUTSequence = Sequence([item])
    image = load_image(save(mr_small, tmp_path / "mlut.dcm"))
    np.testing.assert_array_equal(image.frames[0], mr_small.pixel_array * 3)
    assert image.metadata["modality_lut"] == "sequence"
    assert pixel_value_at(image, 0, 1, 1)["stored"] is None


def test_dicom_without_preamble_and_extension(tmp_path, mr_small):
    expected = mr_small.pixel_array
    del mr_small.file_meta
    mr_small.preamble = None
    path = tmp_path / "IM000001"
    mr_small.save_as(path, implicit_vr=True, little_endian=True, enforce_file_format=False)
    assert path.read_bytes()[128:132] != b"DICM"
    image = load_image(path)
    np.testing.assert_array_equal(image.frames[0], expected)
    assert image.metadata["transfer_syntax"] == "Implicit VR Little Endian"


def test_missing_transfer_syntax_is_inferred(tmp_path, mr_small):
    expected = mr_small.pixel_array
    del mr_small.file_meta.TransferSyntaxUID
    path = tmp_path / "nots.dcm"
    mr_small.save_as(path, implicit_vr=False, little_endian=True, enforce_file_format=False)
    image = load_image(path)
    np.testing.assert_array_equal(image.frames[0], expected)
    assert image.metadata["transfer_syntax_uid"] == ExplicitVRLittleEndian


# --- refusals ---------------------------------------------------------------------------------------


def assert_refused(path, *fragments: str) -> str:
    with pytest.raises(ImageLoadError) as info:
        load_image(path)
    message = str(info.value)
    assert message and "\n" not in message
    for fragment in fragments:
        assert fragment.lower() in message.lower(), message
    return message


def test_structured_report_is_refused():
    message = assert_refused(corpus_file("test-SR.dcm"))
    assert message == "This is a DICOM Structured Report, not an image"


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("liver_1frame.dcm", "Segmentation"),
        ("rtdose.dcm", "RT Dose"),
        ("rtplan.dcm", "RT Plan"),
        ("waveform_ecg.dcm", "waveform"),
        ("MR_truncated.dcm", "truncated"),
        ("UN_sequence.dcm", "no pixel data"),
        ("zipMR.gz", "gzip"),
    ],
)
def test_bundled_files_refused_with_reason(name, fragment):
    assert_refused(corpus_file(name), fragment)


def test_dicomdir_is_refused():
    assert_refused(corpus_file("DICOMDIR"), "DICOMDIR")


def test_truncated_file_is_refused(tmp_path):
    data = open(corpus_file("CT_small.dcm"), "rb").read()
    path = tmp_path / "cut.dcm"
    path.write_bytes(data[: len(data) - 5000])
    assert_refused(path, "truncated")


@pytest.mark.filterwarnings("ignore::UserWarning")  # pydicom warns that the file ends before its delimiter
@pytest.mark.parametrize("name", ["MR_small_RLE.dcm", "MR_small_jp2klossless.dcm", "JPEG2000.dcm"])
@pytest.mark.parametrize("where", [0.05, 0.5, 0.95])
def test_compressed_file_cut_inside_its_pixel_data_is_called_truncated(tmp_path, name, where):
    """pydicom drops encapsulated pixel data the file ends inside; the user is told the copy is incomplete,
    not that the file has no image."""
    data = open(corpus_file(name), "rb").read()
    start = data.index(bytes.fromhex("e07f1000"))  # the (7FE0,0010) Pixel Data tag
    end = data.rindex(bytes.fromhex("feffdde0"))  # the sequence delimitation item closing it
    path = tmp_path / "cut.dcm"
    path.write_bytes(data[: start + 12 + int((end - start - 12) * where)])
    assert "truncated" in assert_refused(path, "incomplete copy")


def test_file_without_pixel_data_still_says_so(tmp_path):
    ds = pydicom.dcmread(corpus_file("CT_small.dcm"))
    del ds.PixelData
    path = tmp_path / "no_pixels.dcm"
    ds.save_as(path)
    assert_refused(path, "contains no image (no pixel data)")


def test_unsupported_compression_names_the_transfer_syntax(tmp_path):
    ds = pydicom.dcmread(corpus_file("MR_small_RLE.dcm"))
    ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.100"  # MPEG2 Main Profile / Main Level
    assert_refused(save(ds, tmp_path / "mpeg.dcm"), "Unsupported compression", "MPEG2")


def test_unsupported_photometric_is_refused(tmp_path, mr_small):
    mr_small.PhotometricInterpretation = "HSV"
    assert_refused(save(mr_small, tmp_path / "hsv.dcm"), "HSV")


def test_huge_claimed_size_is_refused_before_decoding(tmp_path, mr_small):
    mr_small.Rows = mr_small.Columns = 60000
    assert_refused(save(mr_small, tmp_path / "huge.dcm"), "too large", "megapixels")


def test_memory_ceiling(tmp_path, mr_small):
    mr_small.Rows = mr_small.Columns = 4000
    mr_small.NumberOfFrames = 100
    assert_refused(save(mr_small, tmp_path / "volume.dcm"), "too large", "GiB")


def test_no_image_size_is_refused(tmp_path, mr_small):
    del mr_small.Rows
    assert_refused(save(mr_small, tmp_path / "norows.dcm"), "Rows")


def test_random_bytes_named_dcm_are_not_dicom(tmp_path):
    path = tmp_path / "junk.dcm"
    path.write_bytes(np.random.default_rng(0).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    assert_refused(path, "not a")


@pytest.mark.parametrize("syntax", ["JPEG2000Lossless", "JPEG2000"])
def test_jpeg2000_goes_through_imagecodecs_with_pylibjpegs_pixels(tmp_path, syntax):
    """imagecodecs' OpenJPEG (releases the GIL) decodes JPEG 2000; pixels equal pylibjpeg-openjpeg's."""
    from desktop_app.benchmark.inputs import write_dicom16

    stored = (np.random.default_rng(3).integers(0, 4096, (96, 80)) // 7 * 7).astype(np.uint16)
    path = write_dicom16(stored, tmp_path / "j2k.dcm", "JPEG2000Lossless")
    if syntax == "JPEG2000":  # a reversible codestream is valid under the lossy syntax too
        ds = pydicom.dcmread(path)
        ds.file_meta.TransferSyntaxUID = pydicom.uid.JPEG2000
        ds.save_as(path)
    image = load_image(str(path))
    assert image.decoder == "pydicom/imagecodecs"
    expected = pixel_array(pydicom.dcmread(path), decoding_plugin="pylibjpeg")
    np.testing.assert_array_equal(image.frames[0], expected)
    if syntax == "JPEG2000Lossless":
        np.testing.assert_array_equal(image.frames[0], stored)


@pytest.mark.parametrize("preset", [None, "1"])
def test_jpeg2000_decodes_on_several_threads_unless_told_otherwise(tmp_path, monkeypatch, preset):
    """OpenJPEG's thread count (OPJ_NUM_THREADS) defaults to the cores (≤ 4); a clinic's own setting is kept.
    Many code-blocks decoded in parallel give exactly the stored pixels."""
    import os

    from desktop_app.benchmark.inputs import write_dicom16
    from desktop_app.imaging.dicom_pixels import OPJ_THREADS_VARIABLE

    if preset is None:
        monkeypatch.delenv(OPJ_THREADS_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(OPJ_THREADS_VARIABLE, preset)
    stored = np.random.default_rng(5).integers(0, 4096, (600, 500)).astype(np.uint16)
    image = load_image(str(write_dicom16(stored, tmp_path / "j2k.dcm", "JPEG2000Lossless")))
    assert image.decoder == "pydicom/imagecodecs"
    np.testing.assert_array_equal(image.frames[0], stored)
    expected = preset or str(max(1, min(4, os.cpu_count() or 1)))
    assert os.environ[OPJ_THREADS_VARIABLE] == expected


def test_jpeg2000_beyond_bits_stored_falls_back_to_pydicom(tmp_path):
    """Values the header says cannot exist (precision > Bits Stored): pydicom decides how to read them."""
    from desktop_app.benchmark.inputs import write_dicom16

    path = write_dicom16(np.full((32, 32), 4000, np.uint16), tmp_path / "j2k.dcm", "JPEG2000Lossless")
    ds = pydicom.dcmread(path)
    ds.BitsStored, ds.HighBit = 8, 7
    ds.save_as(tmp_path / "narrow.dcm")
    image = load_image(str(tmp_path / "narrow.dcm"))
    assert image.decoder.startswith("pydicom/")
