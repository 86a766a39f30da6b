# SPDX-License-Identifier: Apache-2.0
"""Files that are not what they claim, paths that are awkward, media that cannot be written.

Each case goes through ``load_image`` and through the headless commands in a subprocess
(``scanlens info --json`` / ``scanlens analyze --json``): exit code 2, one JSON line per file with
``ok: false`` and a one-line ``error``, and never a traceback on stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging import ImageLoadError, load_image
from tests.fs_helpers import IS_ROOT, mount_tmpfs

REPO_ROOT = Path(__file__).resolve().parents[1]
DICOM_SAMPLE = "nih_cxr14_dx_no_finding.dcm"
JPEG_SAMPLE = "other_hand_xray_mednist.jpeg"

#: Runs ``desktop_app.__main__.main`` with ``open()`` refusing every path that contains "locked".
_DENY_WRAPPER = textwrap.dedent(
    """
    import builtins, sys
    _open = builtins.open
    def _guarded(file, *args, **kwargs):
        if "locked" in str(file):
            raise PermissionError(13, "Permission denied", str(file))
        return _open(file, *args, **kwargs)
    builtins.open = _guarded
    from desktop_app.__main__ import main
    sys.exit(main(sys.argv[1:]))
    """
)


def refusal(path: Path) -> str:
    with pytest.raises(ImageLoadError) as info:
        load_image(path)
    message = str(info.value)
    assert message.strip() and "\n" not in message and message.isprintable()
    return message


def run_scanlens(*args: str, wrapper: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", wrapper, *args] if wrapper else [sys.executable, "-m", "desktop_app", *args]
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=180)


def json_records(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def assert_cli_refuses(result: subprocess.CompletedProcess[str], count: int) -> list[dict]:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    records = json_records(result)
    assert len(records) == count
    for record in records:
        assert record["ok"] is False
        assert record["error"].strip() and "\n" not in record["error"]
    return records


@pytest.fixture
def hostile(tmp_path: Path) -> dict[str, Path]:
    """Not-images with image names, an empty file and a folder called like a DICOM file."""
    folder = tmp_path / "hostile inputs"
    folder.mkdir()
    files = {
        "text.png": b"This is a note, not an image.\n",
        "html.jpg": b"<!doctype html><html><body>404</body></html>",
        "zip.dcm": b"PK\x03\x04" + bytes(60),
        "random.dcm": bytes(range(256)) * 4,
        "empty.dcm": b"",
    }
    paths = {name: folder / name for name in files}
    for name, data in files.items():
        paths[name].write_bytes(data)
    paths["x.dcm"] = folder / "x.dcm"
    paths["x.dcm"].mkdir()
    return paths


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("text.png", "Not a supported image file"),
        ("html.jpg", "Not a supported image file"),
        ("zip.dcm", "ZIP archive"),
        ("random.dcm", "not a DICOM file"),
        ("empty.dcm", "empty"),
        ("x.dcm", "folder"),
    ],
)
def test_hostile_files_are_refused_in_one_line(hostile: dict[str, Path], name: str, fragment: str) -> None:
    assert fragment in refusal(hostile[name])


def test_info_json_refuses_each_hostile_file(hostile: dict[str, Path]) -> None:
    names = ["text.png", "html.jpg", "zip.dcm", "random.dcm", "empty.dcm", "x.dcm"]
    records = assert_cli_refuses(run_scanlens("info", "--json", *(str(hostile[n]) for n in names)), len(names))
    assert [r["file"] for r in records] == [str(hostile[n]) for n in names]


def test_analyse_json_refuses_each_hostile_file(hostile: dict[str, Path]) -> None:
    names = ["text.png", "html.jpg", "zip.dcm", "random.dcm", "empty.dcm"]
    records = assert_cli_refuses(run_scanlens("analyze", "--json", *(str(hostile[n]) for n in names)), len(names))
    assert "empty" in records[-1]["error"]


def test_analyse_on_a_folder_named_like_dicom_says_nothing_was_found(hostile: dict[str, Path]) -> None:
    result = run_scanlens("analyze", "--json", str(hostile["x.dcm"]))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "no image files found" in result.stderr


# --- permissions -----------------------------------------------------------------------------------


@pytest.fixture
def locked_png(tmp_path: Path) -> Path:
    path = tmp_path / "locked scan.png"
    Image.fromarray(np.zeros((8, 8), np.uint8)).save(path)
    return path


@pytest.mark.skipif(os.name != "posix" or IS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file_real_permissions(locked_png: Path) -> None:
    locked_png.chmod(0)
    try:
        assert "Permission denied" in refusal(locked_png)
        assert_cli_refuses(run_scanlens("info", "--json", str(locked_png)), 1)
    finally:
        locked_png.chmod(0o600)


def test_unreadable_file_message(locked_png: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI) mode 000 does not block reads, so ``open`` is made to refuse, as the OS would."""
    import builtins

    real_open = builtins.open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if "locked" in str(file):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", deny)
    assert "Permission denied" in refusal(locked_png)


@pytest.mark.parametrize("command", ["info", "analyze"])
def test_unreadable_file_through_the_cli(locked_png: Path, command: str) -> None:
    (record,) = assert_cli_refuses(run_scanlens(command, "--json", str(locked_png), wrapper=_DENY_WRAPPER), 1)
    assert "Permission denied" in record["error"]


# --- awkward paths ---------------------------------------------------------------------------------


@pytest.fixture
def unicode_copy(tmp_path: Path, samples_dir: Path) -> Path:
    folder = tmp_path / "Ünïcødé scans"
    folder.mkdir()
    target = folder / "胸部 X.dcm"
    shutil.copyfile(samples_dir / DICOM_SAMPLE, target)
    return target


def test_unicode_path_with_spaces_loads(unicode_copy: Path) -> None:
    image = load_image(unicode_copy)
    assert image.path == str(unicode_copy) and image.rows == 1024


def test_unicode_path_through_info_and_analyse(unicode_copy: Path) -> None:
    info = run_scanlens("info", "--json", str(unicode_copy))
    assert info.returncode == 0, info.stderr
    (record,) = json_records(info)
    assert record["ok"] and record["file"] == str(unicode_copy)
    analysed = run_scanlens("analyze", "--json", str(unicode_copy))
    assert "Traceback" not in analysed.stderr
    (result,) = json_records(analysed)
    assert result["file"] == str(unicode_copy) and result["sha256"]
    if not result["ok"]:  # no diagnostic model for this kind yet: refused by the gate, not by the path
        assert analysed.returncode == 2 and result["gate"] is not None


def test_unicode_refusal_is_valid_json(tmp_path: Path) -> None:
    path = tmp_path / "Ünïcødé" / "ﬁlé ñame.png"
    path.parent.mkdir()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (record,) = assert_cli_refuses(run_scanlens("info", "--json", str(path)), 1)
    assert record["file"] == str(path)


# --- read-only media -------------------------------------------------------------------------------


@pytest.fixture
def read_only_media(tmp_path: Path, samples_dir: Path) -> Iterator[Path]:
    """Scans on a medium that cannot be written: a real read-only mount as root, else a mode-0555 folder."""
    folder = tmp_path / "DVD"
    folder.mkdir()
    if IS_ROOT:
        mount_tmpfs(folder, "size=4m")
    for name in (DICOM_SAMPLE, JPEG_SAMPLE):
        shutil.copyfile(samples_dir / name, folder / name)
    if IS_ROOT:
        done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, timeout=30)
        if done.returncode != 0:
            subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)
            pytest.skip(f"cannot remount read-only: {done.stderr.decode(errors='replace').strip()}")
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if IS_ROOT:
            subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)
        else:
            folder.chmod(0o755)


def test_read_only_media_loads(read_only_media: Path) -> None:
    with pytest.raises(OSError):
        (read_only_media / "probe.txt").write_bytes(b"x")  # really read-only
    assert load_image(read_only_media / DICOM_SAMPLE).rows == 1024
    assert load_image(read_only_media / JPEG_SAMPLE).rows > 0


def test_read_only_media_info_and_analyse(read_only_media: Path) -> None:
    info = run_scanlens("info", "--json", str(read_only_media / DICOM_SAMPLE))
    assert info.returncode == 0 and json_records(info)[0]["ok"], info.stderr
    analysed = run_scanlens("analyze", "--json", str(read_only_media / JPEG_SAMPLE))
    assert "Traceback" not in analysed.stderr and len(json_records(analysed)) == 1


def test_writing_onto_read_only_media_is_refused_clearly(read_only_media: Path) -> None:
    from desktop_app.fsutil import WriteError, atomic_write_bytes

    with pytest.raises(WriteError) as info:
        atomic_write_bytes(read_only_media / "report.pdf", b"%PDF-1.7")
    assert "\n" not in str(info.value) and ("read-only" in str(info.value) or "permission" in str(info.value))
    rendered = run_scanlens("render", str(read_only_media / JPEG_SAMPLE), "-o", str(read_only_media / "out.png"))
    assert rendered.returncode == 1 and "Traceback" not in rendered.stderr
    (line,) = rendered.stderr.strip().splitlines()
    assert "cannot write" in line
    assert sorted(p.name for p in read_only_media.iterdir()) == sorted([DICOM_SAMPLE, JPEG_SAMPLE])
