"""What the card holds, as immutable values the rest of the program can share.

`CardFiles` is the raw material of one card read; `Identity`, `Address` and
`CardInfo` are parsed from it; `EidData` is what the program shows, from a card
(with its authenticity report) or from an `.eid` file (never verified).
Nothing here talks to a card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Final, Literal

from app.cardreader.cardinfo import CardInfo
from app.cardreader.certificates import CertificateSet, load_padded_certificate
from app.cardreader.dates import CardDate, CardDateError, parse_birth_date, parse_card_date
from app.cardreader.der import DerError, strip_der_padding
from app.cardreader.tags import (
    ADDRESS_TAGS,
    BINARY_ADDRESS_TAGS,
    BINARY_IDENTITY_TAGS,
    FLAG_TAGS,
    IDENTITY_TAGS,
)
from app.cardreader.tlvfields import (
    CardDataError,
    check_hex,
    decode_fields,
    encode_fields,
    from_json_values,
)

__all__ = [
    "CERTIFICATE_ROLES",
    "Address",
    "CardDataError",
    "CardFiles",
    "CardInfo",
    "EidData",
    "Identity",
    "load_padded_certificate",
    "parse_eid",
]

if TYPE_CHECKING:
    from cryptography import x509

    from app.cardreader.report import AuthenticityReport

# Certificate roles, in the order of the card's files 5038-503C.
CERTIFICATE_ROLES: Final = ("authentication", "signature", "ca", "root", "rrn")

FILE_NOT_VERIFIED: Final = "Opened from a file: nothing in it was verified."


@dataclass(frozen=True, slots=True)
class Identity:
    """The identity file (4031): one attribute per tag, text exactly as stored.

    Binary tags (version, chip number, photo hash, basic key hash) are
    lowercase hex; member_of_family is True when tag 0x14 is present. A tag
    the card does not carry is None. Tags this program does not know are kept
    in `unknown`.
    """

    version: str | None = None
    card_number: str | None = None
    chip_number: str | None = None
    validity_begin: str | None = None
    validity_end: str | None = None
    issuing_municipality: str | None = None
    national_number: str | None = None
    surname: str | None = None
    first_names: str | None = None
    third_name_initial: str | None = None
    nationality: str | None = None
    birth_place: str | None = None
    birth_date: str | None = None
    sex: str | None = None
    noble_condition: str | None = None
    document_type: str | None = None
    special_status: str | None = None
    photo_hash: str | None = None
    duplicate: str | None = None
    special_organisation: str | None = None
    member_of_family: bool = False
    protection_date_and_country: str | None = None
    work_permit: str | None = None
    employer_vat_1: str | None = None
    employer_vat_2: str | None = None
    regional_file_number: str | None = None
    basic_key_hash: str | None = None
    brexit_mention_1: str | None = None
    brexit_mention_2: str | None = None
    card_a_mention_1: str | None = None
    card_a_mention_2: str | None = None
    eu_registration_date: str | None = None
    # The file as read (padding included); the signature covers these bytes.
    raw: bytes = field(default=b"", compare=False, repr=False)
    unknown: tuple[tuple[int, bytes], ...] = ()

    def __post_init__(self) -> None:
        check_hex(self, IDENTITY_TAGS, BINARY_IDENTITY_TAGS)

    @classmethod
    def from_tlv(cls, data: bytes) -> Identity:
        values, unknown = decode_fields(
            data, IDENTITY_TAGS, BINARY_IDENTITY_TAGS, FLAG_TAGS, "identity file"
        )
        return cls(**values, raw=bytes(data), unknown=unknown)

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Identity:
        """The inverse of `to_json` (the `_iso` keys are ignored), for persona files."""
        values = from_json_values(data, IDENTITY_TAGS, FLAG_TAGS, "identity")
        for tag in BINARY_IDENTITY_TAGS:
            key = IDENTITY_TAGS[tag]
            if key in values:
                values[key] = values[key].lower()
        return cls(**values)

    def to_tlv(self) -> bytes:
        """The identity file as a card would hold it (without padding)."""
        values = {key: getattr(self, key) for key in IDENTITY_TAGS.values()}
        return encode_fields(values, IDENTITY_TAGS, BINARY_IDENTITY_TAGS, FLAG_TAGS,
                              self.unknown)

    def to_json(self) -> dict[str, object]:
        """The `identity` object of `card read --json` (design.md)."""
        out: dict[str, object] = {}
        for key in IDENTITY_TAGS.values():
            value = getattr(self, key)
            if value is True:
                out[key] = True
            elif isinstance(value, str):
                out[key] = value
        birth = self.date_of_birth
        if birth is not None:
            out["birth_date_iso"] = birth.iso()
        for key, day in (("validity_begin_iso", self.validity_begin_date),
                         ("validity_end_iso", self.validity_end_date)):
            if day is not None:
                out[key] = day.isoformat()
        return out

    # Parsed views. A value the card holds in an unexpected form gives None
    # here; the text itself stays available as stored.

    @property
    def date_of_birth(self) -> CardDate | None:
        """Tag 0C parsed (`birth_date` itself is the text as stored, per the JSON contract)."""
        if self.birth_date is None:
            return None
        try:
            return parse_birth_date(self.birth_date)
        except CardDateError:
            return None

    @property
    def validity_begin_date(self) -> date | None:
        return _card_date_or_none(self.validity_begin)

    @property
    def validity_end_date(self) -> date | None:
        return _card_date_or_none(self.validity_end)

    @property
    def document_type_code(self) -> int | None:
        """Tag 0F as a number; cards write both "1" and "01"."""
        text = (self.document_type or "").strip()
        return int(text) if text.isascii() and text.isdigit() else None

    @property
    def is_belgian_eid(self) -> bool:
        return self.document_type_code == 1

    @property
    def is_kids_card(self) -> bool:
        """Kids ID (6) or a foreigner card for a child under 12 (61-69)."""
        code = self.document_type_code
        return code is not None and (code == 6 or 61 <= code <= 69)

    @property
    def is_foreigner_card(self) -> bool:
        """A residence card for a foreigner (11-36, and 61-69 for children)."""
        code = self.document_type_code
        return code is not None and (11 <= code <= 36 or 61 <= code <= 69)

    @property
    def gender(self) -> Literal["male", "female"] | None:
        """Tag 0D: M for a man, F, V or W (per card language) for a woman."""
        letter = (self.sex or "").strip().upper()
        if letter == "M":
            return "male"
        if letter in ("F", "V", "W"):
            return "female"
        return None

    @property
    def given_names(self) -> str:
        """The first two given names, then the initial of the third, if any."""
        parts = [self.first_names or "", self.third_name_initial or ""]
        return " ".join(part.strip() for part in parts if part.strip())

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, (self.surname or "").strip())
                        if part)


def _card_date_or_none(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return parse_card_date(text)
    except CardDateError:
        return None


@dataclass(frozen=True, slots=True)
class Address:
    """The address file (4033), read with its zero padding."""

    street_and_number: str | None = None
    zip: str | None = None
    municipality: str | None = None
    # As read, padding included; the address signature covers it without padding.
    raw: bytes = field(default=b"", compare=False, repr=False)
    unknown: tuple[tuple[int, bytes], ...] = ()
    version: str | None = None

    def __post_init__(self) -> None:
        check_hex(self, ADDRESS_TAGS, BINARY_ADDRESS_TAGS)

    @classmethod
    def from_tlv(cls, data: bytes) -> Address:
        values, unknown = decode_fields(
            data, ADDRESS_TAGS, BINARY_ADDRESS_TAGS, frozenset(), "address file"
        )
        return cls(**values, raw=bytes(data), unknown=unknown)

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Address:
        values = from_json_values(data, ADDRESS_TAGS, frozenset(), "address")
        if "version" in values:
            values["version"] = values["version"].lower()
        return cls(**values)

    def to_tlv(self) -> bytes:
        values = {key: getattr(self, key) for key in ADDRESS_TAGS.values()}
        return encode_fields(values, ADDRESS_TAGS, BINARY_ADDRESS_TAGS, frozenset(),
                              self.unknown)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key in ADDRESS_TAGS.values():
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class CardFiles:
    """The bytes read from one card, exactly as read (padding included)."""

    atr: bytes
    card_data: bytes
    identity: bytes
    identity_signature: bytes
    address: bytes
    address_signature: bytes
    photo: bytes
    basic_key: bytes | None = None  # 4040, applet 1.8 only
    cert_authentication: bytes
    cert_signature: bytes | None = None  # absent on kids cards
    cert_ca: bytes
    cert_root: bytes
    cert_rrn: bytes

    def certificate_files(self) -> dict[str, bytes]:
        """The certificate files present, by role, padding included."""
        files = {
            "authentication": self.cert_authentication,
            "signature": self.cert_signature,
            "ca": self.cert_ca,
            "root": self.cert_root,
            "rrn": self.cert_rrn,
        }
        return {role: data for role, data in files.items() if data}


@dataclass(frozen=True, slots=True)
class EidData:
    """What the program shows about one person's card."""

    source: Literal["card", "file"]
    info: CardInfo | None
    identity: Identity
    address: Address
    photo: bytes
    certificates: Mapping[str, x509.Certificate]
    # None for a file: its content was never verified.
    authenticity: AuthenticityReport | None
    atr: bytes | None = None

    def __post_init__(self) -> None:
        unknown_roles = set(self.certificates) - set(CERTIFICATE_ROLES)
        if unknown_roles:
            raise ValueError(f"unknown certificate roles {sorted(unknown_roles)}")
        # A read-only set, so a shared snapshot cannot be changed behind anyone's
        # back; it parses each certificate only when asked (certificates.py).
        object.__setattr__(self, "certificates", CertificateSet.of(self.certificates))

    @property
    def verified(self) -> bool:
        """True only for a card whose every applicable check passed."""
        return self.authenticity is not None and self.authenticity.valid

    @property
    def chip_number(self) -> str | None:
        if self.info is not None:
            return self.info.chip_number
        return self.identity.chip_number

    def to_json(self) -> dict[str, object]:
        """The `card read --json` document (design.md)."""
        from cryptography.hazmat.primitives.serialization import Encoding

        authenticity: dict[str, object]
        if self.authenticity is None:
            authenticity = {"valid": False, "verified": False, "source": self.source,
                            "reason": FILE_NOT_VERIFIED}
        else:
            authenticity = {**self.authenticity.to_json(), "verified": True,
                            "source": self.source}
        return {
            "source": self.source,
            "card": {
                "applet": self.info.applet_version if self.info is not None else None,
                "chip_number": self.chip_number,
                "atr": self.atr.hex() if self.atr is not None else None,
            },
            "identity": self.identity.to_json(),
            "address": self.address.to_json(),
            "certificates": {
                role: self.certificates[role].public_bytes(Encoding.PEM).decode("ascii")
                for role in CERTIFICATE_ROLES
                if role in self.certificates
            },
            "authenticity": authenticity,
        }


def parse_eid(files: CardFiles, report: AuthenticityReport | None, *,
              identity: Identity | None = None, address: Address | None = None) -> EidData:
    """Parse a card read into what the program shows.

    The identity, address and card data must parse (CardDataError otherwise).
    A certificate file that does not hold a certificate is left out of
    `certificates`; if it is the RRN certificate, the report says so.
    `identity` and `address`, when the caller parsed them already from these
    very files (the greeting did), are not parsed again.
    """
    parsed: dict[str, x509.Certificate] = {}
    der: dict[str, bytes] = {}
    for role, data in files.certificate_files().items():
        try:
            stripped = strip_der_padding(data)
            parsed[role] = load_padded_certificate(stripped)
        except (DerError, CardDataError):
            continue
        der[role] = stripped
    certificates = CertificateSet(der, parsed)
    return EidData(
        source="card",
        info=CardInfo.from_bytes(files.card_data),
        identity=identity if identity is not None else Identity.from_tlv(files.identity),
        address=address if address is not None else Address.from_tlv(files.address),
        photo=bytes(files.photo),
        certificates=certificates,
        authenticity=report,
        atr=bytes(files.atr),
    )


def _identity_keys_match_tags() -> None:
    # The JSON contract is the tag table; the attributes must follow it exactly.
    attributes = [f.name for f in fields(Identity) if f.name not in ("raw", "unknown")]
    assert attributes == list(IDENTITY_TAGS.values()), "Identity fields drifted from tags.py"


_identity_keys_match_tags()
