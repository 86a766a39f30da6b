# SPDX-License-Identifier: Apache-2.0
"""Helpers to turn library exceptions into one-line reasons (:class:`ImageLoadError`)."""

from __future__ import annotations

MAX_REASON_CHARS = 240


def one_line(exc: BaseException | str, limit: int = MAX_REASON_CHARS) -> str:
    """The first line of ``exc``'s message with whitespace collapsed, at most ``limit`` characters.

    Library messages can span several lines (pydicom lists every plugin that failed); a radiologist
    gets one line and the log keeps the rest.
    """
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    first = " ".join(first.split()).rstrip(":")
    first = "".join(ch if ch.isprintable() else "?" for ch in first)
    if not first and isinstance(exc, BaseException):
        first = type(exc).__name__
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return first


def quoted(value: object, limit: int = 64) -> str:
    """``value`` safe to quote inside a one-line message: control characters become ``?``, at most ``limit``.

    Header values of damaged files can hold anything (binary, newlines, kilobytes of text).
    """
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value).strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def uid_name(uid: object) -> str:
    """The registered name of a DICOM UID ("CT Image Storage"), the UID itself when it is valid but not
    registered, and ``""`` when it is not a UID at all (damaged header: nothing worth quoting)."""
    from pydicom.uid import UID

    text = str(uid or "").strip()
    if not text or not UID(text).is_valid:
        return ""
    name = UID(text).name
    return name if name and name != text else text
