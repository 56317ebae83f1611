"""The online session of a running program, made on first use from its context.

The shell may put an `OnlineSession` in `ctx.services` itself (the demo does,
with its embedded gateway); otherwise the first page that needs the gateway
makes one from the settings: the gateway address, and an outbox on disk at
home or in memory in a kiosk (nothing personal stays behind there).
"""

from __future__ import annotations

import logging
import os
import weakref
from pathlib import Path

from app.services import (
    GatewayClient,
    Outbox,
    ServiceError,
    default_outbox_path,
    gateway_base_url,
)
from app.ui.context import AppContext
from app.ui.online.flusher import OutboxFlusher
from app.ui.online.session import OnlineSession

log = logging.getLogger(__name__)

ENV_OUTBOX = "CITIZEN_ASSISTANT_OUTBOX"  # the same variable as `form fill --submit`


def outbox_path(kiosk: bool) -> Path | str:
    if kiosk:
        return ":memory:"
    configured = os.environ.get(ENV_OUTBOX)
    return Path(configured) if configured else default_outbox_path()


def online_session(ctx: AppContext) -> OnlineSession | None:
    """The program's session, or None when no usable gateway address is set.

    A session the shell made (the demo's) is used as it is; a change of the
    gateway address in Settings gives the session a client for the new one.
    """
    session = ctx.services if isinstance(ctx.services, OnlineSession) else None
    try:
        wanted = gateway_base_url(ctx.gateway_url)
        if session is not None and session.client.base_url != wanted:
            session.client.close()
            session.client = GatewayClient(ctx.gateway_url)
        elif session is None:
            client = GatewayClient(ctx.gateway_url)
    except ServiceError as exc:
        log.warning("no gateway: %s", exc.message)
        return session
    if session is None:
        service = ctx.card.service
        session = OnlineSession(client, Outbox(outbox_path(ctx.kiosk)), service,
                                trusts_test_root=service.trust.includes_test_roots)
        ctx.services = session
        # A login belongs to the card that made it.
        ctx.card.cardRemoved.connect(session.log_out)
    if session not in _FLUSHING:
        # Forms queued while the gateway was down go out once it answers again
        # (parented to the card controller, which lives as long as the program).
        flusher = OutboxFlusher(session, parent=ctx.card)
        flusher.setObjectName("outboxFlusher")  # the window may follow `delivered`
        flusher.start()
        _FLUSHING.add(session)
    return session


# Sessions that already have their flusher.
_FLUSHING: weakref.WeakSet[OnlineSession] = weakref.WeakSet()
