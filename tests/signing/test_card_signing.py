"""Signing with the virtual card through a real pcscd: the card's raw signature
inside pyHanko's CMS, and every way a card can say no."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.cardreader.errors import CardRemoved, PinBlocked, WrongPin
from app.cardreader.pin import PinPrompt, PinPurpose
from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.vpcd import VpcdBridge
from app.forms.signing import (
    CannotSign,
    Level,
    RevocationData,
    SigningOptions,
    sign_with_card,
    verify_pdf,
)
from tests.conftest import wait_for_card
from tests.signing.support import PdfSig, crls_of, local_timestamper, prepared_form

pytestmark = pytest.mark.pcsc


class FixedPin:
    def __init__(self, pin: str) -> None:
        self.pin = pin
        self.prompts: list[PinPrompt] = []

    def request_pin(self, prompt: PinPrompt) -> bytearray:
        self.prompts.append(prompt)
        return bytearray(self.pin.encode())


def lt_options(pki: TestPki) -> SigningOptions:
    return SigningOptions(timestamper=local_timestamper(pki),
                          revocation=RevocationData([pki.root.certificate], crls_of(pki)))


@pytest.mark.parametrize("persona", ["worker", "student"])  # applet 1.7 RSA, 1.8 ECDSA
def test_card_signature_verifies(persona: str, pcsc_stack: PrivatePcscd,
                                 insert_card: Callable[..., VpcdBridge], test_pki: TestPki,
                                 pdfsig: PdfSig, tmp_path: Path) -> None:
    insert_card(persona)
    pin = FixedPin("1234")
    signed = sign_with_card(prepared_form("change-of-address", persona), pin,
                            lt_options(test_pki), pcsc_stack.reader_name(0))
    assert signed.level is Level.B_LT
    assert [p.purpose for p in pin.prompts] == [PinPurpose.SIGNATURE]  # once, not on dry run
    assert verify_pdf(signed.pdf, [test_pki.root.certificate], crls_of(test_pki)).ok
    path = tmp_path / "card.pdf"
    path.write_bytes(signed.pdf)
    assert pdfsig.verdict(path) == ("Signature is Valid.", "Certificate is Trusted.")


def test_wrong_pin_signs_nothing_and_says_tries_left(
        pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("worker")
    with pytest.raises(WrongPin) as info:
        sign_with_card(prepared_form("ehic"), FixedPin("9999"), None, pcsc_stack.reader_name(0))
    assert info.value.tries_left == 2 and "2 tries left" in str(info.value)
    # The right PIN afterwards still signs: nothing is stuck half-way.
    signed = sign_with_card(prepared_form("ehic"), FixedPin("1234"), None,
                            pcsc_stack.reader_name(0))
    assert signed.level is Level.B_B


def test_blocked_pin(pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("last-try")
    with pytest.raises(PinBlocked):
        sign_with_card(prepared_form("ehic", "last-try"), FixedPin("9999"), None,
                       pcsc_stack.reader_name(0))
    pin = FixedPin("1234")
    with pytest.raises(PinBlocked, match="town hall"):
        sign_with_card(prepared_form("ehic", "last-try"), pin, None, pcsc_stack.reader_name(0))
    assert pin.prompts == []  # a blocked card is not even asked


def test_kids_card_cannot_sign(pcsc_stack: PrivatePcscd,
                               insert_card: Callable[..., VpcdBridge]) -> None:
    insert_card("child")
    pin = FixedPin("1234")
    with pytest.raises(CannotSign, match="no signature key"):
        sign_with_card(prepared_form("ehic", "child"), pin, None, pcsc_stack.reader_name(0))
    assert pin.prompts == []


def test_card_pulled_during_signing(pcsc_stack: PrivatePcscd,
                                    insert_card: Callable[..., VpcdBridge]) -> None:
    reader = pcsc_stack.reader_name(0)
    counting = insert_card("student")
    sign_with_card(prepared_form("ehic", "student"), FixedPin("1234"), None, reader)
    total = counting.apdus
    counting.close()
    wait_for_card(reader, present=False)
    # Out again just before the card answers the signature command (PSO:CDS).
    insert_card("student", drop_after_apdus=total - 2)
    pin = FixedPin("1234")
    with pytest.raises(CardRemoved, match="card was removed"):
        sign_with_card(prepared_form("ehic", "student"), pin, None, reader)
    assert len(pin.prompts) == 1  # it was pulled after the PIN, during the signature
