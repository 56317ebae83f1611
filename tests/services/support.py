"""Personas' software keys and signed forms for the client tests (no card needed)."""

from __future__ import annotations

from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki
from app.forms.signing import (
    Level,
    RevocationData,
    SigningOptions,
    SoftwareKey,
    TransportTimeStamper,
    sign_prepared,
)
from app.services import GatewayClient
from tests.signing.support import prepared_form


def auth_key(pki: TestPki, persona: str) -> SoftwareKey:
    who = persona_by_name(persona)
    issued = pki.card_keys(who).authentication
    return SoftwareKey(issued.private_key, issued.certificate,  # type: ignore[arg-type]
                       (pki.ca_for(who).certificate, pki.root.certificate))


def sign_key(pki: TestPki, persona: str) -> SoftwareKey:
    who = persona_by_name(persona)
    issued = pki.card_keys(who).signature
    assert issued is not None
    return SoftwareKey(issued.private_key, issued.certificate,  # type: ignore[arg-type]
                       (pki.ca_for(who).certificate, pki.root.certificate))


def signed_form(client: GatewayClient, pki: TestPki, form_id: str, persona: str) -> bytes:
    """PAdES B-LT with the gateway's timestamp and CRLs, as the card would sign it."""
    options = SigningOptions(
        timestamper=TransportTimeStamper(client.timestamp),
        revocation=RevocationData([pki.root.certificate], client.test_pki_crls()))
    signed = sign_prepared(prepared_form(form_id, persona), sign_key(pki, persona), options)
    assert signed.level is Level.B_LT
    return signed.pdf
