"""National Register certificates seen before, so the next card greets faster.

Every Belgian card of a generation carries the same RRN certificate (about
1.1 KB, 0.3 s over a real reader's contacts). Once one has verified against a
shipped root, its first 256 bytes identify it: a later card whose RRN file
starts with the same bytes is checked with the remembered certificate and the
rest of the file is not read. Trust does not rest on the card's copy anyway:
the identity and address signatures are verified with the remembered key, and
the remembered certificate's chain is checked again on every read.

RRN certificates are public government certificates, not personal data, so the
cache may live on disk even on a kiosk.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from app.cardreader.der import DerError, der_length

log = logging.getLogger(__name__)

PREFIX_LENGTH = 256


class RrnCertificateCache:
    def __init__(self, directory: Path | Callable[[], Path] | None) -> None:
        """`directory` may be a function giving it, asked only when the disk is
        first needed (finding the user's cache folder is felt at startup)."""
        self._where = directory
        self._directory: Path | None = None
        self._by_prefix: dict[bytes, bytes] = {}
        self._lock = threading.Lock()
        self._loaded = directory is None

    def _resolve(self) -> Path | None:
        if self._directory is None and self._where is not None:
            self._directory = self._where() if callable(self._where) else self._where
        return self._directory

    def _load(self) -> None:
        if self._loaded or self._resolve() is None:
            return
        assert self._directory is not None
        self._loaded = True
        try:
            entries = list(self._directory.glob("*.der"))
        except OSError:
            return
        for path in entries:
            try:
                der = path.read_bytes()
                if len(der) > PREFIX_LENGTH and der_length(der) == len(der):
                    self._by_prefix[der[:PREFIX_LENGTH]] = der
            except (OSError, DerError):
                continue

    def lookup(self, head: bytes) -> bytes | None:
        """The remembered certificate whose first bytes are `head`, if any."""
        if len(head) < PREFIX_LENGTH:
            return None
        with self._lock:
            self._load()
            return self._by_prefix.get(head[:PREFIX_LENGTH])

    def seed(self, certificates: list[bytes]) -> RrnCertificateCache:
        """Add certificates the program ships (or the demo's test PKI), in memory.

        They are still chained to a trusted root on every read; seeding only
        spares reading them from the card.
        """
        with self._lock:
            for der in certificates:
                if len(der) > PREFIX_LENGTH:
                    self._by_prefix.setdefault(der[:PREFIX_LENGTH], der)
        return self

    def remember(self, der: bytes) -> None:
        """Keep a certificate that has just verified against a trusted root."""
        if len(der) <= PREFIX_LENGTH:
            return
        with self._lock:
            self._load()
            if self._by_prefix.get(der[:PREFIX_LENGTH]) == der:
                return
            self._by_prefix[der[:PREFIX_LENGTH]] = der
            if self._resolve() is None:
                return
            assert self._directory is not None
            try:
                self._directory.mkdir(parents=True, exist_ok=True)
                import hashlib  # only here: loading OpenSSL's hashes is felt at startup

                name = hashlib.sha256(der).hexdigest()[:32] + ".der"
                temporary = self._directory / (name + f".{os.getpid()}.tmp")
                temporary.write_bytes(der)
                os.replace(temporary, self._directory / name)
            except OSError as exc:  # a cache that cannot be written only costs time
                log.info("RRN certificate cache not written: %s", exc)


def default_cache() -> RrnCertificateCache:
    return RrnCertificateCache(_default_directory)


def _default_directory() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("citizen-assistant")) / "rrn-certificates"


def cache_for_run(*, kiosk: bool) -> RrnCertificateCache:
    """The cache a program run reads cards with: on disk (public certificates),
    except in a kiosk, which writes nothing. Seeding is trust_config.seed_for_run."""
    return memory_cache() if kiosk else default_cache()


def memory_cache() -> RrnCertificateCache:
    return RrnCertificateCache(None)
