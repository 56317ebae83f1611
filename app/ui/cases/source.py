"""Where the cases and letters come from, as an interface, and its implementation
on the gateway client and the outbox.

Every method blocks (HTTP, the card for the login): pages call them on worker
threads. The outbox adds what the gateway cannot tell: forms signed on this
computer that wait to be sent, and receipts kept even when the gateway is down.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.cardreader.model import Identity
from app.cardreader.pin import PinProvider
from app.services import OutboxItem, ServiceError, State
from app.ui.online.session import OnlineSession

WAITING = "waiting"  # in the outbox, not acknowledged yet
REFUSED = "refused"  # the gateway refused it; the citizen corrects and signs again


@dataclass(frozen=True)
class CaseEntry:
    reference: str | None  # None while it waits in the outbox
    form_id: str
    title: str
    status: str
    received_at: str | None
    note: str | None = None  # why it waits, or why it was refused
    outbox_id: int | None = None


@dataclass(frozen=True)
class InboxEntry:
    id: str
    title: dict[str, str]  # in the five languages, as the gateway gives it
    case_reference: str | None
    created_at: str


@dataclass(frozen=True)
class CaseList:
    cases: list[CaseEntry]
    # The gateway could not be reached: only what this computer keeps is listed.
    offline_reason: str | None = None


@dataclass(frozen=True)
class CaseDetail:
    entry: CaseEntry
    history: list[dict[str, Any]] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)


class CasesSource(Protocol):
    def cases(self, pin: PinProvider) -> CaseList: ...

    def case(self, reference: str, pin: PinProvider) -> CaseDetail: ...

    def case_document(self, reference: str, pin: PinProvider) -> bytes: ...

    def inbox(self, pin: PinProvider) -> list[InboxEntry]: ...

    def inbox_document(self, message_id: str, pin: PinProvider) -> bytes: ...

    def send_waiting(self, pin: PinProvider) -> int:
        """Send what waits in the outbox; returns how many were delivered."""
        ...


class OnlineCases:
    def __init__(self, session: OnlineSession, identity: Callable[[], Identity | None],
                 card_serial: Callable[[], int | None], titles: Callable[[str], str]) -> None:
        self.session = session
        self.identity = identity
        self.card_serial = card_serial
        self.titles = titles  # form id -> its title in the person's language

    def _number(self) -> str:
        identity = self.identity()
        if identity is None or not identity.national_number:
            raise ServiceError("Put your eID card in the reader to see your cases.",
                               code="no_card")
        return identity.national_number

    def _login(self, pin: PinProvider) -> str:
        number = self._number()
        self.session.ensure_login(number, pin, self.card_serial())
        return number

    def _local(self, number: str) -> list[CaseEntry]:
        entries = []
        for item in self.session.outbox.items(number):
            if item.state is State.DELIVERED:
                continue  # the gateway lists it (or the receipt below does, offline)
            entries.append(_outbox_entry(item))
        return entries

    def cases(self, pin: PinProvider) -> CaseList:
        number = self._number()
        try:
            self._login(pin)
            remote = self.session.client.cases()
        except ServiceError as exc:
            if not exc.retryable:
                raise
            receipts = [_outbox_entry(item) for item in self.session.outbox.receipts(number)]
            return CaseList(self._local(number) + receipts, offline_reason=exc.message)
        listed = [CaseEntry(reference=str(case["reference"]),
                            form_id=str(case["form"]["id"]),
                            title=self.titles(str(case["form"]["id"])),
                            status=str(case.get("status", "")),
                            received_at=case.get("received_at")) for case in remote]
        return CaseList(self._local(number) + listed)

    def case(self, reference: str, pin: PinProvider) -> CaseDetail:
        self._login(pin)
        body = self.session.client.case(reference)
        entry = CaseEntry(reference=str(body["reference"]), form_id=str(body["form"]["id"]),
                          title=self.titles(str(body["form"]["id"])),
                          status=str(body.get("status", "")),
                          received_at=body.get("received_at"))
        return CaseDetail(entry, list(body.get("history", [])), list(body.get("inbox", [])))

    def case_document(self, reference: str, pin: PinProvider) -> bytes:
        kept = self.session.outbox.receipt(reference)
        if kept is not None:  # the signed PDF as sent, without asking the network
            return self.session.outbox.document(kept.id)
        self._login(pin)
        return self.session.client.case_document(reference)

    def inbox(self, pin: PinProvider) -> list[InboxEntry]:
        self._login(pin)
        return [InboxEntry(id=str(m["id"]), title=dict(m.get("title") or {}),
                           case_reference=m.get("case_reference"),
                           created_at=str(m.get("created_at", "")))
                for m in self.session.client.inbox()]

    def inbox_document(self, message_id: str, pin: PinProvider) -> bytes:
        self._login(pin)
        return self.session.client.inbox_document(message_id)

    def send_waiting(self, pin: PinProvider) -> int:
        from app.services import OutboxSender, Outcome

        number = self._login(pin)
        session = self.session

        def ensure_login(_client: object, national_number: str) -> None:
            session.ensure_login(national_number, pin, self.card_serial())

        sender = OutboxSender(session.outbox, session.client, ensure_login)
        results = sender.send_pending(number)
        return sum(1 for result in results if result.outcome is Outcome.DELIVERED)


def _outbox_entry(item: OutboxItem) -> CaseEntry:
    status = {State.PENDING: WAITING, State.REFUSED: REFUSED}.get(item.state, "received")
    return CaseEntry(reference=item.reference, form_id=item.form_id, title=item.title,
                     status=status,
                     received_at=item.delivered_at.isoformat() if item.delivered_at else None,
                     note=item.last_error, outbox_id=item.id)
