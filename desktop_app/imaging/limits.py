# SPDX-License-Identifier: Apache-2.0
"""The size limits that keep a hostile or huge file from exhausting memory — defined in one place.

Two limits are checked on the header, before any pixel is decoded:

* ``max_pixels`` — pixels in one image or frame (default 150 megapixels), a decompression-bomb guard;
* ``max_bytes`` — memory the decoded pixels and their working copies may need (default 2048 MiB).

The memory ceiling can be set per call (``load_image(path, max_bytes=...)``) or for the whole process
with the environment variable ``SCANLENS_MAX_IMAGE_MB`` (a number of MiB, e.g. ``SCANLENS_MAX_IMAGE_MB=4096``
on a workstation that opens large tomosynthesis series, or ``512`` on a small laptop). An explicit
argument wins over the environment, which wins over the default.
"""

from __future__ import annotations

import logging
import os

ENV_MAX_IMAGE_MB = "SCANLENS_MAX_IMAGE_MB"
DEFAULT_MAX_PIXELS = 150_000_000
DEFAULT_MAX_IMAGE_MB = 2048
MIB = 1024 * 1024

log = logging.getLogger(__name__)


def max_image_bytes(max_bytes: int | None = None) -> int:
    """The memory ceiling in bytes: ``max_bytes`` if given, else ``$SCANLENS_MAX_IMAGE_MB``, else 2048 MiB.

    An unusable environment value (not a positive number) is ignored with a warning in the log, so a typo
    cannot disable the guard.
    """
    if max_bytes is not None:
        return int(max_bytes)
    raw = os.environ.get(ENV_MAX_IMAGE_MB, "").strip()
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = 0.0
        if value > 0 and value == value and value != float("inf"):
            return int(value * MIB)
        log.warning("%s=%r is not a positive number of MiB; using %d MiB", ENV_MAX_IMAGE_MB, raw, DEFAULT_MAX_IMAGE_MB)
    return DEFAULT_MAX_IMAGE_MB * MIB


def max_image_pixels(max_pixels: int | None = None) -> int:
    """Pixels allowed in one image or frame: ``max_pixels`` if given, else :data:`DEFAULT_MAX_PIXELS`."""
    return DEFAULT_MAX_PIXELS if max_pixels is None else int(max_pixels)


def describe_bytes(count: float) -> str:
    """``1.5 GiB`` / ``300 MiB`` for refusal messages."""
    if count >= 1024 * MIB:
        return f"{count / (1024 * MIB):.1f} GiB"
    return f"{count / MIB:.0f} MiB"


def too_large_for_memory(what: str, needed: int, limit: int) -> str:
    """The one refusal message for images above the memory ceiling (names the setting that raises it)."""
    return (
        f"The image is too large to open: {what} would need about {describe_bytes(needed)} of memory "
        f"(limit {describe_bytes(limit)}, set {ENV_MAX_IMAGE_MB} to change it)"
    )
