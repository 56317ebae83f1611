"""SELECT, READ BINARY, READ RECORD, GET CARD DATA, GET RESPONSE and class/instruction
errors, APDU by APDU, on both generations."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.cardreader import tlv
from app.cardreader.virtual.card import CardNotPowered, VirtualCard
from app.cardreader.virtual.card_image import ATR_17, ATR_18, CardImage
from tests.virtualcard.helpers import Host, h

ImageFor = Callable[[str], CardImage]
BOTH = pytest.mark.parametrize("persona", ["worker", "student"], ids=["1.7", "1.8"])


@pytest.fixture
def host17(card_image: ImageFor) -> Host:
    return Host(card_image("worker"))


@pytest.fixture
def host18(card_image: ImageFor) -> Host:
    return Host(card_image("student"))


def test_atr_per_generation(host17: Host, host18: Host) -> None:
    assert host17.atr == ATR_17 == h("3B 98 13 40 0A A5 03 01 01 01 AD 13 11")
    assert host18.atr == ATR_18
    assert host18.atr == h("3B 7F 96 00 00 80 31 80 65 B0 85 04 01 20 12 0F FF 82 90 00")


def test_no_power_no_answer(card_image: ImageFor) -> None:
    card = VirtualCard(card_image("worker"))
    with pytest.raises(CardNotPowered):
        card.transmit(h("00 A4 02 0C 02 3F 00"))
    card.power_on()
    card.power_off()
    with pytest.raises(CardNotPowered):
        card.transmit(h("00 A4 02 0C 02 3F 00"))


@BOTH
def test_select_by_fid_follows_iso_reach(persona: str, card_image: ImageFor) -> None:
    host = Host(card_image(persona))
    identity = card_image(persona).file("3F00DF014031")
    assert host.sw("00 A4 02 0C 02 40 31") == 0x6A82  # a grandchild of the MF
    assert host.sw("00 A4 02 0C 02 DF 01") == 0x9000
    assert host.sw("00 A4 02 0C 02 40 31") == 0x9000
    assert host.read_current() == identity
    assert host.sw("00 A4 02 0C 02 40 35") == 0x9000  # a sibling EF
    assert host.sw("00 A4 02 0C 02 DF 00") == 0x9000  # a sibling of the current DF
    assert host.sw("00 A4 02 0C 02 50 38") == 0x9000
    assert host.sw("00 A4 02 0C 02 3F 00") == 0x9000  # the MF from anywhere
    assert host.sw("00 A4 02 0C 02 12 34") == 0x6A82


@BOTH
def test_select_by_path_with_and_without_mf(persona: str, card_image: ImageFor) -> None:
    image = card_image(persona)
    host = Host(image)
    assert host.read_file("3F00 DF01 4033") == image.file("3F00DF014033")
    assert host.read_file("DF00 5032") == image.file("3F00DF005032")
    assert host.read_file("3F00 2F00") == image.file("3F002F00")
    assert host.select("3F00") == 0x9000  # OpenSC sends the MF alone
    assert host.sw("00 B0 00 00 00") == 0x6986  # no current EF
    assert host.select("3F00 DF01 4099") == 0x6A82
    assert host.select("3F00 4031") == 0x6A82
    assert host.select("3F00 DF01 4031 4032") == 0x6A82  # through an EF
    assert host.sw("00 A4 08 0C 03 3F 00 DF") == 0x6A87


def test_select_bad_forms(host17: Host) -> None:
    assert host17.sw("00 A4 02 00 02 3F 00") == 0x6A86  # FCI asked: never returned
    assert host17.sw("00 A4 01 0C 02 3F 00") == 0x6A86
    assert host17.sw("00 A4 02 0C 03 3F 00 00") == 0x6A87
    assert host17.sw("00 A4 02 0C 04 3F 00") == 0x6700  # Lc longer than the data
    assert host17.sw("00 A4 02 0C 02 3F 00 00") == 0x9000  # a trailing Le is ignored


@BOTH
def test_select_applet_and_application_aids(persona: str, card_image: ImageFor) -> None:
    image = card_image(persona)
    host = Host(image)
    applet = "A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF"
    assert host.select("3F00 DF01 4031") == 0x9000
    # eid-mw's form (P2=00) must answer exactly 90 00; it also goes back to the MF.
    assert host.send("00 A4 04 00 0F" + applet) == (b"", 0x9000)
    assert host.sw("00 B0 00 00 00") == 0x6986
    assert host.sw("00 A4 04 0C 0F" + applet) == 0x9000
    assert host.sw("00 A4 04 0C 0C A0 00 00 01 77 50 4B 43 53 2D 31 35") == 0x9000
    assert host.sw("00 A4 02 0C 02 50 31") == 0x9000
    assert host.read_current() == image.file("3F00DF005031")
    assert host.sw("00 A4 04 0C 0C A0 00 00 01 77 49 64 46 69 6C 65 73") == 0x9000
    assert host.sw("00 A4 02 0C 02 40 33") == 0x9000
    assert host.sw("00 A4 04 0C 05 A0 00 00 00 01") == 0x6A82
    assert host.sw("00 A4 04 0C 03 A0 00 00") == 0x6A87
    assert host.sw("00 A4 04 01 0F" + applet) == 0x6A86


def test_empty_aid_hands_over_to_the_card_manager(host18: Host) -> None:
    assert host18.sw("00 A4 04 00 00") == 0x9000
    assert host18.sw("80 E4 00 00 1C") == 0x6D00
    assert host18.sw("00 A4 08 0C 04 DF 01 40 31") == 0x6A82
    assert host18.sw("00 A4 04 00 0F A0 00 00 00 30 29 05 70 00 AD 13 10 01 01 FF") == 0x9000
    assert host18.sw("80 E4 00 00 1C") == 0x9000


@BOTH
def test_read_binary_offsets_and_lengths(persona: str, card_image: ImageFor) -> None:
    image = card_image(persona)
    host = Host(image)
    cert = image.file("3F00DF005038")
    assert host.select("3F00 DF00 5038") == 0x9000
    assert host.send("00 B0 00 00 00") == (cert[:256], 0x9000)  # Le=00 is 256
    assert host.send("00 B0 01 02 10") == (cert[0x102:0x112], 0x9000)
    last = len(cert) - 7
    offset = bytes([last >> 8, last & 0xFF])
    assert host.send(h("00 B0") + offset + h("FC")) == (b"", 0x6C07)
    assert host.send(h("00 B0") + offset + h("07")) == (cert[-7:], 0x9000)
    end = len(cert).to_bytes(2, "big")
    assert host.sw(h("00 B0") + end + h("01")) == 0x6B00
    assert host.sw("00 B0 7F FF 01") == 0x6B00
    assert host.sw("00 B0 81 00 01") == 0x6B00  # short EF identifiers are not supported
    assert host.sw("00 B0 00 00") == 0x6700  # no Le
    # The whole file, in OpenSC's and in eid-mw's chunk sizes.
    assert host.read_current(0) == cert
    assert host.read_current(252) == cert


def test_files_are_padded_like_real_cards(card_image: ImageFor) -> None:
    worker, student, child = card_image("worker"), card_image("student"), card_image("child")
    assert worker.file("3F00DF005038").endswith(bytes(50))
    assert student.file("3F00DF005038").endswith(bytes(1100))
    assert child.file("3F00DF005039") == bytes(2500)  # no signature certificate
    assert len(worker.file("3F00DF014033")) == len(student.file("3F00DF014033")) == 117
    assert len(worker.file("3F00DF014032")) == 256
    assert len(student.file("3F00DF014032")) == 128
    assert "3F00DF014040" in student.files and "3F00DF014040" not in worker.files


@BOTH
def test_get_card_data(persona: str, card_image: ImageFor) -> None:
    image = card_image(persona)
    host = Host(image)
    data, sw = host.send("80 E4 00 00 1C")
    assert sw == 0x9000 and len(data) == 28
    assert data[:16] == image.chip_number
    assert data[21] == (0x17 if persona == "worker" else 0x18)
    assert data[22:24] == (h("00 03") if persona == "worker" else h("00 01"))
    assert data[27] == 0x0F  # personalised
    assert host.sw("80 E4 00 00 00") == 0x6C1C
    assert host.sw("80 E4 00 00 10") == 0x6C1C
    assert host.sw("80 E4 01 00 1C") == 0x6B00
    # The chip number is also the PKCS#15 serial and identity tag 02.
    token_info = image.file("3F00DF005032")
    assert token_info[7:23] == image.chip_number
    assert dict(tlv.decode(image.file("3F00DF014031")))[0x02] == image.chip_number


def test_get_card_data_with_pin_counter_on_18(host17: Host, card_image: ImageFor) -> None:
    assert host17.sw("80 E4 00 01 1F") == 0x6B00
    host = Host(card_image("last-try"))
    data, sw = host.send("80 E4 00 01 1F")
    assert sw == 0x9000 and len(data) == 31
    assert data[28:] == h("01 FF FF")
    assert host.sw("80 E4 00 01 1C") == 0x6C1F


def test_get_response_chaining(host17: Host) -> None:
    assert host17.sw("00 C0 00 00 10") == 0x6985  # nothing waiting
    assert host17.verify("1234") == 0x9000
    assert host17.mse(0x08, 0x82) == 0x9000
    assert host17.send(h("00 2A 9E 9A 20") + bytes(32)) == (b"", 0x6100)
    first, sw = host17.send("00 C0 00 00 80")
    assert len(first) == 0x80 and sw == 0x6180
    assert host17.sw("00 C0 00 00 90") == 0x6C80  # too long: chaining goes on
    assert host17.sw("00 C0 00 01 80") == 0x6B00
    rest, sw = host17.send("00 C0 00 00 80")
    assert len(rest) == 0x80 and sw == 0x9000
    assert host17.sw("00 C0 00 00 80") == 0x6985
    # Any other command throws the waiting response away.
    assert host17.send(h("00 2A 9E 9A 20") + bytes(32))[1] == 0x6100
    assert host17.sw("80 E4 00 00 1C") == 0x9000
    assert host17.sw("00 C0 00 00 00") == 0x6985


@BOTH
def test_class_and_instruction_errors(persona: str, card_image: ImageFor) -> None:
    host = Host(card_image(persona))
    assert host.sw("A0 A4 02 0C 02 3F 00") == 0x6E00
    assert host.sw("01 A4 02 0C 02 3F 00") == 0x6881  # logical channel 1
    assert host.sw("10 88 02 81 02 94 00") == 0x6884  # command chaining
    assert host.sw("80 B0 00 00 10") == 0x6E00  # READ BINARY is CLA 00
    assert host.sw("00 E4 00 00 1C") == 0x6E00  # GET CARD DATA is CLA 80
    assert host.sw("00 84 00 00 08") == 0x6D00  # GET CHALLENGE: not on Belpic
    assert host.sw("00 D6 00 00 01 00") == 0x6D00  # UPDATE BINARY
    assert host.sw("00 C0") == 0x6700


def test_18_only_instructions_are_unknown_to_17(host17: Host) -> None:
    assert host17.sw("80 B2 06 06 00") == 0x6D00  # READ RECORD
    assert host17.sw("00 88 02 81 32 94 30" + "00" * 48) == 0x6D00  # INTERNAL AUTHENTICATE
    assert host17.sw("00 2C 00 01") == 0x6D00  # RESET RETRY COUNTER


def test_read_record_on_18(host18: Host, card_image: ImageFor) -> None:
    image = card_image("student")
    fields = dict(tlv.decode(image.file("3F00DF014031")))
    assert host18.select("3F00 DF01 4031") == 0x9000
    assert host18.send("80 B2 06 06 00") == (h("06 0B") + fields[0x06], 0x9000)
    names = tlv.encode([(0x07, fields[0x07]), (0x08, fields[0x08])])
    assert host18.send("80 B2 07 09 00") == (names, 0x9000)  # tag 09 absent: skipped
    assert host18.send("80 B2 07 08 04") == (names[:4], 0x9000)
    assert host18.sw(bytes([0x80, 0xB2, 0x07, 0x08, len(names) + 1])) == 0x6C00 | len(names)
    assert host18.sw("80 B2 08 07 00") == 0x6A83
    assert host18.sw("80 B2 09 09 00") == 0x6A83
    everything, sw = host18.send("80 B2 00 1F 00")
    assert sw == 0x9000 and tlv.decode(everything) == tlv.decode(image.file("3F00DF014031"))
    assert host18.select("3F00 DF00 5038") == 0x9000
    assert host18.sw("80 B2 01 01 00") == 0x6981
    assert host18.select("3F00 DF01") == 0x9000
    assert host18.sw("80 B2 01 01 00") == 0x6986
