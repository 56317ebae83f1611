"""Where documents (submitted PDFs, letters) are kept.

Two stores behind one interface: in the database (the default: one backup holds
everything) or in a folder, content-addressed by SHA-256, for deployments whose
database should stay small (a shared volume or an object store mounted as one).
A folder file is written before the database transaction that refers to it; if
that transaction fails the file is an orphan nobody points to, never a row that
points to nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from gateway.models import Document


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the documents table row will hold (content None: kept in a folder)."""

    sha256: str
    size: int
    content: bytes | None


class DocumentStore(Protocol):
    def prepare(self, content: bytes) -> Prepared:
        """Makes `content` durable where this store keeps it; returns its row values."""
        ...

    def read(self, session: Session, document: Document) -> bytes: ...


class DatabaseStore:
    def prepare(self, content: bytes) -> Prepared:
        return Prepared(hashlib.sha256(content).hexdigest(), len(content), content)

    def read(self, session: Session, document: Document) -> bytes:
        assert document.content is not None
        return document.content


class FolderStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / digest

    def prepare(self, content: bytes) -> Prepared:
        digest = hashlib.sha256(content).hexdigest()
        path = self._path(digest)
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
            with os.fdopen(fd, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        return Prepared(digest, len(content), None)

    def read(self, session: Session, document: Document) -> bytes:
        if document.content is not None:  # stored before the switch to a folder
            return document.content
        return self._path(document.sha256).read_bytes()


def store_named(setting: str) -> DocumentStore:
    if setting == "database":
        return DatabaseStore()
    return FolderStore(Path(setting))
