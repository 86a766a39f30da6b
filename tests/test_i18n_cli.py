# SPDX-License-Identifier: Apache-2.0
"""``--language`` on the command line: every command, before or after it; JSON never changes with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app import commands as cli
from desktop_app import i18n
from desktop_app.__main__ import main
from desktop_app.app import run_gui

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
HAND = SAMPLES / "other_hand_xray_mednist.jpeg"  # refused by the input gate: "not analysed"
CHEST = SAMPLES / "chest_normal_IM-0117-0001.jpeg"


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def assert_unknown_language_error(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Unknown language 'xx'" in err and "en, fr, es, pt, ar" in err


@pytest.mark.parametrize("args", [
    ["info", str(HAND), "--language", "xx"],
    ["--language", "xx", "info", str(HAND)],
    ["audit", "verify", "--language", "xx"],
])
def test_unknown_language_is_one_line_and_exit_2(args, capsys):
    assert main(args) == 2
    assert_unknown_language_error(capsys.readouterr().err)


def test_unknown_language_for_the_gui_is_refused_before_qt(capsys):
    assert run_gui(["--language", "xx", "--new-instance"]) == 2
    assert_unknown_language_error(capsys.readouterr().err)


def test_analyze_speaks_french_after_the_command(capsys):
    assert main(["analyze", str(HAND), "--no-record", "--language", "fr"]) == 2
    out = capsys.readouterr().out
    assert f"{HAND}\u00a0: non analysé\u00a0: " in out and "not analysed" not in out  # French spacing: no-break


def test_language_before_the_command_and_on_a_nested_action(tmp_path, capsys):
    assert main(["--language", "es", "info", str(tmp_path / "missing.png")]) == 2
    assert "  rechazado: " in capsys.readouterr().out
    assert main(["audit", "--language", "pt", "verify", "--db", str(tmp_path / "none.db")]) == 2
    assert "não há histórico de casos em" in capsys.readouterr().err


def test_without_the_option_the_system_locale_decides(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "es_ES")
    assert cli.run(["info", str(tmp_path / "missing.png")]) == 2
    assert "  rechazado: " in capsys.readouterr().out
    monkeypatch.setenv("LANGUAGE", "de_DE")  # a language ScanLens does not speak: English
    assert cli.run(["info", str(tmp_path / "missing.png")]) == 2
    assert "  refused: " in capsys.readouterr().out


def test_a_command_leaves_the_language_as_it_found_it(tmp_path, capsys):
    i18n.set_language("pt")
    cli.run(["info", str(tmp_path / "missing.png"), "--language", "ar"])
    assert i18n.current_language() == "pt"
    assert "مرفوض" in capsys.readouterr().out


def test_json_keys_and_labels_do_not_change_with_the_language(capsys):
    records = {}
    for code in ("en", "ar"):
        assert main(["analyze", str(CHEST), str(HAND), "--json", "--no-record", "--language", code]) == 2
        records[code] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    english, arabic = records["en"], records["ar"]
    assert [sorted(r) for r in english] == [sorted(r) for r in arabic]
    assert english[0]["decision"] == arabic[0]["decision"] == "NORMAL"
    assert english[0]["scores"] == arabic[0]["scores"]
    assert english[1]["gate"]["label"] == arabic[1]["gate"]["label"]
