"""The virtual card through a real pcscd (private, on vpcd) with pyscard."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from smartcard.CardConnection import CardConnection
from smartcard.Exceptions import CardConnectionException, NoCardException
from smartcard.System import readers

from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.vpcd import VpcdBridge
from tests.conftest import InsertCard, wait_for_card

pytestmark = pytest.mark.pcsc
ROOT = Path(__file__).resolve().parents[2]


class PcscHost:
    def __init__(self, reader_name: str) -> None:
        reader = next(r for r in readers() if str(r) == reader_name)
        self.connection = reader.createConnection()
        self.connection.connect(CardConnection.T0_protocol)

    def send(self, apdu: bytes) -> tuple[bytes, int]:
        data, sw1, sw2 = self.connection.transmit(list(apdu))
        return bytes(data), (sw1 << 8) | sw2

    def read_file(self, path: str) -> bytes:
        """eid-mw's way: select by path, READ BINARY in 252-byte chunks, 6Cxx re-sent."""
        fids = bytes.fromhex(path)
        assert self.send(bytes([0x00, 0xA4, 0x08, 0x0C, len(fids)]) + fids)[1] == 0x9000
        out = b""
        while True:
            offset = len(out).to_bytes(2, "big")
            data, sw = self.send(b"\x00\xb0" + offset + b"\xfc")
            if sw >> 8 == 0x6C:
                data, sw = self.send(b"\x00\xb0" + offset + bytes([sw & 0xFF]))
            if sw == 0x6B00:
                return out
            assert sw == 0x9000, f"{path}: {sw:04X}"
            out += data
            if len(data) < 252:
                return out

    def close(self) -> None:
        """Disconnect and release the context now, not when the GC gets to it
        (by then pcscd may be gone, and pyscard complains)."""
        try:
            self.connection.disconnect()
        finally:
            self.connection.release()


@pytest.mark.parametrize("persona", ["worker", "student"], ids=["1.7", "1.8"])
def test_every_file_reads_back_over_pcsc(persona: str, insert_card: InsertCard,
                                         pcsc_stack: PrivatePcscd,
                                         card_image: Callable[[str], CardImage]) -> None:
    insert_card(persona)
    image = card_image(persona)
    host = PcscHost(pcsc_stack.reader_name(0))
    try:
        assert bytes(host.connection.getATR()) == image.atr
        for path, content in image.files.items():
            assert host.read_file(path) == content, path
        data, sw = host.send(bytes.fromhex("80E400001C"))
        assert sw == 0x9000 and data == image.card_data
    finally:
        host.close()


def test_apdu_round_trip_time(insert_card: InsertCard, pcsc_stack: PrivatePcscd,
                              capsys: pytest.CaptureFixture[str]) -> None:
    insert_card("worker")
    host = PcscHost(pcsc_stack.reader_name(0))
    try:
        assert host.send(bytes.fromhex("00A4080C063F00DF005038"))[1] == 0x9000
        apdu = bytes.fromhex("00B00000FC")
        host.send(apdu)  # warm up
        count = 200
        started = time.perf_counter()
        for _ in range(count):
            data, sw = host.send(apdu)
            assert sw == 0x9000 and len(data) == 252
        average_ms = (time.perf_counter() - started) / count * 1000
    finally:
        host.close()
    with capsys.disabled():
        print(f"\nAPDU round trip through pcscd and vpcd: {average_ms:.3f} ms "
              f"(average of {count} READ BINARY of 252 bytes)")
    assert average_ms < 5.0


def test_pulling_the_card_is_seen_at_once(insert_card: InsertCard,
                                          pcsc_stack: PrivatePcscd) -> None:
    bridge = insert_card("worker")
    reader = pcsc_stack.reader_name(0)
    host = PcscHost(reader)
    try:
        assert host.send(bytes.fromhex("80E400001C"))[1] == 0x9000
        started = time.monotonic()
        bridge.remove()
        wait_for_card(reader, present=False, timeout=3.0)
        with pytest.raises((CardConnectionException, NoCardException)):
            host.send(bytes.fromhex("80E400001C"))
        assert time.monotonic() - started < 3.0
    finally:
        host.close()


def test_card_pulled_in_the_middle_of_an_operation(insert_card: InsertCard,
                                                   pcsc_stack: PrivatePcscd) -> None:
    bridge = insert_card("student", drop_after_apdus=3)
    reader = pcsc_stack.reader_name(0)
    host = PcscHost(reader)
    try:
        assert host.send(bytes.fromhex("00A4080C063F00DF005038"))[1] == 0x9000
        assert host.send(bytes.fromhex("00B00000FC"))[1] == 0x9000
        assert host.send(bytes.fromhex("00B000FCFC"))[1] == 0x9000
        started = time.monotonic()
        with pytest.raises(CardConnectionException):
            host.send(bytes.fromhex("00B001F8FC"))
        assert time.monotonic() - started < 3.0
        assert bridge.wait_disconnected(3.0)
        wait_for_card(reader, present=False, timeout=3.0)
    finally:
        host.close()


def test_pin_state_ends_with_the_last_client(insert_card: InsertCard,
                                             pcsc_stack: PrivatePcscd) -> None:
    """vpcd powers the card off ~400 ms after the last client lets go: the PIN
    verified in one connection is gone in the next, its tries are not."""
    insert_card("worker")
    host = PcscHost(pcsc_stack.reader_name(0))
    try:
        assert host.send(bytes.fromhex("00200001082412 34FFFFFFFFFF"))[1] == 0x9000
        assert host.send(bytes.fromhex("00200001082499 99FFFFFFFFFF"))[1] == 0x63C2
    finally:
        host.close()
    time.sleep(1.0)
    host = PcscHost(pcsc_stack.reader_name(0))
    try:
        assert host.send(bytes.fromhex("0020000100"))[1] == 0x63C2
    finally:
        host.close()


def test_emulate_command_survives_a_pcscd_restart(pcsc_stack: PrivatePcscd,
                                                  card_image: Callable[[str], CardImage]) -> None:
    reader = pcsc_stack.reader_name(1)
    process = subprocess.Popen(
        [sys.executable, "-m", "app.cardreader.virtual.emulate_cli", "--persona", "student",
         "--slot", "1", "--port", str(pcsc_stack.port(0))],
        cwd=ROOT, env=pcsc_stack.env, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_card(reader, present=True, timeout=30.0)
        host = PcscHost(reader)
        data, sw = host.send(bytes.fromhex("80E400001C"))
        assert sw == 0x9000 and data == card_image("student").card_data
        host.close()
        pcsc_stack.restart()
        wait_for_card(reader, present=True, timeout=10.0)
        host = PcscHost(reader)
        assert host.send(bytes.fromhex("80E400001C"))[1] == 0x9000
        host.close()
    finally:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=10)
    assert process.returncode == 0, errors
    assert "student" in errors and "Card removed." in errors
    wait_for_card(reader, present=False, timeout=5.0)


def test_bridge_refuses_when_nobody_listens() -> None:
    from app.cardreader.virtual.card import VirtualCard
    from app.cardreader.virtual.image import build_image
    from app.cardreader.virtual.personas import persona_by_name
    from app.cardreader.virtual.pki import load_test_pki

    card = VirtualCard(build_image(persona_by_name("worker"), load_test_pki()))
    bridge = VpcdBridge(card, port=1)  # nothing listens on port 1
    with pytest.raises(ConnectionError, match="no vpcd reader"):
        bridge.insert(timeout=0.2)
    assert not bridge.inserted
    assert os.environ["PCSCLITE_CSOCK_NAME"].endswith("pcscd.comm")
