"""The key that encrypts drafts at rest.

It lives in the system keyring (Secret Service, macOS Keychain, Windows
Credential Locker) when there is one. A machine without a keyring backend (a
headless PC, a minimal desktop: keyring raises NoKeyringError) keeps it in a
file readable only by the user (0600) in the program's data folder instead.

The trade-off of the file: it protects drafts copied away without it (a backup
of the drafts folder, a synced folder) and drafts of other users of the machine,
but not against someone who can read the user's own files, since key and drafts
then sit side by side. The keyring adds the user's login secret to that. We do
not ship keyrings.alt: its file backends store secrets in a way that looks safer
than it is.

Once a key file exists it is kept even if a keyring appears later, so that the
drafts it encrypted stay readable. A keyring that exists but refuses (locked,
cancelled) is not replaced by a file: drafts are then not saved, rather than
saved with weaker protection behind the person's back.
"""

from __future__ import annotations

import base64
import os
import secrets
import stat
from pathlib import Path
from typing import Final, Protocol

import keyring
import keyring.errors

KEY_BYTES: Final = 32  # AES-256
SERVICE: Final = "citizen-assistant"
KEY_NAME: Final = "draft-encryption-key"


class KeyUnavailableError(Exception):
    """No key can be had now; drafts cannot be saved or read."""


class NoBackendError(KeyUnavailableError):
    """This machine has no keyring backend at all."""


class KeySource(Protocol):
    def key(self) -> bytes: ...


def _decode(text: str) -> bytes:
    key = base64.b64decode(text.strip(), validate=True)
    if len(key) != KEY_BYTES:
        raise ValueError("a draft key has 32 bytes")
    return key


class KeyringKeySource:
    def __init__(self, service: str = SERVICE, name: str = KEY_NAME) -> None:
        self._service, self._name = service, name

    def key(self) -> bytes:
        try:
            stored = keyring.get_password(self._service, self._name)
            if stored is not None:
                return _decode(stored)
            key = secrets.token_bytes(KEY_BYTES)
            keyring.set_password(self._service, self._name,
                                 base64.b64encode(key).decode("ascii"))
            return key
        except keyring.errors.NoKeyringError as exc:
            raise NoBackendError(str(exc)) from exc
        except (keyring.errors.KeyringError, ValueError) as exc:
            raise KeyUnavailableError(f"the keyring refused the draft key: {exc}") from exc


class FileKeySource:
    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.is_file()

    def key(self) -> bytes:
        if not self.path.exists():
            self._create()
        # Tightened again in case something (a copy, an archive tool) widened it.
        if stat.S_IMODE(self.path.stat().st_mode) & 0o077:
            os.chmod(self.path, 0o600)
        try:
            return _decode(self.path.read_text(encoding="ascii"))
        except (OSError, ValueError) as exc:
            raise KeyUnavailableError(f"the draft key file {self.path} is unreadable") from exc

    def _create(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = base64.b64encode(secrets.token_bytes(KEY_BYTES))
        try:
            # O_EXCL: two processes starting at once must not each write a key.
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        with os.fdopen(fd, "wb") as out:
            out.write(key)


class DefaultKeySource:
    """Keyring when the machine has one, a 0600 key file otherwise (see above)."""

    def __init__(self, data_dir: Path, keyring_source: KeySource | None = None) -> None:
        self._file = FileKeySource(data_dir / "draft.key")
        self._keyring = keyring_source or KeyringKeySource()
        self._cached: bytes | None = None

    def key(self) -> bytes:
        if self._cached is None:
            if self._file.exists():
                self._cached = self._file.key()
            else:
                try:
                    self._cached = self._keyring.key()
                except NoBackendError:
                    self._cached = self._file.key()
        return self._cached
