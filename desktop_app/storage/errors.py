# SPDX-License-Identifier: Apache-2.0
"""One error type for the case history, with a plain-language reason."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """The case history could not be read or written. ``str(err)`` is a one-line reason for the user.

    Whatever was committed before the failure is still in the database.
    """


#: (SQLite primary result code name, words that may appear in the message) -> reason shown to the user.
_REASONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("SQLITE_FULL", ("disk is full", "database or disk is full"), "the disk is full"),
    (
        "SQLITE_READONLY",
        ("readonly", "read-only"),
        "the case history is on a read-only disk or you may not write to it",
    ),
    (
        "SQLITE_BUSY",
        ("database is locked", "busy"),
        "the case history is in use by another program (another ScanLens window?); try again",
    ),
    ("SQLITE_LOCKED", ("table is locked",), "the case history is locked; try again"),
    ("SQLITE_CORRUPT", ("malformed",), "the case history file is damaged"),
    ("SQLITE_NOTADB", ("not a database",), "the file is not a ScanLens case history"),
    ("SQLITE_CANTOPEN", ("unable to open",), "the case history file cannot be opened (missing folder or permission)"),
    ("SQLITE_PERM", ("access permission denied",), "permission denied"),
    ("SQLITE_IOERR", ("disk i/o error",), "a disk input/output error occurred"),
    (
        "SQLITE_CONSTRAINT",
        ("append-only", "never deleted", "cannot be changed"),
        "the change was refused: the case history is append-only",
    ),
)


def describe_sqlite_error(err: sqlite3.Error) -> str:
    """Plain-language reason for ``err``; SQLite's own message when it is not one we know."""
    code_name = str(getattr(err, "sqlite_errorname", "") or "")
    message = " ".join(str(err).split())
    lowered = message.lower()
    for primary, words, reason in _REASONS:
        if code_name == primary or code_name.startswith(primary + "_") or any(w in lowered for w in words):
            return reason if primary != "SQLITE_CONSTRAINT" else f"{reason} ({message})"
    return message or type(err).__name__


def storage_error(action: str, err: BaseException) -> StorageError:
    """``StorageError("<action>: <reason>")`` for an sqlite3 or OS error."""
    if isinstance(err, sqlite3.Error):
        reason = describe_sqlite_error(err)
    elif isinstance(err, OSError):
        from desktop_app.fsutil import describe_os_error

        reason = describe_os_error(err)
    else:
        reason = " ".join(str(err).split()) or type(err).__name__
    return StorageError(f"{action}: {reason}")
