"""What greets the person: identity and address, checked against the RRN."""

from __future__ import annotations

from dataclasses import dataclass

from app.cardreader.model import Address, Identity


@dataclass(frozen=True, slots=True)
class Greeting:
    """Enough to greet the person by name, already checked against the RRN."""

    identity: Identity
    address: Address
    verified: bool  # identity and address signatures and the RRN chain all hold
    failures: tuple[str, ...]
