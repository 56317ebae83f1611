import pytest

from app.cardreader.errors import PinFormatError
from app.cardreader.pin import pin_block, wipe


@pytest.mark.parametrize("pin,block", [
    ("1234", "241234ffffffffff"),
    ("12345", "25123 45fffffffff".replace(" ", "")),
    ("123456789012", "2c123456789012ff"),
])
def test_pin_block_format_2(pin: str, block: str) -> None:
    assert pin_block(bytearray(pin.encode())).hex() == block


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "12 34"])
def test_bad_pins_are_refused_without_echoing_them(pin: str) -> None:
    with pytest.raises(PinFormatError) as info:
        pin_block(bytearray(pin.encode()))
    if pin:
        assert pin not in str(info.value)


def test_wipe_overwrites_in_place() -> None:
    secret = bytearray(b"1234")
    view = secret
    wipe(secret)
    assert view == bytearray(4)
