# SPDX-License-Identifier: Apache-2.0
"""Format-blind byte mutations (bit flips, interesting integers, insertions, deletions, truncation).

Every mutator takes the file as ``bytes`` and a ``random.Random`` and returns new ``bytes``; all randomness
comes from that generator, so a case is reproducible from its seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Mutator = Callable[[bytes, random.Random], bytes]

INTERESTING_16 = (0, 1, 2, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF)
INTERESTING_32 = (0, 1, 0x7FFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF)
#: Mutations cluster in the first bytes half of the time: headers decide how the rest is read.
_HEAD_BYTES = 1024


def position(data: bytes, rng: random.Random, *, inclusive_end: bool = False) -> int:
    """A mutation offset, biased towards the header."""
    end = len(data) + (1 if inclusive_end else 0)
    if end <= 0:
        return 0
    if rng.random() < 0.5:
        return rng.randrange(min(end, _HEAD_BYTES))
    return rng.randrange(end)


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4, 8, 32))):
        out[position(out, rng)] ^= 1 << rng.randrange(8)
    return bytes(out)


def set_interesting(data: bytes, rng: random.Random) -> bytes:
    """Overwrite 1, 2 or 4 bytes with a boundary value, in either byte order."""
    size = rng.choice((1, 2, 4))
    if len(data) < size:
        return data
    at = min(position(data, rng), len(data) - size)
    pool = INTERESTING_16 if size < 4 else INTERESTING_32
    value = rng.choice(pool) & ((1 << (8 * size)) - 1)
    return data[:at] + value.to_bytes(size, rng.choice(("little", "big"))) + data[at + size :]


def random_bytes(rng: random.Random, count: int) -> bytes:
    if rng.random() < 0.3:
        return bytes([rng.randrange(256)]) * count
    return rng.randbytes(count)


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    at = position(data, rng, inclusive_end=True)
    count = rng.randint(1, rng.choice((4, 64, 1024)))
    return data[:at] + random_bytes(rng, count) + data[at:]


def delete_bytes(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data
    at = position(data, rng)
    count = rng.randint(1, rng.choice((4, 64, 1024)))
    return data[:at] + data[at + count :]


def truncate(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data
    return data[: position(data, rng)]


def duplicate_range(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data
    start = position(data, rng)
    chunk = data[start : start + rng.randint(1, 512)]
    at = position(data, rng, inclusive_end=True)
    return data[:at] + chunk + data[at:]


MUTATORS: dict[str, Mutator] = {
    "flip_bits": flip_bits,
    "set_interesting": set_interesting,
    "insert_bytes": insert_bytes,
    "delete_bytes": delete_bytes,
    "truncate": truncate,
    "duplicate_range": duplicate_range,
}


def splice(data: bytes, other: bytes, rng: random.Random) -> bytes:
    """The head of ``data`` followed by the tail of ``other`` (a header that does not match its body)."""
    if not data or not other:
        return data
    return data[: position(data, rng)] + other[rng.randrange(len(other)) :]
