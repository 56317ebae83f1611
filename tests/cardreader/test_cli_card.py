"""`citizen-assistant card …` as a script uses it: a real process, a real pcscd."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cardreader.eidfile import open_eid
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.vpcd import VpcdBridge

pytestmark = pytest.mark.pcsc


def run(stack: PrivatePcscd | None, *args: str, stdin: str = "",
        socket: str | None = None, mode: str = "test") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["CITIZEN_ASSISTANT_MODE"] = mode
    env["PCSCLITE_CSOCK_NAME"] = socket or (stack.socket_path if stack else "/nonexistent")
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=60)


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_read_json_photo_and_save(pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge],
                                  tmp_path: Path) -> None:
    insert_card("noble")
    photo, saved = tmp_path / "photo.jpg", tmp_path / "card.eid"
    result = run(pcsc_stack, "card", "read", "--json", "--photo", str(photo), "--save", str(saved))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    persona = persona_by_name("noble")
    assert doc["identity"]["surname"] == persona.identity["surname"]
    assert doc["identity"]["member_of_family"] is True
    assert doc["card"]["applet"] == "1.7"
    assert doc["authenticity"]["valid"] is True
    assert set(doc["certificates"]) == {"authentication", "signature", "ca", "root", "rrn"}
    assert photo.read_bytes()[:2] == b"\xff\xd8"
    reopened = open_eid(saved)
    assert reopened.source == "file" and reopened.authenticity is None
    assert reopened.identity.national_number == persona.identity["national_number"]


def test_real_roots_only_outside_test_mode(pcsc_stack: PrivatePcscd,
                                           insert_card: Callable[..., VpcdBridge]) -> None:
    # A virtual card is signed by the test PKI: a normal run must not call it authentic.
    insert_card("worker")
    result = run(pcsc_stack, "card", "read", "--json", mode="normal")
    doc = json.loads(result.stdout)
    assert doc["authenticity"]["valid"] is False
    assert doc["authenticity"]["rrn_chain"] is False
    human = run(pcsc_stack, "card", "read", mode="normal")
    assert human.returncode == 1 and "NOT authentic" in human.stdout


def test_tampered_card_names_the_failed_check(pcsc_stack: PrivatePcscd,
                                              insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("tampered")
    doc = json.loads(run(pcsc_stack, "card", "read", "--json").stdout)
    auth = doc["authenticity"]
    assert auth["identity_signature"] is False and auth["valid"] is False
    assert auth["address_signature"] is True and auth["photo_hash"] is True


def test_readers_json(pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("student")
    doc = json.loads(run(pcsc_stack, "card", "readers", "--json").stdout)
    by_name = {r["name"]: r for r in doc["readers"]}
    assert by_name["Virtual PCD 00 00"]["eid"] == "1.8"
    assert by_name["Virtual PCD 00 01"]["card_present"] is False


def test_pin_status_verify_wrong_and_change(pcsc_stack: PrivatePcscd,
                                            insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("worker")  # PIN 1234
    status = json.loads(run(pcsc_stack, "card", "pin", "status", "--json").stdout)
    assert status == {"tries_left": 3, "blocked": False, "verified": False}
    wrong = run(pcsc_stack, "card", "pin", "verify", "--pin-stdin", stdin="9999\n")
    assert "2 tries left" in assert_one_line_error(wrong)
    assert "9999" not in wrong.stderr + wrong.stdout
    right = run(pcsc_stack, "card", "pin", "verify", "--pin-stdin", stdin="1234\n")
    assert right.returncode == 0, right.stderr
    changed = run(pcsc_stack, "card", "pin", "change", "--pin-stdin", stdin="1234\n567890\n")
    assert changed.returncode == 0, changed.stderr
    again = run(pcsc_stack, "card", "pin", "verify", "--pin-stdin", stdin="567890\n")
    assert again.returncode == 0, again.stderr


def test_blocked_pin_is_reported_as_blocked(pcsc_stack: PrivatePcscd,
                                            insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("last-try")
    line = assert_one_line_error(
        run(pcsc_stack, "card", "pin", "verify", "--pin-stdin", stdin="0000\n"))
    assert "blocked" in line.lower()
    status = json.loads(run(pcsc_stack, "card", "pin", "status", "--json").stdout)
    assert status["blocked"] is True and status["tries_left"] == 0


def test_bad_pin_format_costs_no_try(pcsc_stack: PrivatePcscd,
                                     insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("worker")
    assert "digits" in assert_one_line_error(
        run(pcsc_stack, "card", "pin", "verify", "--pin-stdin", stdin="12\n"))
    assert json.loads(run(pcsc_stack, "card", "pin", "status", "--json").stdout)[
        "tries_left"] == 3


def test_no_card_and_unknown_reader(pcsc_stack: PrivatePcscd) -> None:
    assert "no card" in assert_one_line_error(run(pcsc_stack, "card", "read")).lower()
    line = assert_one_line_error(run(pcsc_stack, "card", "read", "--reader", "Nope"))
    assert "Nope" in line and "Virtual PCD 00 00" in line


def test_no_service() -> None:
    line = assert_one_line_error(run(None, "card", "read"))
    assert "pcscd" in line


class NotBelpic:
    """A card that is not an eID: a different ATR, refuses the BELPIC applet."""

    atr = bytes.fromhex("3b8f8001804f0ca000000306030001000000006a")
    powered = True

    def power_on(self) -> bytes:
        return self.atr

    def power_off(self) -> None:
        pass

    def transmit(self, apdu: bytes) -> bytes:
        return bytes.fromhex("6a82")


def test_card_that_is_not_an_eid(pcsc_stack: PrivatePcscd) -> None:
    from tests.conftest import wait_for_card

    bridge = VpcdBridge(NotBelpic(), port=pcsc_stack.port(0))  # type: ignore[arg-type]
    bridge.insert()
    try:
        wait_for_card(pcsc_stack.reader_name(0), present=True)
        line = assert_one_line_error(run(pcsc_stack, "card", "read"))
        assert "not a Belgian eID" in line
    finally:
        bridge.close()
        wait_for_card(pcsc_stack.reader_name(0), present=False)


def test_card_pulled_mid_read_is_one_clear_line(
        pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("worker", drop_after_apdus=12)
    line = assert_one_line_error(run(pcsc_stack, "card", "read", "--json"))
    assert "removed" in line.lower()


def test_module_entry_point_matches_console_script() -> None:
    result = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0 and "citizen-assistant" in result.stdout
