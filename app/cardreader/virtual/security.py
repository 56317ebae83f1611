"""The PIN, its try counter, and the access rights a verified PIN grants.

Both reference manuals (section 5.1) describe one PIN for two keys with two
rules: the authentication key wants the PIN "once" in the session, the
non-repudiation key wants it "just before" the signature (1.7: the very
previous command; 1.8: at most one command between). A VERIFY is therefore
not classified when it succeeds: if a non-repudiation signature follows within
the window it was a non-repudiation verify and grants nothing more; once the
window has passed without one it becomes the session's authentication right
("PIN mixed" mode). A wrong PIN clears every right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

MAX_PIN_TRIES: Final = 3
MIN_PIN_LENGTH: Final = 4
MAX_PIN_LENGTH: Final = 12


def encode_pin_block(pin: str) -> bytes:
    """The 8-byte PIN block: nibble 2, length, BCD digits, F padding ("1234" -> 24 12 34 FF..)."""
    if not (pin.isascii() and pin.isdigit() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH):
        raise ValueError("a PIN is 4 to 12 digits")
    nibbles = f"2{len(pin):X}{pin}".ljust(16, "F")
    return bytes.fromhex(nibbles)


def decode_pin_block(block: bytes) -> str | None:
    """The PIN in a block, or None when the block is not well formed."""
    if len(block) != 8:
        return None
    nibbles = block.hex().upper()
    if nibbles[0] != "2":
        return None
    length = int(nibbles[1], 16)
    if not MIN_PIN_LENGTH <= length <= MAX_PIN_LENGTH:
        return None
    digits, padding = nibbles[2 : 2 + length], nibbles[2 + length :]
    if not digits.isdigit() or set(padding) - {"F"}:
        return None
    return digits


class PinCounter:
    """The PIN and its tries; these live in EEPROM and survive power cycles."""

    def __init__(self, pin: str, tries_left: int = MAX_PIN_TRIES) -> None:
        if not 0 <= tries_left <= MAX_PIN_TRIES:
            raise ValueError(f"tries left must be 0 to {MAX_PIN_TRIES}")
        self._block = encode_pin_block(pin)
        self.tries_left = tries_left

    @property
    def blocked(self) -> bool:
        return self.tries_left == 0

    def check(self, block: bytes) -> bool:
        """Compare a presented block; a miss costs a try, a match restores them all."""
        if block == self._block:
            self.tries_left = MAX_PIN_TRIES
            return True
        self.tries_left = max(0, self.tries_left - 1)
        return False

    def replace(self, new_block: bytes) -> None:
        self._block = bytes(new_block)


@dataclass
class SecurityEnvironment:
    """What MSE:SET chose for the next PSO:CDS."""

    algorithm: int
    key_reference: int


class AccessRights:
    """Rights granted by the PIN in this power session (all volatile)."""

    def __init__(self, commands_between_for_non_repudiation: int) -> None:
        self._window = commands_between_for_non_repudiation
        self._command_index = 0
        self._authentication = False
        self._pending_verify_at: int | None = None

    def begin_command(self) -> None:
        """Count one APDU; a verify that can no longer precede a non-repudiation
        signature is from now on an authentication verify."""
        self._command_index += 1
        pending = self._pending_verify_at
        if pending is not None and self._command_index - pending - 1 > self._window:
            self._authentication = True
            self._pending_verify_at = None

    @property
    def pin_verified(self) -> bool:
        return self._authentication or self._pending_verify_at is not None

    def granted(self) -> None:
        """A successful VERIFY (or CHANGE REFERENCE DATA) in the current command."""
        if self._pending_verify_at is not None:
            # The earlier verify was not used for a non-repudiation signature.
            self._authentication = True
        self._pending_verify_at = self._command_index

    def clear(self) -> None:
        self._authentication = False
        self._pending_verify_at = None

    def use_for_authentication(self) -> bool:
        if self._pending_verify_at is not None:
            self._authentication = True
            self._pending_verify_at = None
        return self._authentication

    def use_for_non_repudiation(self) -> bool:
        """True when a verify sits inside the window; the verify is spent either way."""
        allowed = self._pending_verify_at is not None
        self._pending_verify_at = None
        return allowed
