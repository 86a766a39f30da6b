# SPDX-License-Identifier: Apache-2.0
"""The image size written inside compressed DICOM frames (JPEG, JPEG-LS, JPEG 2000), read without decoding.

Decoders size their output from the codestream, not from the DICOM header: a file whose header says
100 x 100 but whose JPEG frame says 65535 x 65535 makes the decoder allocate gigabytes before anything
can stop it. :func:`check_frame_sizes` compares every frame with the header first and refuses a mismatch
(and JP2 files whose box chain cannot be followed, on which pydicom's own parser never returns).
"""

from __future__ import annotations

import struct

from pydicom.dataset import Dataset
from pydicom.uid import UID, JPEG2000TransferSyntaxes, JPEGLSTransferSyntaxes, JPEGTransferSyntaxes

from desktop_app.imaging.model import ImageLoadError

_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF, 0xF7}  # F7: JPEG-LS
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
_JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
_CHECKED = {*JPEGTransferSyntaxes, *JPEGLSTransferSyntaxes, *JPEG2000TransferSyntaxes}

Size = tuple[int, int, int]  # rows, columns, components


def jpeg_size(data: bytes) -> Size | None:
    """(rows, columns, components) from the SOF segment of a JPEG or JPEG-LS codestream, or ``None``."""
    if not data.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker in _SOF:
            if pos + 10 > len(data):
                return None
            rows, columns = struct.unpack_from(">HH", data, pos + 5)
            return rows, columns, data[pos + 9]
        if marker in (0xDA, 0xD9):  # scan or end before any frame header
            return None
        pos += 2 + struct.unpack_from(">H", data, pos + 2)[0]
    return None


def j2k_size(data: bytes) -> Size | None:
    """(rows, columns, components) from the SIZ segment of a JPEG 2000 codestream (or JP2 file)."""
    start = _jp2_codestream(data) if data.startswith(_JP2_SIGNATURE) else 0
    if start is None or data[start : start + 4] != b"\xff\x4f\xff\x51" or start + 42 > len(data):
        return None
    xsiz, ysiz, xosiz, yosiz = struct.unpack_from(">IIII", data, start + 8)
    components = struct.unpack_from(">H", data, start + 40)[0]
    return max(ysiz - yosiz, 0), max(xsiz - xosiz, 0), components


def _jp2_codestream(data: bytes) -> int | None:
    """Offset of the contiguous codestream box (``jp2c``) content in a JP2 file."""
    pos = 0
    while pos + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        if kind == b"jp2c":
            return pos + 8
        if length < 8:
            return None
        pos += length
    return None


def declared_size(frame: bytes, tsyntax: UID) -> Size | None:
    """The size a compressed frame declares, or ``None`` when it cannot be read (the decoder decides)."""
    if tsyntax in JPEG2000TransferSyntaxes:
        return j2k_size(frame)
    return jpeg_size(frame)


def check_frame_sizes(ds: Dataset, tsyntax: UID, rows: int, columns: int, frames: int) -> None:
    """Refuse compressed frames that declare another image size than the DICOM header (Rows x Columns)."""
    if tsyntax not in _CHECKED or "PixelData" not in ds:
        return
    from pydicom.encaps import generate_frames

    extended = None
    if "ExtendedOffsetTable" in ds and "ExtendedOffsetTableLengths" in ds:  # the frames the decoder will see
        extended = (ds.ExtendedOffsetTable, ds.ExtendedOffsetTableLengths)
    try:
        stream = generate_frames(ds.PixelData, number_of_frames=frames, extended_offsets=extended)
        for index, frame in enumerate(stream):
            _check_one(frame, tsyntax, rows, columns, index)
    except ImageLoadError:
        raise
    except Exception:  # malformed encapsulation: the decoder reports it in its own words
        return


def _check_one(frame: bytes, tsyntax: UID, rows: int, columns: int, index: int) -> None:
    if frame.startswith(_JP2_SIGNATURE) and _jp2_codestream(frame) is None:
        # A box of length 0 before the codestream sends pydicom's JP2 parser round in circles for ever.
        raise ImageLoadError(f"The JPEG 2000 data of frame {index + 1} are damaged (broken JP2 box structure)")
    size = declared_size(frame, tsyntax)
    if size is None:
        return
    frame_rows, frame_columns, components = size
    if (frame_rows, frame_columns) != (rows, columns) or not 1 <= components <= 4:
        raise ImageLoadError(
            f"The compressed image data do not match the DICOM header: frame {index + 1} is "
            f"{frame_columns}x{frame_rows} with {components} component(s), the header says {columns}x{rows}"
        )
