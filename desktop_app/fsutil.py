# SPDX-License-Identifier: Apache-2.0
"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The data go to a temporary file in the target's folder (same file system, so the rename is atomic),
are flushed and fsync'ed, then ``os.replace`` puts the file in place and the folder is fsync'ed so the
rename itself survives a power cut. On any failure the temporary file is removed and the previous file,
if there was one, is left untouched.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path


class WriteError(Exception):
    """A file could not be written. ``str(err)`` is a one-line reason for the user."""


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "permission denied (or the file is open in another program)",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "the path is a folder",
    errno.ENAMETOOLONG: "the file name is too long",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


def describe_os_error(err: OSError) -> str:
    """Plain-language reason for ``err`` (falls back to the system's message)."""
    return _REASONS.get(err.errno or 0, err.strerror or str(err))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and durably; return the resolved path.

    Raises
    ------
    WriteError
        With a one-line reason (disk full, read-only, permission, missing folder, ...). No temporary
        file is left behind and an existing file at ``path`` keeps its old content.
    """
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise WriteError(f"Cannot write {target}: the path is a folder")
    mode = _mode_for(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise WriteError(f"Cannot write {target}: {describe_os_error(err)}") from err
    try:
        _write_and_sync(fd, data, mode)
        os.replace(tmp_name, target)
    except BaseException as err:
        _remove_quietly(tmp_name)
        if isinstance(err, OSError):
            raise WriteError(f"Cannot write {target}: {describe_os_error(err)}") from err
        raise
    _fsync_folder(target.parent)
    return target


def _write_and_sync(fd: int, data: bytes, mode: int | None) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(handle.fileno(), mode)


def _mode_for(target: Path) -> int | None:
    """Permission bits for the new file: the old file's, else what the umask allows (POSIX only).

    ``mkstemp`` creates files readable by the owner only; a report or export should get the same
    permissions as any other file the user saves.
    """
    if sys.platform == "win32":
        return None
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (Linux); 0o022 where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Not possible (nor needed) on Windows; best effort elsewhere."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data file itself is already synced
    finally:
        os.close(fd)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
