# SPDX-License-Identifier: Apache-2.0
"""DICOM networking with a clinic's PACS (Qt-free): nodes, echo, find, get, send through an outbox, and a
listener that receives images. Built on pynetdicom; every failure is a :class:`PacsError` with one line.

Modules: ``nodes`` (configured PACS nodes, stored beside the case history), ``association`` (connect,
TLS, errors), ``query`` (C-FIND), ``retrieve`` (C-GET), ``send`` (C-STORE), ``outbox`` (persistent
queue keyed by SOPInstanceUID), ``listener`` (C-STORE SCP with an allow-list and limits).
"""

from __future__ import annotations

from desktop_app.pacs.errors import PacsError
from desktop_app.pacs.nodes import DEFAULT_AE_TITLE, NodeStore, PacsNode

__all__ = ["DEFAULT_AE_TITLE", "NodeStore", "PacsError", "PacsNode"]
