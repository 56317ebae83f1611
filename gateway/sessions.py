"""Bearer tokens bound to a national number.

A token is 32 random bytes; the database keeps only its SHA-256, so a copy of
the database does not let anyone act as a citizen.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from gateway.db import Database
from gateway.errors import ApiError
from gateway.models import Session, utcnow


@dataclass(frozen=True, slots=True)
class Citizen:
    national_number: str


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(db: Database, national_number: str,
                 lifetime: timedelta) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(32)
    now = utcnow()
    expires = now + lifetime
    with db.write() as session:
        session.execute(delete(Session).where(Session.expires_at < now))
        session.add(Session(token_hash=_hash(token), national_number=national_number,
                            created_at=now, expires_at=expires))
    return token, expires


_CHALLENGE_HEADER = {"WWW-Authenticate": 'Bearer realm="citizen-assistant"'}


class SessionCache:
    """Recently seen tokens, so that a busy citizen does not cost a query per request.

    An entry is trusted for `ttl` and never past the session's own expiry.
    Sessions cannot be revoked early (there is no logout that must take effect
    at once), so a short cache changes nothing a client can observe.
    """

    def __init__(self, ttl: timedelta = timedelta(seconds=60), size: int = 10_000) -> None:
        self._ttl = ttl
        self._size = size
        self._entries: dict[str, tuple[str, datetime]] = {}
        self._lock = threading.Lock()

    def get(self, token_hash: str, now: datetime) -> str | None:
        with self._lock:
            entry = self._entries.get(token_hash)
        if entry is None or entry[1] <= now:
            return None
        return entry[0]

    def put(self, token_hash: str, national_number: str, expires: datetime,
            now: datetime) -> None:
        with self._lock:
            if len(self._entries) >= self._size:
                self._entries.clear()
            self._entries[token_hash] = (national_number, min(expires, now + self._ttl))


def cached_citizen(token: str | None, cache: SessionCache) -> Citizen | None:
    """The citizen of a recently seen token, without touching the database."""
    if not token:
        return None
    known = cache.get(_hash(token), utcnow())
    return Citizen(national_number=known) if known is not None else None


def citizen_for_token(db: Database, token: str | None,
                      cache: SessionCache | None = None) -> Citizen:
    if not token:
        raise ApiError(401, "unauthenticated",
                       "authenticate with your eID card first (POST /api/v1/auth/session)",
                       headers=_CHALLENGE_HEADER)
    digest, now = _hash(token), utcnow()
    known = cache.get(digest, now) if cache is not None else None
    if known is not None:
        return Citizen(national_number=known)
    with db.read() as session:
        row = session.execute(select(Session.national_number, Session.expires_at)
                              .where(Session.token_hash == digest)).first()
    if row is None or row.expires_at <= now:
        raise ApiError(401, "session_expired",
                       "your session has expired; authenticate with your eID card again",
                       headers=_CHALLENGE_HEADER)
    if cache is not None:
        cache.put(digest, row.national_number, row.expires_at, now)
    return Citizen(national_number=row.national_number)
