# SPDX-License-Identifier: Apache-2.0
"""Durability: a real kill -9 mid-write, a full disk and a read-only disk lose nothing already committed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.inference.prediction import GateVerdict, Prediction
from desktop_app.storage import CaseStore, StorageError
from tests.fs_helpers import IS_ROOT, mounted_tmpfs

REPO = Path(__file__).resolve().parent.parent

# Records analyses (and a review of every third) forever, printing each case id once it is committed.
WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.inference.prediction import GateVerdict, Prediction
    from desktop_app.storage import CaseStore

    store = CaseStore(sys.argv[1])
    i = 0
    while True:
        p = Prediction("m", "1", "ab" * 32, ["NORMAL", "PNEUMONIA"], {"NORMAL": 0.3, "PNEUMONIA": 0.7},
                       "PNEUMONIA", "x" * 200, False, "CPUExecutionProvider", GateVerdict("chest_xray", 0.9, True))
        case = store.record_analysis(p, patient_id=f"P-{i}", file_path="/scan/" + "y" * 300)
        if i % 3 == 0:
            store.record_review(case, "Dr. R", "agree", "z" * 100)
        print(case, flush=True)
        i += 1
    """
)


def make_prediction() -> Prediction:
    return Prediction(
        "m",
        "1",
        "ab" * 32,
        ["NORMAL", "PNEUMONIA"],
        {"NORMAL": 0.3, "PNEUMONIA": 0.7},
        "PNEUMONIA",
        "x" * 200,
        False,
        "CPUExecutionProvider",
        GateVerdict("chest_xray", 0.9, True),
    )


def test_kill_9_while_writing_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "cases.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    printed: list[int] = []
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        while len(printed) < 40 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            printed.append(int(line))
    finally:
        child.send_signal(signal.SIGKILL)  # a real kill -9, in the middle of the write loop
        out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err
    printed += [int(x) for x in out.split()]  # ids committed and printed before the kill
    assert len(printed) >= 40, err
    with CaseStore(db) as store:
        for case_id in printed:
            assert store.get(case_id) is not None, case_id
        report = store.verify_audit()
        assert report.ok, report.reason
        assert store.record_analysis(make_prediction()) > max(printed)  # still writable afterwards
        assert store.verify_audit().ok


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small"
    folder.mkdir()
    with mounted_tmpfs(folder, "size=512k"):
        yield folder


def test_full_disk_gives_clear_error_and_keeps_committed_cases(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "cases.sqlite3"
    saved: list[int] = []
    with CaseStore(db) as store, pytest.raises(StorageError) as caught:
        for _ in range(10_000):
            saved.append(store.record_analysis(make_prediction(), file_path="/scan/" + "q" * 4000))
    assert "the disk is full" in str(caught.value) and "\n" not in str(caught.value)
    assert len(saved) > 3
    copy = tmp_path / "copy"
    copy.mkdir()
    for part in small_disk.iterdir():
        shutil.copy(part, copy / part.name)
    with CaseStore(copy / db.name) as store:
        assert [store.get(i) is not None for i in saved] == [True] * len(saved)
        assert store.get(max(saved) + 1) is None
        assert store.verify_audit().ok


def test_read_only_disk_gives_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with CaseStore(folder / "cases.sqlite3") as store:
        case = store.record_analysis(make_prediction())
    if IS_ROOT:  # root ignores permission bits: bind-mount the folder read-only over itself
        done = subprocess.run(
            ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True, timeout=30
        )
        if done.returncode != 0:
            pytest.skip("cannot make a read-only bind mount here")
    else:
        for part in folder.iterdir():
            part.chmod(0o444)
        folder.chmod(0o555)
    try:
        with pytest.raises(StorageError) as caught:
            with CaseStore(folder / "cases.sqlite3") as store:
                store.record_analysis(make_prediction())
        message = str(caught.value)
        assert "read-only disk" in message or "permission denied" in message, message
    finally:
        if IS_ROOT:
            subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)
        else:
            folder.chmod(0o755)
    with CaseStore(folder / "cases.sqlite3") as store:
        assert store.get(case) is not None and store.verify_audit().ok
