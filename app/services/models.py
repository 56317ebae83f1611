"""What the gateway answers, as the program keeps it (docs/gateway.md has the API)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Challenge:
    raw: bytes  # the bytes to sign
    text: str  # as received, to send back
    expires_at: datetime | None


@dataclass(frozen=True, slots=True)
class Login:
    """A bearer token bound to one citizen; never the PIN."""

    token: str
    national_number: str
    expires_at: datetime | None

    def expired(self, now: datetime | None = None, margin_s: float = 30) -> bool:
        if self.expires_at is None:
            return False
        now = now or datetime.now(UTC)
        return (self.expires_at - now).total_seconds() < margin_s


@dataclass(frozen=True, slots=True)
class Receipt:
    """The gateway's acknowledgement of one submission."""

    reference: str
    status: str
    form_id: str
    form_version: int
    received_at: str
    acknowledgement: str
    document_sha256: str | None
    replayed: bool  # the same Idempotency-Key was seen before: the same case
    body: dict[str, Any]

    @classmethod
    def from_json(cls, body: dict[str, Any], replayed: bool) -> Receipt:
        form = body.get("form") or {}
        return cls(reference=str(body["reference"]), status=str(body.get("status", "")),
                   form_id=str(form.get("id", "")), form_version=int(form.get("version", 0)),
                   received_at=str(body.get("received_at", "")),
                   acknowledgement=str(body.get("acknowledgement", "")),
                   document_sha256=body.get("document_sha256"), replayed=replayed, body=body)


@dataclass(frozen=True, slots=True)
class Payment:
    id: str
    form_id: str
    amount_cents: int
    currency: str
    status: str
    used_by: str | None

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> Payment:
        return cls(id=str(body["id"]), form_id=str(body.get("form_id", "")),
                   amount_cents=int(body.get("amount_cents", 0)),
                   currency=str(body.get("currency", "EUR")), status=str(body.get("status", "")),
                   used_by=body.get("used_by"))


@dataclass(frozen=True, slots=True)
class Fetched:
    """A document fetched with its ETag (None body: not modified since that ETag)."""

    body: dict[str, Any] | None
    etag: str | None
