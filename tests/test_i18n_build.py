# SPDX-License-Identifier: Apache-2.0
"""``python -m desktop_app.i18n.build``: lupdate/lrelease, the completeness check, draft filling.

The checker is tried on a small synthetic project (so it can be seen failing); the last test runs it on
the repository itself: every string of the code must be translated in every language.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.i18n import build, ts_format

CODE = '''\
from PySide6.QtCore import QCoreApplication, QObject
from desktop_app.i18n import translate


class Panel(QObject):
    def title(self):
        return self.tr("&Results")


def message(path):
    return translate("Cli", "cannot read {path}").format(path=path)


def quoted():
    return QCoreApplication.translate("Cli", 'a "quoted" <word> & more')
'''


def make_project(tmp_path: Path, code: str = CODE) -> tuple[list[Path], Path]:
    source = tmp_path / "app.py"
    source.write_text(code, encoding="utf-8")
    ts = tmp_path / "translations" / "scanlens_fr.ts"
    build.lupdate([source], ts, "fr")
    return [source], ts


def write_draft(tmp_path: Path, draft: dict) -> Path:
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    return path


def fill(draft_path: Path, ts: Path) -> tuple[int, list[str]]:
    by_language, problems = build.drafts.load([draft_path])
    count, found = build.drafts.apply(by_language.get("fr", {}), ts)
    return count, problems + found


FRENCH = {
    "Panel": {"&Results": {"fr": "&Résultats"}},
    "Cli": {"cannot read {path}": {"fr": "impossible de lire {path}"},
            'a "quoted" <word> & more': {"fr": "un mot « cité » <mot> & plus"}},
}


def test_lupdate_finds_every_kind_of_call(tmp_path):
    _sources, ts = make_project(tmp_path)
    assert build.completeness.keys(ts) == {
        ("Panel", "&Results"), ("Cli", "cannot read {path}"), ("Cli", 'a "quoted" <word> & more')}


def test_ts_files_are_written_back_exactly_as_lupdate_writes_them(tmp_path):
    _sources, ts = make_project(tmp_path)
    assert ts_format.dumps(ts_format.read(ts)) == ts.read_text(encoding="utf-8")


def test_check_reports_untranslated_strings_then_passes_once_filled(tmp_path):
    sources, ts = make_project(tmp_path)
    problems = build.check(sources, [ts])
    assert len(problems) == 3 and all("not translated" in p for p in problems)
    assert fill(write_draft(tmp_path, FRENCH), ts) == (3, [])
    assert build.check(sources, [ts]) == []
    text = ts.read_text(encoding="utf-8")
    assert "<translation>&amp;Résultats</translation>" in text and 'type="unfinished"' not in text
    # lupdate merging into the filled file changes nothing: fill wrote lupdate's own layout
    build.lupdate(sources, ts, "fr")
    assert ts.read_text(encoding="utf-8") == text


def test_check_reports_a_string_the_ts_lacks_and_one_the_code_dropped(tmp_path):
    sources, ts = make_project(tmp_path)
    fill(write_draft(tmp_path, FRENCH), ts)
    changed = CODE.replace('self.tr("&Results")', 'self.tr("&Findings")')
    sources[0].write_text(changed, encoding="utf-8")
    problems = build.check(sources, [ts])
    assert any("[Panel] '&Findings': missing" in p for p in problems)
    assert any("[Panel] '&Results': no longer in the code" in p for p in problems)
    assert len(problems) == 2


def test_check_reports_a_missing_ts_file(tmp_path):
    sources, ts = make_project(tmp_path)
    problems = build.check(sources, [ts, ts.with_name("scanlens_es.ts")])
    assert "scanlens_es.ts: the file is missing (run: make translations)" in problems


def test_check_reports_a_translation_that_lost_a_placeholder(tmp_path):
    sources, ts = make_project(tmp_path)
    fill(write_draft(tmp_path, FRENCH), ts)
    text = ts.read_text(encoding="utf-8").replace("impossible de lire {path}", "impossible de lire {chemin}")
    ts.write_text(text, encoding="utf-8")
    problems = build.check(sources, [ts])
    assert len(problems) == 1 and "placeholders ['{chemin}']" in problems[0]


def test_fill_refuses_bad_drafts_and_keeps_the_good_entries(tmp_path):
    _sources, ts = make_project(tmp_path)
    draft = {
        "Panel": {"&Results": {"fr": "&Résultats", "de": "&Ergebnisse"}},
        "Cli": {"cannot read {path}": {"fr": "impossible de lire {chemin}"}, "not in the code": {"fr": "absent"}},
    }
    count, problems = fill(write_draft(tmp_path, draft), ts)
    assert count == 1
    assert any("unknown language 'de'" in p for p in problems)
    assert any("placeholders ['{chemin}']" in p for p in problems)
    assert any("'not in the code': not in the file" in p for p in problems)
    assert "<translation>&amp;Résultats</translation>" in ts.read_text(encoding="utf-8")


def test_fill_explains_a_draft_that_is_not_the_expected_shape(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"Panel": ["&Results"]}', encoding="utf-8")
    by_language, problems = build.drafts.load([path, tmp_path / "absent.json"])
    assert by_language == {}
    assert "expected" in problems[0] and "cannot read the draft" in problems[1]


def test_release_compiles_a_qm(tmp_path):
    _sources, ts = make_project(tmp_path)
    fill(write_draft(tmp_path, FRENCH), ts)
    (qm,) = build.release([ts], tmp_path / "out")
    assert qm == tmp_path / "out" / "scanlens_fr.qm" and qm.stat().st_size > 100


def test_missing_tool_is_one_clear_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setattr(build.shutil, "which", lambda *args, **kwargs: None)
    assert build.main(["update"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pyside6-lupdate was not found" in err and "PySide6" in err


def test_qt_translations_picks_only_our_languages(tmp_path):
    for name in ("qtbase_fr.qm", "qtbase_pt_BR.qm", "qtbase_de.qm", "qtbase_es.qm", "qt_fr.qm"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in build.qt_translations(tmp_path)] == ["qtbase_fr.qm", "qtbase_es.qm", "qtbase_pt_BR.qm"]


# Last on purpose: every string the code marks is translated in every language. After new strings are
# wrapped: make translations, then translate them (Qt Linguist, or a draft and `build fill`).
def test_the_repository_translations_are_complete():
    problems = build.check(build.source_files(), build.ts_files())
    assert not problems, "\n".join(problems[:40])
