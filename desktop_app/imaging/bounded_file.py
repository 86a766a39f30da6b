# SPDX-License-Identifier: Apache-2.0
"""A read-only file whose reads never ask for more bytes than the file still holds.

``file.read(n)`` allocates ``n`` bytes before it finds out how many there are, so a DICOM element claiming
a length of 4 GB in a 1 KB file would allocate 4 GB. pydicom reads element values with exactly such
calls (file meta, sequence items, and every deferred value), so the loader hands it this file instead.
"""

from __future__ import annotations

import io
import os
from types import TracebackType


class BoundedFile:
    """Binary file opened for reading with ``read``/``seek``/``tell`` clamped to the file's size.

    It is deliberately not an ``io.BufferedReader``: pydicom re-opens those by name with ``open()`` for
    deferred values, which would bypass the clamp; other file-likes are reused as they are.
    """

    def __init__(self, path: str) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close() / the context manager
        self._size = os.fstat(self._file.fileno()).st_size
        self.name = path

    @property
    def size(self) -> int:
        return self._size

    @property
    def closed(self) -> bool:
        return self._file.closed

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            return self._file.read()
        remaining = max(self._size - self._file.tell(), 0)
        return self._file.read(min(size, remaining))

    def readline(self, size: int | None = -1) -> bytes:
        remaining = max(self._size - self._file.tell(), 0)
        return self._file.readline(remaining if size is None or size < 0 else min(size, remaining))

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BoundedFile:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
