# SPDX-License-Identifier: Apache-2.0
"""Build the regression corpus ``tests/fuzz_corpus/`` — hand-made hostile files, one per bug class the
fuzzer found or the issue names (bombs, wrong VRs, bogus transfer syntaxes, damaged EXIF, NaN pixels, ...).

    python -m tools.fuzzing.corpus            # (re)write the built files; saved fuzz finds stay as they are

Fuzz finds worth keeping are copied into the folder by hand, named after what they exercise.
"""

from __future__ import annotations

import io
import struct
import sys
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset

from tools.fuzzing import dicom_seeds, png
from tools.fuzzing import dicom_walk as dw
from tools.fuzzing.seeds import CORPUS, raster_seeds

Builder = Callable[[], bytes]
_GRAY = (np.add.outer(np.arange(32), np.arange(32)) * 4).astype(np.uint8)


def _dicom(edit: Callable[[Dataset], None], gray: np.ndarray = _GRAY) -> bytes:
    ds = dicom_seeds._dataset(*gray.shape, modality="DX")
    ds.PixelData = gray.tobytes()
    edit(ds)
    buffer = io.BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def _seed(name: str) -> bytes:
    return next(s.data for s in raster_seeds() if s.name == f"generated/{name}")


def _replace(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data, old
    return data.replace(old, new, 1)


def png_ihdr_30000() -> bytes:
    """A 30,000 x 30,000 PNG header over a few bytes of data (a decompression bomb as sent by mail)."""
    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 30_001 * 4, 9)
    chunks = [png.make_chunk(b"IHDR", header), png.make_chunk(b"IDAT", idat), png.make_chunk(b"IEND", b"")]
    return png.SIGNATURE + b"".join(chunks)


def png_idat_inflates_to_16mb() -> bytes:
    data = _seed("gray8.png")
    idat = next(c for c in png.chunks(data) if c.kind == b"IDAT")
    bomb = png.make_chunk(b"IDAT", zlib.compress(b"\0" * (1 << 24), 9))
    return data[: idat.offset] + bomb + data[idat.end :]


def png_huge_chunk_length() -> bytes:
    """An IDAT whose length field says 4 GB: Pillow used to allocate it while reading EXIF."""
    data = _seed("la.png")
    idat = next(c for c in png.chunks(data) if c.kind == b"IDAT")
    return data[: idat.offset] + struct.pack(">I", 0xFFFFFFF0) + data[idat.offset + 4 :]


def jpeg_sof_65535() -> bytes:
    data = _seed("gray.jpg")
    at = data.index(b"\xff\xc0")
    return data[: at + 5] + struct.pack(">HH", 0xFFFF, 0xFFFF) + data[at + 9 :]


def jpeg_exif_orientation_undefined_type() -> bytes:
    """EXIF Orientation stored as UNDEFINED bytes (``int(b"\\t\\x00")`` used to fail)."""
    ifd = struct.pack("<HHHI", 1, 0x0112, 7, 2) + b"\t\0\0\0" + struct.pack("<I", 0)
    payload = b"Exif\0\0II*\0" + struct.pack("<I", 8) + ifd
    data = _seed("gray.jpg")
    return data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:]


def tiff_float_nan_inf() -> bytes:
    from PIL import Image

    values = _GRAY.astype(np.float32) / 255
    values[0, :4] = [np.nan, np.inf, -np.inf, np.nan]
    buffer = io.BytesIO()
    Image.fromarray(values).save(buffer, format="TIFF")
    return buffer.getvalue()


def _set(keyword_or_tag: int, vr: str, value: object) -> Callable[[Dataset], None]:
    return lambda ds: ds.add_new(keyword_or_tag, vr, value)


def _rescale(ds: Dataset) -> None:
    ds.RescaleIntercept, ds.RescaleSlope = "0", "2"


def dicom_claims_4gb() -> bytes:
    def edit(ds: Dataset) -> None:
        ds.Rows = ds.Columns = 8192
        ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 16, 15
        ds.NumberOfFrames = 32

    return _dicom(edit)


def dicom_rows_columns_65535() -> bytes:
    def edit(ds: Dataset) -> None:
        ds.Rows = ds.Columns = 0xFFFF

    return _dicom(edit)


def dicom_empty_pixel_data() -> bytes:
    def edit(ds: Dataset) -> None:
        ds.PixelData = b""

    return _dicom(edit)


def dicom_deep_nesting() -> bytes:
    """A private sequence nested 600 levels deep (pydicom recurses per level: RecursionError)."""
    data = _dicom(lambda ds: None)
    enc = dw.Encoding(explicit=True, little=True)
    inner = b""
    for _ in range(600):
        inner = dw.encode_sequence(0x00091001, [inner], enc)
    creator = dw.encode_element(0x00090010, b"LO", b"FUZZ", enc)
    elements = dw.walk(data)[0]
    at = dw.insertion_point(elements, 0x00091001)
    assert at is not None
    return data[:at] + creator + inner + data[at:]


def dicom_pixel_data_length_4gb() -> bytes:
    data = _dicom(lambda ds: None)
    header = b"\xe0\x7f\x10\x00OB\0\0" + struct.pack("<I", len(_GRAY.tobytes()))
    return _replace(data, header, b"\xe0\x7f\x10\x00OB\0\0" + struct.pack("<I", 0xFFFFFFF0))


def dicom_j2k_frame_60000() -> bytes:
    """pydicom's JPEG 2000 MR whose codestream says 60000 x 60000 while the header says 64 x 64."""
    from pydicom.data import get_testdata_file

    data = Path(str(get_testdata_file("MR_small_jp2klossless.dcm"))).read_bytes()
    at = data.index(b"\xff\x4f\xff\x51")
    return data[: at + 8] + struct.pack(">II", 60_000, 60_000) + data[at + 16 :]


def _transfer_syntax(uid: bytes) -> Builder:
    def build() -> bytes:
        data = _dicom(lambda ds: None)
        old = b"\x02\x00\x10\x00UI\x14\x001.2.840.10008.1.2.1\0"
        value = uid + (b"\0" if len(uid) % 2 else b"")
        return _replace(data, old, b"\x02\x00\x10\x00UI" + struct.pack("<H", len(value)) + value)

    return build


BUILDERS: dict[str, Builder] = {
    "png_ihdr_30000x30000.png": png_ihdr_30000,
    "png_idat_inflates_to_16mb.png": png_idat_inflates_to_16mb,
    "png_huge_chunk_length.png": png_huge_chunk_length,
    "jpeg_sof_65535x65535.jpg": jpeg_sof_65535,
    "jpeg_exif_orientation_undefined_type.jpg": jpeg_exif_orientation_undefined_type,
    "tiff_float_nan_inf.tif": tiff_float_nan_inf,
    "dicom_claims_4gb.dcm": dicom_claims_4gb,
    "dicom_rows_columns_65535.dcm": dicom_rows_columns_65535,
    "dicom_empty_pixel_data.dcm": dicom_empty_pixel_data,
    "dicom_deep_nesting.dcm": dicom_deep_nesting,
    "dicom_pixel_data_length_4gb.dcm": dicom_pixel_data_length_4gb,
    "dicom_j2k_frame_60000x60000.dcm": dicom_j2k_frame_60000,
    "dicom_rows_as_text.dcm": lambda: _replace(_dicom(_set(0x00280010, "IS", "32")), b"IS\x02\x0032", b"IS\x02\x00ab"),
    "dicom_rows_as_person_name.dcm": lambda: _dicom(_set(0x00280010, "PN", "Doe^John")),
    "dicom_bits_allocated_zero.dcm": lambda: _dicom(_set(0x00280100, "US", 0)),
    "dicom_bits_allocated_65535.dcm": lambda: _dicom(_set(0x00280100, "US", 0xFFFF)),
    "dicom_frames_text.dcm": lambda: _replace(_dicom(_set(0x00280008, "IS", "1")), b"IS\x02\x001 ", b"IS\x02\x00ab"),
    "dicom_frames_negative.dcm": lambda: _dicom(_set(0x00280008, "IS", "-1")),
    "dicom_frames_huge.dcm": lambda: _dicom(_set(0x00280008, "IS", "2147483647")),
    "dicom_photometric_control_char.dcm": lambda: _dicom(_set(0x00280004, "CS", "MONO\x01CHROME2")),
    "dicom_rescale_nan.dcm": lambda: _replace(
        _dicom(_rescale), b"DS\x02\x002 ", b"DS\x04\x00nan "),
    "dicom_transfer_syntax_not_a_uid.dcm": _transfer_syntax(b"not a uid\n second line"),
    "dicom_transfer_syntax_unknown.dcm": _transfer_syntax(b"1.2.3.4"),
    "dicom_transfer_syntax_jpeg_on_raw_pixels.dcm": _transfer_syntax(b"1.2.840.10008.1.2.4.50"),
}


def main(folder: Path = CORPUS) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    warnings.simplefilter("ignore")  # pydicom warns about every invalid value written on purpose
    for name, build in BUILDERS.items():
        data = build()
        (folder / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS))
