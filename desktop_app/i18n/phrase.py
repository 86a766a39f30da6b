# SPDX-License-Identifier: Apache-2.0
"""Sentences the core makes (decision, scope reasons, refusals) that can be said again in another language.

A :class:`Phrase` is a ``str``: its value is the sentence in the language that was current when it was made,
so the screen, the CLI's printed lines and the case history use it as any text. It also keeps its
translatable source and values, so the PDF can say it in the report's language (``phrase.text("fr")``) and
the CLI's JSON in English (:func:`english`). Values may be plain text (kept as is: DICOM text, file names,
label ids), :class:`Number`, :class:`Term` (a card label with its translations), :class:`Joined` or other
phrases; each is said in the phrase's language.

Made as every translated string is, translate first and fill the placeholders after:
``phrases.translate("Scope", "age {age} — validated {range}").format(age=..., range=...)`` — pyside6-lupdate
extracts ``.translate("Context", "source")`` calls with exactly two arguments.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app.i18n import SOURCE_LANGUAGE, current_language, is_right_to_left, translate
from desktop_app.i18n import formats as fmt


class Localisable(Protocol):
    def text(self, language: str | None = None) -> str: ...


def say(value: object, language: str | None = None) -> str:
    """``value`` in ``language`` (default: the current one): a :class:`Localisable` is said, anything else
    is ``str(value)``."""
    text = getattr(value, "text", None)
    return text(language) if callable(text) else str(value)


def english(value: object) -> str:
    """``value`` in English: what the CLI's JSON carries unless a language was asked for."""
    return say(value, SOURCE_LANGUAGE)


@dataclass(frozen=True)
class Number:
    """A number said with the language's decimal mark: ``decimals`` places, or ``significant`` digits."""

    value: float
    decimals: int = 2
    significant: bool = False

    def text(self, language: str | None = None) -> str:
        if self.significant:
            return fmt.significant(self.value, self.decimals, language)
        return fmt.decimal(self.value, self.decimals, language)


@dataclass(frozen=True)
class Term:
    """A word a model card names (a label, a kind of image), with the card's translations of it."""

    source: str
    translations: Mapping[str, str]

    def text(self, language: str | None = None) -> str:
        return self.translations.get(language or current_language()) or self.source


@dataclass(frozen=True)
class Joined:
    """Items said one after the other with the language's list separator (``strong``: the semicolon)."""

    items: tuple[Any, ...]
    strong: bool = False

    def text(self, language: str | None = None) -> str:
        code = language or current_language()
        return fmt.join([say(item, code) for item in self.items], code, strong=self.strong)


def _render(context: str, source: str, values: Mapping[str, Any], language: str) -> str:
    if not values:
        return translate(context, source, language)
    said = {name: say(value, language) for name, value in values.items()}
    try:
        return translate(context, source, language).format(**said)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders: say it in English
        return source.format(**said)


class Phrase(str):
    """``translate(context, source).format(**values)`` that remembers how it was made (see the module doc)."""

    context: str
    source: str
    values: dict[str, Any]
    language: str

    def __new__(cls, context: str, source: str, /, *, language: str | None = None, **values: Any) -> Phrase:
        code = language or current_language()
        return _made(_render(context, source, values, code), context, source, values, code)

    def format(self, *args: object, **values: Any) -> Phrase:
        """This phrase with its placeholders filled (``values`` are said in the phrase's language)."""
        if args:
            raise TypeError("Phrase.format takes named values only")
        return _made(_render(self.context, self.source, values, self.language), self.context, self.source,
                     values, self.language)

    def text(self, language: str | None = None) -> str:
        """This sentence in ``language`` (default: the current language)."""
        code = language or current_language()
        return str(self) if code == self.language else _render(self.context, self.source, self.values, code)

    @property
    def english(self) -> str:
        return self.text(SOURCE_LANGUAGE)

    def __reduce__(self) -> tuple[Any, ...]:
        return _made, (str(self), self.context, self.source, self.values, self.language)


def _made(text: str, context: str, source: str, values: dict[str, Any], language: str) -> Phrase:
    phrase = str.__new__(Phrase, text)
    phrase.context, phrase.source, phrase.values, phrase.language = context, source, dict(values), language
    return phrase


class _Phrases:
    """``phrases.translate(context, source)``: a :class:`Phrase` in the current language (lupdate-visible)."""

    def translate(self, context: str, source: str) -> Phrase:
        return Phrase(context, source)


phrases = _Phrases()


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``source`` for translation where it is defined (a table of labels); translate it where it is shown."""
    return source


@dataclass(frozen=True)
class Wording:
    """Translations into one given language (a report's), rather than the current one.

    ``Wording("fr").translate("Report", "Patient name")`` — lupdate extracts such two-argument calls.
    """

    language: str

    def translate(self, context: str, source: str) -> str:
        return translate(context, source, self.language)

    def say(self, value: object) -> str:
        """A :class:`Phrase` (or any :class:`Localisable`) in this language; other values as text."""
        return say(value, self.language)

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.language)
