# SPDX-License-Identifier: Apache-2.0
"""Interface language and text size, and their dialog (View → Language and Text Size).

They live in ``QSettings`` under ``display/`` and are applied when ScanLens starts
(``ui/shell/application.py``); the text size also at once. The language needs a restart: every widget
would otherwise have to rebuild its texts, and a half-translated window is worse than waiting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.i18n import LANGUAGES

SYSTEM = "system"
# Percent of the normal font size -> how the choice is shown.
TEXT_SCALES: dict[int, str] = {
    100: QT_TRANSLATE_NOOP("DisplaySettingsDialog", "Normal"),
    125: QT_TRANSLATE_NOOP("DisplaySettingsDialog", "Large (125 %)"),
    150: QT_TRANSLATE_NOOP("DisplaySettingsDialog", "Larger (150 %)"),
}


@dataclass(frozen=True)
class DisplayPrefs:
    language: str = SYSTEM  # SYSTEM or a code of desktop_app.i18n.LANGUAGES
    text_scale: int = 100  # a key of TEXT_SCALES


def load_display_prefs(settings: QSettings) -> DisplayPrefs:
    """The saved choices; anything unknown (an edited file, an older version) reads as the default."""
    language = str(settings.value("display/language", SYSTEM) or SYSTEM)
    try:
        scale = int(str(settings.value("display/text_scale", 100)))
    except ValueError:
        scale = 100
    return DisplayPrefs(language=language if language in LANGUAGES else SYSTEM,
                        text_scale=scale if scale in TEXT_SCALES else 100)


def save_display_prefs(settings: QSettings, prefs: DisplayPrefs) -> None:
    settings.setValue("display/language", prefs.language)
    settings.setValue("display/text_scale", prefs.text_scale)


class DisplaySettingsDialog(QDialog):
    """Edit :class:`DisplayPrefs`; :meth:`prefs` returns what the user chose."""

    def __init__(self, prefs: DisplayPrefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language and Text Size"))
        self._initial = prefs
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGES.items():  # each language in its own name, whatever the current one
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        self.text_scale = QComboBox(self)
        for percent, text in TEXT_SCALES.items():
            self.text_scale.addItem(self.tr(text), percent)
        self.text_scale.setCurrentIndex(self.text_scale.findData(prefs.text_scale))
        self.restart_note = QLabel(self.tr("The new language is used the next time ScanLens starts."), self)
        self.restart_note.setWordWrap(True)
        self._build()
        self.language.currentIndexChanged.connect(self._show_restart_note)
        self._show_restart_note()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text size:"), self.text_scale)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)

    def _show_restart_note(self) -> None:
        self.restart_note.setVisible(self.language_changed())

    def language_changed(self) -> bool:
        return self.prefs().language != self._initial.language

    def prefs(self) -> DisplayPrefs:
        return DisplayPrefs(language=str(self.language.currentData()), text_scale=int(self.text_scale.currentData()))
