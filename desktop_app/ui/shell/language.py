# SPDX-License-Identifier: Apache-2.0
"""The interface language and text size, applied at start-up before the main window is built.

Qt translates through ``QTranslator``s: ScanLens's compiled ``scanlens_<code>.qm`` and Qt's own
``qtbase_<code>.qm`` (standard buttons and dialogs). When the ScanLens ``.qm`` was not built (a plain
``pip install -e .`` without ``make``), :class:`CatalogTranslator` reads the ``.ts`` through
:func:`desktop_app.i18n.translate` instead, and the log says so. The Qt-free core (decision sentences, the
PDF) is switched to the same language. Arabic lays the interface out right to left; the image view stays
left to right (``ui/viewer/graphics_view.py``): an image is never mirrored.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop_app.i18n import SOURCE_LANGUAGE, is_right_to_left, set_language, translate, translations_dir

log = logging.getLogger(__name__)
_BASE_FONT_SIZE = "scanlensBaseFontSize"  # application property: the font size before any scaling
_installed: list[QTranslator] = []


class CatalogTranslator(QTranslator):
    """Translates from the ``.ts`` file (via the Qt-free catalogue) when no ``.qm`` was built."""

    def __init__(self, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._language = language

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = translate(context, source_text, self._language)
        return text if text != source_text else None  # None (a null QString): Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def language(self) -> str:
        return self._language


def _qt_translator(language: str, parent: QObject) -> QTranslator | None:
    """Qt's own strings: bundled beside ours in a frozen app, else from Qt's translations folder."""
    translator = QTranslator(parent)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder in (str(translations_dir()), qt_folder):
        if translator.load(QLocale(language), "qtbase", "_", folder):
            return translator
    log.warning("no Qt translation (qtbase_%s.qm) found; standard buttons and dialogs stay in English", language)
    return None


def _scanlens_translator(language: str, parent: QObject) -> QTranslator:
    qm = translations_dir() / f"scanlens_{language}.qm"
    translator = QTranslator(parent)
    if qm.is_file() and translator.load(str(qm)):
        return translator
    log.warning("%s was not built (run: make translations); reading the .ts file instead", qm.name)
    return CatalogTranslator(language, parent)


def install_language(app: QCoreApplication, code: str | None) -> str:
    """Make ``code`` (None or 'system': the system's) the language of the UI and the core; returns the code used.

    Raises :class:`desktop_app.i18n.UnknownLanguage` for a language ScanLens does not speak.
    """
    language = set_language(code)
    while _installed:
        app.removeTranslator(_installed.pop())
    if language != SOURCE_LANGUAGE:
        for translator in (_qt_translator(language, app), _scanlens_translator(language, app)):
            if translator is not None and app.installTranslator(translator):
                _installed.append(translator)
    if isinstance(app, QGuiApplication):
        rtl = is_right_to_left(language)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    log.info("interface language: %s", language)
    return language


def apply_text_scale(app: QGuiApplication, percent: int) -> None:
    """Scale the application font to ``percent`` of its size at start-up (every widget follows)."""
    font = app.font()
    base = app.property(_BASE_FONT_SIZE)
    if base is None:
        base = font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())
        app.setProperty(_BASE_FONT_SIZE, base)
    size = float(base) * percent / 100
    if font.pointSizeF() > 0:
        font.setPointSizeF(size)
    else:
        font.setPixelSize(round(size))
    app.setFont(font)
