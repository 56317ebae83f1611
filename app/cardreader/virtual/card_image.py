"""Everything a virtual card holds once personalised: files, keys, PIN, ATR.

Built by `image.build_image`; read by the APDU processor. Frozen, so one image
can back several cards (each card keeps its own PIN counter and state).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from cryptography.hazmat.primitives.asymmetric import ec, rsa

Applet = Literal["1.7", "1.8"]
CardKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

# Answer to reset per generation (reference/beid-card.md, content spec 5.4 section 2.3).
ATR_17: Final = bytes.fromhex("3B 98 13 40 0A A5 03 01 01 01 AD 13 11")
ATR_18: Final = bytes.fromhex("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00")

ATRS: Final[dict[str, bytes]] = {"1.7": ATR_17, "1.8": ATR_18}


@dataclass(frozen=True)
class CardImage:
    persona_name: str
    applet: Applet
    atr: bytes
    files: Mapping[str, bytes]  # absolute path ("3F00DF01 4031" without spaces) -> content
    card_data: bytes  # GET CARD DATA with P2=00 (28 bytes)
    pin: str
    pin_tries_left: int
    authentication_key: CardKey
    signature_key: CardKey | None
    basic_key: ec.EllipticCurvePrivateKey | None

    @property
    def chip_number(self) -> bytes:
        return self.card_data[:16]

    @property
    def applet_byte(self) -> int:
        return self.card_data[21]

    def file(self, path: str) -> bytes:
        return self.files[path.replace(" ", "").upper()]
