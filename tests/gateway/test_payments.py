"""Fees: a form that costs money is accepted only once paid; a refused card is a
clear error that stores nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.forms.loader import load_definitions
from tests.gateway.conftest import Citizen, RunningGateway, error_code, new_key
from tests.gateway.test_refusals import refused

GOOD_CARD = "4242424242424242"
DECLINED_CARD = "4000000000000002"


@pytest.fixture(scope="module")
def fee_form() -> str:
    paid = sorted(d.id for d in load_definitions() if d.fee is not None)
    if not paid:
        pytest.fail("no shipped form has a fee: the payment path cannot be tested",
                    pytrace=False)
    return paid[0]


def test_a_fee_must_be_paid_first(gateway: RunningGateway, citizen: Callable[..., Citizen],
                                  fee_form: str) -> None:
    worker = citizen("worker")
    signed = worker.signed_form(fee_form)
    refused(gateway, lambda: worker.client.submit(signed, new_key()), 402, "payment_required")

    payment = worker.client.pay(fee_form, GOOD_CARD)
    assert payment.status_code == 201, payment.text
    paid = payment.json()
    assert paid["status"] == "paid" and paid["used_by"] is None
    reply = worker.client.submit(signed, new_key())
    assert reply.status_code == 201, reply.text
    reference = reply.json()["reference"]
    assert worker.client.get(f"/payments/{paid['id']}").json()["used_by"] == reference

    # One payment pays for one submission.
    again = worker.signed_form(fee_form)
    refused(gateway, lambda: worker.client.submit(again, new_key()), 402, "payment_required")


def test_a_declined_card_stores_nothing(gateway: RunningGateway,
                                        citizen: Callable[..., Citizen], fee_form: str) -> None:
    worker = citizen("worker")
    reply = refused(gateway, lambda: worker.client.pay(fee_form, DECLINED_CARD),
                    402, "payment_declined")
    assert reply.json()["error"]["details"]["decline_code"] == "card_declined"
    refused(gateway, lambda: worker.client.pay(fee_form, "4242424242424241"),
            422, "payment_method_invalid")


def test_payments_are_private_and_idempotent(gateway: RunningGateway,
                                             citizen: Callable[..., Citizen],
                                             fee_form: str) -> None:
    worker, parent = citizen("worker"), citizen("parent")
    key = new_key()
    first = worker.client.pay(fee_form, GOOD_CARD, idempotency_key=key)
    before = gateway.counts()
    second = worker.client.pay(fee_form, GOOD_CARD, idempotency_key=key)
    assert second.json()["id"] == first.json()["id"]
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert gateway.counts() == before
    payment_id = first.json()["id"]
    refused(gateway, lambda: parent.client.get(f"/payments/{payment_id}"),
            404, "payment_not_found")
    # Nor can another citizen spend it.
    signed = parent.signed_form(fee_form)
    refused(gateway, lambda: parent.client.submit(signed, new_key(), payment_id=payment_id),
            402, "payment_required")


def test_a_free_form_takes_no_payment(gateway: RunningGateway,
                                      citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    reply = worker.client.pay("residence-certificate", GOOD_CARD)
    assert reply.status_code in (201, 422)
    if reply.status_code == 422:
        assert error_code(reply) == "no_fee"
