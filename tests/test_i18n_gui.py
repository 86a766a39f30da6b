# SPDX-License-Identifier: Apache-2.0
"""The interface language at start-up (compiled .qm, or the .ts when none was built), right to left for
Arabic with the image left to right, and the language / text size settings."""

from __future__ import annotations

import logging
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

import desktop_app.i18n as i18n
from desktop_app.i18n import build
from desktop_app.ui.settings.display_settings import (
    DisplayPrefs,
    DisplaySettingsDialog,
    load_display_prefs,
    save_display_prefs,
)
from desktop_app.ui.shell import language
from desktop_app.ui.shell.main_window import MainWindow
from tests.test_ui_analysis_support import close_window, make_window

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def use_translations(folder: Path, monkeypatch: pytest.MonkeyPatch, compiled: bool) -> None:
    """The repository's .ts files in ``folder`` (compiled to .qm when ``compiled``) as the app's translations."""
    folder.mkdir()
    for ts in build.ts_files():
        shutil.copy(ts, folder / ts.name)
    if compiled:
        build.release(sorted(folder.glob("*.ts")))
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setattr(language, "translations_dir", lambda: folder)
    i18n.catalog.cache_clear()


@pytest.fixture
def translated(qapp, tmp_path, monkeypatch):
    """Builds a window after installing a language; English and left-to-right again afterwards."""
    windows: list[MainWindow] = []

    def start(code: str, qtbot, compiled: bool = True) -> MainWindow:
        use_translations(tmp_path / "translations", monkeypatch, compiled)
        assert language.install_language(qapp, code) == code
        win = make_window(qtbot, tmp_path)
        windows.append(win)
        return win

    yield start
    for win in windows:
        close_window(win)
    language.install_language(qapp, "en")
    i18n.catalog.cache_clear()


def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_spanish_menus_from_the_compiled_translation(translated, qtbot):
    win = translated("es", qtbot)
    titles = menu_titles(win)
    assert titles[:4] == ["&Archivo", "&Ver", "&Imagen", "A&nálisis"] and titles[-1] == "A&yuda"
    assert win.commands["open"].text() == "&Abrir archivo(s)…"
    assert win.metadata_dock.windowTitle() == "Información de la imagen"
    assert i18n.current_language() == "es"  # the core speaks the same language
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_without_a_qm_the_ts_is_read_and_the_log_says_so(translated, qtbot, caplog):
    with caplog.at_level(logging.WARNING, logger=language.__name__):
        win = translated("fr", qtbot, compiled=False)
    assert menu_titles(win)[0] == "&Fichier"
    assert any("scanlens_fr.qm was not built" in r.getMessage() for r in caplog.records)
    assert QCoreApplication.translate("Actions", "not a ScanLens string") == "not a ScanLens string"


def test_arabic_lays_out_right_to_left_but_never_mirrors_the_image(translated, qtbot):
    win = translated("ar", qtbot)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.viewer.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu_titles(win)[0] == "&ملف"


def test_english_removes_the_translators(translated, qtbot):
    translated("fr", qtbot)
    language.install_language(QApplication.instance(), "en")
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_dock_names_in_the_saved_layout_do_not_depend_on_the_language(translated, qtbot):
    win = translated("pt", qtbot)
    assert win.metadata_dock.objectName() == "dock_image_information"
    assert win.metadata_dock.windowTitle() == "Informações da imagem"


def test_display_settings_persist(qtbot, tmp_path):
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    assert load_display_prefs(settings) == DisplayPrefs("system", 100)
    dialog = DisplaySettingsDialog(load_display_prefs(settings))
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(1, 6)] == ["English", "Français", "Español", "Português",
                                                                  "العربية"]
    assert dialog.restart_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(150))
    assert not dialog.restart_note.isHidden() and dialog.language_changed()
    save_display_prefs(settings, dialog.prefs())
    settings.sync()
    assert load_display_prefs(QSettings(path, QSettings.Format.IniFormat)) == DisplayPrefs("ar", 150)


def test_unknown_saved_values_read_as_the_defaults(tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("display/language", "de")
    settings.setValue("display/text_scale", "huge")
    assert load_display_prefs(settings) == DisplayPrefs("system", 100)


def test_the_settings_dialog_from_the_window_saves_scales_text_and_notes_the_restart(qtbot, tmp_path, monkeypatch):
    win = make_window(qtbot, tmp_path)
    app = QApplication.instance()
    normal = app.font().pointSizeF()

    def choose(dialog: DisplaySettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(125))
        assert dialog.findChild(QDialogButtonBox) is not None
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DisplaySettingsDialog, "exec", choose)
    try:
        win.commands["display_settings"].trigger()
        assert load_display_prefs(win.settings) == DisplayPrefs("fr", 125)
        assert app.font().pointSizeF() == pytest.approx(normal * 1.25)
        assert win.statusBar().currentMessage() == "The new language is used the next time ScanLens starts."
    finally:
        language.apply_text_scale(app, 100)
        close_window(win)
    assert app.font().pointSizeF() == pytest.approx(normal)


def test_spanish_window_shows_the_analysis_sentence_and_labels_in_spanish(translated, qtbot):
    from tests.test_ui_analysis_support import analyse_and_wait, open_and_wait

    win = translated("es", qtbot)
    open_and_wait(qtbot, win, SAMPLES / "chest_pneumonia_person1003_virus_1685.jpeg")
    prediction = analyse_and_wait(qtbot, win)
    assert prediction.decision == "PNEUMONIA"  # what is recorded stays the card's id
    sentence = win.analysis.panel.result.decision.text()
    assert sentence.startswith("Sospecha de NEUMONÍA") and "suspected" not in sentence
    assert "NEUMONÍA" in win.analysis.panel.result.bars.accessibleDescription()
