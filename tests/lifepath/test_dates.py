from __future__ import annotations

from datetime import date

import pytest

from app.cardreader.dates import CardDate
from app.lifepath.dates import (
    Moment,
    Precision,
    add_months,
    age_on,
    anniversary,
    birth_moment,
    first_of_next_month,
    oldest_age,
    youngest_age,
)


@pytest.mark.parametrize("today, age", [
    (date(2025, 9, 14), 17), (date(2025, 9, 15), 18), (date(2025, 9, 16), 18),
])
def test_age_changes_on_the_birthday(today: date, age: int) -> None:
    assert age_on(date(2007, 9, 15), today) == age


@pytest.mark.parametrize("today, age", [
    (date(2026, 2, 28), 17),  # common year: the year is complete only after 28 February
    (date(2026, 3, 1), 18),
    (date(2028, 2, 28), 19),
    (date(2028, 2, 29), 20),  # leap year: the birthday itself
])
def test_born_on_29_february_turns_older_on_1_march_in_common_years(today: date,
                                                                    age: int) -> None:
    assert age_on(date(2008, 2, 29), today) == age


def test_anniversary_of_29_february() -> None:
    birth = CardDate(2008, 2, 29)
    assert anniversary(birth, 18) == Moment(date(2026, 3, 1), Precision.DAY)
    assert anniversary(birth, 20) == Moment(date(2028, 2, 29), Precision.DAY)


def test_partial_birth_dates_give_a_range_of_ages() -> None:
    year_only = CardDate(1990)
    assert birth_moment(year_only) == Moment(date(1990, 1, 1), Precision.YEAR)
    assert birth_moment(year_only).end == date(1990, 12, 31)
    assert youngest_age(year_only, date(2026, 6, 1)) == 35
    assert oldest_age(year_only, date(2026, 6, 1)) == 36
    assert youngest_age(year_only, date(2026, 12, 31)) == 36
    month_only = CardDate(1990, 2)
    assert birth_moment(month_only).end == date(1990, 2, 28)
    assert youngest_age(month_only, date(2026, 2, 27)) == 35
    assert oldest_age(month_only, date(2026, 2, 27)) == 36
    assert anniversary(month_only, 18) == Moment(date(2008, 2, 1), Precision.MONTH)
    # Born this year, day unknown: never a negative age.
    assert youngest_age(CardDate(2026), date(2026, 3, 1)) == 0


@pytest.mark.parametrize("start, months, expected", [
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2027, 11, 30), 3, date(2028, 2, 29)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 3, 15), -3, date(2025, 12, 15)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
])
def test_add_months_keeps_the_day_or_takes_the_last_one(start: date, months: int,
                                                         expected: date) -> None:
    assert add_months(start, months) == expected


def test_first_of_next_month() -> None:
    assert first_of_next_month(date(2029, 12, 31)) == date(2030, 1, 1)
    assert first_of_next_month(date(2025, 1, 1)) == date(2025, 2, 1)
