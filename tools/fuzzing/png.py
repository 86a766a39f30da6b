# SPDX-License-Identifier: Apache-2.0
"""PNG-aware mutations: IHDR dimensions and format (CRC fixed), chunk lengths/CRCs, injected chunks, IDAT bombs."""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass

from tools.fuzzing.generic import INTERESTING_32, Mutator, random_bytes
from tools.fuzzing.jpeg import exif_payload

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_INJECTABLE = (
    b"tRNS", b"PLTE", b"eXIf", b"iCCP", b"zTXt", b"iTXt", b"sBIT", b"gAMA", b"pHYs", b"acTL", b"fcTL", b"zzZz",
)


@dataclass(frozen=True)
class Chunk:
    """``offset`` of the length field; ``length`` as stored."""

    offset: int
    kind: bytes
    length: int

    @property
    def data_offset(self) -> int:
        return self.offset + 8

    @property
    def end(self) -> int:
        return self.offset + 12 + self.length


def chunks(data: bytes) -> list[Chunk]:
    """Chunks after the signature, as far as their lengths can be followed."""
    found: list[Chunk] = []
    pos = len(SIGNATURE) if data.startswith(SIGNATURE) else 0
    while pos + 12 <= len(data) and len(found) < 10_000:
        length = struct.unpack_from(">I", data, pos)[0]
        chunk = Chunk(pos, bytes(data[pos + 4 : pos + 8]), length)
        found.append(chunk)
        if chunk.end > len(data) or chunk.kind == b"IEND":
            break
        pos = chunk.end
    return found


def make_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def _replace(data: bytes, chunk: Chunk, payload: bytes) -> bytes:
    return data[: chunk.offset] + make_chunk(chunk.kind, payload) + data[chunk.end :]


def _ihdr(data: bytes) -> Chunk | None:
    found = [c for c in chunks(data) if c.kind == b"IHDR" and c.length == 13 and c.end <= len(data)]
    return found[0] if found else None


def _edit_ihdr(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    ihdr = _ihdr(data)
    if ihdr is None:
        return data
    payload = bytearray(data[ihdr.data_offset : ihdr.data_offset + 13])
    struct.pack_into(fmt, payload, offset, value)
    return _replace(data, ihdr, bytes(payload))


def ihdr_dimensions(data: bytes, rng: random.Random) -> bytes:
    """Width and/or height set to 0, 1, 30000, 2**31 - 1, ... with a valid CRC (only the size is wrong)."""
    for offset in rng.choice(((0,), (4,), (0, 4))):
        value = rng.choice((*INTERESTING_32, 30_000, 46_341, 100_000, rng.randrange(1 << 32)))
        data = _edit_ihdr(data, offset, ">I", value)
    return data


def ihdr_format(data: bytes, rng: random.Random) -> bytes:
    """Bit depth, colour type, compression, filter or interlace method changed (CRC fixed)."""
    offset, values = rng.choice((
        (8, (0, 1, 2, 3, 4, 8, 16, 255)),
        (9, (0, 1, 2, 3, 4, 5, 6, 7, 255)),
        (10, (0, 1)),
        (11, (0, 1)),
        (12, (0, 1, 2)),
    ))
    return _edit_ihdr(data, offset, ">B", rng.choice(values))


def chunk_length(data: bytes, rng: random.Random) -> bytes:
    found = chunks(data)
    if not found:
        return data
    chunk = rng.choice(found)
    value = rng.choice((*INTERESTING_32, chunk.length + 1, max(chunk.length - 1, 0)))
    return data[: chunk.offset] + struct.pack(">I", value) + data[chunk.offset + 4 :]


def break_crc(data: bytes, rng: random.Random) -> bytes:
    found = [c for c in chunks(data) if c.end <= len(data)]
    if not found:
        return data
    chunk = rng.choice(found)
    at = chunk.end - 4
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


def drop_chunk(data: bytes, rng: random.Random) -> bytes:
    found = [c for c in chunks(data) if c.end <= len(data)]
    if not found:
        return data
    chunk = rng.choice(found)
    return data[: chunk.offset] + data[chunk.end :]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    found = [c for c in chunks(data) if c.end <= len(data)]
    if not found:
        return data
    chunk = rng.choice(found)
    return data[: chunk.end] + data[chunk.offset : chunk.end] + data[chunk.end :]


def inject_chunk(data: bytes, rng: random.Random) -> bytes:
    """A valid-CRC ancillary or critical chunk with odd contents, right after IHDR."""
    kind = rng.choice(_INJECTABLE)
    if kind == b"eXIf":
        payload = exif_payload(rng)
    else:
        payload = random_bytes(rng, rng.choice((0, 1, 3, 13, 256, 769)))
    ihdr = _ihdr(data)
    at = ihdr.end if ihdr is not None else len(SIGNATURE)
    return data[:at] + make_chunk(kind, payload) + data[at:]


def idat_bomb(data: bytes, rng: random.Random) -> bytes:
    """Replace the image data with a zlib stream that inflates to far more (or less) than IHDR says."""
    found = [c for c in chunks(data) if c.kind == b"IDAT"]
    if not found:
        return data
    inflated = rng.choice((0, 1, 100, 1 << 16, 1 << 22, 1 << 24))
    payload = zlib.compress(bytes([rng.choice((0, 0, 1, 255))]) * inflated, 9)
    first, last = found[0], found[-1]
    return data[: first.offset] + make_chunk(b"IDAT", payload) + data[last.end :]


MUTATORS: dict[str, Mutator] = {
    "png_ihdr_dimensions": ihdr_dimensions,
    "png_ihdr_format": ihdr_format,
    "png_chunk_length": chunk_length,
    "png_break_crc": break_crc,
    "png_drop_chunk": drop_chunk,
    "png_duplicate_chunk": duplicate_chunk,
    "png_inject_chunk": inject_chunk,
    "png_idat_bomb": idat_bomb,
}
