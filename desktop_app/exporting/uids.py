# SPDX-License-Identifier: Apache-2.0
"""New UIDs and the consistent replacement of existing ones (PS3.15 action U)."""

from __future__ import annotations

import secrets
import uuid

from pydicom.uid import UID

#: Namespace of ScanLens' name-based (UUID v5) replacement UIDs.
_NAMESPACE = uuid.UUID("6f1e0c52-8d7b-4d7e-9a57-2c1f4b7f3e10")


def new_uid() -> UID:
    """A fresh UID under the ``2.25`` (UUID) root: ScanLens owns no organisation root."""
    return UID(f"2.25.{uuid.uuid4().int}")


class UidMapper:
    """Replaces UIDs by salted, name-based UUID UIDs: the same input always gives the same output.

    Every export of one run shares a mapper, so a de-identified Secondary Capture and the Encapsulated PDF
    of the same study keep the same (new) Study Instance UID and still point at the same (new) instance
    UIDs. The salt is random by default, so the originals cannot be found by hashing candidate UIDs; pass a
    kept salt to map consistently across runs.
    """

    def __init__(self, salt: bytes | None = None) -> None:
        self._salt = (salt if salt is not None else secrets.token_bytes(32)).hex()

    def uid(self, original: str) -> UID:
        """The replacement of ``original`` (a UID) as a ``2.25.<uuid>`` UID."""
        return UID(f"2.25.{uuid.uuid5(_NAMESPACE, self._salt + str(original).strip()).int}")

    def pseudonym(self, original: str, prefix: str = "ANON-") -> str:
        """A short stable pseudonym of ``original`` (e.g. a patient ID) that does not reveal it."""
        return prefix + uuid.uuid5(_NAMESPACE, self._salt + "id:" + str(original).strip()).hex[:12].upper()
