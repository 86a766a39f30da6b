# SPDX-License-Identifier: Apache-2.0
"""Find words such as FLAIR, SCOUT or LAT in free DICOM text (series descriptions, protocol names, ImageType).

Text and keywords are compared after :func:`normalise`. A keyword of four or more letters matches anywhere
(``T2FLAIR``, ``ep2d_diff``); a shorter one only where no letter touches it (``DWI``, ``DWI1000``, ``3 PL LOC``
match; ``BLOCK`` does not contain ``LOC``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


def normalise(text: str) -> str:
    """Upper case, ``*`` read as STAR (``T2*``), every other run of non-alphanumerics as one space."""
    spaced = re.sub(r"[^A-Z0-9]+", " ", text.upper().replace("*", " STAR "))
    return " ".join(spaced.split())


def mentions(normalised_text: str, keyword: str) -> bool:
    """Whether ``normalised_text`` (already :func:`normalise`-d) names ``keyword``."""
    key = normalise(keyword)
    if not key:
        return False
    if len(key.replace(" ", "")) >= 4:
        return key in normalised_text
    return re.search(rf"(?<![A-Z]){re.escape(key)}(?![A-Z])", normalised_text) is not None


@dataclass(frozen=True)
class KeywordRule:
    """A named kind of image recognised by keywords, unless one of ``unless`` is also named."""

    name: str
    keywords: tuple[str, ...]
    unless: tuple[str, ...] = ()

    @classmethod
    def from_card(cls, entry: Mapping[str, Any]) -> KeywordRule:
        """From a card entry ``{"name": str, "keywords": [str], "unless": [str]}``."""
        return cls(str(entry["name"]), tuple(entry["keywords"]), tuple(entry.get("unless", ())))

    def matches(self, text: str) -> bool:
        norm = normalise(text)
        return any(mentions(norm, k) for k in self.keywords) and not any(mentions(norm, u) for u in self.unless)

    def first_match(self, texts: Iterable[tuple[str, str | None]]) -> str | None:
        """``"<name> '<text>'"`` for the first (name, text) pair that matches, else None."""
        for label, text in texts:
            if text and self.matches(text):
                return f"{label} '{shorten(text)}'"
        return None


def shorten(text: str, limit: int = 40) -> str:
    """One line, at most ``limit`` characters (an ellipsis marks a cut): reasons stay short."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
