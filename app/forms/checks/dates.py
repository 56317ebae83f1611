"""Dates: typed as 27/03/2007, 27.3.2007, 27 3 2007 or 2007-03-27, or as three fields."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any, Final

from app.forms.checks.base import CheckContext, Checked, refuse
from app.forms.messages import MessageKind, word
from app.forms.questions import DateQuestion

_DAY_FIRST: Final = re.compile(r"(\d{1,2})[\s./-]+(\d{1,2})[\s./-]+(\d{4})")
_ISO: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
EARLIEST_YEAR: Final = 1800


def parse_date(raw: Any) -> date | None:
    if isinstance(raw, Mapping):
        parts = [raw.get(key) for key in ("year", "month", "day")]
        if not all(isinstance(p, int | str) and not isinstance(p, bool) for p in parts):
            return None
        texts = [str(p).strip() for p in parts]
        if not all(t.isdigit() for t in texts):
            return None
        year, month, day = (int(t) for t in texts)
    elif isinstance(raw, str):
        text = raw.strip()
        if match := _ISO.fullmatch(text):
            year, month, day = (int(g) for g in match.groups())
        elif match := _DAY_FIRST.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
        else:
            return None
    else:
        return None
    if year < EARLIEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def show_date(day: date, language: str) -> str:
    return word("date", language).format(day=f"{day.day:02d}", month=f"{day.month:02d}",
                                         year=day.year)


_WHEN: Final[dict[str, Callable[[date, date], tuple[bool, MessageKind]]]] = {
    "past": lambda day, today: (day < today, "date_past"),
    "past_or_today": lambda day, today: (day <= today, "date_past_or_today"),
    "future": lambda day, today: (day > today, "date_future"),
    "future_or_today": lambda day, today: (day >= today, "date_future_or_today"),
}


def date_rule_problem(question: DateQuestion, day: date, ctx: CheckContext) -> Checked | None:
    """The first rule the date breaks (one message per field, as GOV.UK does)."""
    today = ctx.today
    when = question.when
    if when is not None:
        fits, kind = _WHEN[when](day, today)
        if not fits:
            return refuse(question, kind, ctx)
    if question.first_of_month and day.day != 1:
        return refuse(question, "date_first_of_month", ctx)
    if question.min_age is not None and day > years_before(today, question.min_age):
        return refuse(question, "min_age", ctx, years=question.min_age)
    if question.max_age is not None and day <= years_before(today, question.max_age + 1):
        return refuse(question, "max_age", ctx, years=question.max_age)
    lower = [d for d in (question.earliest,
                         None if question.max_days_ago is None
                         else today - timedelta(days=question.max_days_ago)) if d is not None]
    if lower and day < max(lower):
        return refuse(question, "date_too_early", ctx, date=show_date(max(lower), ctx.language))
    upper = [d for d in (question.latest,
                         None if question.max_days_ahead is None
                         else today + timedelta(days=question.max_days_ahead)) if d is not None]
    if upper and day > min(upper):
        return refuse(question, "date_too_late", ctx, date=show_date(min(upper), ctx.language))
    return None


def check_date(question: DateQuestion, raw: Any, ctx: CheckContext) -> Checked:
    day = parse_date(raw)
    if day is None:
        return refuse(question, "date_invalid", ctx)
    broken = date_rule_problem(question, day, ctx)
    return broken if broken is not None else Checked(day.isoformat())
