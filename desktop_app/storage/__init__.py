# SPDX-License-Identifier: Apache-2.0
"""Case history: every analysis and review in a local SQLite file with a hash-chained audit log (Qt-free).

Open a :class:`CaseStore` (``CaseStore()`` uses :func:`default_db_path`), call ``record_analysis`` after
each analysis and ``record_review`` when a clinician agrees or disagrees; ``search``/``get`` read cases
back and ``verify_audit`` proves nothing was changed behind the application's back. Every failure is a
:class:`StorageError` with a one-line reason.
"""

from __future__ import annotations

from desktop_app.storage.errors import StorageError
from desktop_app.storage.paths import DATA_DIR_ENV, default_data_dir, default_db_path
from desktop_app.storage.records import AuditEntry, AuditReport, CaseRecord
from desktop_app.storage.store import CaseStore

__all__ = [
    "DATA_DIR_ENV",
    "AuditEntry",
    "AuditReport",
    "CaseRecord",
    "CaseStore",
    "StorageError",
    "default_data_dir",
    "default_db_path",
]
