"""Tag numbers of the identity (4031) and address (4033) files and their JSON keys.

The keys are the contract of `card read --json` and of persona files
(design.md); the virtual card and the parser both use this one table.
"""

from __future__ import annotations

from typing import Final

# Tags whose value is binary on the card; shown as lowercase hex in JSON.
BINARY_IDENTITY_TAGS: Final = frozenset({0x00, 0x02, 0x11, 0x1A})

IDENTITY_TAGS: Final[dict[int, str]] = {
    0x00: "version",
    0x01: "card_number",
    0x02: "chip_number",
    0x03: "validity_begin",
    0x04: "validity_end",
    0x05: "issuing_municipality",
    0x06: "national_number",
    0x07: "surname",
    0x08: "first_names",
    0x09: "third_name_initial",
    0x0A: "nationality",
    0x0B: "birth_place",
    0x0C: "birth_date",
    0x0D: "sex",
    0x0E: "noble_condition",
    0x0F: "document_type",
    0x10: "special_status",
    0x11: "photo_hash",
    0x12: "duplicate",
    0x13: "special_organisation",
    0x14: "member_of_family",
    0x15: "protection_date_and_country",
    0x16: "work_permit",
    0x17: "employer_vat_1",
    0x18: "employer_vat_2",
    0x19: "regional_file_number",
    0x1A: "basic_key_hash",
    0x1B: "brexit_mention_1",
    0x1C: "brexit_mention_2",
    0x1D: "card_a_mention_1",
    0x1E: "card_a_mention_2",
    0x1F: "eu_registration_date",
}

# Tag 0x14 carries no value: present and empty means "member of family".
FLAG_TAGS: Final = frozenset({0x14})

ADDRESS_TAGS: Final[dict[int, str]] = {
    0x00: "version",
    0x01: "street_and_number",
    0x02: "zip",
    0x03: "municipality",
}

BINARY_ADDRESS_TAGS: Final = frozenset({0x00})

IDENTITY_KEYS: Final[dict[str, int]] = {v: k for k, v in IDENTITY_TAGS.items()}
ADDRESS_KEYS: Final[dict[str, int]] = {v: k for k, v in ADDRESS_TAGS.items()}
