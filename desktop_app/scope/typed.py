# SPDX-License-Identifier: Apache-2.0
"""Command-line checks for the patient facts a user types for a PNG/JPEG (``scanlens analyze --patient-age``)."""

from __future__ import annotations

import argparse

from desktop_app.scope.ages import parse_age


def typed_age(text: str) -> str:
    """``--patient-age`` as given (``4``, ``4Y``, ``18M``, ``10W``, ``20D``), refused in one line when unreadable."""
    if parse_age(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not an age: write e.g. 4, 4Y, 18M, 10W or 20D")
    return text.strip()
