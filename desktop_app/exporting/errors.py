# SPDX-License-Identifier: Apache-2.0
"""One error type for DICOM exports."""

from __future__ import annotations


class ExportError(Exception):
    """A DICOM export could not be produced. ``str(err)`` is a one-line reason for the user."""
