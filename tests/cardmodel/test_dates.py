from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cardreader.dates import (
    MONTHS,
    CardDate,
    CardDateError,
    format_birth_date,
    format_card_date,
    parse_birth_date,
    parse_card_date,
)


@pytest.mark.parametrize("text,expected", [
    # French, as stored (month padded to four) and with single spaces
    ("30 JUIN 1967", CardDate(1967, 6, 30)),
    ("01 JAN  1970", CardDate(1970, 1, 1)),
    ("01 JAN 1970", CardDate(1970, 1, 1)),
    ("14 FEV  1982", CardDate(1982, 2, 14)),
    ("14 MARS 1982", CardDate(1982, 3, 14)),
    ("09 AOUT 2001", CardDate(2001, 8, 9)),
    ("09 SEPT 2001", CardDate(2001, 9, 9)),
    ("31 DEC  1999", CardDate(1999, 12, 31)),
    # Dutch
    ("29 FEB  2000", CardDate(2000, 2, 29)),
    ("03 MAAR 1975", CardDate(1975, 3, 3)),
    ("15 MEI  1960", CardDate(1960, 5, 15)),
    ("15 OKT  1960", CardDate(1960, 10, 15)),
    # German
    ("07.MÄR.1988", CardDate(1988, 3, 7)),
    ("07.DEZ.1988", CardDate(1988, 12, 7)),
    ("07.MAI.1988", CardDate(1988, 5, 7)),
    # decomposed umlaut, as some keyboards produce it
    ("07.MA\u0308R.1988", CardDate(1988, 3, 7)),
])
def test_parses_all_three_card_languages(text: str, expected: CardDate) -> None:
    assert parse_birth_date(text) == expected


@pytest.mark.parametrize("text,expected", [
    # blank day: spaces (as the eID Viewer writes them) or 00
    ("   JUIN 1967", CardDate(1967, 6, None)),
    ("00 JUIN 1967", CardDate(1967, 6, None)),
    ("   MÄR.1967", CardDate(1967, 3, None)),
    ("  .MÄR.1967", CardDate(1967, 3, None)),
    ("00.MÄR.1967", CardDate(1967, 3, None)),
    # blank month (and day)
    ("15      1967", CardDate(1967, None, 15)),
    ("15.    1967", CardDate(1967, None, 15)),
    ("             1967", CardDate(1967, None, None)),
    ("        1967", CardDate(1967, None, None)),
    ("1967", CardDate(1967, None, None)),
    ("00 00 1967", CardDate(1967, None, None)),
    ("00.00.1967", CardDate(1967, None, None)),
])
def test_blank_day_or_month(text: str, expected: CardDate) -> None:
    assert parse_birth_date(text) == expected


@pytest.mark.parametrize("text,fragment", [
    ("", "four-digit year"),
    ("30 JUIN", "four-digit year"),
    ("30 JUNE 1967", "not a French, Dutch or German"),
    ("30 XYZ 1967", "not a French, Dutch or German"),
    ("31 FEV 1967", "not a calendar date"),
    ("32 JAN 1967", "out of range"),
    ("3O JAN 1967", "not a number"),
    ("30 JAN 1967 extra", "four-digit year"),
    ("1 2 JAN 1967", "more parts"),
    ("30 JAN 0000", "no year"),
    ("30 JAN 67", "four-digit year"),
])
def test_bad_birth_dates_say_why(text: str, fragment: str) -> None:
    with pytest.raises(CardDateError, match=fragment):
        parse_birth_date(text)


def test_card_date_error_is_a_value_error() -> None:
    assert issubclass(CardDateError, ValueError)


def test_iso_and_as_date_follow_the_precision() -> None:
    assert CardDate(1967, 6, 30).iso() == "1967-06-30"
    assert CardDate(1967, 6, 30).as_date() == date(1967, 6, 30)
    assert CardDate(1967, 6, None).iso() == "1967-06"
    assert CardDate(1967, 6, None).as_date() is None
    assert CardDate(1967, None, None).iso() == "1967"
    # a day without a month cannot be written in ISO 8601
    assert CardDate(1967, None, 15).iso() == "1967"
    assert not CardDate(1967, None, 15).is_complete


@pytest.mark.parametrize("args", [(0, None, None), (1967, 13, None), (1967, 2, 30),
                                  (1967, None, 32)])
def test_impossible_card_dates_are_refused(args: tuple[int, int | None, int | None]) -> None:
    with pytest.raises(CardDateError):
        CardDate(*args)


@pytest.mark.parametrize("value,language,expected", [
    (CardDate(1970, 1, 1), "fr", "01 JAN  1970"),
    (CardDate(1982, 3, 14), "fr", "14 MARS 1982"),
    (CardDate(1982, 3, 14), "nl", "14 MAAR 1982"),
    (CardDate(1982, 3, 14), "de", "14.MÄR.1982"),
    (CardDate(1982, 12, 14), "de", "14.DEZ.1982"),
    (CardDate(1967, 6, None), "nl", "   JUN  1967"),
    (CardDate(1967, None, None), "fr", "        1967"),
    (CardDate(1967, 6, None), "de", "   JUN.1967"),
    (CardDate(1967, None, None), "de", "       1967"),
])
def test_format_as_a_card_stores_it(value: CardDate, language: str, expected: str) -> None:
    assert format_birth_date(value, language) == expected  # type: ignore[arg-type]


def test_french_and_dutch_forms_have_the_fixed_card_width() -> None:
    for language in ("fr", "nl"):
        for month in range(1, 13):
            assert len(format_birth_date(CardDate(1990, month, 1), language)) == 12


def test_format_refuses_other_languages() -> None:
    with pytest.raises(ValueError, match="no card language"):
        format_birth_date(CardDate(1990, 1, 1), "en")  # type: ignore[arg-type]


@st.composite
def card_dates(draw: st.DrawFn) -> CardDate:
    year = draw(st.integers(1, 9999))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    if month is None:
        return CardDate(year, None, None)
    day = draw(st.one_of(st.none(), st.integers(1, 28)))
    return CardDate(year, month, day)


@given(card_dates(), st.sampled_from(sorted(MONTHS)))
def test_format_then_parse_gives_the_date_back(value: CardDate, language: str) -> None:
    assert parse_birth_date(format_birth_date(value, language)) == value  # type: ignore[arg-type]


def test_validity_dates() -> None:
    assert parse_card_date("14.08.2015") == date(2015, 8, 14)
    assert parse_card_date(" 14.08.2015 ") == date(2015, 8, 14)
    assert format_card_date(date(2015, 8, 4)) == "04.08.2015"
    for bad in ("14/08/2015", "2015-08-14", "31.02.2015", "1.8.2015", ""):
        with pytest.raises(CardDateError):
            parse_card_date(bad)
