"""The Belgian national number (rijksregisternummer) as personas must carry it.

YYMMDD, a three-digit day counter (odd for men, even for women) and a check
number: 97 minus the first nine digits modulo 97, with a "2" put in front of
those nine digits for people born in 2000 or later. An unknown birth day or
month is 00 in the number.
"""

from __future__ import annotations

from typing import Final

MALE_SEX: Final = frozenset({"M"})
FEMALE_SEX: Final = frozenset({"F", "V", "W"})


class NationalNumberError(ValueError):
    pass


def check_digits(first_nine: str, born_2000_or_later: bool) -> int:
    base = int(("2" if born_2000_or_later else "") + first_nine)
    return 97 - base % 97


def make_national_number(birth: str, counter: int, born_2000_or_later: bool) -> str:
    """`birth` as YYMMDD (00 for an unknown part), `counter` 1-998."""
    first_nine = f"{birth}{counter:03d}"
    return f"{first_nine}{check_digits(first_nine, born_2000_or_later):02d}"


def born_2000_or_later(national_number: str) -> bool:
    """Which century the check digits belong to (only one of the two can match)."""
    return check_digits(national_number[:9], True) == int(national_number[9:])


def check_national_number(national_number: str, sex: str) -> None:
    if len(national_number) != 11 or not national_number.isascii() \
            or not national_number.isdigit():
        raise NationalNumberError(
            f"national number {national_number!r} must be 11 digits without dots"
        )
    given = int(national_number[9:])
    if given not in (check_digits(national_number[:9], False),
                     check_digits(national_number[:9], True)):
        raise NationalNumberError(f"national number {national_number} has wrong check digits")
    counter = int(national_number[6:9])
    if sex in MALE_SEX and counter % 2 == 0:
        raise NationalNumberError(
            f"national number {national_number}: an even counter means a woman, sex is {sex}"
        )
    if sex in FEMALE_SEX and counter % 2 == 1:
        raise NationalNumberError(
            f"national number {national_number}: an odd counter means a man, sex is {sex}"
        )
    if sex not in MALE_SEX | FEMALE_SEX:
        raise NationalNumberError(f"sex {sex!r} must be M, or F, V or W")
