"""The simple TLV of the identity and address files.

One-byte tag; a length byte below 0xFF is the length, 0xFF means "add the next
byte" (so FF 03 is 258, FF FF 02 is 512). Trailing zero bytes are padding.
"""

from __future__ import annotations

from collections.abc import Iterable


class TlvError(ValueError):
    """The bytes are not a well-formed TLV sequence."""


def decode(data: bytes) -> list[tuple[int, bytes]]:
    """Split `data` into (tag, value) pairs in card order.

    Padding (a run of zero bytes to the end) is ignored. A zero tag with a
    non-zero length is the file-structure version and is kept.
    """
    items: list[tuple[int, bytes]] = []
    pos = 0
    end = len(data)
    while pos < end:
        if not any(data[pos:]):  # only padding left
            break
        tag = data[pos]
        pos += 1
        length = 0
        while True:
            if pos >= end:
                raise TlvError(f"length of tag 0x{tag:02X} runs past the end")
            byte = data[pos]
            pos += 1
            length += byte
            if byte != 0xFF:
                break
        if pos + length > end:
            raise TlvError(
                f"value of tag 0x{tag:02X} needs {length} bytes, {end - pos} left"
            )
        items.append((tag, bytes(data[pos : pos + length])))
        pos += length
    return items


def encode_length(length: int) -> bytes:
    if length < 0:
        raise ValueError("negative length")
    out = bytearray()
    while length >= 0xFF:
        out.append(0xFF)
        length -= 0xFF
    out.append(length)
    return bytes(out)


def encode(items: Iterable[tuple[int, bytes]]) -> bytes:
    """Join (tag, value) pairs; the inverse of `decode` without padding."""
    out = bytearray()
    for tag, value in items:
        if not 0 <= tag <= 0xFF:
            raise ValueError(f"tag {tag} does not fit one byte")
        out.append(tag)
        out += encode_length(len(value))
        out += value
    return bytes(out)
