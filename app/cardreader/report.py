"""The authenticity verdict on one card, as a plain value.

Kept apart from authenticity.py (which does the checking and needs the
cryptography package) so that a verdict can be held, shown and handed from
one process to another without loading any of that (startup_read.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

CHECKS: Final = ("photo_hash", "identity_signature", "address_signature", "rrn_chain",
                  "basic_key")


@dataclass(frozen=True, slots=True)
class AuthenticityReport:
    photo_hash: bool
    identity_signature: bool
    address_signature: bool
    rrn_chain: bool
    basic_key: bool | None  # None: not applicable (cards before applet 1.8)
    failures: tuple[str, ...] = ()  # one plain-language reason per failed check
    # The same reasons with the check each belongs to, for callers that show
    # only some checks (e.g. the signatures before the photo is read).
    reasons: tuple[tuple[str, str], ...] = ()

    @property
    def valid(self) -> bool:
        """Every applicable check passed."""
        return (self.photo_hash and self.identity_signature and self.address_signature
                and self.rrn_chain and self.basic_key is not False)

    def failures_for(self, *checks: str) -> tuple[str, ...]:
        unknown = set(checks) - set(CHECKS)
        if unknown:
            raise ValueError(f"no such checks: {sorted(unknown)}")
        return tuple(reason for check, reason in self.reasons if check in checks)

    def to_json(self) -> dict[str, object]:
        return {
            "photo_hash": self.photo_hash,
            "identity_signature": self.identity_signature,
            "address_signature": self.address_signature,
            "rrn_chain": self.rrn_chain,
            "basic_key": self.basic_key,
            "valid": self.valid,
            "failures": list(self.failures),
        }
