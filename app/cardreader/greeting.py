"""What greets the person: identity and address, checked against the RRN."""

from __future__ import annotations

from typing import NamedTuple

from app.cardreader.model import Address, Identity


class Greeting(NamedTuple):
    """Enough to greet the person by name, already checked against the RRN.
    (A NamedTuple, as the card events are: see states.py.)"""

    identity: Identity
    address: Address
    verified: bool  # identity and address signatures and the RRN chain all hold
    failures: tuple[str, ...]
