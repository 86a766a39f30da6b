# SPDX-License-Identifier: Apache-2.0
"""DICOM-aware mutations: huge lengths, wrong VRs, bogus transfer syntaxes, impossible Image Pixel values,
absurd Number of Frames, removed/duplicated elements, deep nesting and broken LUTs."""

from __future__ import annotations

import random
import struct

from tools.fuzzing import dicom_walk as dw
from tools.fuzzing import jpeg
from tools.fuzzing.generic import INTERESTING_16, Mutator, random_bytes, truncate

ROWS, COLUMNS, BITS_ALLOCATED = 0x00280010, 0x00280011, 0x00280100
US_TAGS = {
    0x00280002: (0, 1, 2, 3, 4, 0xFFFF),  # Samples per Pixel
    ROWS: (0, 1, 2, 0x7FFF, 0x8000, 0xFFFF),
    COLUMNS: (0, 1, 2, 0x7FFF, 0x8000, 0xFFFF),
    BITS_ALLOCATED: (0, 1, 7, 8, 12, 15, 16, 24, 32, 64, 0xFF, 0xFFFF),
    0x00280101: (0, 1, 7, 8, 12, 16, 17, 32, 0xFFFF),  # Bits Stored
    0x00280102: (0, 7, 11, 15, 16, 31, 0xFFFF),  # High Bit
    0x00280103: (0, 1, 2, 0xFFFF),  # Pixel Representation
    0x00280006: (0, 1, 2, 0xFFFF),  # Planar Configuration
}
_UIDS = ("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99",
         "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80",
         "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.5", "1.2.840.10008.1.2.4.100",
         "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.94", "1.2.3.4", "", "not a uid", "1." * 40,
         "1.2.840.10008.1.2\x001", "1.2.840.10008.1.2.4.50\xff")
STRING_TAGS: dict[int, tuple[bytes, tuple[str, ...]]] = {
    dw.TRANSFER_SYNTAX: (b"UI", _UIDS),
    0x00280008: (b"IS", ("0", "-1", "1", "2", "3", "65535", "2147483647", "99999999999999999999", "1e9",
                         "abc", "1.5", " ", "")),  # Number of Frames
    0x00280004: (b"CS", ("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422", "PALETTE COLOR",
                         "YBR_ICT", "YBR_RCT", "YBR_PARTIAL_420", "HSV", "ARGB", "CMYK", "", "monochrome2")),
    0x00281050: (b"DS", ("0", "-1", "1e308", "nan", "inf", "-inf", "40\\400", "abc", "1e-300", "")),
    0x00281051: (b"DS", ("0", "-1", "1e308", "nan", "inf", "0.5", "40\\0", "abc", "1e-300", "")),
    0x00281052: (b"DS", ("0", "-1024", "1e308", "nan", "-inf", "abc", "")),  # Rescale Intercept
    0x00281053: (b"DS", ("0", "-1", "1e308", "1e-300", "nan", "inf", "abc", "")),  # Rescale Slope
    0x00281056: (b"CS", ("LINEAR", "LINEAR_EXACT", "SIGMOID", "BOGUS")),  # VOI LUT Function
    0x00080016: (b"UI", ("1.2.840.10008.5.1.4.1.1.88.11", "1.2.840.10008.5.1.4.1.1.66.4",
                         "1.2.840.10008.5.1.4.1.1.481.2", "1.2.840.10008.1.3.10", "1.2.3", "")),
    0x00080005: (b"CS", ("ISO_IR 100", "ISO_IR 192", "ISO 2022 IR 87", "GB18030", "nonsense", "\\\\")),
    0x00100010: (b"PN", ("Doe^John", "\u00dcn\u00efc\u00f8d\u00e9^\u80f8", "a" * 300, "=^^^^=", "\x1b$B")),
    0x00080060: (b"CS", ("CT", "MR", "DX", "OT", "")),
}
_WRONG_VRS = (b"OB", b"OW", b"UN", b"SQ", b"US", b"UL", b"SS", b"FD", b"FL", b"DS", b"IS", b"PN", b"UI", b"AT",
              b"XX", b"ZZ")


def _elements(data: bytes) -> tuple[list[dw.Element], dw.Encoding]:
    return dw.walk(data)


def _values(data: bytes) -> list[dw.Element]:
    return [e for e in _elements(data)[0] if not e.is_item and e.end <= len(data)]


def _find(data: bytes, tag: int) -> tuple[dw.Element | None, dw.Encoding, list[dw.Element]]:
    elements, enc = _elements(data)
    match = next((e for e in elements if e.tag == tag and e.depth == 0 and not e.is_item), None)
    return match, enc, elements


def _insert(data: bytes, elements: list[dw.Element], tag: int, raw: bytes) -> bytes:
    at = dw.insertion_point(elements, tag)
    if at is None:
        return data + raw
    return data[:at] + raw + data[at:]


def _replace_value(data: bytes, element: dw.Element, value: bytes) -> bytes:
    """New value bytes with the length field updated (4-byte or 2-byte)."""
    order = "<" if element.little else ">"
    if element.length_size == 2:
        length = struct.pack(order + "H", len(value) & 0xFFFF)
    else:
        length = struct.pack(order + "I", len(value))
    start = element.value_offset
    return data[: element.length_offset] + length + value + data[start + element.length :]


def huge_length(data: bytes, rng: random.Random) -> bytes:
    """A length field set to undefined, 2**31 - 1, the file size, one more, zero, ..."""
    elements = _elements(data)[0]
    if not elements:
        return data
    element = rng.choice(elements)
    if element.length_size == 2:
        value = rng.choice((0, 1, 0xFFFE, 0xFFFF, element.length + 1))
        raw = struct.pack(("<" if element.little else ">") + "H", value & 0xFFFF)
    else:
        value = rng.choice((0, 1, dw.UNDEFINED, 0xFFFFFFFE, 0x7FFFFFFF, 0x80000000, len(data), element.length + 1,
                            element.length * 2 + 1))
        raw = struct.pack(("<" if element.little else ">") + "I", value & 0xFFFFFFFF)
    return data[: element.length_offset] + raw + data[element.value_offset :]


def wrong_vr(data: bytes, rng: random.Random) -> bytes:
    """Another VR in an explicit-VR header (changes how its length and value are read)."""
    candidates = [e for e in _elements(data)[0] if e.vr is not None]
    if not candidates:
        return data
    element = rng.choice(candidates)
    vr = rng.choice(_WRONG_VRS)
    return data[: element.offset + 4] + vr + data[element.offset + 6 :]


def set_us(data: bytes, rng: random.Random) -> bytes:
    """Rows, Columns, Bits Allocated, ... set to 0, 1, 0xFFFF, 0x8000 (-32768 if read signed), ..."""
    tag = rng.choice(list(US_TAGS))
    value = rng.choice((*US_TAGS[tag], rng.choice(INTERESTING_16), rng.randrange(1 << 16)))
    element, enc, elements = _find(data, tag)
    raw = struct.pack(("<" if enc.little else ">") + "H", value)
    if element is None:
        return _insert(data, elements, tag, dw.encode_element(tag, b"US", raw, enc))
    if element.length < 2:
        return _replace_value(data, element, raw)
    return data[: element.value_offset] + raw + data[element.value_offset + 2 :]


def set_string(data: bytes, rng: random.Random) -> bytes:
    """Transfer Syntax, Number of Frames, Photometric Interpretation, windows, rescale, ... set to odd text."""
    tag = rng.choice(list(STRING_TAGS))
    vr, pool = STRING_TAGS[tag]
    text = rng.choice(pool)
    value = dw.pad(text.encode("utf-8", "surrogateescape") if rng.random() < 0.9 else random_bytes(rng, 9), vr)
    element, enc, elements = _find(data, tag)
    if tag == dw.TRANSFER_SYNTAX:
        enc = dw.Encoding(True, True)  # the file meta group is always explicit VR little endian
    if element is None:
        return _insert(data, elements, tag, dw.encode_element(tag, vr, value, enc))
    return _replace_value(data, element, value)


def delete_element(data: bytes, rng: random.Random) -> bytes:
    elements = _values(data)
    if not elements:
        return data
    preferred = [e for e in elements if e.tag in US_TAGS or e.tag in STRING_TAGS or e.tag == dw.PIXEL_DATA]
    element = rng.choice(preferred if preferred and rng.random() < 0.7 else elements)
    return data[: element.offset] + data[element.end :]


def duplicate_element(data: bytes, rng: random.Random) -> bytes:
    """Copy an element somewhere else (duplicate tag, tags out of order)."""
    elements = _values(data)
    if not elements:
        return data
    element = rng.choice(elements)
    copy = data[element.offset : element.end]
    at = rng.choice(elements).offset
    return data[:at] + copy + data[at:]


def damage_pixels(data: bytes, rng: random.Random) -> bytes:
    """Shorten the pixel data (length fixed or not), or damage the start of a compressed fragment."""
    element, _, elements = _find(data, dw.PIXEL_DATA)
    fragments = [e for e in elements if e.encapsulated and e.end <= len(data)]
    if fragments and rng.random() < 0.6:
        fragment = rng.choice(fragments)
        start = fragment.value_offset + rng.randrange(max(min(fragment.length, 64), 1))
        count = rng.randint(1, 8)
        return data[:start] + random_bytes(rng, count) + data[start + count :]
    if element is None or element.length == dw.UNDEFINED or element.end > len(data):
        return truncate(data, rng)
    keep = rng.randrange(element.length + 1) & ~1
    value = data[element.value_offset : element.value_offset + keep]
    if rng.random() < 0.5:
        return data[: element.value_offset] + value
    return _replace_value(data, element, value)


def offset_table(data: bytes, rng: random.Random) -> bytes:
    """Basic Offset Table entries pointing far outside the pixel data."""
    fragments = [e for e in _elements(data)[0] if e.encapsulated]
    if not fragments:
        return data
    table = fragments[0]
    order = "<" if table.little else ">"
    entries = [rng.choice((0, 1, 0x7FFFFFFF, 0xFFFFFFFF, rng.randrange(1 << 32))) for _ in range(rng.randint(1, 4))]
    value = struct.pack(order + "I" * len(entries), *entries)
    return _replace_value(data, table, value)


def strip_preamble(data: bytes, rng: random.Random) -> bytes:
    """No 128-byte preamble and ``DICM`` (raw dataset), optionally without the file meta group."""
    if data[dw.PREAMBLE : dw.PREAMBLE + 4] != b"DICM":
        return data
    body = data[dw.PREAMBLE + 4 :]
    if rng.random() < 0.5:
        meta = [e for e in dw.walk(data)[0] if e.tag >> 16 == 0x0002]
        if meta:
            body = data[meta[-1].end :]
    return body


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    """A private sequence nested hundreds or thousands of levels deep (recursion in parsers)."""
    elements, enc = _elements(data)
    depth = rng.choice((50, 500, 3000))
    tag = 0x00091001
    inner = dw.encode_element(0x00090010, b"LO", b"FUZZ", enc)
    for _ in range(depth):
        inner = dw.encode_sequence(tag, [inner], enc)
    creator = dw.encode_element(0x00090010, b"LO", b"FUZZ", enc)
    return _insert(data, elements, tag, creator + inner)


def _us_triplet(values: tuple[int, int, int], enc: dw.Encoding) -> bytes:
    return struct.pack(("<" if enc.little else ">") + "HHH", *(v & 0xFFFF for v in values))


def _insert_all(data: bytes, new: list[tuple[int, bytes]]) -> bytes:
    for tag, raw in new:
        data = _insert(data, _elements(data)[0], tag, raw)
    return data


def bogus_lut(data: bytes, rng: random.Random) -> bytes:
    """A VOI LUT, Modality LUT or palette whose descriptor does not match its data."""
    elements, enc = _elements(data)
    descriptor = rng.choice(((0, 0, 16), (1, 0, 0), (4096, 0, 12), (65535, 0x8000, 16), (256, 0, 8), (2, 0, 64)))
    entries = rng.choice((0, 1, 2, 256, 4096))
    order = "<" if enc.little else ">"
    lut = struct.pack(order + "H" * entries, *(rng.randrange(1 << 16) for _ in range(entries)))
    raw_descriptor = _us_triplet(descriptor, enc)
    kind = rng.choice(("voi", "modality", "palette"))
    if kind == "palette":
        new = [(0x00281101 + i, dw.encode_element(0x00281101 + i, b"US", raw_descriptor, enc)) for i in range(3)]
        new += [(0x00281201 + i, dw.encode_element(0x00281201 + i, b"OW", lut, enc)) for i in range(3)]
        photometric, _, _ = _find(data, 0x00280004)
        if photometric is not None and rng.random() < 0.5:
            data = _replace_value(data, photometric, b"PALETTE COLOR ")
        return _insert_all(data, new)
    item = dw.encode_element(0x00283002, b"US", raw_descriptor, enc) + dw.encode_element(0x00283006, b"OW", lut, enc)
    if kind == "modality":
        item += dw.encode_element(0x00283004, b"LO", b"HU", enc)
    tag = 0x00283010 if kind == "voi" else 0x00283000
    return _insert(data, elements, tag, dw.encode_sequence(tag, [item], enc))


def fragment_header(data: bytes, rng: random.Random) -> bytes:
    """Image size or component count edited inside a compressed frame (JPEG SOF or JPEG 2000 SIZ)."""
    fragments = [e for e in _elements(data)[0] if e.encapsulated and e.length >= 64 and e.end <= len(data)]
    if not fragments:
        return data
    fragment = rng.choice(fragments)
    start, end = fragment.value_offset, fragment.end
    stream = data[start:end]
    if stream.startswith(b"\xff\x4f\xff\x51"):  # JPEG 2000 codestream: SIZ follows SOC
        offset = rng.choice((8, 12, 40))
        size = 2 if offset == 40 else 4
        value = rng.choice((0, 1, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, 30_000)) & ((1 << (8 * size)) - 1)
        stream = stream[:offset] + value.to_bytes(size, "big") + stream[offset + size :]
    else:
        stream = rng.choice((jpeg.sof_dimensions, jpeg.sof_fields, jpeg.segment_length))(stream, rng)
    return data[:start] + stream[: end - start].ljust(end - start, b"\0") + data[end:]


MUTATORS: dict[str, Mutator] = {
    "dicom_huge_length": huge_length,
    "dicom_wrong_vr": wrong_vr,
    "dicom_set_us": set_us,
    "dicom_set_string": set_string,
    "dicom_delete_element": delete_element,
    "dicom_duplicate_element": duplicate_element,
    "dicom_damage_pixels": damage_pixels,
    "dicom_offset_table": offset_table,
    "dicom_strip_preamble": strip_preamble,
    "dicom_deep_nesting": deep_nesting,
    "dicom_bogus_lut": bogus_lut,
    "dicom_fragment_header": fragment_header,
}
