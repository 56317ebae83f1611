"""The files of the BELPIC applet and what the host knows of their sizes.

Knowing how long a file is before reading it is what keeps a full read at the
fewest APDUs: a certificate or an ECDSA signature announces its length in its
first DER bytes; an RSA signature is as long as the RRN key; the address file
is padded to a fixed size. Only the identity file and the photo must be asked
for their length (one 6Cxx answer each).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final


class SizeKind(enum.Enum):
    DER = "der"  # the first bytes tell the length; zero padding after it is not read
    FIXED = "fixed"  # a length known in advance (the card still corrects us with 6Cxx)
    UNKNOWN = "unknown"  # read until the card says the file ends


@dataclass(frozen=True, slots=True)
class CardFile:
    name: str
    path: bytes  # absolute, from 3F00
    kind: SizeKind
    expected: int = 256  # first READ BINARY length for FIXED and DER files


def _path(text: str) -> bytes:
    return bytes.fromhex(text)


IDENTITY: Final = CardFile("identity", _path("3F00DF014031"), SizeKind.UNKNOWN)
IDENTITY_SIGNATURE: Final = CardFile("identity_signature", _path("3F00DF014032"), SizeKind.DER)
ADDRESS: Final = CardFile("address", _path("3F00DF014033"), SizeKind.FIXED, 117)
ADDRESS_SIGNATURE: Final = CardFile("address_signature", _path("3F00DF014034"), SizeKind.DER)
PHOTO: Final = CardFile("photo", _path("3F00DF014035"), SizeKind.UNKNOWN)
BASIC_KEY: Final = CardFile("basic_key", _path("3F00DF014040"), SizeKind.DER)
CERT_AUTHENTICATION: Final = CardFile("cert_authentication", _path("3F00DF005038"), SizeKind.DER)
CERT_SIGNATURE: Final = CardFile("cert_signature", _path("3F00DF005039"), SizeKind.DER)
CERT_CA: Final = CardFile("cert_ca", _path("3F00DF00503A"), SizeKind.DER)
CERT_ROOT: Final = CardFile("cert_root", _path("3F00DF00503B"), SizeKind.DER)
CERT_RRN: Final = CardFile("cert_rrn", _path("3F00DF00503C"), SizeKind.DER)

DF00: Final = _path("3F00DF00")

# The longest DER an ECDSA P-384 signature can take: SEQUENCE of two 49-byte INTEGERs.
EC_P384_SIGNATURE_MAX: Final = 2 + 2 * (2 + 49)

