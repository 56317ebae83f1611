"""Legal pension age: 65, 66 for pensions starting from February 2025, 67 from
February 2030 (the pension starts the month after the birthday)."""

from __future__ import annotations

from datetime import date

import pytest

from app.cardreader.dates import CardDate
from app.lifepath import legal_pension, legal_pension_age


@pytest.mark.parametrize("birth, age", [
    (CardDate(1956, 3, 12), 65),
    (CardDate(1959, 12, 31), 65),  # 65 in December 2024, pension from 1 January 2025
    (CardDate(1960, 1, 1), 66),  # 65 in January 2025 would start in February 2025
    (CardDate(1963, 12, 31), 66),  # 66 in December 2029, pension from 1 January 2030
    (CardDate(1964, 1, 1), 67),
    (CardDate(1985, 8, 3), 67),
    (CardDate(2007, 9, 15), 67),
    (CardDate(1959), 65), (CardDate(1960), 66), (CardDate(1963), 66), (CardDate(1964), 67),
    (CardDate(1960, 6), 66),
])
def test_legal_pension_age(birth: CardDate, age: int) -> None:
    assert legal_pension_age(birth) == age


def test_pension_starts_on_the_first_of_the_next_month() -> None:
    pension = legal_pension(CardDate(1960, 5, 31))
    assert pension.age == 66
    assert pension.reached.start == date(2026, 5, 31)
    assert pension.start == date(2026, 6, 1)


def test_pension_start_is_unknown_without_the_birth_month() -> None:
    pension = legal_pension(CardDate(1962))
    assert pension.reached.start == date(2028, 1, 1)
    assert pension.start is None
