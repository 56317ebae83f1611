"""Command APDUs of the BELPIC applet and the status words it answers with.

Only short APDUs: the card speaks T=0 and announces no extended length.
"""

from __future__ import annotations

from typing import Final, NamedTuple

SW_OK: Final = 0x9000
SW_WRONG_LENGTH: Final = 0x6700
SW_SECURITY_STATUS: Final = 0x6982
SW_PIN_BLOCKED: Final = 0x6983
SW_CONDITIONS: Final = 0x6985
SW_FILE_NOT_FOUND: Final = 0x6A82
SW_WRONG_P1P2: Final = 0x6A86
SW_WRONG_OFFSET: Final = 0x6B00
SW_INS_NOT_SUPPORTED: Final = 0x6D00

BELPIC_AID: Final = bytes.fromhex("A000000030290570 00AD13100101FF".replace(" ", ""))
MAX_SHORT_LE: Final = 256


class Response(NamedTuple):
    """A response APDU. A NamedTuple, not a frozen dataclass: one is made per
    APDU, and a frozen dataclass's __init__ costs several times as much."""

    data: bytes
    sw: int

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    @classmethod
    def from_bytes(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ValueError(f"a response APDU needs a status word, got {raw.hex()}")
        return cls(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])


def command(cla: int, ins: int, p1: int, p2: int, data: bytes = b"",
            le: int | None = None) -> bytes:
    """Encode a short command APDU (cases 1-4). `le` 256 is sent as 00."""
    if len(data) > 255:
        raise ValueError("short APDUs carry at most 255 data bytes")
    if le is not None and not 0 < le <= MAX_SHORT_LE:
        raise ValueError(f"Le {le} out of range for a short APDU")
    out = bytearray((cla, ins, p1, p2))
    if data:
        out.append(len(data))
        out += data
    if le is not None:
        out.append(le & 0xFF)
    return bytes(out)


def select_path(path: bytes) -> bytes:
    """SELECT by absolute path with P2=0C (the card never returns FCI)."""
    return command(0x00, 0xA4, 0x08, 0x0C, path)


def select_applet() -> bytes:
    return command(0x00, 0xA4, 0x04, 0x0C, BELPIC_AID)


def read_binary(offset: int, le: int) -> bytes:
    if not 0 <= offset <= 0x7FFF or not 0 < le <= MAX_SHORT_LE:
        raise ValueError(f"READ BINARY offset {offset} or Le {le} out of range")
    # Built directly: this runs once per 256 bytes of every file.
    return bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, le & 0xFF))


def get_card_data(with_pin_counter: bool) -> bytes:
    # P2=01 (1.8 only) appends the PIN tries left and two reserved bytes.
    return command(0x80, 0xE4, 0x00, 0x01, le=0x1F) if with_pin_counter else \
        command(0x80, 0xE4, 0x00, 0x00, le=0x1C)


def get_response(le: int) -> bytes:
    return command(0x00, 0xC0, 0x00, 0x00, le=le)


def verify(pin_block: bytes) -> bytes:
    """VERIFY for the cardholder PIN (reference 01); an empty block asks the status."""
    return command(0x00, 0x20, 0x00, 0x01, pin_block)


def change_reference_data(old_block: bytes, new_block: bytes) -> bytes:
    return command(0x00, 0x24, 0x00, 0x01, old_block + new_block)


def mse_set(algorithm: int, key_reference: int) -> bytes:
    return command(0x00, 0x22, 0x41, 0xB6,
                   bytes((0x04, 0x80, algorithm, 0x84, key_reference)))


def pso_compute_signature(data: bytes) -> bytes:
    # Case 3 here: the card answers 61xx and the signature comes by GET RESPONSE.
    return command(0x00, 0x2A, 0x9E, 0x9A, data)


def internal_authenticate(algorithm: int, key_reference: int, challenge: bytes) -> bytes:
    return command(0x00, 0x88, algorithm, key_reference,
                   bytes((0x94, len(challenge))) + challenge)


def log_off() -> bytes:
    return command(0x80, 0xE6, 0x00, 0x00)
