"""Age and anniversaries from a birth date that may lack its day or month.

Two conventions, chosen once here:
- A person born on 29 February turns a year older on 1 March in common years
  (the year is complete only once 28 February has passed); `age_on` and
  `anniversary` agree on this.
- When the card leaves the day or month blank, the age is counted from the
  latest possible birth date: the youngest the person can be. No right is then
  announced before it exists.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from app.cardreader.dates import CardDate


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Moment(NamedTuple):
    """A day known to some precision: `start` is its first possible day."""

    start: date
    precision: Precision

    @property
    def end(self) -> date:
        """The last possible day."""
        if self.precision is Precision.DAY:
            return self.start
        if self.precision is Precision.MONTH:
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return date(self.start.year, 12, 31)


def birth_moment(birth: CardDate) -> Moment:
    """The birth as a Moment; a day without its month counts as the year alone."""
    if birth.month is None:
        return Moment(date(birth.year, 1, 1), Precision.YEAR)
    if birth.day is None:
        return Moment(date(birth.year, birth.month, 1), Precision.MONTH)
    return Moment(date(birth.year, birth.month, birth.day), Precision.DAY)


def age_on(born: date, today: date) -> int:
    """Whole years completed on `today` (negative before birth)."""
    before_birthday = (today.month, today.day) < (born.month, born.day)
    return today.year - born.year - int(before_birthday)


def youngest_age(birth: CardDate, today: date) -> int:
    """The age counted from the latest possible birth date, never below 0."""
    return max(0, age_on(birth_moment(birth).end, today))


def oldest_age(birth: CardDate, today: date) -> int:
    return max(0, age_on(birth_moment(birth).start, today))


def _same_day_in(year: int, born: date) -> date:
    if born.month == 2 and born.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return born.replace(year=year)


def anniversary(birth: CardDate, years: int) -> Moment:
    """The day the person turns `years` old, as precise as the birth date."""
    moment = birth_moment(birth)
    year = moment.start.year + years
    if moment.precision is Precision.DAY:
        return Moment(_same_day_in(year, moment.start), Precision.DAY)
    return Moment(moment.start.replace(year=year), moment.precision)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day
    (30 November + 3 months = 28 or 29 February)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def first_of_next_month(day: date) -> date:
    return add_months(day.replace(day=1), 1)
