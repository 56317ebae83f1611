"""The form screen as the main window shows it: built from the `AppContext`.

`page_registry.form_page` finds `FormPage(ctx, nav, form_id)` here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from app.cardreader.model import Identity
from app.cardreader.pin import PinProvider
from app.forms import Prefill
from app.ui.context import AppContext
from app.ui.forms.context import FormContext
from app.ui.forms.screen import FormScreen
from app.ui.forms.sender import (
    PaymentOutcome,
    PaymentRequest,
    SendOutcome,
    SendRequest,
    SendStage,
    SubmissionRefused,
)
from app.ui.navigation import Navigator


def card_prefill(ctx: AppContext) -> Prefill:
    data = ctx.card.last_read()
    if data is not None:
        return Prefill.from_card_json(data.to_json())
    greeting = ctx.card.last_greeting()
    if greeting is not None:
        return Prefill(greeting.identity.to_json(), greeting.address.to_json())
    return Prefill()


def card_identity(ctx: AppContext) -> Identity | None:
    greeting = ctx.card.last_greeting()
    if greeting is not None:
        return greeting.identity
    data = ctx.card.last_read()
    return data.identity if data is not None else None


class _Offline:
    """The sender when no gateway address is set: says so instead of failing."""

    def _refuse(self) -> SubmissionRefused:
        return SubmissionRefused(QCoreApplication.translate(
            "FormScreen", "No address of the government gateway is set. Set it in Settings."))

    def pay(self, request: PaymentRequest, pin: PinProvider) -> PaymentOutcome:
        raise self._refuse()

    def sign_and_send(self, request: SendRequest, pin: PinProvider,
                      progress: Callable[[SendStage], None]) -> SendOutcome:
        raise self._refuse()


def form_context(ctx: AppContext, nav: Navigator) -> FormContext:
    from app.ui.online.form_sender import CardFormSender
    from app.ui.online.wiring import online_session

    session = online_session(ctx)
    sender = (CardFormSender(session, lambda: card_identity(ctx)) if session is not None
              else _Offline())
    return FormContext(
        navigator=nav, sender=sender, pin=ctx.pin_provider,
        prefill=lambda: card_prefill(ctx), owner=ctx.owner,
        card_serial=ctx.card.card_serial, language=lambda: ctx.language,
        drafts=ctx.drafts, today=ctx.today)


class FormPage(FormScreen):
    def __init__(self, ctx: AppContext, nav: Navigator, form_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(form_context(ctx, nav), parent)
        ctx.settings.languageChanged.connect(self.set_language)
        self.windowTitleChanged.connect(self._follow_title)
        self.open(form_id)

    def page_title(self) -> str:
        return self.windowTitle()

    def _follow_title(self, title: str) -> None:
        # "Error: ..." must reach the window's own title (GOV.UK); the main
        # window reads `page_title` only when a page is shown.
        window = self.window()
        if window is not self and self.isVisible():
            # The window writes "<page> – <program>": keep its program name.
            current = window.windowTitle()
            name = current.rsplit(" – ", 1)[-1] if " – " in current else current
            window.setWindowTitle(f"{title} – {name}" if name else title)

    def hideEvent(self, event: QHideEvent) -> None:
        # The person went elsewhere (or the window drops this page): keep what
        # was typed on this page in the draft too.
        self.suspend()
        super().hideEvent(event)
