"""Personas: the people whose cards the virtual card can be.

A persona file (design.md) is JSON: `applet` ("1.7"/"1.8"), `pin`, `identity`
and `address` keyed like `tags.py` with the values exactly as the card stores
them, an optional `photo` (a JPEG path relative to the file) and
`signature_certificate` (false for children). Extra optional keys:
`description`, `pin_tries_left` (default 3), `tamper` (any of "identity",
"address", "photo": that data was altered after the RRN signed it) and
`revoked` (the test PKI revokes the persona's certificates).

Values the card derives are not taken from the file: `photo_hash` and
`basic_key_hash` are always computed; `chip_number` is derived unless given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, cast

from app.cardreader import tlv
from app.cardreader.tags import ADDRESS_KEYS, BINARY_IDENTITY_TAGS, IDENTITY_KEYS, IDENTITY_TAGS
from app.cardreader.virtual.card_image import Applet
from app.cardreader.virtual.national_number import NationalNumberError, check_national_number
from app.cardreader.virtual.security import MAX_PIN_TRIES, encode_pin_block
from app.resources import resource_path

ADDRESS_FILE_SIZE: Final = 117  # EF(ID#Address), content specification 5.4 2.3
TAMPER_TARGETS: Final = frozenset({"identity", "address", "photo"})
ALWAYS_DERIVED: Final = frozenset({"photo_hash", "basic_key_hash"})
REQUIRED_IDENTITY: Final = (
    "card_number", "validity_begin", "validity_end", "issuing_municipality",
    "national_number", "surname", "nationality", "birth_place", "birth_date", "sex",
    "document_type",
)
REQUIRED_ADDRESS: Final = ("street_and_number", "zip", "municipality")
# Document types of Belgian nationals' cards (eID, kids, bootstrap, habilitation);
# every other type is a foreigner's card, issued under the Foreigner CA.
BELGIAN_DOCUMENT_TYPES: Final = frozenset({"1", "01", "6", "06", "7", "07", "8", "08"})
_TOP_LEVEL: Final = frozenset({
    "description", "applet", "pin", "identity", "address", "photo", "signature_certificate",
    "pin_tries_left", "tamper", "revoked",
})
_BINARY_KEYS: Final = frozenset(IDENTITY_TAGS[tag] for tag in BINARY_IDENTITY_TAGS)


class PersonaError(ValueError):
    """A persona file that cannot describe a card; the message says what to fix."""


@dataclass(frozen=True)
class Persona:
    name: str
    applet: Applet
    pin: str
    identity: Mapping[str, str | bool] = field(hash=False)
    address: Mapping[str, str] = field(hash=False)
    photo: bytes | None = field(default=None, repr=False)
    signature_certificate: bool = True
    description: str = ""
    pin_tries_left: int = MAX_PIN_TRIES
    tamper: frozenset[str] = frozenset()
    revoked: bool = False

    def text(self, key: str) -> str:
        value = self.identity.get(key, "")
        return value if isinstance(value, str) else ""

    @property
    def national_number(self) -> str:
        return self.text("national_number")

    @property
    def document_type(self) -> str:
        return self.text("document_type")

    @property
    def is_foreigner(self) -> bool:
        return self.document_type not in BELGIAN_DOCUMENT_TYPES

    def to_json(self) -> dict[str, Any]:
        """The persona as a persona file would hold it (photo left out)."""
        out: dict[str, Any] = {
            "description": self.description, "applet": self.applet, "pin": self.pin,
            "identity": dict(self.identity), "address": dict(self.address),
            "signature_certificate": self.signature_certificate,
            "pin_tries_left": self.pin_tries_left,
        }
        if self.tamper:
            out["tamper"] = sorted(self.tamper)
        if self.revoked:
            out["revoked"] = True
        return out


def load_persona_file(path: Path | str) -> Persona:
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PersonaError(f"{path}: cannot read the persona file ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PersonaError(f"{path}: not valid JSON ({exc})") from None
    try:
        return persona_from_dict(path.stem, raw, path.parent)
    except PersonaError as exc:
        raise PersonaError(f"{path}: {exc}") from None


def persona_from_dict(name: str, raw: object, base_dir: Path | None = None) -> Persona:
    if not isinstance(raw, dict):
        raise PersonaError("a persona is a JSON object")
    unknown = sorted(set(raw) - _TOP_LEVEL)
    if unknown:
        raise PersonaError(f"unknown key(s) {', '.join(unknown)}; "
                           f"allowed: {', '.join(sorted(_TOP_LEVEL))}")
    applet = raw.get("applet")
    if applet not in ("1.7", "1.8"):
        raise PersonaError('"applet" must be "1.7" or "1.8"')
    pin = raw.get("pin")
    if not isinstance(pin, str):
        raise PersonaError('"pin" must be a string of 4 to 12 digits')
    try:
        encode_pin_block(pin)
    except ValueError:
        raise PersonaError('"pin" must be a string of 4 to 12 digits') from None
    identity = _identity(raw.get("identity"))
    address = _address(raw.get("address"))
    tries = raw.get("pin_tries_left", MAX_PIN_TRIES)
    if not isinstance(tries, int) or isinstance(tries, bool) or not 0 <= tries <= MAX_PIN_TRIES:
        raise PersonaError(f'"pin_tries_left" must be a whole number from 0 to {MAX_PIN_TRIES}')
    tamper = raw.get("tamper", [])
    if not isinstance(tamper, list) or not set(tamper) <= TAMPER_TARGETS:
        raise PersonaError(f'"tamper" must be a list of {", ".join(sorted(TAMPER_TARGETS))}')
    for key in ("signature_certificate", "revoked"):
        if not isinstance(raw.get(key, False), bool):
            raise PersonaError(f'"{key}" must be true or false')
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise PersonaError('"description" must be a string')
    return Persona(
        name=name, applet=cast(Applet, applet), pin=pin,
        identity=MappingProxyType(identity), address=MappingProxyType(address),
        photo=_photo(raw.get("photo"), base_dir),
        signature_certificate=raw.get("signature_certificate", True),
        description=description, pin_tries_left=tries, tamper=frozenset(tamper),
        revoked=raw.get("revoked", False),
    )


def _identity(raw: object) -> dict[str, str | bool]:
    if not isinstance(raw, dict):
        raise PersonaError('"identity" must be an object of identity keys')
    identity: dict[str, str | bool] = {}
    for key, value in raw.items():
        if key.endswith("_iso") or key in ALWAYS_DERIVED:
            continue  # parsed forms and derived values are the reader's business
        if key not in IDENTITY_KEYS:
            raise PersonaError(f'identity: unknown key "{key}"')
        if key == "member_of_family":
            if not isinstance(value, bool):
                raise PersonaError("identity: member_of_family must be true or false")
            if value:
                identity[key] = True
            continue
        if not isinstance(value, str):
            raise PersonaError(f"identity: {key} must be a string (the text on the card)")
        if key in _BINARY_KEYS:
            try:
                bytes.fromhex(value)
            except ValueError:
                raise PersonaError(f"identity: {key} must be hexadecimal") from None
            if key == "chip_number" and len(value) != 32:
                raise PersonaError("identity: chip_number must be 16 bytes (32 hex digits)")
        identity[key] = value
    missing = [key for key in REQUIRED_IDENTITY if not identity.get(key)]
    if missing:
        raise PersonaError(f"identity: missing {', '.join(missing)}")
    try:
        check_national_number(str(identity["national_number"]), str(identity["sex"]))
    except NationalNumberError as exc:
        raise PersonaError(f"identity: {exc}") from None
    return identity


def _address(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise PersonaError('"address" must be an object of address keys')
    address: dict[str, str] = {}
    for key, value in raw.items():
        if key not in ADDRESS_KEYS:
            raise PersonaError(f'address: unknown key "{key}"')
        if not isinstance(value, str):
            raise PersonaError(f"address: {key} must be a string")
        address[key] = value
    missing = [key for key in REQUIRED_ADDRESS if not address.get(key)]
    if missing:
        raise PersonaError(f"address: missing {', '.join(missing)}")
    try:
        size = len(tlv.encode(
            (ADDRESS_KEYS[key], bytes.fromhex(value) if key == "version" else value.encode())
            for key, value in address.items()))
    except ValueError:
        raise PersonaError("address: version must be hexadecimal") from None
    if size > ADDRESS_FILE_SIZE:
        raise PersonaError(f"address: takes {size} bytes, the card's address file has "
                           f"{ADDRESS_FILE_SIZE}")
    return address


def _photo(raw: object, base_dir: Path | None) -> bytes | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise PersonaError('"photo" must be the path of a JPEG file')
    path = Path(raw) if base_dir is None else base_dir / raw
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PersonaError(f"photo {path}: {exc.strerror}") from None
    if not data.startswith(b"\xff\xd8"):
        raise PersonaError(f"photo {path} is not a JPEG file")
    return data


def personas_dir() -> Path:
    return resource_path("personas")


@lru_cache(maxsize=1)
def _builtin() -> tuple[Persona, ...]:
    return tuple(load_persona_file(p) for p in sorted(personas_dir().glob("*.json")))


def builtin_personas() -> dict[str, Persona]:
    """The personas shipped in resources/personas, by name (the file name)."""
    return {persona.name: persona for persona in _builtin()}


def persona_by_name(name: str) -> Persona:
    personas = builtin_personas()
    try:
        return personas[name]
    except KeyError:
        raise PersonaError(
            f"no persona {name!r}; known: {', '.join(sorted(personas))}"
        ) from None
