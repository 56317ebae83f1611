from __future__ import annotations

from datetime import date

import pytest

from app.cardreader.dates import CardDate
from app.lifepath import DocumentKind, Holder, HolderError, Region, Situation
from app.lifepath.holder import document_kind, parse_iso_partial
from app.lifepath.regions import region_of_postcode
from tests.lifepath.conftest import IdentityFactory


@pytest.mark.parametrize("text, expected", [
    ("15 SEP 2007", CardDate(2007, 9, 15)),  # Dutch
    ("03 AOUT 1985", CardDate(1985, 8, 3)),  # French
    ("12.MÄR.1956", CardDate(1956, 3, 12)),  # German
    ("21 MAI  2017", CardDate(2017, 5, 21)),
    ("        1990", CardDate(1990)),  # day and month left blank on the card
])
def test_birth_date_is_read_from_the_card_text(identity: IdentityFactory, text: str,
                                               expected: CardDate) -> None:
    assert Holder.from_identity(identity(birth_date=text)).birth == expected


def test_iso_birth_date_is_preferred(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity(birth_date="garbage", birth_date_iso="1990-04"))
    assert holder.birth == CardDate(1990, 4)


@pytest.mark.parametrize("document_type, kind", [
    ("1", DocumentKind.BELGIAN_EID), ("01", DocumentKind.BELGIAN_EID),
    ("6", DocumentKind.KIDS), ("11", DocumentKind.FOREIGNER), ("31", DocumentKind.FOREIGNER),
    ("36", DocumentKind.FOREIGNER), ("61", DocumentKind.FOREIGNER), ("69", DocumentKind.FOREIGNER),
    ("7", DocumentKind.OTHER), ("99", DocumentKind.OTHER), ("x", DocumentKind.OTHER),
    (None, DocumentKind.NONE),
])
def test_document_kind(document_type: str | None, kind: DocumentKind) -> None:
    assert document_kind(document_type) is kind


def test_a_foreigners_card_makes_the_holder_a_foreigner(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity(document_type="31"))
    assert Situation.IS_FOREIGNER in holder.situations
    assert Situation.IS_FOREIGNER not in holder.told
    assert Situation.IS_FOREIGNER not in Holder.from_identity(identity()).situations


def test_validity_end_from_text_or_iso(identity: IdentityFactory) -> None:
    assert Holder.from_identity(identity(validity_end="18.01.2027")).card_valid_until == date(
        2027, 1, 18)
    holder = Holder.from_identity(identity(validity_end="bad", validity_end_iso="2030-02-14"))
    assert holder.card_valid_until == date(2030, 2, 14)
    with pytest.raises(HolderError, match="validity end"):
        Holder.from_identity(identity(validity_end="2030-02-14"))


def test_address_gives_the_region(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity(), address={"zip": "4700", "municipality": "Eupen"})
    assert holder.region is Region.GERMAN_COMMUNITY
    assert Holder.from_identity(identity()).region is None


def test_situations_are_checked(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity(), ["has_children", Situation.RUNS_BUSINESS])
    assert holder.told == {Situation.HAS_CHILDREN, Situation.RUNS_BUSINESS}
    with pytest.raises(HolderError, match="known situations"):
        Holder.from_identity(identity(), ["has_unicorn"])


def test_children_birth_dates_imply_children(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity(), children_born=[CardDate(2019, 3, 1)])
    assert Situation.HAS_CHILDREN in holder.situations


@pytest.mark.parametrize("identity_dict, message", [
    ({"document_type": "1"}, "no birth date"),
    ({"birth_date": "31 FEB 1990"}, "not a calendar date"),
    ({"birth_date": "15 SEPTEMBRE 2007"}, "not a French, Dutch or German"),
])
def test_unusable_identity_is_a_holder_error(identity_dict: dict[str, object],
                                             message: str) -> None:
    with pytest.raises(HolderError, match=message):
        Holder.from_identity(identity_dict)


@pytest.mark.parametrize("text, expected", [
    ("1956-03-12", CardDate(1956, 3, 12)), ("1990-04", CardDate(1990, 4)),
    ("1990", CardDate(1990)), (" 1990 ", CardDate(1990)),
])
def test_parse_iso_partial(text: str, expected: CardDate) -> None:
    assert parse_iso_partial(text) == expected


@pytest.mark.parametrize("text", ["12/03/1956", "1956-13-01", "1956-02-30", "56", ""])
def test_parse_iso_partial_refuses(text: str) -> None:
    with pytest.raises(HolderError):
        parse_iso_partial(text)


@pytest.mark.parametrize("postcode, region", [
    ("1000", Region.BRUSSELS), ("1050", Region.BRUSSELS), ("1299", Region.BRUSSELS),
    ("1300", Region.WALLONIA), ("1500", Region.FLANDERS), ("2000", Region.FLANDERS),
    ("3000", Region.FLANDERS), ("4000", Region.WALLONIA), ("4700", Region.GERMAN_COMMUNITY),
    ("4790", Region.GERMAN_COMMUNITY), ("4960", Region.WALLONIA), ("5000", Region.WALLONIA),
    ("6000", Region.WALLONIA), ("8000", Region.FLANDERS), ("9000", Region.FLANDERS),
    ("0999", None), ("12345", None), ("B-1000", None), ("", None),
])
def test_region_of_postcode(postcode: str, region: Region | None) -> None:
    assert region_of_postcode(postcode) == region
