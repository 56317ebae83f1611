"""Dates written the way each language writes them, at the precision known.

`when` gives the phrase a sentence needs ("on 3 May 2027", "le 3 mai 2027",
"am 3. Mai 2027", "2027年5月3日"), `plain` the bare date; month or year alone
when the day (or the month) is unknown.
"""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from app.lifepath.dates import Moment, Precision
from app.lifepath.localized import Text

_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
}

# Prepositions for (day, month, year) precision.
_WHEN: Final[dict[str, tuple[str, str, str]]] = {
    "en": ("on {}", "in {}", "in {}"),
    "nl": ("op {}", "in {}", "in {}"),
    "fr": ("le {}", "en {}", "en {}"),
    "de": ("am {}", "im {}", "im Jahr {}"),
    "zh": ("{}", "{}", "{}"),
}


def plain(day: date, precision: Precision, language: str) -> str:
    if language == "zh":
        if precision is Precision.YEAR:
            return f"{day.year}年"
        if precision is Precision.MONTH:
            return f"{day.year}年{day.month}月"
        return f"{day.year}年{day.month}月{day.day}日"
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    if precision is Precision.YEAR:
        return str(day.year)
    if precision is Precision.MONTH:
        return f"{month} {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def when(day: date, precision: Precision, language: str) -> str:
    forms = _WHEN.get(language, _WHEN["en"])
    index = (Precision.DAY, Precision.MONTH, Precision.YEAR).index(precision)
    return forms[index].format(plain(day, precision, language))


class Bare(NamedTuple):
    """A date to be written without preposition ("3 May 2027")."""

    moment: Moment


def render(template: Text, **values: object) -> Text:
    """Fill a template in every language: a Moment is written with `when`, a Bare
    moment with `plain`, anything else with str()."""
    filled: dict[str, str] = {}
    for language, source in template.as_mapping().items():
        local = {key: _local(value, language) for key, value in values.items()}
        filled[language] = source.format(**local)
    return Text.checked(filled)


def _local(value: object, language: str) -> object:
    if isinstance(value, Bare):
        return plain(value.moment.start, value.moment.precision, language)
    if isinstance(value, Moment):
        return when(value.start, value.precision, language)
    return value
