"""Single-use, short-lived authentication challenges, kept in the database.

The database (not worker memory) holds them so that any worker behind the
reverse proxy can accept a challenge another one issued. A challenge is taken
by one atomic UPDATE, so two requests racing with the same challenge cannot
both win; an attempt with a wrong signature still uses it up (no guessing).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from gateway.db import Database, rowcount
from gateway.errors import ApiError
from gateway.models import Challenge, utcnow

CHALLENGE_BYTES = 32
# Challenges are deleted some time after they expire; until then a replay is
# told "used" or "expired" rather than "unknown", which helps debugging.
_KEEP_EXPIRED = timedelta(hours=1)


def challenge_id(challenge: bytes) -> str:
    return hashlib.sha256(challenge).hexdigest()


def issue_challenge(db: Database, lifetime: timedelta) -> tuple[bytes, datetime]:
    challenge = secrets.token_bytes(CHALLENGE_BYTES)
    now = utcnow()
    expires = now + lifetime
    with db.write() as session:
        session.execute(delete(Challenge).where(Challenge.expires_at < now - _KEEP_EXPIRED))
        session.add(Challenge(id=challenge_id(challenge), created_at=now, expires_at=expires))
    return challenge, expires


def take_challenge(db: Database, challenge: bytes) -> None:
    """Marks the challenge used, or refuses it as unknown, used or expired."""
    key = challenge_id(challenge)
    now = utcnow()
    with db.write() as session:
        taken = rowcount(session.execute(
            update(Challenge)
            .where(Challenge.id == key, Challenge.used_at.is_(None), Challenge.expires_at > now)
            .values(used_at=now)))
        if taken == 1:
            return
        row = session.execute(select(Challenge).where(Challenge.id == key)).scalar_one_or_none()
    if row is None:
        raise ApiError(401, "challenge_unknown", "this challenge was not issued by this gateway")
    if row.used_at is not None:
        raise ApiError(401, "challenge_used", "this challenge was already used; ask for a new one")
    raise ApiError(401, "challenge_expired", "this challenge has expired; ask for a new one")
