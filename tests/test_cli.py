# SPDX-License-Identifier: Apache-2.0
"""``scanlens info`` and ``scanlens render`` (via ``cli.run`` and as a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app import commands as cli
from desktop_app.imaging import WindowPreset, load_image, render_frame

REPO_ROOT = Path(__file__).resolve().parents[1]


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_command_names():
    names = cli.command_names()
    assert {"info", "render", "analyze", "models", "history", "audit", "self-test", "bench"} <= names
    assert "nonsense" not in names


def test_a_command_is_one_module_with_register(capsys, monkeypatch):
    import types

    from desktop_app.commands.common import add_command

    def handler(ns):
        print("hello " * ns.times)
        return 0

    def register(subparsers):
        add_command(subparsers, "hello", "Say hello.", handler).add_argument("--times", type=int, default=1)

    monkeypatch.setitem(sys.modules, "scanlens_test_hello", types.SimpleNamespace(register=register))
    monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, "scanlens_test_hello.command"])
    monkeypatch.setitem(sys.modules, "scanlens_test_hello.command", types.SimpleNamespace(register=register))
    assert "hello" in cli.command_names()
    assert cli.run(["hello", "--times", "2"]) == 0
    assert capsys.readouterr().out.strip() == "hello hello"


def test_broken_command_module_does_not_break_the_others(capsys, monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["does_not_exist", *cli.COMMAND_MODULES])
    assert "info" in cli.command_names()
    assert "does_not_exist" in capsys.readouterr().err


def test_info_json_on_bundled_samples(samples_dir, capsys):
    files = [*sorted(str(p) for p in samples_dir.glob("*.jpeg")), str(samples_dir / "nih_cxr14_dx_no_finding.dcm")]
    assert cli.run(["info", "--json", *files]) == 0
    records = json_lines(capsys.readouterr().out)
    assert [r["file"] for r in records] == files
    for record in records:
        assert record["ok"] is True
        assert set(record) >= {"metadata", "pixel_stats", "decoder", "frames", "format", "window"}
        assert record["frames"] == 1
        assert set(record["pixel_stats"]) == {"min", "max", "mean"}
        assert set(record["window"]) == {"center", "width", "name"}
    dicom = records[-1]
    assert dicom["format"] == "dicom" and dicom["decoder"] == "pydicom/native"
    assert dicom["metadata"]["modality"] == "DX"
    assert dicom["metadata"]["patient_id"] == "Covid0000"
    assert records[0]["format"] == "jpeg"


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_info_refused_file(tmp_path, samples_dir, capsys):
    broken = tmp_path / "broken.dcm"
    broken.write_bytes(b"\0" * 128 + b"DICM" + b"\x02\x00\x10\x00UI" + b"\xff" * 40)
    good = str(samples_dir / "other_hand_xray_mednist.jpeg")
    assert cli.run(["info", "--json", good, str(broken)]) == 2
    ok, bad = json_lines(capsys.readouterr().out)
    assert ok["ok"] is True
    assert bad == {"file": str(broken), "ok": False, "error": bad["error"]}
    assert bad["error"] and "\n" not in bad["error"]


def test_info_text_output(samples_dir, capsys):
    assert cli.run(["info", str(samples_dir / "nih_cxr14_dx_no_finding.dcm"), "missing.png"]) == 2
    out = capsys.readouterr().out
    assert "nih_cxr14_dx_no_finding.dcm" in out and "modality: DX" in out
    assert "missing.png\n  refused: File not found" in out
    assert "Traceback" not in out


def read_png(path: Path) -> np.ndarray:
    with Image.open(path) as img:
        return np.asarray(img)


def test_render_writes_render_frame_pixels(tmp_path, samples_dir, capsys):
    source = samples_dir / "nih_cxr14_dx_no_finding.dcm"
    out = tmp_path / "out.png"
    assert cli.run(["render", str(source), "-o", str(out)]) == 0
    expected = render_frame(load_image(source))
    np.testing.assert_array_equal(read_png(out), expected)
    assert "wrote" in capsys.readouterr().out


def test_render_window_and_invert_change_pixels(tmp_path, samples_dir):
    source = samples_dir / "chest_normal_IM-0117-0001.jpeg"
    image = load_image(source)
    plain, windowed, inverted = (tmp_path / f"{n}.png" for n in ("plain", "windowed", "inverted"))
    assert cli.run(["render", str(source), "-o", str(plain)]) == 0
    assert cli.run(["render", str(source), "-o", str(windowed), "--window", "100", "50"]) == 0
    assert cli.run(["render", str(source), "-o", str(inverted), "--invert"]) == 0
    assert not np.array_equal(read_png(plain), read_png(windowed))
    np.testing.assert_array_equal(read_png(windowed), render_frame(image, window=WindowPreset(100, 50)))
    np.testing.assert_array_equal(read_png(inverted), 255 - read_png(plain))


def test_render_colour_is_rgb(tmp_path):
    rgb = np.zeros((6, 8, 3), np.uint8)
    rgb[..., 0] = 200  # red
    rgb[:, :4, 2] = 90
    Image.fromarray(rgb).save(tmp_path / "colour.png")
    assert cli.run(["render", str(tmp_path / "colour.png"), "-o", str(tmp_path / "out.png")]) == 0
    np.testing.assert_array_equal(read_png(tmp_path / "out.png"), rgb)


def test_render_multiframe_frame_option(tmp_path):
    import pydicom
    from pydicom.data import get_testdata_file

    source = get_testdata_file("SC_rgb_rle_2frame.dcm", download=False)
    if source is None:
        pytest.skip("SC_rgb_rle_2frame.dcm not available")
    out = tmp_path / "f1.png"
    assert cli.run(["render", source, "-o", str(out), "--frame", "1"]) == 0
    np.testing.assert_array_equal(read_png(out), pydicom.dcmread(source).pixel_array[1])
    assert cli.run(["render", source, "-o", str(out), "--frame", "2"]) == 2


@pytest.mark.parametrize(
    "args",
    [
        ["render", "missing.dcm", "-o", "x.png"],
        ["render", "{sample}", "-o", "x.png", "--window", "100", "0"],
        ["render", "{sample}"],  # no output: argparse usage error
        ["info"],
    ],
)
def test_refusals_exit_2_without_traceback(args, samples_dir, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = [a.replace("{sample}", str(samples_dir / "other_hand_xray_mednist.jpeg")) for a in args]
    assert cli.run(args) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.strip()


def test_unwritable_output_exits_1(samples_dir, tmp_path, capsys):
    source = samples_dir / "other_hand_xray_mednist.jpeg"
    assert cli.run(["render", str(source), "-o", str(tmp_path / "no" / "such" / "dir.png")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_unexpected_error_is_one_line(monkeypatch, capsys, samples_dir):
    import desktop_app.imaging as imaging

    def explode(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(imaging, "render_frame", explode)
    code = cli.run(["render", str(samples_dir / "other_hand_xray_mednist.jpeg"), "-o", "/tmp/never.png"])
    assert code == 1
    err = capsys.readouterr().err
    assert err.strip() == "scanlens render: unexpected error: boom"


def test_subprocess_entry_point(samples_dir, tmp_path):
    """``python -m desktop_app info --json`` prints JSON Lines and exits 2 when any file is refused."""
    sample = str(samples_dir / "nih_cxr14_dx_no_finding.dcm")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "info", "--json", sample, str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    ok, bad = json_lines(result.stdout)
    assert ok["ok"] and ok["metadata"]["rows"] == 1024
    assert not bad["ok"] and "folder" in bad["error"]
    assert "Traceback" not in result.stderr
