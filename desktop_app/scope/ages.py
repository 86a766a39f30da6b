# SPDX-License-Identifier: Apache-2.0
"""Patient age in years from a DICOM PatientAge, a birth date with a study date, or what a user typed.

Nothing here raises: a malformed or implausible value gives an unknown age and a short note saying why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.i18n.phrase import Phrase, phrases
from desktop_app.imaging.metadata import MetaValue
from desktop_app.scope.keywords import shorten

MAX_PLAUSIBLE_YEARS = 130.0

#: unit as written (DICOM AS uses D/W/M/Y; people write more) -> years per unit; no unit means years.
_UNIT_YEARS: dict[str, float] = {
    **dict.fromkeys(("", "Y", "YR", "YRS", "YEAR", "YEARS"), 1.0),
    **dict.fromkeys(("M", "MO", "MOS", "MONTH", "MONTHS"), 1 / 12),
    **dict.fromkeys(("W", "WK", "WKS", "WEEK", "WEEKS"), 7 / 365.25),
    **dict.fromkeys(("D", "DAY", "DAYS"), 1 / 365.25),
}
_AGE = re.compile(r"(\d{1,4}(?:[.,]\d+)?)\s*([A-Z]*)")
_DATE = re.compile(r"(\d{4})[-./]?(\d{2})[-./]?(\d{2})")


@dataclass(frozen=True)
class AgeReading:
    """An age in years and where it came from; ``note`` says why a value that was there could not be used."""

    years: float | None = None
    source: str | None = None
    note: Phrase | None = None


def parse_age(text: MetaValue) -> float | None:
    """Years from ``"005Y"``, ``"018M"``, ``"010W"``, ``"020D"`` and sloppy forms (``"5Y"``, ``"5"``, ``"5 y"``,
    ``"18 months"``); a bare number is years. None when unreadable, implausible, or ``0`` years (``"000Y"`` is
    a placeholder in many anonymised headers; a newborn is written in days, weeks or months)."""
    match = _AGE.fullmatch(str(text or "").strip().upper())
    if not match or match.group(2) not in _UNIT_YEARS:
        return None
    value, per_unit = float(match.group(1).replace(",", ".")), _UNIT_YEARS[match.group(2)]
    if value == 0 and per_unit == 1.0:
        return None
    years = value * per_unit
    return years if years <= MAX_PLAUSIBLE_YEARS else None


def parse_date(text: MetaValue) -> date | None:
    """``YYYY-MM-DD``, ``YYYYMMDD`` or ``YYYY.MM.DD``; None for anything else or an impossible date."""
    match = _DATE.fullmatch(str(text or "").strip())
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def years_between(birth: date, on: date) -> float | None:
    """Completed years plus the fraction of the current year of life: exactly 6.0 on the 6th birthday."""
    if on < birth:
        return None
    full = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    last, following = _birthday(birth, birth.year + full), _birthday(birth, birth.year + full + 1)
    years = full + (on - last).days / (following - last).days
    return years if years <= MAX_PLAUSIBLE_YEARS else None


def _birthday(birth: date, year: int) -> date:
    try:
        return birth.replace(year=year)
    except ValueError:  # born on 29 February, a common year
        return date(year, 2, 28)


def read_age(
    age: MetaValue, birth: MetaValue, on: Sequence[tuple[str, MetaValue]], *, age_name: str, birth_name: str
) -> AgeReading:
    """The age from ``age`` (an age string), else from ``birth`` and the first usable date in ``on``.

    ``on`` lists (name, date) pairs in order of preference, e.g. StudyDate, AcquisitionDate, ContentDate;
    the names say where the age came from (``"PatientBirthDate+StudyDate"``).
    """
    note = None
    if str(age or "").strip():
        years = parse_age(age)
        if years is not None:
            return AgeReading(years, age_name)
        note = phrases.translate("Scope", "{name} '{value}' not usable").format(name=age_name,
                                                                                 value=shorten(str(age), 16))
    dated = _age_from_dates(birth, on, birth_name)
    if dated.years is not None:
        return dated
    return AgeReading(None, None, note or dated.note)


def _age_from_dates(birth: MetaValue, on: Sequence[tuple[str, MetaValue]], birth_name: str) -> AgeReading:
    if not str(birth or "").strip():
        return AgeReading()
    born = parse_date(birth)
    if born is None:
        return AgeReading(note=phrases.translate("Scope", "{name} '{value}' not usable").format(
            name=birth_name, value=shorten(str(birth), 16)))
    for name, text in on:
        when = parse_date(text)
        if when is None:
            continue
        years = years_between(born, when)
        if years is None:
            return AgeReading(note=phrases.translate("Scope", "{birth} does not fit {date}").format(
                birth=birth_name, date=name))
        return AgeReading(years, f"{birth_name}+{name}")
    return AgeReading(note=phrases.translate("Scope", "{birth} without a study date").format(birth=birth_name))


def format_age(years: float) -> Phrase:
    """As a radiologist says it: ``45 y`` from 2 years, ``18 mo`` below, ``20 d`` below a month (floored)."""
    if years >= 2:
        return years_text(str(int(years + 1e-9)))
    months = int(years * 12 + 1e-9)
    if months >= 1:
        return phrases.translate("Scope", "{months} mo").format(months=months)
    return phrases.translate("Scope", "{days} d").format(days=int(years * 365.25 + 1e-6))


def years_text(years: str) -> Phrase:
    """``"45"`` or a range ``"1–5"`` in years: ``45 y`` (``45 ans`` in French)."""
    return phrases.translate("Scope", "{years} y").format(years=years)


def age_label_text(label: str) -> str:
    """A card's age label (``"1–5 y"``) with its unit translated; a label written otherwise as it is."""
    return years_text(label[:-2].rstrip()) if label.endswith(" y") else label
