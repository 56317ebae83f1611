"""How long a real card takes, for tests and demos that must feel like one.

Off by default: unit tests want the card as fast as Python allows. The figures
are those of a contact reader at the usual 9600-115200 baud mix seen on eID
readers: a fixed cost per APDU, a cost per byte crossing the contacts, and the
time the chip needs for one private-key operation.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

SignatureKind = Literal["rsa", "ec"]


@dataclass(frozen=True)
class TimingModel:
    per_apdu_s: float = 0.002
    per_byte_s: float = 0.00028
    rsa_signature_s: float = 0.300
    ec_signature_s: float = 0.150
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def delay(self, sent: int, received: int, signature: SignatureKind | None = None) -> float:
        """Seconds one APDU exchange takes on a real card."""
        total = self.per_apdu_s + self.per_byte_s * (sent + received)
        if signature == "rsa":
            total += self.rsa_signature_s
        elif signature == "ec":
            total += self.ec_signature_s
        return total

    def wait(self, started: float, sent: int, received: int,
             signature: SignatureKind | None = None) -> None:
        """Sleep until the exchange begun at `started` (time.monotonic) has taken its time."""
        remaining = self.delay(sent, received, signature) - (time.monotonic() - started)
        if remaining > 0:
            self.sleep(remaining)
