"""PIN blocks and the interface through which the card layer asks for a PIN.

The PIN travels as a `bytearray` so that it can be overwritten as soon as the
card command that needed it has been built; it is never stored, logged or put
in an exception. Python may still hold transient copies (stdin buffers, Qt's
line edit), which is why the card layer asks for the PIN only right before the
one command that uses it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from app.cardreader.errors import PinFormatError

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12
PIN_BLOCK_LENGTH = 8


class PinPurpose(enum.Enum):
    AUTHENTICATION = "authentication"  # log in to a government service
    SIGNATURE = "signature"  # a signature with the force of a handwritten one
    TEST = "test"  # the person checks their PIN
    CHANGE_OLD = "change-old"
    CHANGE_NEW = "change-new"


@dataclass(frozen=True, slots=True)
class PinPrompt:
    purpose: PinPurpose
    tries_left: int | None  # None when the card cannot tell without spending a try
    reader_name: str


class PinProvider(Protocol):
    """Asks the person for their PIN: the GUI, the kiosk and the CLI each implement it.

    Returns the digits as ASCII in a bytearray the caller wipes; raises
    `PinCancelled` when the person declines.
    """

    def request_pin(self, prompt: PinPrompt) -> bytearray: ...


def wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def check_pin_format(pin: bytearray) -> None:
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
        raise PinFormatError(
            f"A PIN has {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits."
        )
    if not all(0x30 <= b <= 0x39 for b in pin):
        raise PinFormatError("A PIN has only digits.")


def pin_block(pin: bytearray) -> bytearray:
    """Format-2 PIN block: 2, length, BCD digits, F padding (8 bytes).

    "1234" becomes 24 12 34 FF FF FF FF FF.
    """
    check_pin_format(pin)
    nibbles = bytearray((0x2, len(pin)))
    nibbles += bytearray(b - 0x30 for b in pin)
    nibbles += bytearray([0xF] * (PIN_BLOCK_LENGTH * 2 - len(nibbles)))
    block = bytearray(
        (nibbles[i] << 4) | nibbles[i + 1] for i in range(0, len(nibbles), 2)
    )
    wipe(nibbles)
    return block
