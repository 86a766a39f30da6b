# SPDX-License-Identifier: Apache-2.0
"""Frames decoded when first asked for: a colour cine shows its first frame without decoding the other 119.

:class:`FramesOnDemand` stands in for the ``(frames, rows, cols, 3)`` uint8 array of
:class:`~desktop_app.imaging.model.LoadedImage`: ``frames[i]`` decodes frame ``i`` once and keeps it;
``shape``, ``dtype`` and ``len`` need no decoding; anything else (``np.asarray(frames)``, slicing,
``frames.mean()``) decodes every frame first, so callers that want the whole stack still get an ndarray.
A frame that cannot be decoded raises :class:`ImageLoadError` naming it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from desktop_app.imaging.errors import one_line
from desktop_app.imaging.model import ImageLoadError


class FramesOnDemand:
    """A read-only stack of ``count`` frames shaped like ``first``, each decoded by ``decode(index)``."""

    def __init__(self, count: int, first: np.ndarray, decode: Callable[[int], np.ndarray]) -> None:
        self._decode = decode
        self._frames: dict[int, np.ndarray] = {0: _read_only(first)}
        self._all: np.ndarray | None = None
        self._lock = threading.Lock()  # the viewer and an analysis worker may ask for frames at once
        self.shape: tuple[int, ...] = (count, *first.shape)
        self.dtype = first.dtype

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    @property
    def nbytes(self) -> int:
        return self.size * self.dtype.itemsize

    @property
    def decoded_count(self) -> int:
        """How many frames have been decoded so far."""
        return self.shape[0] if self._all is not None else len(self._frames)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, key: Any) -> np.ndarray:
        if isinstance(key, int | np.integer):
            return self.frame(int(key))
        return np.asarray(self)[key]

    def frame(self, index: int) -> np.ndarray:
        """Frame ``index`` (negative counts from the end), decoding it on first use."""
        count = self.shape[0]
        if not -count <= index < count:
            raise IndexError(f"frame {index} is out of range for {count} frames")
        index %= count
        if self._all is not None:
            return self._all[index]
        with self._lock:
            if index not in self._frames:
                self._frames[index] = _read_only(self._checked(index, self._decode_one(index)))
            return self._frames[index]

    def _decode_one(self, index: int) -> np.ndarray:
        try:
            return self._decode(index)
        except ImageLoadError as exc:
            raise ImageLoadError(f"Frame {index + 1} of {self.shape[0]} cannot be shown: {exc}") from exc
        except Exception as exc:  # decoder plugins raise many types; the user needs one line
            raise ImageLoadError(f"Frame {index + 1} of {self.shape[0]} cannot be decoded: {one_line(exc)}") from exc

    def _checked(self, index: int, frame: np.ndarray) -> np.ndarray:
        if frame.shape != self.shape[1:] or frame.dtype != self.dtype:
            raise ImageLoadError(
                f"Frame {index + 1} of {self.shape[0]} decodes to {frame.shape} {frame.dtype}, "
                f"unlike the first frame ({self.shape[1:]} {self.dtype})"
            )
        return frame

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        if self._all is None:
            stack = np.empty(self.shape, self.dtype)
            for index in range(self.shape[0]):
                stack[index] = self.frame(index)
            stack.setflags(write=False)
            with self._lock:
                self._all, self._frames = stack, {}
        return self._all if dtype is None else self._all.astype(dtype)

    def __getattr__(self, name: str) -> Any:  # reshape, min, mean, ...: on the whole decoded stack
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(np.asarray(self), name)

    def __repr__(self) -> str:
        return f"FramesOnDemand(shape={self.shape}, dtype={self.dtype}, decoded={self.decoded_count})"


def _read_only(frame: np.ndarray) -> np.ndarray:
    frame = np.ascontiguousarray(frame)
    frame.setflags(write=False)
    return frame
