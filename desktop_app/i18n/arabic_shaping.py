# SPDX-License-Identifier: Apache-2.0
"""Arabic letters joined as they are written: each letter replaced by its presentation form (Qt-free).

reportlab draws one glyph per character and does not shape (its shaping needs uharfbuzz, a binary wheel too
big for the frozen app's budget), so a PDF would show Arabic as isolated letters. Every Arabic letter has
isolated, final, initial and medial presentation forms (Unicode blocks FB50–FDFF and FE70–FEFF, which the
bundled DejaVu Sans covers); which one a letter takes follows from whether its neighbours join to it. The
table is read from the Unicode character names (``ARABIC LETTER BEH FINAL FORM``), so it needs no data file.
Lam followed by alef becomes the obligatory lam-alef ligature. Text stays in logical order: reorder it for
display afterwards (:mod:`desktop_app.i18n.bidi`).
"""

from __future__ import annotations

import functools
import unicodedata

_TATWEEL = "\u0640"
_LAM = "\u0644"
_FORMS = ("ISOLATED", "FINAL", "INITIAL", "MEDIAL")
#: alef variant after lam -> the name of the lam-alef ligature.
_LAM_ALEF = {
    "\u0622": "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE",
    "\u0623": "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
    "\u0625": "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW",
    "\u0627": "ARABIC LIGATURE LAM WITH ALEF",
}


@functools.cache
def _forms(char: str) -> dict[str, str]:
    """Presentation forms of an Arabic letter by form name ({} for anything else)."""
    name = unicodedata.name(char, "")
    if not name.startswith("ARABIC LETTER"):
        return {}
    forms = {}
    for form in _FORMS:
        try:
            forms[form] = unicodedata.lookup(f"{name} {form} FORM")
        except KeyError:
            continue
    return forms


def _joins_forward(char: str) -> bool:
    """Dual-joining: the letter connects to the one after it (beh, lam, tatweel …; not alef, dal, reh …)."""
    return char == _TATWEEL or "INITIAL" in _forms(char)


def _joins_backward(char: str) -> bool:
    return char == _TATWEEL or "FINAL" in _forms(char)


def _transparent(char: str) -> bool:
    """Harakat and other combining marks sit on a letter and do not break joining."""
    return unicodedata.category(char) == "Mn"


def shape(text: str) -> str:
    """``text`` with its Arabic letters in their joined presentation forms (length may shrink: lam-alef)."""
    shaped, _ = shape_with_origin(text)
    return shaped


def shape_with_origin(text: str) -> tuple[str, list[int]]:
    """:func:`shape`, and for each shaped character the index of the character of ``text`` it came from."""
    out: list[str] = []
    origin: list[int] = []
    letters = [i for i, c in enumerate(text) if not _transparent(c)]
    position = {index: n for n, index in enumerate(letters)}
    skip = -1
    for i, char in enumerate(text):
        if i == skip:
            continue
        n = position.get(i)
        prev = text[letters[n - 1]] if n is not None and n > 0 else ""
        after = letters[n + 1] if n is not None and n + 1 < len(letters) else -1
        nxt = text[after] if after >= 0 else ""
        joined_before = bool(prev) and _joins_forward(prev) and _joins_backward(char)
        if char == _LAM and nxt in _LAM_ALEF and after == i + 1:
            form = "FINAL" if joined_before else "ISOLATED"
            out.append(unicodedata.lookup(f"{_LAM_ALEF[nxt]} {form} FORM"))
            origin.append(i)
            skip = after
            continue
        joined_after = bool(nxt) and _joins_forward(char) and _joins_backward(nxt)
        form = {(False, False): "ISOLATED", (True, False): "FINAL", (False, True): "INITIAL",
                (True, True): "MEDIAL"}[(joined_before, joined_after)]
        out.append(_forms(char).get(form, char))
        origin.append(i)
    return "".join(out), origin
