"""A tiny host for driving a virtual card APDU by APDU in tests."""

from __future__ import annotations

from app.cardreader import tlv
from app.cardreader.tags import IDENTITY_TAGS
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.security import encode_pin_block


def h(text: str) -> bytes:
    return bytes.fromhex(text.replace(" ", ""))


class Host:
    def __init__(self, image: CardImage) -> None:
        self.card = VirtualCard(image)
        self.atr = self.card.power_on()

    def send(self, apdu: bytes | str) -> tuple[bytes, int]:
        raw = h(apdu) if isinstance(apdu, str) else apdu
        response = self.card.transmit(raw)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def sw(self, apdu: bytes | str) -> int:
        return self.send(apdu)[1]

    def select(self, path: str) -> int:
        data = h(path)
        return self.sw(bytes([0x00, 0xA4, 0x08, 0x0C, len(data)]) + data)

    def read_current(self, chunk: int = 0) -> bytes:
        """READ BINARY to the end, re-sending on 6Cxx, as OpenSC (chunk 0) or eid-mw (252)."""
        out = b""
        while True:
            le = chunk
            data, sw = self.send(bytes([0x00, 0xB0, len(out) >> 8, len(out) & 0xFF, le & 0xFF]))
            if sw >> 8 == 0x6C:
                data, sw = self.send(bytes([0x00, 0xB0, len(out) >> 8, len(out) & 0xFF,
                                            sw & 0xFF]))
                assert sw == 0x9000
                return out + data
            if sw == 0x6B00:
                return out
            assert sw == 0x9000, hex(sw)
            out += data

    def read_file(self, path: str, chunk: int = 0) -> bytes:
        assert self.select(path) == 0x9000
        return self.read_current(chunk)

    def verify(self, pin: str) -> int:
        return self.sw(h("00 20 00 01 08") + encode_pin_block(pin))

    def mse(self, algorithm: int, key: int) -> int:
        return self.sw(bytes([0x00, 0x22, 0x41, 0xB6, 0x05, 0x04, 0x80, algorithm, 0x84, key]))

    def pso(self, data: bytes) -> tuple[bytes, int]:
        """PSO:CDS as T=0 wants it: no Le, then GET RESPONSE with the announced length."""
        out, sw = self.send(bytes([0x00, 0x2A, 0x9E, 0x9A, len(data)]) + data)
        assert out == b""
        if sw >> 8 != 0x61:
            return b"", sw
        return self.send(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))


def identity_fields(content: bytes) -> dict[str, bytes]:
    return {IDENTITY_TAGS.get(tag, f"tag_{tag:02x}"): value for tag, value in tlv.decode(content)}
