# SPDX-License-Identifier: Apache-2.0
"""JPEG-aware mutations: SOF dimensions and fields, segment lengths, EXIF orientation, scan truncation."""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass

from tools.fuzzing.generic import INTERESTING_16, Mutator, random_bytes

_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD9)}
_EXIF_ORIENTATIONS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 255, 0xFFFF)


@dataclass(frozen=True)
class Segment:
    """A marker segment before the first scan: ``offset`` of the 0xFF, ``length`` as stored (incl. itself)."""

    offset: int
    marker: int
    length: int


def segments(data: bytes) -> list[Segment]:
    """Marker segments from SOI up to and including the first SOS (a tolerant walk)."""
    found: list[Segment] = []
    pos = 2 if data.startswith(b"\xff\xd8") else 0
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        length = struct.unpack_from(">H", data, pos + 2)[0]
        found.append(Segment(pos, marker, length))
        if marker == 0xDA or marker == 0xD9:
            break
        pos += 2 + max(length, 2)
    return found


def _pick(data: bytes, rng: random.Random, markers: set[int] | None = None) -> Segment | None:
    candidates = [s for s in segments(data) if markers is None or s.marker in markers]
    return rng.choice(candidates) if candidates else None


def _put16(data: bytes, at: int, value: int) -> bytes:
    if at + 2 > len(data):
        return data
    return data[:at] + struct.pack(">H", value & 0xFFFF) + data[at + 2 :]


def _dimension(rng: random.Random) -> int:
    return rng.choice((*INTERESTING_16, 30_000, 40_000, rng.randrange(1 << 16)))


def sof_dimensions(data: bytes, rng: random.Random) -> bytes:
    """Height and/or width in the frame header set to 0, 1, 65535, 30000, ..."""
    sof = _pick(data, rng, _SOF_MARKERS)
    if sof is None:
        return data
    which = rng.choice(("height", "width", "both"))
    if which in ("height", "both"):
        data = _put16(data, sof.offset + 5, _dimension(rng))
    if which in ("width", "both"):
        data = _put16(data, sof.offset + 7, _dimension(rng))
    return data


def sof_fields(data: bytes, rng: random.Random) -> bytes:
    """Precision, component count, sampling factors or table selectors set to odd values."""
    sof = _pick(data, rng, _SOF_MARKERS)
    if sof is None or sof.offset + 10 > len(data):
        return data
    field = rng.choice(("precision", "components", "sampling", "table"))
    if field == "precision":
        at, value = sof.offset + 4, rng.choice((0, 1, 2, 8, 12, 16, 255))
    elif field == "components":
        at, value = sof.offset + 9, rng.choice((0, 1, 2, 3, 4, 255))
    else:
        count = max(data[sof.offset + 9], 1)
        component = sof.offset + 10 + 3 * rng.randrange(count)
        at = component + (1 if field == "sampling" else 2)
        pool = (0x00, 0x11, 0x12, 0x21, 0x22, 0x44, 0x0F, 0xF0, 0xFF) if field == "sampling" else (0, 3, 4, 255)
        value = rng.choice(pool)
    if at >= len(data):
        return data
    return data[:at] + bytes([value]) + data[at + 1 :]


def change_sof_marker(data: bytes, rng: random.Random) -> bytes:
    """Baseline -> progressive/lossless/arithmetic/hierarchical (same header, different decoding)."""
    sof = _pick(data, rng, _SOF_MARKERS)
    if sof is None:
        return data
    marker = rng.choice((0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC9, 0xCB, 0xCF, 0xC4, 0xC8, 0xCC, 0xF7))
    return data[: sof.offset + 1] + bytes([marker]) + data[sof.offset + 2 :]


def segment_length(data: bytes, rng: random.Random) -> bytes:
    segment = _pick(data, rng)
    if segment is None:
        return data
    value = rng.choice((0, 1, 2, 3, 0xFFFF, 0x8000, segment.length + 1, max(segment.length - 1, 0)))
    return _put16(data, segment.offset + 2, value)


def drop_segment(data: bytes, rng: random.Random) -> bytes:
    segment = _pick(data, rng, {m for m in range(0xC0, 0xFF) if m != 0xDA})
    if segment is None:
        return data
    return data[: segment.offset] + data[segment.offset + 2 + segment.length :]


def duplicate_segment(data: bytes, rng: random.Random) -> bytes:
    segment = _pick(data, rng, {m for m in range(0xC0, 0xFF) if m != 0xDA})
    if segment is None:
        return data
    end = segment.offset + 2 + segment.length
    return data[:end] + data[segment.offset : end] + data[end:]


def exif_payload(rng: random.Random) -> bytes:
    """A small TIFF/EXIF block whose Orientation (and sometimes its structure) is odd."""
    order = rng.choice(("<", ">"))
    orientation = rng.choice(_EXIF_ORIENTATIONS)
    kind = rng.choice((3, 3, 3, 4, 7, 0, 99))
    count = rng.choice((1, 1, 1, 0, 2, 0xFFFFFFFF))
    next_ifd = rng.choice((0, 0, 0, 8, 0xFFFFFFF0))  # 8 = the same IFD again (a loop)
    entries = rng.choice((1, 1, 1, 0, 2, 0xFFFF))
    value = struct.pack(order + "H", orientation) + b"\0\0"
    ifd = struct.pack(order + "HHHI", entries, 0x0112, kind, count) + value + struct.pack(order + "I", next_ifd)
    magic = b"II*\x00" if order == "<" else b"MM\x00*"
    return magic + struct.pack(order + "I", 8) + ifd


def inject_exif(data: bytes, rng: random.Random) -> bytes:
    """Insert an APP1 Exif segment right after SOI."""
    payload = b"Exif\0\0" + exif_payload(rng)
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    at = 2 if data.startswith(b"\xff\xd8") else 0
    return data[:at] + segment + data[at:]


def damage_scan(data: bytes, rng: random.Random) -> bytes:
    """Truncate, or overwrite a run of bytes inside the entropy-coded data after SOS."""
    sos = _pick(data, rng, {0xDA})
    if sos is None:
        return data
    start = sos.offset + 2 + sos.length
    if start >= len(data):
        return data
    at = rng.randrange(start, len(data))
    if rng.random() < 0.5:
        return data[:at]
    count = rng.randint(1, 64)
    return data[:at] + random_bytes(rng, count) + data[at + count :]


MUTATORS: dict[str, Mutator] = {
    "jpeg_sof_dimensions": sof_dimensions,
    "jpeg_sof_fields": sof_fields,
    "jpeg_change_sof_marker": change_sof_marker,
    "jpeg_segment_length": segment_length,
    "jpeg_drop_segment": drop_segment,
    "jpeg_duplicate_segment": duplicate_segment,
    "jpeg_inject_exif": inject_exif,
    "jpeg_damage_scan": damage_scan,
}
