"""The answer to GET CARD DATA: chip serial, versions, life cycle, PIN tries."""

from __future__ import annotations

from typing import Final, NamedTuple

from app.cardreader.tlvfields import CardDataError

# GET CARD DATA response layout (1.7 manual 6.9 table 32, 1.8 manual 6.14 table 47).
_CARD_DATA_LENGTH: Final = 28
_NO_PIN_COUNTER: Final = 0xFF  # 1.8: "PIN not found"


class CardInfo(NamedTuple):
    """The GET CARD DATA answer: chip serial, versions, life cycle, PIN tries.
    (A NamedTuple: a start defines it before the road is drawn, see states.py.)"""

    serial: bytes
    component_code: int
    os_number: int
    os_version: int
    softmask_number: int
    softmask_version: int
    applet_version_byte: int
    global_os_version: int
    applet_interface_version: int
    pkcs1_support: int
    key_exchange_version: int
    life_cycle: int
    # Only in the 1.8 answer to P2=01 (31 bytes); None otherwise.
    pin_tries_left: int | None = None

    @classmethod
    def from_bytes(cls, data: bytes) -> CardInfo:
        if len(data) < _CARD_DATA_LENGTH:
            raise CardDataError(
                f"card data has {len(data)} bytes, at least {_CARD_DATA_LENGTH} expected"
            )
        tries: int | None = None
        if len(data) > _CARD_DATA_LENGTH and data[28] != _NO_PIN_COUNTER:
            tries = data[28]
        return cls(
            serial=bytes(data[0:16]),
            component_code=data[16],
            os_number=data[17],
            os_version=data[18],
            softmask_number=data[19],
            softmask_version=data[20],
            applet_version_byte=data[21],
            global_os_version=int.from_bytes(data[22:24], "big"),
            applet_interface_version=data[24],
            pkcs1_support=data[25],
            key_exchange_version=data[26],
            life_cycle=data[27],
            pin_tries_left=tries,
        )

    def to_bytes(self, *, with_pin_counter: bool = False) -> bytes:
        """The answer a card gives, to P2=00 or (with_pin_counter) P2=01."""
        out = bytearray(self.serial)
        out += bytes([self.component_code, self.os_number, self.os_version,
                      self.softmask_number, self.softmask_version, self.applet_version_byte])
        out += self.global_os_version.to_bytes(2, "big")
        out += bytes([self.applet_interface_version, self.pkcs1_support,
                      self.key_exchange_version, self.life_cycle])
        if with_pin_counter:
            tries = _NO_PIN_COUNTER if self.pin_tries_left is None else self.pin_tries_left
            out += bytes([tries, 0xFF, 0xFF])
        return bytes(out)

    @property
    def chip_number(self) -> str:
        return self.serial.hex()

    @property
    def applet_version(self) -> str:
        """"1.7" for 0x17, "1.8" for 0x18 (the byte is two decimal digits in hex)."""
        byte = self.applet_version_byte
        return f"{byte >> 4}.{byte & 0x0F}"

    @property
    def is_personalised(self) -> bool:
        return self.life_cycle == 0x0F
