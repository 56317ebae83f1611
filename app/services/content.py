"""The catalog and form definitions from the gateway, with the bundled copy as fallback.

The gateway serves the same content the program ships (docs/gateway.md), with
ETags; a newer version there wins. Offline, or when the gateway fails, the
bundled copy is used, and the caller is told which one it got. Parsing is
left to the layers that own the models (`app.forms.sources` for definitions,
the GUI for the catalog), so this module deals in JSON documents only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from app.services.client import GatewayClient
from app.services.errors import ServiceError
from app.services.models import Fetched

log = logging.getLogger(__name__)
Origin = Literal["gateway", "bundled"]
Fallback = Callable[[], dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Sourced:
    document: dict[str, Any]
    origin: Origin
    note: str | None = None  # why the bundled copy was used


class ContentCache:
    """Remembers what the gateway sent (with its ETag) for the life of the program."""

    def __init__(self, client: GatewayClient | None) -> None:
        self.client = client
        self._cache: dict[str, tuple[str | None, dict[str, Any]]] = {}
        self._lock = threading.Lock()

    def _get(self, key: str, fetch: Callable[[GatewayClient, str | None], Fetched],
             fallback: Fallback) -> Sourced:
        client = self.client
        if client is None:
            return Sourced(fallback(), "bundled", "no gateway is configured")
        with self._lock:
            cached = self._cache.get(key)
        try:
            fetched = fetch(client, cached[0] if cached else None)
        except ServiceError as exc:
            if cached is not None:  # the gateway's copy from earlier in this run
                return Sourced(cached[1], "gateway", exc.message)
            log.info("using the bundled %s: %s", key, exc.code)
            return Sourced(fallback(), "bundled", exc.message)
        if fetched.body is None:
            assert cached is not None
            return Sourced(cached[1], "gateway")
        with self._lock:
            self._cache[key] = (fetched.etag, fetched.body)
        return Sourced(fetched.body, "gateway")

    def form_definition(self, form_id: str, fallback: Fallback) -> Sourced:
        return self._get(f"form:{form_id}",
                         lambda client, etag: client.form_definition(form_id, etag), fallback)

    def catalog(self, fallback: Fallback) -> Sourced:
        return self._get("catalog", lambda client, etag: client.catalog(etag), fallback)
