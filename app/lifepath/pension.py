"""The Belgian legal pension age (Law of 10 August 2015).

The legal age is 65 for pensions that start before 1 February 2025, 66 for those
that start from then until 1 January 2030, and 67 from 1 February 2030. A
retirement pension starts on the first day of the month after the birthday, so
in effect: born in 1959 or before, 65; born 1960 to 1963, 66; born 1964 or
later, 67. The rule is applied as the law states it rather than as that table,
so the boundaries stay right for every birth date.
"""

from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from app.cardreader.dates import CardDate
from app.lifepath.dates import Moment, Precision, anniversary, birth_moment, first_of_next_month

# (first start date at which the age applies, age), latest first.
_STEPS: Final = ((date(2030, 2, 1), 67), (date(2025, 2, 1), 66))
_BASE_AGE: Final = 65


class LegalPension(NamedTuple):
    age: int
    reached: Moment
    # The first day the pension can be paid; None when the birth month is unknown.
    start: date | None


def _start_at(birth: CardDate, age: int) -> date:
    # Counting from the latest possible birth date never promises a pension early.
    latest_birth = birth_moment(birth).end
    birthday = anniversary(CardDate(latest_birth.year, latest_birth.month, latest_birth.day), age)
    return first_of_next_month(birthday.start)


def legal_pension_age(birth: CardDate) -> int:
    age = _BASE_AGE
    for first_start, step_age in reversed(_STEPS):
        if _start_at(birth, age) >= first_start:
            age = step_age
    return age


def legal_pension(birth: CardDate) -> LegalPension:
    age = legal_pension_age(birth)
    reached = anniversary(birth, age)
    start = None if reached.precision is Precision.YEAR else first_of_next_month(reached.start)
    return LegalPension(age=age, reached=reached, start=start)
