from __future__ import annotations

from datetime import date

import pytest

from app.lifepath.datefmt import plain, when
from app.lifepath.dates import Precision

DAY = date(2027, 5, 1)


@pytest.mark.parametrize("language, precision, expected", [
    ("en", Precision.DAY, "on 1 May 2027"),
    ("nl", Precision.DAY, "op 1 mei 2027"),
    ("fr", Precision.DAY, "le 1er mai 2027"),
    ("de", Precision.DAY, "am 1. Mai 2027"),
    ("zh", Precision.DAY, "2027年5月1日"),
    ("en", Precision.MONTH, "in May 2027"),
    ("fr", Precision.MONTH, "en mai 2027"),
    ("de", Precision.MONTH, "im Mai 2027"),
    ("zh", Precision.MONTH, "2027年5月"),
    ("en", Precision.YEAR, "in 2027"),
    ("de", Precision.YEAR, "im Jahr 2027"),
    ("zh", Precision.YEAR, "2027年"),
])
def test_when(language: str, precision: Precision, expected: str) -> None:
    assert when(DAY, precision, language) == expected


def test_plain() -> None:
    assert plain(date(2027, 8, 15), Precision.DAY, "fr") == "15 août 2027"
    assert plain(date(2027, 3, 2), Precision.DAY, "de") == "2. März 2027"
