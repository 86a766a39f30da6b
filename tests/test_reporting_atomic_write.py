# SPDX-License-Identifier: Apache-2.0
"""Atomic writes (desktop_app.fsutil) and how the report surfaces write failures, on real file systems."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from desktop_app.fsutil import WriteError, atomic_write_bytes
from desktop_app.inference.prediction import Prediction
from desktop_app.reporting import ReportError, ReportInput, write_report
from tests.fs_helpers import IS_ROOT, mount_tmpfs, mounted_tmpfs


def small_report_input() -> ReportInput:
    prediction = Prediction(
        "m",
        "1",
        "ab" * 32,
        ["NORMAL", "PNEUMONIA"],
        {"NORMAL": 0.2, "PNEUMONIA": 0.8},
        "PNEUMONIA",
        "PNEUMONIA suspected",
        False,
        "CPUExecutionProvider",
        None,
    )
    return ReportInput(image=np.full((64, 64), 128, np.uint8), prediction=prediction, card={})


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot write in: mode 0555, or as root (who ignores modes) a read-only mount."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if not IS_ROOT:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    with mounted_tmpfs(folder, "ro,size=64k"):
        yield folder


def test_report_into_read_only_folder_raises_report_error_and_leaves_nothing(read_only_dir: Path) -> None:
    with pytest.raises(ReportError) as caught:
        write_report([small_report_input()], read_only_dir / "report.pdf")
    message = str(caught.value)
    assert message.startswith("Cannot write") and "\n" not in message
    assert "read-only disk" in message or "permission denied" in message
    assert list(read_only_dir.iterdir()) == []


def test_report_into_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="folder does not exist"):
        write_report([small_report_input()], tmp_path / "no" / "such" / "report.pdf")


def test_atomic_write_replaces_content_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    target.write_bytes(b"old")
    target.chmod(0o640)
    assert atomic_write_bytes(target, b"new content") == target
    assert target.read_bytes() == b"new content"
    assert target.stat().st_mode & 0o777 == 0o640  # permissions of the replaced file are kept
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_new_file_gets_umask_permissions_not_mkstemp_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = atomic_write_bytes(tmp_path / "new.pdf", b"x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_target_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="is a folder"):
        atomic_write_bytes(tmp_path, b"x")


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs, so writes run out of space for real."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mount_tmpfs(mount_point, "size=64k")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True, timeout=30)


def test_disk_full_raises_clear_error_and_keeps_old_file(full_disk: Path) -> None:
    target = full_disk / "report.pdf"
    target.write_bytes(b"previous report")
    with pytest.raises(WriteError, match="the disk is full"):
        atomic_write_bytes(target, os.urandom(512 * 1024))
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in full_disk.iterdir()] == ["report.pdf"]
