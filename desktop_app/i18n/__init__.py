# SPDX-License-Identifier: Apache-2.0
"""Languages of the user interface, the CLI's messages and the PDF report (Qt-free).

One set of sources: the Qt Linguist files ``resources/translations/scanlens_<code>.ts`` (made by
``make translations`` with pyside6-lupdate, edited in Qt Linguist). The Qt user interface loads the compiled
``.qm`` with ``QTranslator``; the Qt-free core (decision sentences, scope reasons, the PDF, CLI messages) reads
the same ``.ts`` here, so a string is translated once for both. Core code marks a string with
``translate("Context", "text")`` — pyside6-lupdate extracts such calls — and fills placeholders after
translating: ``translate("Scope", "age {age} — validated {range}").format(...)``.

Unfinished, obsolete and vanished entries are ignored, as lrelease does: the English source is shown.
"""

from __future__ import annotations

import functools
import locale
import os
from pathlib import Path

from desktop_app.i18n import ts_format
from desktop_app.resources import resource_path

SOURCE_LANGUAGE = "en"
# Code -> the language's own name (what the Settings choice shows).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
_SKIPPED_TYPES = frozenset({ts_format.UNFINISHED, ts_format.OBSOLETE, ts_format.VANISHED})

_current = SOURCE_LANGUAGE


class UnknownLanguage(ValueError):
    """A language code ScanLens has no translation for."""


def translations_dir() -> Path:
    return resource_path("translations")


def ts_file(code: str) -> Path:
    return translations_dir() / f"scanlens_{code}.ts"


def normalise(code: str | None) -> str | None:
    """'fr_FR.UTF-8', 'pt-BR', 'AR' -> 'fr', 'pt', 'ar'; None/'' /'C'/'POSIX' -> None."""
    if not code:
        return None
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return None if base in ("", "c", "posix") else base


def system_language() -> str:
    """The system locale's language if ScanLens speaks it, else English."""
    candidates = [os.environ.get(var) for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    try:
        candidates.append(locale.getlocale()[0])
    except ValueError:
        pass
    for candidate in candidates:
        for part in (candidate or "").split(":"):
            code = normalise(part)
            if code in LANGUAGES:
                return code
    return SOURCE_LANGUAGE


def resolve(code: str | None) -> str:
    """A supported code for ``code``; None or 'system' means the system locale. Raises UnknownLanguage."""
    if code is None or code.strip().lower() in ("", "system"):
        return system_language()
    base = normalise(code)
    if base not in LANGUAGES:
        message = translate("Languages", "Unknown language '{code}'. ScanLens speaks: {codes} (or 'system').")
        raise UnknownLanguage(message.format(code=code, codes=", ".join(LANGUAGES)))
    return base


def set_language(code: str | None) -> str:
    """Make ``code`` (None: the system's) the language of every later translate(); returns the code used."""
    global _current
    _current = resolve(code)
    return _current


def current_language() -> str:
    return _current


def is_right_to_left(code: str | None = None) -> bool:
    return (code or _current) in RIGHT_TO_LEFT


@functools.cache
def catalog(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read from the language's .ts file ({} if absent)."""
    path = ts_file(code)
    if code == SOURCE_LANGUAGE or not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context, message in ts_format.messages(ts_format.read(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in _SKIPPED_TYPES or not translation.text:
            continue
        entries[(context, ts_format.source_of(message))] = translation.text
    return entries


def translate(context: str, text: str, language: str | None = None) -> str:
    """``text`` in ``language`` (default: the current one); the English source when not translated."""
    code = language or _current
    if code == SOURCE_LANGUAGE:
        return text
    return catalog(code).get((context, text), text)
