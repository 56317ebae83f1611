"""The fields of the simple-TLV records (identity 4031, address 4033) and back.

Shared by `Identity` and `Address`: each attribute is named after its tag in
tags.py, text tags are strict UTF-8, binary tags lowercase hex, flag tags bool.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.cardreader import tlv


class CardDataError(ValueError):
    """A file read from the card (or given for one) cannot be understood."""


def decode_fields(
    data: bytes,
    table: Mapping[int, str],
    binary: frozenset[int],
    flags: frozenset[int],
    what: str,
) -> tuple[dict[str, Any], tuple[tuple[int, bytes], ...]]:
    """Split a TLV file into known field values and unknown (tag, value) pairs.

    Unknown tags are kept rather than refused: the card content documents have
    added tags several times, and an older program must still read newer cards.
    """
    try:
        items = tlv.decode(data)
    except tlv.TlvError as exc:
        raise CardDataError(f"{what} is not well-formed: {exc}") from None
    values: dict[str, Any] = {}
    unknown: list[tuple[int, bytes]] = []
    for tag, value in items:
        key = table.get(tag)
        if key is None:
            unknown.append((tag, value))
            continue
        if key in values:
            raise CardDataError(f"{what} holds tag 0x{tag:02X} ({key}) twice")
        if tag in flags:
            values[key] = True
        elif tag in binary:
            values[key] = value.hex()
        else:
            try:
                values[key] = value.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise CardDataError(
                    f"{what}: tag 0x{tag:02X} ({key}) is not valid UTF-8 "
                    f"(byte {exc.start} of {len(value)})"
                ) from None
    return values, tuple(unknown)


def encode_fields(
    values: Mapping[str, object],
    table: Mapping[int, str],
    binary: frozenset[int],
    flags: frozenset[int],
    unknown: tuple[tuple[int, bytes], ...],
) -> bytes:
    items: list[tuple[int, bytes]] = []
    for tag, key in table.items():
        value = values[key]
        if tag in flags:
            if value:
                items.append((tag, b""))
        elif isinstance(value, str):
            items.append((tag, bytes.fromhex(value) if tag in binary else value.encode()))
    items.extend(unknown)
    items.sort(key=lambda item: item[0])  # cards store tags in ascending order
    return tlv.encode(items)


def check_hex(owner: object, table: Mapping[int, str], binary: frozenset[int]) -> None:
    for tag in binary:
        key = table[tag]
        value = getattr(owner, key)
        if value is None:
            continue
        if value != value.lower():
            raise CardDataError(f"{key} must be lowercase hex")
        try:
            bytes.fromhex(value)
        except ValueError:
            raise CardDataError(f"{key} {value!r} is not hex") from None


def from_json_values(
    data: Mapping[str, object], table: Mapping[int, str], flags: frozenset[int], what: str
) -> dict[str, Any]:
    known = set(table.values())
    flag_keys = {table[tag] for tag in flags}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key.endswith("_iso"):
            continue  # derived, never stored on the card
        if key not in known:
            raise CardDataError(f"{what} has no field {key!r}")
        if key in flag_keys:
            if not isinstance(value, bool):
                raise CardDataError(f"{what}: {key} must be true or false")
            values[key] = value
        elif isinstance(value, str):
            values[key] = value
        elif value is not None:
            raise CardDataError(f"{what}: {key} must be text")
    return values
