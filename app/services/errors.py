"""What can go wrong talking to the gateway, in words a citizen understands.

Every failure of the client is a `ServiceError` whose message can be shown as
it is (the CLI prints it as one line, the GUI on a calm screen). `retryable`
says whether trying again later can help (network, timeouts, an overloaded
gateway) or whether something must change first (a refusal). `code` is the
gateway's stable error code, for the GUI to choose a screen or a translation.
"""

from __future__ import annotations

from typing import Any, Final


class ServiceError(Exception):
    retryable = False

    def __init__(self, message: str, *, code: str = "service_error", status: int | None = None,
                 details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.details = details


class InsecureGateway(ServiceError):
    """The address would send personal data unencrypted (or is not an address)."""


class GatewayUnreachable(ServiceError):
    retryable = True


class GatewayTimeout(ServiceError):
    retryable = True


class GatewayUnavailable(ServiceError):
    """The gateway answered, but with a server error (after retries)."""

    retryable = True


class GatewayRefused(ServiceError):
    """The gateway said no; trying again with the same request will not help."""


class NotAuthenticated(GatewayRefused):
    """No login, or it expired: log in again with the card."""


class LoginRefused(GatewayRefused):
    """The gateway refused the card login (a revoked or untrusted certificate, an
    expired challenge): no document was refused."""


class PaymentRequired(GatewayRefused):
    pass


class PaymentDeclined(GatewayRefused):
    pass


class UnexpectedAnswer(ServiceError):
    """Something that is not the gateway's API answered (a proxy page, a wrong URL)."""

    retryable = True


# The gateway's codes (docs/gateway.md, gateway/errors.py) as a citizen hears them.
PLAIN: Final[dict[str, str]] = {
    "unauthenticated": "You are not logged in to the government gateway. Log in with your "
                       "eID card.",
    "session_expired": "Your login to the government gateway has expired. Log in again "
                       "with your eID card.",
    "challenge_expired": "The login took too long. Try again.",
    "challenge_used": "The login was interrupted. Try again.",
    "challenge_unknown": "The login was interrupted. Try again.",
    "revocation_unknown": "The gateway cannot check whether your card's certificate is "
                          "still valid right now. Try again later.",
    "key_unsupported": "This card's key type is not supported by the gateway.",
    "certificates_invalid": "The card's certificates could not be read. Try again.",
    "signer_not_citizen": "The form was signed with another eID card than the one you "
                          "logged in with. Sign and send it with the same card.",
    "certificate_revoked": "Your eID card's certificate has been revoked, so the gateway "
                           "does not accept its signature. Ask your town hall for a new card.",
    "certificate_expired": "Your eID card's certificate is not valid at this time. Check "
                           "the card's expiry date.",
    "certificate_untrusted": "The gateway does not recognise the certificate of this card.",
    "certificate_unsuitable": "This card's key cannot be used for this.",
    "document_tampered": "The signed document was changed after it was signed. Sign the "
                         "form again.",
    "signature_invalid": "The signature on the document is not valid. Sign the form again.",
    "signature_missing": "The document is not signed. Sign the form before sending it.",
    "signature_count": "The document must carry exactly one signature. Sign the form again.",
    "timestamp_untrusted": "The signature's timestamp is not trusted. Sign the form again.",
    "timestamp_missing": "The gateway wants a signature with a trusted timestamp. Sign the "
                         "form again while the gateway can be reached.",
    "signing_time_invalid": "The signature's date is not accepted (too old, or in the "
                            "future). Check the computer's clock and sign again.",
    "signing_time_missing": "The signature carries no date. Sign the form again.",
    "not_a_pdf": "The document is not a readable PDF. Sign the form again.",
    "attachment_invalid": "The answers attached to the document cannot be read. Sign the "
                          "form again.",
    "answers_missing": "The answers are missing from the signed document. Sign the form "
                       "again.",
    "answers_invalid": "The answers in the signed document cannot be read. Sign the form "
                       "again.",
    "answers_rejected": "Some answers do not meet the form's rules. Correct them and sign "
                        "again.",
    "form_unknown": "The gateway does not know this form.",
    "form_version_outdated": "This form has changed since you filled it in. Fill it in "
                             "again with the current version.",
    "form_version_unknown": "This version of the form is not known to the gateway.",
    "payment_required": "This service has a fee that has not been paid yet. Pay it and "
                        "the signed form will be sent.",
    "payment_declined": "The payment was refused.",
    "idempotency_conflict": "This submission's key was already used for another document. "
                            "Sign the form again to send it as a new submission.",
    "too_large": "The document is too large for the gateway.",
    "not_found": "The gateway has no such record.",
    "case_not_found": "You have no case with this reference.",
    "message_not_found": "You have no such message.",
    "payment_not_found": "You have no such payment.",
    "payment_method_invalid": "The payment details are not complete or not valid.",
    "no_fee": "This service has no fee.",
    "timestamping_unavailable": "The gateway offers no time-stamping service.",
    "database_unavailable": "The government gateway is having trouble. Try again later.",
}


# The same codes answered to a login (401) speak of the card, not of a document.
LOGIN_PLAIN: Final[dict[str, str]] = {
    "signature_invalid": "the card's answer to the login challenge does not verify; try "
                         "again, and if it happens again the card may be damaged.",
}


def login_message(code: str, fallback: str) -> str:
    reason = LOGIN_PLAIN.get(code) or plain_message(code, fallback)
    return f"The gateway refused the login with this eID card: {reason}"


def plain_message(code: str, fallback: str) -> str:
    known = PLAIN.get(code)
    if known is not None:
        return known
    return f"The government gateway refused the request: {fallback}"
