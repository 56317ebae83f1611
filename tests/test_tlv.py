import pytest

from app.cardreader import tlv


def test_round_trip_with_long_lengths() -> None:
    items = [(0x01, b"592123456789"), (0x07, "Éléonore".encode()), (0x20, b"x" * 258)]
    encoded = tlv.encode(items)
    assert encoded[-260:-258] == b"\xff\x03"  # 258 = FF 03
    assert tlv.decode(encoded + b"\x00" * 17) == items


@pytest.mark.parametrize("length,expected", [(0, b"\x00"), (254, b"\xfe"), (255, b"\xff\x00"),
                                             (510, b"\xff\xff\x00"), (512, b"\xff\xff\x02")])
def test_length_forms(length: int, expected: bytes) -> None:
    assert tlv.encode_length(length) == expected


def test_empty_value_is_kept() -> None:
    # Tag 0x14 (member of family) is present with no value.
    assert tlv.decode(b"\x14\x00\x01\x01A") == [(0x14, b""), (0x01, b"A")]


def test_truncated_value_is_an_error() -> None:
    with pytest.raises(tlv.TlvError):
        tlv.decode(b"\x07\x05abc")
