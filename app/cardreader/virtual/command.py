"""Command APDUs as the virtual card receives them, and the status words it answers.

The card speaks T=0 only (both ATRs announce nothing else), so the fifth byte is
P3: Lc for a command that carries data, Le for one that returns data. Each
handler knows its own case and asks for `data()` or `le()`; nothing here
guesses the case from the length alone, because `P3 = 00` means "no data" for
VERIFY and "256 bytes" for READ BINARY.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# Status words used by the Belpic applets (tables of both reference manuals).
SW_OK: Final = 0x9000
SW_WRONG_LENGTH: Final = 0x6700
SW_LOGICAL_CHANNEL_NOT_SUPPORTED: Final = 0x6881
SW_CHAINING_NOT_SUPPORTED: Final = 0x6884
SW_COMMAND_INCOMPATIBLE_WITH_FILE: Final = 0x6981
SW_SECURITY_STATUS_NOT_SATISFIED: Final = 0x6982
SW_AUTHENTICATION_BLOCKED: Final = 0x6983
SW_CONDITIONS_NOT_SATISFIED: Final = 0x6985
SW_NO_CURRENT_EF: Final = 0x6986
SW_WRONG_DATA: Final = 0x6A80
SW_FILE_NOT_FOUND: Final = 0x6A82
SW_RECORD_NOT_FOUND: Final = 0x6A83
SW_INCORRECT_P1P2: Final = 0x6A86
SW_LC_INCONSISTENT_WITH_P1P2: Final = 0x6A87
SW_REFERENCED_DATA_NOT_FOUND: Final = 0x6A88
SW_WRONG_P1P2: Final = 0x6B00
SW_INS_NOT_SUPPORTED: Final = 0x6D00
SW_CLA_NOT_SUPPORTED: Final = 0x6E00


def sw_bytes(sw: int) -> bytes:
    return sw.to_bytes(2, "big")


def wrong_pin(tries_left: int) -> int:
    return 0x63C0 | tries_left


def more_data(length: int) -> int:
    """61xx: xx bytes wait for GET RESPONSE (00 stands for 256 or more)."""
    return 0x6100 | (min(length, 256) & 0xFF)


def wrong_le(available: int) -> int:
    """6Cxx: re-send with Le = xx."""
    return 0x6C00 | (available & 0xFF)


class MalformedApdu(ValueError):
    """Fewer than four bytes: not a command at all."""


@dataclass(frozen=True, slots=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    p3: int | None
    body: bytes

    @classmethod
    def parse(cls, apdu: bytes) -> Command:
        if len(apdu) < 4:
            raise MalformedApdu(f"an APDU has at least 4 bytes, got {len(apdu)}")
        p3 = apdu[4] if len(apdu) > 4 else None
        return cls(apdu[0], apdu[1], apdu[2], apdu[3], p3, bytes(apdu[5:]))

    def data(self) -> bytes | None:
        """The data field of a case 3 (or case 4) command, None when Lc disagrees.

        A trailing Le is tolerated and ignored: on T=0 the card never sees it,
        but a host talking to a reader that passes APDUs through may send one.
        """
        if self.p3 is None:
            return b""
        if len(self.body) in (self.p3, self.p3 + 1):
            return self.body[: self.p3]
        return None

    def le(self) -> int | None:
        """Le of a case 2 command (00 means 256), None when absent or data follows."""
        if self.p3 is None or self.body:
            return None
        return self.p3 or 256
