"""Every shipped form, filled from its example answers as `form fill` does,
signed and submitted, is accepted by the gateway (paying the fee where there
is one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.forms.loader import form_ids, load_definition
from tests.gateway.conftest import Citizen, RunningGateway, new_key


@pytest.mark.parametrize("form_id", form_ids())
def test_form_is_accepted(gateway: RunningGateway, citizen: Callable[..., Citizen],
                          form_id: str) -> None:
    retiree = citizen("retiree")
    payment_id = None
    if load_definition(form_id).fee is not None:
        paid = retiree.client.pay(form_id, "4242424242424242")
        assert paid.status_code == 201, paid.text
        payment_id = paid.json()["id"]
    reply = retiree.client.submit(retiree.signed_form(form_id), new_key(), payment_id)
    assert reply.status_code == 201, reply.text
    case = retiree.client.get(reply.headers["Location"].removeprefix("/api/v1")).json()
    assert case["form"]["id"] == form_id
    assert case["history"][0]["status"] == "received"
