"""Signing a prepared form with the eID card through pyHanko (no Qt).

- `RawKey`: a certificate, its chain and "sign this digest"; `CardKey`
  (`read_card_key(card, KeyRole.SIGNATURE, pin_provider)`) and `SoftwareKey`.
- `RawKeySigner`: pyHanko's `Signer` over a `RawKey`.
- `sign_prepared(prepared, key, SigningOptions(timestamper, revocation))` ->
  `SignedForm(pdf, level, notes)`: PAdES B-B, B-T or B-LT. Call it on the card
  owner thread: `card_signing_job(prepared, provider, options, reader)` is the
  job to submit there.
- `TransportTimeStamper(gateway_client.timestamp)`: RFC 3161 through our client.
- `verify_pdf(pdf, trust_roots, crls)` -> `SignatureReport`.
"""

from app.forms.signing.card_job import card_signing_job, sign_on_card, sign_with_card
from app.forms.signing.card_key import CannotSign, CardKey, read_card_key
from app.forms.signing.keys import RawKey, SoftwareKey, cms_signature, hash_for
from app.forms.signing.pades import (
    Level,
    RevocationData,
    SignedForm,
    SigningFailed,
    SigningOptions,
    TimestampUnavailable,
    async_sign_prepared,
    sign_prepared,
)
from app.forms.signing.signer import RawKeySigner
from app.forms.signing.timestamper import TimestampTransport, TransportTimeStamper
from app.forms.signing.verify import SignatureReport, async_verify_pdf, verify_pdf

__all__ = [
    "CannotSign", "CardKey", "Level", "RawKey", "RawKeySigner", "RevocationData",
    "SignatureReport", "SignedForm", "SigningFailed", "SigningOptions", "SoftwareKey",
    "TimestampTransport", "TimestampUnavailable", "TransportTimeStamper", "async_sign_prepared",
    "async_verify_pdf", "card_signing_job", "cms_signature", "hash_for", "read_card_key",
    "sign_on_card", "sign_prepared", "sign_with_card", "verify_pdf",
]
