"""What the form tests share: a card persona, a fixed day, and answer strategies."""

from __future__ import annotations

import base64
import math
import string
from datetime import date, timedelta
from typing import Any, Final

from hypothesis import strategies as st
from stdnum import iban

from app.forms.checks.dates import years_before
from app.forms.prefill import Prefill
from app.forms.questions import (
    AddressQuestion,
    AttachmentQuestion,
    ChoiceQuestion,
    DateQuestion,
    DeclarationQuestion,
    EmailQuestion,
    IbanQuestion,
    NationalNumberQuestion,
    NumberQuestion,
    PhoneQuestion,
    Question,
    TextQuestion,
    YesNoQuestion,
)
from app.forms.values import DONT_KNOW

# A Thursday; the examples and the tests are written against it.
TODAY: Final = date(2026, 11, 26)

# As `card read --json` gives it for a worker of 41 (values of our own choosing).
CARD_IDENTITY: Final = {
    "card_number": "591883542790", "national_number": "85080317128", "surname": "Dubois",
    "first_names": "Mathieu Pierre", "third_name_initial": "J", "nationality": "Belge",
    "birth_place": "Liège", "birth_date": "03 AOUT 1985", "birth_date_iso": "1985-08-03",
    "sex": "M", "document_type": "1",
}
CARD_ADDRESS: Final = {"street_and_number": "Rue Saint-Gilles 58", "zip": "4000",
                       "municipality": "Liège"}
ME: Final = {"employer": {"name": "Meuse Logistique SA", "enterprise_number": "0123456749"},
             "bank_account": "BE68539007547034", "household": [], "vehicles": []}


def persona(me: bool = False) -> Prefill:
    return Prefill(CARD_IDENTITY, CARD_ADDRESS, ME if me else None)


# -- valid raw answers, typed the many ways people type them ---------------------------

def national_numbers(born_from: int = 1930, born_to: int = 2020) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw: st.DrawFn) -> str:
        day = draw(st.dates(date(born_from, 1, 1), date(born_to, 12, 31)))
        serial = draw(st.integers(1, 997))
        body = f"{day:%y%m%d}{serial:03d}"
        check = 97 - int(("2" if day.year >= 2000 else "") + body) % 97
        digits = body + f"{check:02d}"
        style = draw(st.sampled_from(["plain", "dotted", "spaced"]))
        if style == "dotted":
            return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:]}"
        if style == "spaced":
            return f"{digits[:6]} {digits[6:9]} {digits[9:]}"
        return digits
    return build().filter(lambda n: "".join(c for c in n if c.isdigit())
                          != CARD_IDENTITY["national_number"])


@st.composite
def belgian_ibans(draw: st.DrawFn) -> str:
    account = draw(st.integers(0, 10**10 - 1))
    bban = f"{account:010d}{(account % 97) or 97:02d}"
    number = "BE" + iban.calc_check_digits("BE00" + bban) + bban
    if draw(st.booleans()):
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


def phones() -> st.SearchStrategy[str]:
    digits = st.text("0123456789", min_size=7, max_size=7)
    return st.one_of(
        digits.map(lambda d: f"047{d[0]} {d[1:3]} {d[3:5]} {d[5:]}"),
        digits.map(lambda d: f"+32 48{d[0]} {d[1:]}"),
        digits.map(lambda d: f"+3249{d}"),
    )


def emails() -> st.SearchStrategy[str]:
    return st.from_regex(r"[a-z]{1,10}(\.[a-z]{1,8})?@[a-z]{2,10}\.(be|com|org|eu)",
                         fullmatch=True)


_WORDS: Final = ("Liège", "Jan", "straat", "école", "北京", "Ökonomie", "Dubois", "12", "bte 3")


def _text(question: TextQuestion) -> st.SearchStrategy[Any]:
    if question.pattern is not None:
        return st.from_regex(question.pattern, fullmatch=True).filter(
            lambda s: len(s) <= question.max_length)
    low = question.min_length or 1
    return (st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
            .map(lambda s: (s + " x" * low)[:question.max_length] if len(s) < low else s)
            .map(lambda s: s[:question.max_length].strip() or "x" * low))


def _number(question: NumberQuestion) -> st.SearchStrategy[Any]:
    low = -10**6 if question.minimum is None else question.minimum
    high = 10**7 if question.maximum is None else question.maximum
    scale = 10 ** question.decimals
    cents = st.integers(math.ceil(low * scale), math.floor(high * scale))
    values = cents.map(lambda c: c / scale if question.decimals else c)

    def styles(value: float) -> st.SearchStrategy[Any]:
        text = f"{value:.{question.decimals}f}"
        return st.sampled_from([value, text, text.replace(".", ","), f" {text} "])
    return values.flatmap(styles)


def date_bounds(question: DateQuestion, today: date) -> tuple[date, date]:
    low, high = question.earliest or date(1900, 1, 1), question.latest or date(2090, 12, 31)
    when = question.when
    if when == "past":
        high = min(high, today - timedelta(days=1))
    elif when == "past_or_today":
        high = min(high, today)
    elif when == "future":
        low = max(low, today + timedelta(days=1))
    elif when == "future_or_today":
        low = max(low, today)
    if question.min_age is not None:
        high = min(high, years_before(today, question.min_age))
    if question.max_age is not None:
        low = max(low, years_before(today, question.max_age + 1) + timedelta(days=1))
    if question.max_days_ago is not None:
        low = max(low, today - timedelta(days=question.max_days_ago))
    if question.max_days_ahead is not None:
        high = min(high, today + timedelta(days=question.max_days_ahead))
    return low, high


def _date(question: DateQuestion, today: date) -> st.SearchStrategy[Any]:
    low, high = date_bounds(question, today)
    days = st.dates(low, high)
    if question.first_of_month:
        days = days.map(lambda d: d.replace(day=1)).filter(lambda d: low <= d <= high)
    return days.flatmap(lambda d: st.sampled_from([
        d.isoformat(), f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
        {"day": str(d.day), "month": str(d.month), "year": str(d.year)}]))


def _attachment(question: AttachmentQuestion) -> st.SearchStrategy[Any]:
    magic = {"application/pdf": b"%PDF-1.7\n", "image/jpeg": b"\xff\xd8\xff\xe0",
             "image/png": b"\x89PNG\r\n\x1a\n"}
    return st.builds(
        lambda media_type, body, name: {
            "name": name, "media_type": media_type,
            "content_base64": base64.b64encode(magic[media_type] + body).decode()},
        st.sampled_from(question.media_types), st.binary(max_size=64),
        st.text(string.ascii_letters, min_size=1, max_size=12).map(lambda n: f"{n}.bin"))


def valid_raw(question: Question, today: date = TODAY) -> st.SearchStrategy[Any]:
    """Raw answers the question must accept."""
    base: st.SearchStrategy[Any]
    if isinstance(question, TextQuestion):
        base = _text(question)
    elif isinstance(question, NumberQuestion):
        base = _number(question)
    elif isinstance(question, DateQuestion):
        base = _date(question, today)
    elif isinstance(question, ChoiceQuestion):
        values = [option.value for option in question.options]
        base = (st.lists(st.sampled_from(values), min_size=1, unique=True) if question.multiple
                else st.sampled_from(values))
    elif isinstance(question, YesNoQuestion):
        base = st.sampled_from([True, False, "yes", "no"])
    elif isinstance(question, AddressQuestion):
        base = st.builds(lambda street, postcode, town: {
            "street_and_number": street, "postcode": postcode, "municipality": town},
            st.sampled_from(["Rue Haute 12", "Kerkstraat 3 bus 2", "Hauptstraße 7"]),
            st.integers(1000, 9999).map(str), st.sampled_from(["Liège", "Gent", "Eupen"]))
    elif isinstance(question, NationalNumberQuestion):
        base = national_numbers()
    elif isinstance(question, IbanQuestion):
        base = belgian_ibans()
    elif isinstance(question, EmailQuestion):
        base = emails()
    elif isinstance(question, PhoneQuestion):
        base = phones()
    elif isinstance(question, AttachmentQuestion):
        base = _attachment(question)
    else:
        assert isinstance(question, DeclarationQuestion)
        base = st.just(True)
    if question.dont_know:
        base = st.one_of(base, st.just(DONT_KNOW))
    if question.optional:
        base = st.one_of(base, st.sampled_from([None, "", "  "]))
    return base


def junk_raw() -> st.SearchStrategy[Any]:
    """Anything at all: what a buggy widget or a hand-written answer file may send."""
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                        st.text(max_size=30), st.sampled_from(["", " ", "-", "dont_know", "yes"]))
    return st.one_of(scalars, st.lists(scalars, max_size=3),
                     st.dictionaries(st.text(max_size=8), scalars, max_size=3))
