# SPDX-License-Identifier: Apache-2.0
"""Numbers, percentages, dates and lists as each language writes them (Qt-free, no locale database).

Five languages do not need Babel (several MB in the frozen app): the rules are written out here.

* English keeps what ScanLens always printed: ``0.93``, ISO dates ``2025-03-04``, ``83%``.
* French, Spanish and Portuguese use a decimal comma and day/month/year dates (``0,93``, ``04/03/2025``);
  French puts a narrow no-break space before ``%`` and ``;`` (``83 %``).
* Arabic keeps Latin digits (0-9) and the decimal point, day/month/year dates, and the Arabic comma and
  semicolon between list items. Latin digits are what the Maghreb writes and what clinics across the Arab
  world read on DICOM headers, lab values and device screens; the report's IDs, dates and sizes come from
  such headers, so Arabic-Indic digits would mix two digit systems on one page. A decimal comma next to the
  Arabic comma "،" would be ambiguous, hence the point.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.i18n import current_language

NARROW_NBSP = "\u202f"
_DECIMAL_COMMA = frozenset({"fr", "es", "pt"})
_DAY_FIRST = frozenset({"fr", "es", "pt", "ar"})
_PERCENT_SPACE = frozenset({"fr"})
#: (list separator, strong separator) per language; English's for the others. French puts a narrow no-break
#: space before the semicolon.
_SEPARATORS = {"ar": ("، ", "؛ "), "fr": (", ", f"{NARROW_NBSP}; ")}
_DEFAULT_SEPARATORS = (", ", "; ")


def _code(language: str | None) -> str:
    return language or current_language()


def decimal(value: float, digits: int = 2, language: str | None = None) -> str:
    """``value`` with ``digits`` decimals: ``0.93`` (en, ar), ``0,93`` (fr, es, pt)."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if _code(language) in _DECIMAL_COMMA else text


def significant(value: float, digits: int = 3, language: str | None = None) -> str:
    """``value`` to ``digits`` significant digits (Python's ``g``), with the language's decimal mark."""
    text = f"{value:.{digits}g}"
    return text.replace(".", ",") if _code(language) in _DECIMAL_COMMA else text


def percent(fraction: float, digits: int = 0, language: str | None = None) -> str:
    """``fraction`` (0.83) as a percentage: ``83%`` (en), ``83 %`` (fr, narrow no-break space), ``83%``."""
    code = _code(language)
    number = decimal(fraction * 100, digits, code)
    return f"{number}{NARROW_NBSP}%" if code in _PERCENT_SPACE else f"{number}%"


def date_text(day: date, language: str | None = None) -> str:
    """``2025-03-04`` (en, ISO as before) or ``04/03/2025`` (day first: fr, es, pt, ar)."""
    if _code(language) in _DAY_FIRST:
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return day.isoformat()


def datetime_text(moment: datetime, language: str | None = None) -> str:
    """Date and 24-hour time, with the UTC offset when ``moment`` has one: ``04/03/2025 14:05 (UTC+01:00)``."""
    text = f"{date_text(moment.date(), language)} {moment:%H:%M}"
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def iso_date_text(text: str, language: str | None = None) -> str:
    """A ``YYYY-MM-DD`` or ``YYYYMMDD`` date in the language's order; any other text unchanged."""
    digits = text.strip().replace("-", "")
    if len(digits) != 8 or not digits.isdigit():
        return text
    try:
        day = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return text
    return date_text(day, language)


def join(items: list[str], language: str | None = None, *, strong: bool = False) -> str:
    """Items of a list in a sentence: ``a, b`` (``strong``: ``a; b``); Arabic uses ``،`` and ``؛``."""
    comma, semicolon = _SEPARATORS.get(_code(language), _DEFAULT_SEPARATORS)
    return (semicolon if strong else comma).join(items)
