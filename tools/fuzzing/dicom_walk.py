# SPDX-License-Identifier: Apache-2.0
"""A tolerant, byte-level walk over DICOM element headers, and encoders for new elements.

Unlike pydicom, the walk never interprets values: it records where each tag, VR, length and value is, so
mutators can rewrite exactly those bytes (a huge length, a wrong VR, Rows = 0) in files of any encoding.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

PREAMBLE = 128
UNDEFINED = 0xFFFFFFFF
ITEM, ITEM_END, SEQUENCE_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
PIXEL_DATA = 0x7FE00010
TRANSFER_SYNTAX = 0x00020010
IMPLICIT_LE, EXPLICIT_BE, DEFLATED = "1.2.840.10008.1.2", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"
LONG_VRS = {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}
_MAX_ELEMENTS = 5000


@dataclass(frozen=True)
class Element:
    """Where one element (or item/delimiter) sits in the file."""

    offset: int
    tag: int
    vr: bytes | None  # None: implicit VR, or an item/delimiter
    length_offset: int
    length_size: int  # 2 or 4
    length: int
    little: bool
    depth: int
    encapsulated: bool = False  # a fragment item of encapsulated pixel data

    @property
    def value_offset(self) -> int:
        return self.length_offset + self.length_size

    @property
    def end(self) -> int:
        """End of the value, or of the header when the value is nested or of undefined length."""
        if self.length == UNDEFINED or self.vr == b"SQ" or (self.tag == ITEM and not self.encapsulated):
            return self.value_offset
        return self.value_offset + self.length

    @property
    def is_item(self) -> bool:
        return self.tag >> 16 == 0xFFFE


@dataclass(frozen=True)
class Encoding:
    explicit: bool
    little: bool


def _transfer_syntax(data: bytes, element: Element) -> str:
    raw = data[element.value_offset : element.value_offset + min(element.length, 64)]
    return raw.decode("ascii", "replace").strip("\0 ")


class _Walker:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.found: list[Element] = []
        self.open: list[int | None] = []  # end offsets of the containers we are in (None: undefined length)
        self.in_pixels = False

    def header(self, pos: int, enc: Encoding) -> Element | None:
        data, order, depth = self.data, "<" if enc.little else ">", len(self.open)
        if pos + 8 > len(data):
            return None
        group, elem = struct.unpack_from(order + "HH", data, pos)
        tag = group << 16 | elem
        if group == 0xFFFE or not enc.explicit:
            length = struct.unpack_from(order + "I", data, pos + 4)[0]
            fragment = self.in_pixels and tag == ITEM
            return Element(pos, tag, None, pos + 4, 4, length, enc.little, depth, fragment)
        vr = bytes(data[pos + 4 : pos + 6])
        if not (vr.isalpha() and vr.isupper()):
            return None
        if vr in LONG_VRS:
            if pos + 12 > len(data):
                return None
            length = struct.unpack_from(order + "I", data, pos + 8)[0]
            return Element(pos, tag, vr, pos + 8, 4, length, enc.little, depth)
        length = struct.unpack_from(order + "H", data, pos + 6)[0]
        return Element(pos, tag, vr, pos + 6, 2, length, enc.little, depth)

    def close_finished(self, pos: int) -> None:
        while self.open and self.open[-1] is not None and pos >= self.open[-1]:
            self.open.pop()

    def step(self, element: Element) -> None:
        """Track nesting so ``depth`` and fragment detection stay right."""
        if element.tag in (SEQUENCE_END, ITEM_END):
            if element.tag == SEQUENCE_END:
                self.in_pixels = False
            if self.open and self.open[-1] is None:
                self.open.pop()
            return
        if element.encapsulated or element.end != element.value_offset:
            return  # a value that is skipped, not entered
        if element.tag == PIXEL_DATA:
            self.in_pixels = True
        self.open.append(None if element.length == UNDEFINED else element.value_offset + element.length)

    def walk(self, pos: int, enc: Encoding, stop_after_meta: bool = False) -> int:
        while len(self.found) < _MAX_ELEMENTS:
            self.close_finished(pos)
            element = self.header(pos, enc)
            if element is None or (stop_after_meta and element.tag >> 16 != 0x0002):
                return pos
            self.found.append(element)
            self.step(element)
            pos = element.end
            if pos > len(self.data):
                return pos
        return pos


def walk(data: bytes) -> tuple[list[Element], Encoding]:
    """Every element header that can be followed, and the dataset's encoding."""
    walker = _Walker(data)
    pos = PREAMBLE + 4 if data[PREAMBLE : PREAMBLE + 4] == b"DICM" else 0
    pos = walker.walk(pos, Encoding(True, True), stop_after_meta=True)
    syntax = next((_transfer_syntax(data, e) for e in walker.found if e.tag == TRANSFER_SYNTAX), None)
    if syntax == DEFLATED:
        return walker.found, Encoding(True, True)
    if syntax is None:
        vr = data[pos + 4 : pos + 6]
        enc = Encoding(vr.isalpha() and vr.isupper(), True)
    else:
        enc = Encoding(syntax != IMPLICIT_LE, syntax != EXPLICIT_BE)
    walker.walk(pos, enc)
    return walker.found, enc


def encode_element(tag: int, vr: bytes, value: bytes, enc: Encoding, *, undefined: bool = False) -> bytes:
    """One element in ``enc``; ``value`` must already be in that byte order and of even length."""
    order = "<" if enc.little else ">"
    length = UNDEFINED if undefined else len(value)
    head = struct.pack(order + "HH", tag >> 16, tag & 0xFFFF)
    if not enc.explicit or tag >> 16 == 0xFFFE:
        return head + struct.pack(order + "I", length) + value
    if vr in LONG_VRS:
        return head + vr + b"\0\0" + struct.pack(order + "I", length) + value
    return head + vr + struct.pack(order + "H", length & 0xFFFF) + value


def encode_sequence(tag: int, items: list[bytes], enc: Encoding) -> bytes:
    """A sequence of undefined length whose items (each an encoded dataset) have undefined length too."""
    body = b"".join(
        encode_element(ITEM, b"", item, enc, undefined=True) + encode_element(ITEM_END, b"", b"", enc)
        for item in items
    )
    return encode_element(tag, b"SQ", body, enc, undefined=True) + encode_element(SEQUENCE_END, b"", b"", enc)


def pad(value: bytes, vr: bytes) -> bytes:
    """Pad to even length as DICOM requires (NUL for UIDs and binary, space for text)."""
    if len(value) % 2 == 0:
        return value
    return value + (b"\0" if vr in (b"UI", b"OB", b"UN") else b" ")


def insertion_point(elements: list[Element], tag: int) -> int | None:
    """Offset before the first top-level dataset element whose tag is larger than ``tag``."""
    for element in elements:
        if element.depth == 0 and not element.is_item and element.tag >> 16 != 0x0002 and element.tag > tag:
            return element.offset
    return None
