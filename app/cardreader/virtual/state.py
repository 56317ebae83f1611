"""The state a command handler may read and change, split by lifetime.

`Persistent` is EEPROM: the PIN, its tries and the internal-authenticate
counter outlive a power cycle (and, over vpcd, the ~400 ms power-off after the
last client leaves). `CardState` is RAM: selection, access rights, the
security environment and the response waiting for GET RESPONSE, all gone at
reset.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.command import SW_OK, more_data, sw_bytes
from app.cardreader.virtual.filesystem import FileSystem, Selection
from app.cardreader.virtual.security import AccessRights, PinCounter, SecurityEnvironment
from app.cardreader.virtual.timing import SignatureKind


@dataclass
class Reply:
    sw: int = SW_OK
    data: bytes = b""
    signature: SignatureKind | None = None  # a private-key operation happened (timing)

    def encode(self) -> bytes:
        return self.data + sw_bytes(self.sw)


class Persistent:
    def __init__(self, image: CardImage) -> None:
        self.pin = PinCounter(image.pin, image.pin_tries_left)
        self.internal_authentications = 0


class CardState:
    def __init__(self, image: CardImage, fs: FileSystem, persistent: Persistent) -> None:
        self.image = image
        self.persistent = persistent
        self.selection = Selection(fs)
        # 1.7: the VERIFY must be the very command before; 1.8 allows one between.
        self.rights = AccessRights(0 if image.applet == "1.7" else 1)
        self.environment: SecurityEnvironment | None = None
        self.pending_response: bytes | None = None
        # An empty SELECT by AID hands the card to the card manager (1.8 manual,
        # Table 18 note); the applet answers again after re-selection or reset.
        self.applet_selected = True

    @property
    def is_18(self) -> bool:
        return self.image.applet == "1.8"

    def respond_later(self, data: bytes, signature: SignatureKind | None = None) -> Reply:
        """T=0 case 4: keep the output for GET RESPONSE and announce it with 61xx."""
        self.pending_response = data
        return Reply(more_data(len(data)), signature=signature)

    def chained(self, data: bytes) -> Reply:
        """Output longer than 256 bytes: the first 256 now, the rest by GET RESPONSE."""
        if len(data) <= 256:
            return Reply(SW_OK, data)
        self.pending_response = data[256:]
        return Reply(more_data(len(data) - 256), data[:256])
