"""Dates as the eID card stores them.

The validity dates (tags 03, 04, 1F) are `DD.MM.YYYY`. The birth date (tag 0C)
is written in the language of the card: `DD MMMM YYYY` with French or Dutch
month abbreviations, or `DD.MMM.YYYY` in German (ID_ADRESSE_File_applet1_8_v5,
"Birth date month encoding"). The National Register does not always know the
day or the month of a birth; the card then leaves that part blank. The
specifications do not say how a blank looks; the official eID Viewer (eid-mw
`dob.cpp`) reads and writes blanks as spaces, with the German dot after a
blank part also turned into a space, and other readers (commons-eid) meet cards
holding only the year once trimmed. Some tools write `00` instead, so both are
accepted here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

CardLanguage = Literal["fr", "nl", "de"]

# Month abbreviations as printed in the ID_ADRESSE specification, per card language.
MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "fr": ("JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV",
           "DEC"),
    "nl": ("JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"),
    "de": ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"),
}

# Accented spellings are not on cards, but data typed by hand into persona files
# or other tools sometimes carries them; accepting them costs nothing.
_EXTRA_SPELLINGS: Final[dict[str, int]] = {"FÉV": 2, "AOÛT": 8, "DÉC": 12}


def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = dict(_EXTRA_SPELLINGS)
    for names in MONTHS.values():
        for number, name in enumerate(names, start=1):
            # The three tables never give one abbreviation two meanings.
            assert numbers.get(name, number) == number
            numbers[name] = number
    return numbers


_MONTH_NUMBER: Final = _month_numbers()
_VALIDITY_DATE: Final = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")
_SEPARATORS: Final = re.compile(r"[ .]+")
_BLANK_NUMBER: Final = frozenset({"0", "00"})


class CardDateError(ValueError):
    """A date on the card (or meant for one) is not in a form the card uses."""


@dataclass(frozen=True, slots=True)
class CardDate:
    """A birth date whose day or month may be unknown (None)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise CardDateError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise CardDateError(f"month {self.month} is out of range")
        if self.day is not None and not 1 <= self.day <= 31:
            raise CardDateError(f"day {self.day} is out of range")
        if self.month is not None and self.day is not None:
            try:
                date(self.year, self.month, self.day)
            except ValueError:
                raise CardDateError(
                    f"{self.year:04d}-{self.month:02d}-{self.day:02d} is not a calendar date"
                ) from None

    def iso(self) -> str:
        """ISO 8601 at the precision known: YYYY-MM-DD, YYYY-MM or YYYY.

        A known day with an unknown month cannot be written in ISO 8601 and
        gives the year alone.
        """
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        """The calendar date, or None when the day or the month is unknown."""
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    @property
    def is_complete(self) -> bool:
        return self.month is not None and self.day is not None


def parse_birth_date(text: str) -> CardDate:
    """Read tag 0C in any of the three card languages, with blank parts."""
    cleaned = unicodedata.normalize("NFC", text).strip()
    tokens = [token for token in _SEPARATORS.split(cleaned) if token]
    if not tokens or not (len(tokens[-1]) == 4 and tokens[-1].isascii()
                          and tokens[-1].isdigit()):
        raise CardDateError(
            f"birth date {text!r} does not end with a four-digit year "
            "(expected DD MMMM YYYY or DD.MMM.YYYY)"
        )
    year = int(tokens[-1])
    if year == 0:
        raise CardDateError(f"birth date {text!r} has no year")
    rest = tokens[:-1]
    if len(rest) > 2:
        raise CardDateError(
            f"birth date {text!r} has more parts than day, month and year"
        )
    day: int | None = None
    month: int | None = None
    if len(rest) == 2:
        day = _day(rest[0], text)
        month = _month(rest[1], text)
    elif len(rest) == 1:
        # One part besides the year: months are words and days are numbers,
        # so the other part being blank is unambiguous.
        if rest[0].isascii() and rest[0].isdigit():
            day = _day(rest[0], text)
        else:
            month = _month(rest[0], text)
    return CardDate(year, month, day)


def _day(token: str, text: str) -> int | None:
    if not (token.isascii() and token.isdigit() and len(token) <= 2):
        raise CardDateError(f"day {token!r} in birth date {text!r} is not a number")
    if token in _BLANK_NUMBER:
        return None
    return int(token)


def _month(token: str, text: str) -> int | None:
    if token in _BLANK_NUMBER:
        return None
    number = _MONTH_NUMBER.get(token.upper())
    if number is None:
        raise CardDateError(
            f"month {token!r} in birth date {text!r} is not a French, Dutch or German "
            "card abbreviation"
        )
    return number


def format_birth_date(value: CardDate, language: CardLanguage) -> str:
    """Tag 0C as a card in `language` stores it.

    French and Dutch use a fixed width of 12 characters: the month is padded
    to four characters (`01 JAN  1970`, `14 MAAR 1982`), as the eID Viewer
    writes it. Blank parts are spaces, as on the card.
    """
    if language not in MONTHS:
        raise ValueError(f"no card language {language!r} (fr, nl or de)")
    day = f"{value.day:02d}" if value.day is not None else "  "
    names = MONTHS[language]
    if language == "de":
        month = names[value.month - 1] if value.month is not None else "   "
        first = "." if value.day is not None else " "
        second = "." if value.month is not None else " "
        return f"{day}{first}{month}{second}{value.year:04d}"
    month = names[value.month - 1] if value.month is not None else ""
    return f"{day} {month:<4} {value.year:04d}"


def parse_card_date(text: str) -> date:
    """A validity date (tags 03, 04, 1F): DD.MM.YYYY."""
    match = _VALIDITY_DATE.fullmatch(text.strip())
    if match is None:
        raise CardDateError(f"date {text!r} is not in the card form DD.MM.YYYY")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise CardDateError(f"date {text!r} is not a calendar date") from None


def format_card_date(value: date) -> str:
    """The inverse of `parse_card_date`."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
