"""The payment-provider interface and its test implementation.

A real provider (a PSP behind a hosted payment page) would receive a token,
never a card number; the test provider takes card details and follows the
usual test-card conventions of payment providers, so a demo can show both a
successful and a refused payment.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from gateway.errors import ApiError


@dataclass(frozen=True, slots=True)
class Charge:
    approved: bool
    provider_reference: str
    decline_code: str = ""
    message: str = ""


class PaymentProvider(Protocol):
    name: str

    def charge(self, amount_cents: int, currency: str, method: dict[str, Any],
               description: str) -> Charge:
        """Charges the method; raises ApiError(422) when the method is malformed."""
        ...


# card number -> (decline code, message); anything else that passes Luhn succeeds.
TEST_DECLINES: dict[str, tuple[str, str]] = {
    "4000000000000002": ("card_declined", "the card was declined"),
    "4000000000009995": ("insufficient_funds", "the card has insufficient funds"),
    "4000000000000069": ("expired_card", "the card has expired"),
    "4000000000000127": ("incorrect_cvc", "the card's security code is incorrect"),
    "4000000000000119": ("processing_error", "the payment could not be processed; "
                                             "try again later"),
}


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


class TestCardProvider:
    """4242424242424242 succeeds; the numbers in TEST_DECLINES are refused."""

    name = "test"
    __test__ = False  # not a pytest test class

    def __init__(self, today: date | None = None) -> None:
        self._today = today

    def charge(self, amount_cents: int, currency: str, method: dict[str, Any],
               description: str) -> Charge:
        number = str(method.get("number", "")).replace(" ", "").replace("-", "")
        if method.get("type", "card") != "card" or not (12 <= len(number) <= 19) \
                or not number.isdigit() or not luhn_ok(number):
            raise ApiError(422, "payment_method_invalid", "the card number is not valid")
        try:
            month = int(method.get("exp_month", 0))
            year = int(method.get("exp_year", 0))
        except (TypeError, ValueError):
            month = year = 0
        if not (1 <= month <= 12) or year < 2000:
            raise ApiError(422, "payment_method_invalid",
                           "give the card's expiry month (1-12) and year (e.g. 2030)")
        cvc = str(method.get("cvc", ""))
        if not (cvc.isdigit() and len(cvc) in (3, 4)):
            raise ApiError(422, "payment_method_invalid", "give the card's 3 or 4 digit code")
        reference = "test_ch_" + secrets.token_hex(8)
        today = self._today or date.today()
        if (year, month) < (today.year, today.month):
            return Charge(False, reference, "expired_card", "the card has expired")
        declined = TEST_DECLINES.get(number)
        if declined is not None:
            return Charge(False, reference, declined[0], declined[1])
        return Charge(True, reference)


def provider_named(name: str) -> PaymentProvider:
    if name == "test":
        return TestCardProvider()
    raise ValueError(f"unknown payment provider {name!r} (available: test)")
