# SPDX-License-Identifier: Apache-2.0
"""Visual order of one line of mixed right-to-left and left-to-right text (Qt-free).

The Unicode Bidirectional Algorithm (UAX #9) for a single line without explicit embeddings, isolates or
overrides — what ScanLens's own sentences and the values put into them need: Arabic runs read right to
left, while Latin words, numbers such as ``0.93`` or ``1–5`` and file names inside them keep their order.
Rules W1–W7, N1–N2, I1–I2, L1, L2 and L4 (mirrored brackets). Qt does this for the user interface; the PDF
(reportlab without the LGPL bidi packages) needs it here. Character types come from
``unicodedata.bidirectional``.
"""

from __future__ import annotations

import unicodedata

_STRONG = frozenset({"L", "R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN"})
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<", "«": "»", "»": "«",
           "\u2039": "\u203a", "\u203a": "\u2039", "≤": "≥", "≥": "≤"}


def mirror(char: str) -> str:
    """The bracket that faces the other way (drawn for a bracket read right to left); other characters as is."""
    return _MIRROR.get(char, char)


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew …)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _weak_types(text: str, sor: str) -> list[str]:
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    previous = sor
    for i, t in enumerate(types):  # W1: a combining mark takes the type before it
        if t == "NSM":
            types[i] = "ON" if previous in _NEUTRAL else previous
        previous = types[i]
    strong = sor
    for i, t in enumerate(types):  # W2, W3: digits after Arabic letters are Arabic numbers; AL is R
        if t in _STRONG:
            strong = t
        if t == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    for i in range(1, len(types) - 1):  # W4: one separator between two numbers of a kind
        before, t, after = types[i - 1], types[i], types[i + 1]
        if (before == after == "EN" and t in ("ES", "CS")) or (before == after == "AN" and t == "CS"):
            types[i] = before
    _terminators_to_numbers(types)  # W5
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]  # W6
    strong = sor
    for i, t in enumerate(types):  # W7: European numbers after Latin text are Latin
        if t in ("L", "R"):
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    return types


def _terminators_to_numbers(types: list[str]) -> None:
    """W5: a run of terminators (``%``, ``°``, currency) next to a European number joins it."""
    i = 0
    while i < len(types):
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < len(types) and types[end] == "ET":
            end += 1
        if (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN"):
            types[i:end] = ["EN"] * (end - i)
        i = end


def _resolve_neutrals(types: list[str], sor: str, eor: str, embedding: str) -> None:
    """N1/N2: neutrals between text of one direction take it (numbers count as R), others the embedding's."""
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = sor if i == 0 else _as_strong(types[i - 1])
        after = eor if end == len(types) else _as_strong(types[end])
        types[i:end] = [before if before == after else embedding] * (end - i)
        i = end


def _as_strong(t: str) -> str:
    return "R" if t in ("R", "EN", "AN") else "L"


def levels(text: str, right_to_left: bool = True) -> list[int]:
    """The resolved embedding level of each character (odd: drawn right to left)."""
    base = 1 if right_to_left else 0
    sor = "R" if base else "L"
    types = _weak_types(text, sor)
    _resolve_neutrals(types, sor, sor, sor)
    if base:
        resolved = [1 if t == "R" else 2 for t in types]  # I2
    else:
        resolved = [0 if t == "L" else 2 if t in ("EN", "AN") else 1 for t in types]  # I1
    for i in range(len(text) - 1, -1, -1):  # L1: trailing white space at the base level
        if unicodedata.bidirectional(text[i]) not in ("WS", "S", "B", "BN"):
            break
        resolved[i] = base
    return resolved


def visual_order(text: str, right_to_left: bool = True) -> list[int]:
    """Indices of ``text`` in the order they are drawn from left to right (L2)."""
    resolved = levels(text, right_to_left)
    order = list(range(len(text)))
    odd = [lv for lv in resolved if lv % 2]
    if not odd:
        return order
    for level in range(max(resolved), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if resolved[order[i]] < level:
                i += 1
                continue
            end = i
            while end < len(order) and resolved[order[end]] >= level:
                end += 1
            order[i:end] = order[i:end][::-1]
            i = end
    return order


def visual(text: str, right_to_left: bool = True) -> str:
    """``text`` (one line, logical order) as drawn from left to right, brackets mirrored where they read
    right to left (L4)."""
    resolved = levels(text, right_to_left)
    return "".join(mirror(text[i]) if resolved[i] % 2 else text[i]
                   for i in visual_order(text, right_to_left))
