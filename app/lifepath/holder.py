"""The person the road is drawn for: what the card says plus what they chose to tell."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Final, NamedTuple

from app.cardreader.dates import CardDate, CardDateError, parse_birth_date, parse_card_date
from app.lifepath.ids import Region, Situation
from app.lifepath.regions import region_of_postcode

_ISO_PARTIAL: Final = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class HolderError(ValueError):
    """What the card or the person gave cannot describe a person."""


class DocumentKind(StrEnum):
    BELGIAN_EID = "eid"
    KIDS = "kids"
    FOREIGNER = "foreigner"
    OTHER = "other"
    # A birth date typed in, no card read.
    NONE = "none"


def document_kind(document_type: str | int | None) -> DocumentKind:
    """Tag 0F: 1 eID, 6 kids card, 11-36 and 61-69 foreigners' cards ("1" or "01")."""
    if document_type is None or document_type == "":
        return DocumentKind.NONE
    try:
        number = int(document_type)
    except ValueError:
        return DocumentKind.OTHER
    if number == 1:
        return DocumentKind.BELGIAN_EID
    if number == 6:
        return DocumentKind.KIDS
    if 11 <= number <= 36 or 61 <= number <= 69:
        return DocumentKind.FOREIGNER
    return DocumentKind.OTHER


def parse_iso_partial(text: str) -> CardDate:
    """"YYYY-MM-DD", "YYYY-MM" or "YYYY", as `birth_date_iso` carries it."""
    match = _ISO_PARTIAL.fullmatch(text.strip())
    if match is None:
        raise HolderError(f"birth date {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern requires it
    try:
        return CardDate(year, month, day)
    except CardDateError as exc:
        raise HolderError(str(exc)) from None


def situations_from(values: Iterable[Situation | str]) -> frozenset[Situation]:
    try:
        return frozenset(Situation(value) for value in values)
    except ValueError as exc:
        known = ", ".join(s.value for s in Situation)
        raise HolderError(f"{exc}; known situations: {known}") from None


def _text(mapping: Mapping[str, object], key: str) -> str | None:
    value = mapping.get(key)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _birth(identity: Mapping[str, object]) -> CardDate:
    iso = _text(identity, "birth_date_iso")
    if iso is not None:
        return parse_iso_partial(iso)
    text = _text(identity, "birth_date")
    if text is None:
        raise HolderError("the card data holds no birth date")
    try:
        return parse_birth_date(text)
    except CardDateError as exc:
        raise HolderError(str(exc)) from None


def _validity_end(identity: Mapping[str, object]) -> date | None:
    try:
        iso = _text(identity, "validity_end_iso")
        if iso is not None:
            return date.fromisoformat(iso)
        text = _text(identity, "validity_end")
        return parse_card_date(text) if text is not None else None
    except ValueError as exc:  # CardDateError is one
        raise HolderError(f"card validity end: {exc}") from None


class Holder(NamedTuple):
    birth: CardDate
    document: DocumentKind = DocumentKind.NONE
    card_valid_until: date | None = None
    postcode: str | None = None
    first_names: str | None = None
    # What the person chose to tell; `situations` adds what the card implies.
    told: frozenset[Situation] = frozenset()
    # Birth dates of their children, only when the person gave them.
    children_born: tuple[CardDate, ...] = ()

    @property
    def situations(self) -> frozenset[Situation]:
        derived: set[Situation] = set()
        if self.document is DocumentKind.FOREIGNER:
            derived.add(Situation.IS_FOREIGNER)
        if self.children_born:
            derived.add(Situation.HAS_CHILDREN)
        return self.told | derived

    @property
    def region(self) -> Region | None:
        return region_of_postcode(self.postcode) if self.postcode else None

    @classmethod
    def from_identity(
        cls,
        identity: Mapping[str, object],
        situations: Iterable[Situation | str] = (),
        *,
        address: Mapping[str, object] | None = None,
        children_born: Iterable[CardDate] = (),
    ) -> Holder:
        """From the `identity` (and `address`) of `card read --json` or a persona.

        `birth_date_iso` is preferred when present; otherwise the card's own text
        (French, Dutch or German form) is read.
        """
        document_type = identity.get("document_type")
        return cls(
            birth=_birth(identity),
            document=document_kind(document_type if isinstance(document_type, str | int)
                                   else None),
            card_valid_until=_validity_end(identity),
            postcode=_text(address, "zip") if address is not None else None,
            first_names=_text(identity, "first_names"),
            told=situations_from(situations),
            children_born=tuple(children_born),
        )

    @classmethod
    def from_birth_date(
        cls,
        birth: date | CardDate,
        situations: Iterable[Situation | str] = (),
        *,
        postcode: str | None = None,
        children_born: Iterable[CardDate] = (),
    ) -> Holder:
        """Without a card: a birth date typed in (e.g. on the command line)."""
        if isinstance(birth, date):
            birth = CardDate(birth.year, birth.month, birth.day)
        return cls(birth=birth, postcode=postcode, told=situations_from(situations),
                   children_born=tuple(children_born))
