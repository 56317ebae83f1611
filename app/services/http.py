"""The HTTP session every gateway call goes through: TLS, timeouts, retries.

Retries are urllib3's `Retry` (backoff, Retry-After), mounted once, not a
loop of ours. They cover what a re-send cannot make worse: connection
failures, timeouts, 429 and 502-504. POSTs are retried too, because every POST
of this client is safe to repeat: submissions and payments carry an
Idempotency-Key, a second challenge is just another challenge. The one
exception is the signed challenge itself (single use): it is re-sent only when
the connection never got through.
"""

from __future__ import annotations

from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from app.services.errors import InsecureGateway

RETRY_STATUSES = frozenset({429, 502, 503, 504})
SESSION_PATH = "/api/v1/auth/session"


@dataclass(frozen=True, slots=True)
class HttpPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 60.0
    retries: int = 3
    # A read timeout means a slow gateway: waiting the whole timeout again more
    # than once rarely helps and keeps the citizen waiting.
    read_retries: int = 1
    backoff: float = 0.3  # seconds: 0.3, 0.6, 1.2, ...
    backoff_max: float = 10.0
    # True, or the path of a CA bundle for a private deployment; never False.
    verify: bool | str = True
    # After the gateway could not be reached (retries spent), further calls fail
    # at once for this long instead of each waiting out its own timeouts.
    down_for: float = 20.0

    @property
    def timeout(self) -> tuple[float, float]:
        return self.connect_timeout, self.read_timeout


def _retry(policy: HttpPolicy, *, read: bool) -> Retry:
    return Retry(
        total=policy.retries,
        connect=policy.retries,
        read=min(policy.read_retries, policy.retries) if read else 0,
        status=policy.retries if read else 0,
        other=0,
        allowed_methods=None,  # every verb: see the module docstring
        status_forcelist=RETRY_STATUSES,
        backoff_factor=policy.backoff,
        backoff_max=policy.backoff_max,
        respect_retry_after_header=True,
        raise_on_status=False,  # the last answer is turned into a plain message
    )


def make_session(base_url: str, policy: HttpPolicy) -> requests.Session:
    if policy.verify is False:
        raise InsecureGateway("TLS certificate checks cannot be turned off.",
                              code="address_insecure")
    session = requests.Session()
    session.verify = policy.verify
    session.trust_env = True  # proxies from the environment, as a browser would
    adapter = HTTPAdapter(max_retries=_retry(policy, read=True))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.mount(base_url + SESSION_PATH, HTTPAdapter(max_retries=_retry(policy, read=False)))
    session.headers["User-Agent"] = "CitizenAssistant/0.1"
    return session
