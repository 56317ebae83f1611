"""`citizen-assistant --demo`: a virtual card and an embedded gateway, nothing to set up.

  virtual_reader  the persona's card, through pcscd + vpcd when present, else in-process
  gateway         the reference gateway as a child process on loopback
  panel           the persona picker with "Insert card" and "Remove card"
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.ui.context import AppContext
from app.ui.demo.gateway import EmbeddedGateway
from app.ui.demo.panel import DemoPanel
from app.ui.demo.virtual_reader import DemoReader
from app.ui.main_window import MainWindow


class DemoSession(QObject):
    """Joins the demo's parts to a window; `stop()` takes them down again."""

    def __init__(self, ctx: AppContext, window: MainWindow, reader: DemoReader, *,
                 with_gateway: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reader = reader
        self.panel = DemoPanel(ctx, reader)
        window.bottom.addWidget(self.panel)
        self.gateway: EmbeddedGateway | None = None
        if with_gateway:
            self.gateway = EmbeddedGateway(self)
            self.gateway.ready.connect(self._gateway_ready)
            self.gateway.failed.connect(lambda _m: self.panel.set_gateway(None))
            self.gateway.start()

    def _gateway_ready(self, url: str) -> None:
        # Locked for this session only: the person's own setting stays as it was.
        self.ctx.settings.lock("gateway_url", url)
        self.ctx.services = self._online(url)
        self.panel.set_gateway(url)

    def _online(self, url: str) -> object | None:
        """The demo's online session, with its outbox beside the demo gateway's
        database: demo documents must never wait in the person's own outbox for
        a real gateway."""
        from app.services import GatewayClient, Outbox, ServiceError
        from app.ui.online.session import OnlineSession

        assert self.gateway is not None
        try:
            client = GatewayClient(url)
        except ServiceError:
            return None
        session = OnlineSession(client, Outbox(self.gateway.folder_path("outbox.sqlite3")),
                                self.ctx.card.service, trusts_test_root=True)
        self.ctx.card.cardRemoved.connect(session.log_out)
        return session

    def stop(self) -> None:
        self.reader.close()
        close = getattr(self.ctx.services, "close", None)
        if callable(close):
            close()
        self.ctx.services = None
        if self.gateway is not None:
            self.gateway.stop()
