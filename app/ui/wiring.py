"""Builds the `AppContext` from its parts: one place for the program and the tests.

Which parts depends on how the program runs: a kiosk keeps drafts, settings
and RRN certificates in memory only; a demo or test trusts the test root.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from app.cardreader.backends import ReaderBackend
from app.cardreader.pin import PinProvider
from app.cardreader.rrn_cache import RrnCertificateCache, default_cache, memory_cache
from app.cardreader.service import CardService
from app.cardreader.trust_config import known_rrn_certificates, trust_store_for
from app.config import RunMode
from app.ui.card_controller import CardController
from app.ui.context import AppContext
from app.ui.drafts import LazyDrafts, disk_drafts, memory_drafts
from app.ui.pin_dialog import QtPinProvider
from app.ui.settings import Settings
from app.ui.tasks import Tasks

if TYPE_CHECKING:
    from app.forms.drafts import DraftStore


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def build_context(backend: ReaderBackend, mode: RunMode, *, kiosk: bool = False,
                  settings: Settings | None = None, drafts: DraftStore | None = None,
                  rrn_cache: RrnCertificateCache | None = None,
                  pin_provider: PinProvider | None = None,
                  clock: Callable[[], date] | None = None) -> AppContext:
    """A context whose card service is not started yet (call `ctx.card.start()`)."""
    if settings is None:
        settings = Settings.load(persist=not kiosk)
    if drafts is None:
        drafts = LazyDrafts(memory_drafts if kiosk else disk_drafts)
    if rrn_cache is None:
        # RRN certificates are public (rrn_cache.py), but a kiosk writes nothing.
        rrn_cache = memory_cache() if kiosk else default_cache()
        if mode is RunMode.NORMAL:
            # The shipped ones spare reading them from the first card. (The test
            # PKI's would cost a third of a second to gather: a demo reads them.)
            rrn_cache.seed(known_rrn_certificates(mode))
    service = CardService(backend, trust_store_for(mode), rrn_cache=rrn_cache,
                          preferred_reader=settings.reader)
    context = AppContext(
        card=CardController(service),
        settings=settings,
        tasks=Tasks(),
        pin_provider=pin_provider if pin_provider is not None else QtPinProvider(_active_window),
        drafts=drafts,
        kiosk=kiosk,
        demo=mode is RunMode.DEMO,
    )
    if clock is not None:
        context.clock = clock
    if isinstance(context.pin_provider, QtPinProvider):
        # A PIN asked for a card that left can never be used: close the dialog,
        # which also frees the card owner thread that waits for the answer.
        context.card.cardRemoved.connect(context.pin_provider.cancel_all)
    # What the person told about themselves belongs to them, not to the next card.
    context.card.cardRemoved.connect(context.situations.clear)
    settings.changed.connect(lambda key: _follow_settings(context, key))
    return context


def _follow_settings(context: AppContext, key: str) -> None:
    if key == "reader":
        context.card.set_preferred_reader(context.settings.reader)
    elif key == "gateway_url":
        # The online session talks to one gateway: the next page that needs one
        # makes a new session for the new address (the demo's, once it is up).
        context.services = None
