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
    if not first and isinstance(exc, BaseException):
        first = type(exc).__name__
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return first
