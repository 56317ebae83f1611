"""Conventions of the eID Viewer's `.eid` files shared by reading and writing.

The names the files use for values the card stores as codes are the
enumerations of eidv4.xsd; which card code each name stands for follows the
ID_ADRESSE specification's tables (document type, special status, mentions)
in the order the schema lists them.
"""

from __future__ import annotations

from typing import Final

from app.cardreader.dates import CardLanguage


class EidFileError(ValueError):
    """A `.eid` file cannot be read, or this data cannot be written as one."""


# The element name of each certificate role, in the schema's order.
CERTIFICATE_ELEMENTS: Final = (
    ("root", "root"), ("citizenca", "ca"), ("authentication", "authentication"),
    ("signing", "signature"), ("rrn", "rrn"),
)
REQUIRED_CERTIFICATES: Final = frozenset({"root", "ca", "rrn"})

# Tag 0D for a woman, per card language ("M" for a man in all of them).
FEMALE_LETTER: Final[dict[CardLanguage, str]] = {"nl": "V", "fr": "F", "de": "W"}
# A Belgian's nationality as each card language writes it.
NATIONALITY_LANGUAGE: Final[dict[str, CardLanguage]] = {
    "belg": "nl", "belge": "fr", "belgier": "de",
}
DEFAULT_LANGUAGE: Final[CardLanguage] = "nl"

# Tag 0F, as a number (cards write "1" and "01" alike).
DOCUMENT_TYPES: Final[dict[int, str]] = {
    1: "belgian_citizen",
    6: "kids_card",
    7: "bootstrap_card",
    8: "habilitation_card",
    11: "foreigner_a",
    12: "foreigner_b",
    13: "foreigner_c",
    14: "foreigner_d",
    15: "foreigner_e",
    16: "foreigner_e_plus",
    17: "foreigner_f",
    18: "foreigner_f_plus",
    19: "european_blue_card_h",
    20: "ict_i",
    21: "mobile_ict_j",
    22: "foreigner_m",
    23: "foreigner_n",
    27: "foreigner_k",
    28: "foreigner_l",
    31: "foreigner_eu",
    32: "foreigner_eu_plus",
    # The new layouts of the A, B, F and F+ cards (Council Regulation 1030/2002).
    33: "foreigner_A",
    34: "foreigner_B",
    35: "foreigner_F",
    36: "foreigner_F_plus",
}

# Tag 10, as a number.
SPECIAL_STATUSES: Final[dict[int, str]] = {
    0: "NO_STATUS",
    1: "WHITE_CANE",
    2: "EXTENDED_MINORITY",
    3: "WHITE_CANE_EXTENDED_MINORITY",
    4: "YELLOW_CANE",
    5: "YELLOW_CANE_EXTENDED_MINORITY",
}

# Tag 16.
WORK_PERMITS: Final[dict[str, str]] = {
    "7": "unlimited",
    "8": "limited",
    "9": "no",
    "A": "seasonal worker",
}

# Tags 1B and 1C.
BREXIT_MENTION_1: Final[dict[str, str]] = {"B": "Article 18(1) Agreement"}
BREXIT_MENTION_2: Final[dict[str, str]] = {"C": "Permanent stay"}

# Tags 1D and 1E.
CARD_A_MENTION_1: Final[dict[str, str]] = {
    "A": "Seasonal worker",
    "D": "Student",
    "E": "Pupil",
    "F": "Intern",
    "G": "Volunteer",
    "H": "Au pair",
    "I": "Researcher mobility",
    "J": "Job search",
}
CARD_A_MENTION_2: Final[dict[str, str]] = {"K": "Mobility program"}


def inverse(table: dict[str, str]) -> dict[str, str]:
    return {name: code for code, name in table.items()}


def inverse_int(table: dict[int, str]) -> dict[str, int]:
    return {name: code for code, name in table.items()}
