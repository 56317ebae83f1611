"""Drafts: a form saved after every page, to be finished later.

A draft belongs to one person (the card's national number) and one form. On disk
(`EncryptedDraftStore`) it is AES-256-GCM encrypted with the key of
`draft_keys` and bound to its owner, so that a draft file copied under another
person's name does not open; file names are keyed hashes, so the folder does
not tell who has drafts of which forms. A kiosk uses `MemoryDraftStore`: nothing
of a session ever touches the disk, and ending the session forgets it all.

A draft holds what the person typed and confirmed (the flow's `FlowState`):
never the card's data (read again from the card on resume) and never a PIN.
Drafts older than `max_age` are deleted, as a paper form left on a desk would be.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final, Protocol

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import ValidationError

from app.forms.draft_keys import DefaultKeySource, KeySource, KeyUnavailableError
from app.forms.state import FlowState

APP_NAME: Final = "citizen-assistant"
MAGIC: Final = b"CADRAFT1"
NONCE_BYTES: Final = 12
DEFAULT_MAX_AGE: Final = timedelta(days=30)


class DraftError(Exception):
    """A draft could not be saved (no key, a full disk): the form goes on without it."""


@dataclass(frozen=True)
class Draft:
    state: FlowState
    saved_at: datetime

    @property
    def form_id(self) -> str:
        return self.state.form_id

    @classmethod
    def now(cls, state: FlowState) -> Draft:
        return cls(state.model_copy(deep=True), datetime.now(UTC))

    def to_bytes(self) -> bytes:
        return json.dumps({"saved_at": self.saved_at.isoformat(), "state": self.state.to_json()},
                          ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Draft:
        document = json.loads(data)
        saved_at = datetime.fromisoformat(document["saved_at"])
        return cls(FlowState.from_json(document["state"]), saved_at)


class DraftStore(Protocol):
    def save(self, owner: str, draft: Draft) -> None: ...

    def load(self, owner: str, form_id: str) -> Draft | None: ...

    def delete(self, owner: str, form_id: str) -> None: ...

    def drafts(self, owner: str) -> list[Draft]: ...

    def clear(self) -> None: ...


def autosave(store: DraftStore, owner: str) -> Callable[[FlowState], None]:
    """The `on_save` of a FormFlow: keeps the draft after every page."""
    def save(state: FlowState) -> None:
        store.save(owner, Draft.now(state))
    return save


class MemoryDraftStore:
    """Drafts of a kiosk session: in memory only, gone with `clear()` or the process."""

    def __init__(self, max_age: timedelta = DEFAULT_MAX_AGE) -> None:
        self._drafts: dict[tuple[str, str], bytes] = {}
        self._max_age = max_age

    def save(self, owner: str, draft: Draft) -> None:
        self._drafts[(owner, draft.form_id)] = draft.to_bytes()

    def load(self, owner: str, form_id: str) -> Draft | None:
        data = self._drafts.get((owner, form_id))
        if data is None:
            return None
        draft = Draft.from_bytes(data)
        if datetime.now(UTC) - draft.saved_at > self._max_age:
            self.delete(owner, form_id)
            return None
        return draft

    def delete(self, owner: str, form_id: str) -> None:
        self._drafts.pop((owner, form_id), None)

    def drafts(self, owner: str) -> list[Draft]:
        found = [self.load(o, form_id) for o, form_id in list(self._drafts) if o == owner]
        return [draft for draft in found if draft is not None]

    def clear(self) -> None:
        self._drafts.clear()


def default_drafts_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "drafts"


class EncryptedDraftStore:
    def __init__(self, folder: Path | None = None, key_source: KeySource | None = None,
                 max_age: timedelta = DEFAULT_MAX_AGE) -> None:
        self.folder = folder if folder is not None else default_drafts_dir()
        self._key_source = key_source or DefaultKeySource(self.folder.parent)
        self._max_age = max_age
        self._keys: tuple[bytes, bytes] | None = None

    # -- the DraftStore protocol ------------------------------------------------------

    def save(self, owner: str, draft: Draft) -> None:
        try:
            content_key, _ = self._subkeys()
            nonce = os.urandom(NONCE_BYTES)
            sealed = AESGCM(content_key).encrypt(nonce, draft.to_bytes(), self._aad(owner))
            path = self._path(owner, draft.form_id)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._write(path, MAGIC + nonce + sealed)
        except (KeyUnavailableError, OSError) as exc:
            raise DraftError(f"the draft could not be saved: {exc}") from exc

    def load(self, owner: str, form_id: str) -> Draft | None:
        try:
            path = self._path(owner, form_id)
        except KeyUnavailableError:
            return None
        draft = self._read(path, owner)
        if draft is None or draft.form_id != form_id:
            return None
        return draft

    def delete(self, owner: str, form_id: str) -> None:
        with contextlib.suppress(KeyUnavailableError, FileNotFoundError):
            self._path(owner, form_id).unlink()

    def drafts(self, owner: str) -> list[Draft]:
        try:
            folder = self._owner_dir(owner)
        except KeyUnavailableError:
            return []
        if not folder.is_dir():
            return []
        found = [self._read(path, owner) for path in sorted(folder.glob("*.draft"))]
        return [draft for draft in found if draft is not None]

    def clear(self) -> None:
        for path in self.folder.glob("*/*.draft"):
            path.unlink(missing_ok=True)

    def purge_expired(self) -> int:
        """Deletes drafts of every owner not saved within `max_age`; returns how many."""
        limit = datetime.now(UTC).timestamp() - self._max_age.total_seconds()
        removed = 0
        for path in self.folder.glob("*/*.draft"):
            if path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    # -- inside ----------------------------------------------------------------------

    def _subkeys(self) -> tuple[bytes, bytes]:
        # One key for the content, another for the names: a name never helps
        # anyone attack the content key.
        if self._keys is None:
            master = self._key_source.key()
            self._keys = (self._derive(master, b"citizen-assistant draft content"),
                          self._derive(master, b"citizen-assistant draft names"))
        return self._keys

    @staticmethod
    def _derive(master: bytes, info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)

    @staticmethod
    def _aad(owner: str) -> bytes:
        return MAGIC + b"\0" + owner.encode()

    def _name(self, *parts: str) -> str:
        _, name_key = self._subkeys()
        return hmac.new(name_key, "\0".join(parts).encode(), "sha256").hexdigest()[:40]

    def _owner_dir(self, owner: str) -> Path:
        return self.folder / self._name("owner", owner)

    def _path(self, owner: str, form_id: str) -> Path:
        return self._owner_dir(owner) / f"{self._name('draft', owner, form_id)}.draft"

    def _read(self, path: Path, owner: str) -> Draft | None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            content_key, _ = self._subkeys()
        except KeyUnavailableError:
            return None  # perhaps a locked keyring: keep the draft for later
        try:
            if not data.startswith(MAGIC):
                raise ValueError("not a draft")
            nonce = data[len(MAGIC):len(MAGIC) + NONCE_BYTES]
            plain = AESGCM(content_key).decrypt(nonce, data[len(MAGIC) + NONCE_BYTES:],
                                               self._aad(owner))
            draft = Draft.from_bytes(plain)
        except (InvalidTag, ValueError, KeyError, ValidationError):
            # Another key (a keyring reset) or a damaged file: the draft is lost
            # either way, so it goes rather than fail every time.
            path.unlink(missing_ok=True)
            return None
        if datetime.now(UTC) - draft.saved_at > self._max_age:
            path.unlink(missing_ok=True)
            return None
        return draft

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        # Write beside, then rename: a crash leaves the old draft or the new one.
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".draft-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
