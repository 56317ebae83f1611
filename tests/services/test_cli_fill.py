"""`citizen-assistant form fill ... --sign --submit` for every shipped form, with the
virtual card through pcscd and a real gateway process; and every way it can fail,
each ending in one clear line and a form that is still there to send or sign again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.vpcd import VpcdBridge
from app.forms import form_ids, load_definition
from app.forms.pdf import read_answers
from app.forms.signing import verify_pdf
from tests.conftest import wait_for_card
from tests.services.cli import fill, run_cli
from tests.services.gateway_process import (
    GatewayProcess,
    SilentServer,
    closed_port,
    start_gateway,
)
from tests.signing.support import PdfSig, crls_of

pytestmark = pytest.mark.pcsc


@pytest.fixture(scope="module")
def pdfsig(tmp_path_factory: pytest.TempPathFactory, test_pki: TestPki) -> PdfSig:
    return PdfSig.create(Path(tmp_path_factory.mktemp("nss")), test_pki)


@pytest.mark.parametrize("form_id", form_ids())
def test_every_form_is_signed_and_received(form_id: str, pcsc_stack: PrivatePcscd,
                                           insert_card: Callable[..., VpcdBridge],
                                           gateway: GatewayProcess, test_pki: TestPki,
                                           pdfsig: PdfSig, tmp_path: Path) -> None:
    insert_card("worker")
    filled = fill(tmp_path, form_id, gateway=gateway.url)
    assert filled.done.returncode == 0, filled.done.stderr
    reference = filled.done.stdout.strip()
    assert reference.startswith("CA-20") and "\n" not in reference
    assert f"case {reference}" in filled.done.stderr
    signed = filled.pdf.read_bytes()
    report = verify_pdf(signed, [test_pki.root.certificate], crls_of(test_pki))
    assert report.ok and report.timestamp_trusted and report.has_validation_data
    assert pdfsig.verdict(filled.pdf) == ("Signature is Valid.", "Certificate is Trusted.")
    assert read_answers(signed)["form_id"] == form_id
    [item] = filled.outbox_items()
    assert item["state"] == "delivered" and item["reference"] == reference
    if load_definition(form_id).fee is not None:
        assert "Fee paid" in filled.done.stderr
    receipt = run_cli("form", "receipt", reference, "--outbox", str(filled.outbox), "--pdf",
                      str(tmp_path / "again.pdf"))
    assert receipt.returncode == 0 and reference in receipt.stdout
    assert (tmp_path / "again.pdf").read_bytes() == signed


@pytest.mark.parametrize("form_id", ["vehicle-registration", "change-of-address"])
def test_an_ec_card_signs_in_chinese(form_id: str, pcsc_stack: PrivatePcscd,
                                     insert_card: Callable[..., VpcdBridge],
                                     gateway: GatewayProcess, pdfsig: PdfSig,
                                     tmp_path: Path) -> None:
    insert_card("student")
    filled = fill(tmp_path, form_id, "--language", "zh", gateway=gateway.url)
    assert filled.done.returncode == 0, filled.done.stderr
    assert filled.done.stdout.strip().startswith("CA-")
    assert pdfsig.verdict(filled.pdf) == ("Signature is Valid.", "Certificate is Trusted.")
    assert read_answers(filled.pdf.read_bytes())["language"] == "zh"


def test_without_sign_the_pdf_waits_for_a_signature(pcsc_stack: PrivatePcscd,
                                                    insert_card: Callable[..., VpcdBridge],
                                                    tmp_path: Path) -> None:
    insert_card("worker")
    filled = fill(tmp_path, "ehic", pins="", sign=False, submit=False)
    assert filled.done.returncode == 0, filled.done.stderr
    assert read_answers(filled.pdf.read_bytes())["form_id"] == "ehic"
    assert b"/Sig" in filled.pdf.read_bytes() and b"/ByteRange" not in filled.pdf.read_bytes()


def test_wrong_pin(pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge],
                   gateway: GatewayProcess, tmp_path: Path) -> None:
    insert_card("worker")
    filled = fill(tmp_path, "ehic", gateway=gateway.url, pins="9999\n")
    assert filled.done.returncode == 3
    assert filled.error_lines == [
        "citizen-assistant: Wrong PIN. 2 tries left. Nothing was signed; run the command "
        "again to sign."]
    assert "Traceback" not in filled.done.stderr
    assert not filled.pdf.exists()
    again = fill(tmp_path, "ehic", gateway=gateway.url)  # the same answers, the right PIN
    assert again.done.returncode == 0, again.done.stderr


def test_blocked_pin(pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge],
                     gateway: GatewayProcess, tmp_path: Path) -> None:
    insert_card("last-try")
    filled = fill(tmp_path, "ehic", gateway=gateway.url, pins="9999\n")
    assert filled.done.returncode == 3
    assert len(filled.error_lines) == 1 and "blocked" in filled.error_lines[0]
    assert "PUK" in filled.error_lines[0]


def test_kids_card_cannot_sign(pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge],
                               tmp_path: Path) -> None:
    insert_card("child")
    filled = fill(tmp_path, "ehic", submit=False)
    assert filled.done.returncode == 3
    assert len(filled.error_lines) == 1 and "no signature key" in filled.error_lines[0]


def test_revoked_card_is_told_before_signing(pcsc_stack: PrivatePcscd,
                                             insert_card: Callable[..., VpcdBridge],
                                             gateway: GatewayProcess, tmp_path: Path) -> None:
    insert_card("revoked")
    filled = fill(tmp_path, "ehic", gateway=gateway.url)
    assert filled.done.returncode != 0
    assert len(filled.error_lines) == 1 and "revoked" in filled.error_lines[0]


def test_card_pulled_during_signing(pcsc_stack: PrivatePcscd,
                                    insert_card: Callable[..., VpcdBridge],
                                    tmp_path: Path) -> None:
    reader = pcsc_stack.reader_name(0)
    counting = insert_card("retiree")
    fill(tmp_path, "ehic", submit=False)  # the first read fills the RRN certificate cache
    before = counting.apdus
    assert fill(tmp_path, "ehic", submit=False).done.returncode == 0
    total = counting.apdus - before
    counting.close()
    wait_for_card(reader, present=False)
    insert_card("retiree", drop_after_apdus=total - 2)  # out during the signature itself
    filled = fill(tmp_path / "pulled", "ehic", submit=False)
    assert filled.done.returncode == 3
    assert filled.error_lines == ["citizen-assistant: The card was removed. Put your eID card "
                                  "back in the reader. Nothing was signed; run the command "
                                  "again to sign."]


@pytest.fixture
def card_worker(pcsc_stack: PrivatePcscd,
                insert_card: Callable[..., VpcdBridge]) -> Iterator[None]:
    insert_card("worker")
    yield


def test_gateway_down_keeps_the_signed_form(card_worker: None, gateway: GatewayProcess,
                                            test_pki: TestPki, tmp_path: Path) -> None:
    filled = fill(tmp_path, "residence-certificate", gateway=f"http://127.0.0.1:{closed_port()}")
    assert filled.done.returncode == 4
    assert len(filled.error_lines) == 1
    assert "cannot be reached" in filled.error_lines[0]
    assert "kept in the outbox" in filled.error_lines[0]
    assert verify_pdf(filled.pdf.read_bytes(), [test_pki.root.certificate]).ok  # B-B, signed
    [item] = filled.outbox_items()
    assert item["state"] == "pending"
    # The gateway is back: the same document goes, under the same key.
    sent = run_cli("form", "outbox", "send", "--gateway", gateway.url, "--pin-stdin",
                   "--outbox", str(filled.outbox), stdin="1234\n")
    assert sent.returncode == 0, sent.stderr
    [after] = filled.outbox_items()
    assert after["state"] == "delivered" and after["reference"] == sent.stdout.strip()
    assert after["idempotency_key"] == item["idempotency_key"]
    nothing = run_cli("form", "outbox", "send", "--gateway", gateway.url, "--pin-stdin",
                      "--outbox", str(filled.outbox), stdin="1234\n")
    assert nothing.returncode == 0 and nothing.stdout == ""


def test_gateway_that_hangs(card_worker: None, tmp_path: Path) -> None:
    silent = SilentServer()
    try:
        filled = fill(tmp_path, "ehic", "--timeout", "1", gateway=silent.url)
    finally:
        silent.close()
    assert filled.done.returncode == 4
    assert len(filled.error_lines) == 1 and "did not answer in time" in filled.error_lines[0]
    assert [i["state"] for i in filled.outbox_items()] == ["pending"]


def test_gateway_that_refuses(card_worker: None, tmp_path: Path) -> None:
    strict = start_gateway(tmp_path / "strict", max_document_bytes="20000")
    try:
        filled = fill(tmp_path, "ehic", gateway=strict.url)
    finally:
        strict.stop()
    assert filled.done.returncode == 4
    assert filled.error_lines == ["citizen-assistant: The gateway refused the signed form: "
                                  "The document is too large for the gateway."]
    [item] = filled.outbox_items()
    assert item["state"] == "refused" and "too large" in item["last_error"]
    assert filled.pdf.exists()  # the signed form is still there


def test_insecure_gateway_address_is_refused(card_worker: None, tmp_path: Path) -> None:
    filled = fill(tmp_path, "ehic", gateway="http://gateway.example.be")
    assert filled.done.returncode == 2
    assert len(filled.error_lines) == 1 and "unencrypted" in filled.error_lines[0]
    assert not filled.pdf.exists()
