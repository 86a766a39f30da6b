# SPDX-License-Identifier: Apache-2.0
"""Write an instance received over the network (C-GET or a pushed C-STORE) into a folder, atomically.

The file is named after its SOPInstanceUID, which is checked first: a peer never chooses a path.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop_app.pacs.errors import PacsError

_UID = re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$")
STATUS_SUCCESS = 0x0000
STATUS_OUT_OF_RESOURCES = 0xA700  # disk full or not writable
STATUS_CANNOT_UNDERSTAND = 0xC000  # e.g. an invalid SOPInstanceUID


def checked_uid(value: object, what: str = "UID") -> str:
    """``value`` when it is a valid DICOM UID (digits and dots, up to 64); raises :class:`PacsError`."""
    text = str(value or "").strip()
    if len(text) > 64 or not _UID.match(text):
        raise PacsError(f"Invalid {what} {text!r}: a DICOM UID is digits separated by dots, at most 64 characters")
    return text


def instance_path(folder: Path, sop_instance_uid: str) -> Path:
    return folder / f"{checked_uid(sop_instance_uid, 'SOPInstanceUID')}.dcm"


def write_received(event: Any, folder: Path) -> tuple[int, Path | None]:
    """Store the C-STORE request of ``event`` in ``folder``; the status to answer and the file written."""
    from desktop_app.fsutil import WriteError, atomic_write_bytes

    try:
        path = instance_path(folder, event.request.AffectedSOPInstanceUID)
    except PacsError:
        return STATUS_CANNOT_UNDERSTAND, None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, event.encoded_dataset())
    except (OSError, WriteError):
        return STATUS_OUT_OF_RESOURCES, None
    return STATUS_SUCCESS, path
