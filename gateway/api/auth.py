"""Card authentication: a challenge, signed by the card, exchanged for a token."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter
from pydantic import BaseModel, Field

from gateway import logs
from gateway.api.deps import ServicesDep, b64decode, b64url
from gateway.cardauth import (
    load_chain,
    national_number,
    validate_authentication_chain,
    verify_challenge_signature,
)
from gateway.challenges import CHALLENGE_BYTES, issue_challenge, take_challenge
from gateway.errors import ERROR_SCHEMA
from gateway.sessions import open_session
from gateway.views import iso

router = APIRouter(prefix="/auth", tags=["authentication"])

SIGNING_RULES = {
    "rsa": "RSASSA-PKCS1-v1_5 with SHA-256 over the challenge bytes",
    "ec": "ECDSA over the challenge bytes with SHA-384 for P-384 (SHA-256 for P-256, "
          "SHA-512 for P-521); raw r||s or DER",
}


class ChallengeOut(BaseModel):
    challenge: str = Field(description=f"{CHALLENGE_BYTES} random bytes, base64url without "
                                       "padding; sign the decoded bytes")
    expires_at: str
    signing: dict[str, str] = Field(description="What to sign, by key type")


class SessionIn(BaseModel):
    challenge: str = Field(description="The challenge exactly as received")
    signature: str = Field(description="The card's signature, base64")
    certificates: list[str] = Field(
        min_length=1, max_length=5,
        description="base64 DER: the authentication certificate first, then its CA "
                    "certificates (the root may be left out)")


class SessionOut(BaseModel):
    token: str
    token_type: str = "Bearer"
    expires_at: str
    national_number: str


@router.post("/challenge", summary="A fresh single-use challenge", status_code=201)
def challenge(services: ServicesDep) -> ChallengeOut:
    lifetime = timedelta(seconds=services.config.challenge_lifetime_s)
    raw, expires = issue_challenge(services.db, lifetime)
    return ChallengeOut(challenge=b64url(raw), expires_at=iso(expires), signing=SIGNING_RULES)


@router.post("/session", summary="Exchange a signed challenge for a bearer token",
             status_code=201, responses={401: ERROR_SCHEMA, 422: ERROR_SCHEMA})
def session(services: ServicesDep, body: SessionIn) -> SessionOut:
    raw = b64decode(body.challenge, "challenge")
    signature = b64decode(body.signature, "signature")
    chain = load_chain([b64decode(c, "a certificate") for c in body.certificates])
    take_challenge(services.db, raw)
    try:
        verify_challenge_signature(chain[0], raw, signature)
        validate_authentication_chain(chain, services.trust)
        number = national_number(chain[0])
    except Exception as exc:
        logs.event("authentication_refused", code=getattr(exc, "code", type(exc).__name__))
        raise
    token, expires = open_session(services.db, number,
                                  timedelta(seconds=services.config.session_lifetime_s))
    logs.event("authenticated")
    return SessionOut(token=token, expires_at=iso(expires), national_number=number)
