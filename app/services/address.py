"""Which gateway addresses the program talks to.

Personal data and bearer tokens travel on every call, so the address must be
HTTPS, with one exception: plain HTTP to this very machine (the demo's
embedded gateway, tests), where nothing crosses a network.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Final
from urllib.parse import urlsplit, urlunsplit

from app.services.errors import InsecureGateway

ENV_GATEWAY: Final = "CITIZEN_ASSISTANT_GATEWAY"
_LOOPBACK_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def gateway_base_url(url: str) -> str:
    """The normalised base URL (no trailing slash), or InsecureGateway."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise InsecureGateway(f"{url!r} is not a gateway address; it looks like "
                              "https://gateway.example.be", code="address_invalid")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InsecureGateway("A gateway address has no user name, password, query or "
                              "fragment.", code="address_invalid")
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureGateway(
            f"Refusing to send personal data unencrypted to {host}: the gateway address "
            "must start with https:// (plain http is allowed only to this computer).",
            code="address_insecure")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def configured_gateway(explicit: str | None = None) -> str | None:
    """The address given (a flag, a setting), else CITIZEN_ASSISTANT_GATEWAY, else None."""
    value = explicit or os.environ.get(ENV_GATEWAY, "").strip() or None
    return gateway_base_url(value) if value else None
