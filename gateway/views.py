"""How stored rows look in API answers (one place, so every call agrees)."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from gateway.letters import TITLES
from gateway.models import Case, CaseEvent, InboxMessage, Payment
from gateway.references import reference_of


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def iso(moment: datetime) -> str:
    """Naive UTC from the database, as ISO 8601 with a Z."""
    return moment.isoformat(timespec="seconds") + "Z"


def case_summary(case: Case) -> dict[str, Any]:
    reference = reference_of(case.id, case.received_at)
    return {
        "reference": reference,
        "form": {"id": case.form_id, "version": case.form_version},
        "status": case.status,
        "received_at": iso(case.received_at),
        "updated_at": iso(case.updated_at),
        "url": f"/api/v1/submissions/{reference}",
    }


def case_detail(case: Case, events: list[CaseEvent], messages: list[InboxMessage],
                answers: Any, document_sha256: str) -> dict[str, Any]:
    reference = reference_of(case.id, case.received_at)
    return {
        **case_summary(case),
        "language": case.language,
        "signed_at": iso(case.signed_at),
        "history": [{"at": iso(e.at), "status": e.status, "note": e.note} for e in events],
        "answers": answers,
        "document": {"sha256": document_sha256,
                     "url": f"/api/v1/submissions/{reference}/document"},
        "inbox": [m.id for m in messages],
    }


def inbox_entry(message: InboxMessage, case_reference: str | None) -> dict[str, Any]:
    return {
        "id": message.id,
        "kind": message.kind,
        "template": message.template,
        "title": TITLES[message.template],
        "case_reference": case_reference,
        "created_at": iso(message.created_at),
        "document_url": f"/api/v1/inbox/{message.id}/document",
    }


def payment_view(payment: Payment, case_reference: str | None) -> dict[str, Any]:
    return {
        "id": payment.id,
        "form_id": payment.form_id,
        "amount_cents": payment.amount_cents,
        "currency": payment.currency,
        "status": payment.status,
        "provider": payment.provider,
        "created_at": iso(payment.created_at),
        "used_by": case_reference,
        "url": f"/api/v1/payments/{payment.id}",
    }
