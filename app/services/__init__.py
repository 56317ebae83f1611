"""The program's side of the backend (no Qt): the gateway client, card login, the outbox.

- `GatewayClient(url)`: every call of the gateway's API; HTTPS (plain HTTP only to
  this computer), timeouts, retries with backoff (urllib3), and every failure a
  `ServiceError` whose message a citizen understands (`retryable` says whether
  trying later can help).
- `log_in(client, key)`: the card challenge signed with the authentication key
  (`sign_challenge` / `certificate_chain` for a GUI that splits the steps).
- `Outbox(path)`: signed documents on disk before sending, receipts after;
  `OutboxSender(outbox, client, ensure_login, payer).send_pending(nn)`.
- `TokenStore`: a remembered login in the system keyring (never the PIN).
- `ContentCache`: the catalog and form definitions, with the bundled fallback.
"""

from app.services.address import configured_gateway, gateway_base_url, is_loopback
from app.services.client import GatewayClient
from app.services.content import ContentCache, Sourced
from app.services.delivery import Delivery, OutboxSender, Outcome
from app.services.errors import (
    GatewayRefused,
    GatewayTimeout,
    GatewayUnavailable,
    GatewayUnreachable,
    InsecureGateway,
    LoginRefused,
    NotAuthenticated,
    PaymentDeclined,
    PaymentRequired,
    ServiceError,
    UnexpectedAnswer,
)
from app.services.http import HttpPolicy
from app.services.login import certificate_chain, log_in, sign_challenge
from app.services.models import Challenge, Fetched, Login, Payment, Receipt
from app.services.outbox import Outbox, OutboxItem, State, default_outbox_path
from app.services.tokens import TokenStore

__all__ = [
    "Challenge", "ContentCache", "Delivery", "Fetched", "GatewayClient", "GatewayRefused",
    "GatewayTimeout", "GatewayUnavailable", "GatewayUnreachable", "HttpPolicy", "InsecureGateway",
    "Login", "LoginRefused", "NotAuthenticated", "Outbox", "OutboxItem", "OutboxSender", "Outcome",
    "Payment", "PaymentDeclined", "PaymentRequired", "Receipt", "ServiceError", "Sourced", "State",
    "TokenStore", "UnexpectedAnswer", "certificate_chain", "configured_gateway",
    "default_outbox_path", "gateway_base_url", "is_loopback", "log_in", "sign_challenge",
]
