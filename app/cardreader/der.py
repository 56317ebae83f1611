"""The length of a DER object at the start of a zero-padded card file.

Certificate files (5038-503C), the EC signature files (4032, 4034) and the
basic key (4040) have a fixed size on the card; what they hold is one DER
object followed by zero bytes. Only the object's own length header tells where
it ends (content v5.4, 6.2.5: "the length ... can be found by adding 2 to the
value of its second byte", which is the short form of the rule below).
"""

from __future__ import annotations


class DerError(ValueError):
    """The bytes do not start with a complete DER object."""


def announced_length(head: bytes) -> int | None:
    """Total length (header included) the DER header at head[0] announces, or
    None when `head` is too short to hold the whole header: a reader asks this
    of a file's first chunk to know how much more to read."""
    if len(head) < 2:
        return None
    if head[0] & 0x1F == 0x1F:
        # High tag numbers never occur in the files this is used on.
        raise DerError("multi-byte DER tags are not supported")
    first = head[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0:
        raise DerError("indefinite length is not DER")
    if count > 4:
        raise DerError("DER length field too long")
    if len(head) < 2 + count:
        return None
    return 2 + count + int.from_bytes(head[2 : 2 + count], "big")


def der_length(data: bytes) -> int:
    """Total length (header included) of the DER object starting at data[0]."""
    total = announced_length(data)
    if total is None:
        raise DerError("too short for a DER header")
    if total > len(data):
        raise DerError(f"DER object needs {total} bytes, {len(data)} present")
    return total


def strip_der_padding(data: bytes) -> bytes:
    """The DER object at the start of `data`, without the padding after it.

    Anything but zero bytes after the object is refused: a file holding more
    than one object, or garbage, is not what the card should hold.
    """
    end = der_length(data)
    if any(data[end:]):
        raise DerError("non-zero bytes after the DER object")
    return bytes(data[:end])
