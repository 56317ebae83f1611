"""A login the citizen chose to remember, kept in the system keyring.

Only the gateway's bearer token (and when it expires) is stored, under the
gateway address and the national number; never the PIN. Without a keyring
backend (a headless machine, a kiosk) every call quietly does nothing and the
program asks for the card again: remembering is a convenience, not a
requirement. The application never ships `keyrings.alt`, whose backends store
secrets in plain files.
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import datetime
from typing import Final

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from app.services.models import Login, parse_time

SERVICE: Final = "citizen-assistant"
log = logging.getLogger(__name__)


class TokenStore:
    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service

    def _keyring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    @staticmethod
    def _user(gateway: str, national_number: str) -> str:
        return f"{national_number}@{gateway}"

    def load(self, gateway: str, national_number: str,
             now: datetime | None = None) -> Login | None:
        try:
            stored = self._keyring().get_password(self.service,
                                                  self._user(gateway, national_number))
        except (KeyringError, RuntimeError, OSError) as exc:
            log.info("no keyring to read a remembered login from: %s", type(exc).__name__)
            return None
        if not stored:
            return None
        try:
            data = json.loads(stored)
            login = Login(str(data["token"]), national_number, parse_time(data.get("expires_at")))
        except (ValueError, KeyError, TypeError):
            self.forget(gateway, national_number)
            return None
        if login.expired(now):
            self.forget(gateway, national_number)
            return None
        return login

    def save(self, gateway: str, login: Login) -> bool:
        """Remember `login`; False when there is no keyring to keep it in."""
        value = json.dumps({"token": login.token,
                            "expires_at": login.expires_at.isoformat()
                            if login.expires_at else None})
        try:
            self._keyring().set_password(self.service,
                                         self._user(gateway, login.national_number), value)
        except (KeyringError, RuntimeError, OSError) as exc:
            log.info("no keyring to remember the login in: %s", type(exc).__name__)
            return False
        return True

    def forget(self, gateway: str, national_number: str) -> None:
        # Nothing stored, or no keyring: either way nothing is remembered.
        with contextlib.suppress(KeyringError, RuntimeError, OSError):
            self._keyring().delete_password(self.service, self._user(gateway, national_number))
