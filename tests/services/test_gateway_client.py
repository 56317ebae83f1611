"""The client against a real gateway process: card login (with a persona's software
keys), submissions through the outbox, repeats, fees, refusals, cases, inbox, content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki
from app.forms.loader import definition_document
from app.forms.sources import current_definition
from app.services import (
    ContentCache,
    GatewayClient,
    HttpPolicy,
    Login,
    LoginRefused,
    Outbox,
    OutboxItem,
    OutboxSender,
    Outcome,
    State,
    log_in,
)
from tests.services.gateway_process import GatewayProcess, closed_port
from tests.services.support import auth_key, signed_form

DECLINED = {"type": "card", "number": "4000000000000002", "exp_month": 12, "exp_year": 2040,
            "cvc": "123"}
APPROVED = {**DECLINED, "number": "4242424242424242"}


def login_as(pki: TestPki, persona: str) -> Callable[[GatewayClient, str], None]:
    def ensure(client: GatewayClient, national_number: str) -> None:
        if client.login is None:
            log_in(client, auth_key(pki, persona))
    return ensure


def queue(outbox: Outbox, pdf: bytes, form_id: str, persona: str,
          fee: int | None = None) -> OutboxItem:
    return outbox.add(pdf, national_number=persona_by_name(persona).national_number,
                      form_id=form_id, form_version=1, language="en", title=form_id,
                      fee_cents=fee)


@pytest.mark.parametrize("persona", ["worker", "student"])
def test_card_login(gateway: GatewayProcess, test_pki: TestPki, persona: str) -> None:
    client = GatewayClient(gateway.url)
    login = log_in(client, auth_key(test_pki, persona))
    assert login.national_number == persona_by_name(persona).national_number
    assert not login.expired()
    assert client.me()["national_number"] == login.national_number


def test_delivered_once_even_when_sent_again(gateway: GatewayProcess, test_pki: TestPki,
                                             tmp_path: Path) -> None:
    client = GatewayClient(gateway.url)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = queue(outbox, signed_form(client, test_pki, "residence-certificate", "worker"),
                 "residence-certificate", "worker")
    sender = OutboxSender(outbox, client, login_as(test_pki, "worker"))
    result = sender.send(item)
    assert result.outcome is Outcome.DELIVERED and result.receipt is not None
    reference = result.receipt.reference
    assert outbox.get(item.id).state is State.DELIVERED
    # A crash before the receipt was written: the same document goes again, same key.
    again = client.submit(outbox.document(item.id), item.idempotency_key)
    assert again.replayed and again.reference == reference
    assert [c["reference"] for c in client.cases()].count(reference) == 1
    case = client.case(reference)
    assert case["status"] == "decided"
    assert client.case_document(reference) == outbox.document(item.id)
    messages = [m for m in client.inbox() if m["case_reference"] == reference]
    assert sorted(m["kind"] for m in messages) == ["acknowledgement", "certificate"]
    assert client.inbox_document(messages[0]["id"]).startswith(b"%PDF")


def test_fee_waits_for_a_payment_then_goes(gateway: GatewayProcess, test_pki: TestPki,
                                           tmp_path: Path) -> None:
    client = GatewayClient(gateway.url)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = queue(outbox, signed_form(client, test_pki, "vehicle-registration", "student"),
                 "vehicle-registration", "student", fee=3000)
    login = login_as(test_pki, "student")
    waiting = OutboxSender(outbox, client, login).send(item)
    assert waiting.outcome is Outcome.NEEDS_PAYMENT
    assert outbox.get(item.id).state is State.PENDING

    def pay(method: dict[str, object]) -> Callable[[GatewayClient, OutboxItem], str | None]:
        return lambda c, i: c.pay(i.form_id, method, i.payment_key).id

    declined = OutboxSender(outbox, client, login, pay(DECLINED)).send(outbox.get(item.id))
    assert declined.outcome is Outcome.NEEDS_PAYMENT and "refused" in declined.message
    paid = OutboxSender(outbox, client, login, pay(APPROVED)).send(outbox.get(item.id))
    assert paid.outcome is Outcome.DELIVERED and paid.receipt is not None
    payment_id = outbox.get(item.id).payment_id
    assert payment_id is not None
    # The payment key is derived from the document's: paying again is the same payment.
    assert client.pay("vehicle-registration", APPROVED, item.payment_key).id == payment_id
    assert client.payment(payment_id).used_by == paid.receipt.reference


def test_a_refusal_is_kept_with_a_plain_reason(gateway: GatewayProcess, test_pki: TestPki,
                                               tmp_path: Path) -> None:
    client = GatewayClient(gateway.url)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = queue(outbox, signed_form(client, test_pki, "ehic", "worker"), "ehic", "worker")
    # Logged in as someone else than the signer.
    result = OutboxSender(outbox, client, login_as(test_pki, "student")).send(item)
    assert result.outcome is Outcome.REFUSED
    assert "another eID card" in result.message
    kept = outbox.get(item.id)
    assert kept.state is State.REFUSED and kept.last_error_code == "signer_not_citizen"


def test_an_expired_login_is_renewed_once(gateway: GatewayProcess, test_pki: TestPki,
                                          tmp_path: Path) -> None:
    client = GatewayClient(gateway.url)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = queue(outbox, signed_form(client, test_pki, "ehic", "parent"), "ehic", "parent")
    client.login = Login("not-a-valid-token", persona_by_name("parent").national_number, None)
    result = OutboxSender(outbox, client, login_as(test_pki, "parent")).send(item)
    assert result.outcome is Outcome.DELIVERED
    assert client.login is not None and client.login.token != "not-a-valid-token"


def test_gateway_down_leaves_the_document_pending(test_pki: TestPki, tmp_path: Path) -> None:
    client = GatewayClient(f"http://127.0.0.1:{closed_port()}",
                           HttpPolicy(retries=1, backoff=0.01))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = queue(outbox, b"%PDF-signed", "ehic", "worker")
    result = OutboxSender(outbox, client, login_as(test_pki, "worker")).send(item)
    assert result.outcome is Outcome.LATER and "cannot be reached" in result.message
    kept = outbox.get(item.id)
    assert kept.state is State.PENDING and kept.attempts == 1
    assert kept.next_attempt_at is not None


def test_form_definitions_from_the_gateway_or_the_bundle(gateway: GatewayProcess) -> None:
    content = ContentCache(GatewayClient(gateway.url))
    first = current_definition("change-of-address", content)
    assert first.origin == "gateway" and first.definition.id == "change-of-address"
    again = content.form_definition("change-of-address", dict)
    assert again.origin == "gateway" and again.note is None  # revalidated: 304
    catalog = content.catalog(dict)
    assert catalog.origin == "gateway" and "catalog" in catalog.document
    offline = ContentCache(GatewayClient(f"http://127.0.0.1:{closed_port()}",
                                         HttpPolicy(retries=0)))
    bundled = current_definition("change-of-address", offline)
    assert bundled.origin == "bundled" and bundled.note is not None
    assert definition_document(bundled.definition) == definition_document(first.definition)


def test_a_refused_login_refuses_no_document(gateway: GatewayProcess, test_pki: TestPki,
                                             tmp_path: Path) -> None:
    client = GatewayClient(gateway.url)
    with pytest.raises(LoginRefused, match=r"refused the login.*revoked"):
        log_in(client, auth_key(test_pki, "revoked"))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    item = queue(outbox, b"%PDF-signed", "ehic", "revoked")
    result = OutboxSender(outbox, client, login_as(test_pki, "revoked")).send(item)
    assert result.outcome is Outcome.NOT_SENT and "revoked" in result.message
    kept = outbox.get(item.id)
    assert kept.state is State.PENDING and kept.last_error_code == "certificate_revoked"
