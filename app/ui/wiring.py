"""Builds the `AppContext` from its parts: one place for the program and the tests.

Which parts depends on how the program runs: a kiosk keeps drafts, settings
and RRN certificates in memory only; a demo or test trusts the test root (the
card's part: card_wiring.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from app.cardreader.backends import ReaderBackend
from app.cardreader.rrn_cache import RrnCertificateCache
from app.config import RunMode
from app.ui.card_controller import CardController
from app.ui.card_wiring import follow_card
from app.ui.context import AppContext
from app.ui.drafts import LazyDrafts, disk_drafts, memory_drafts
from app.ui.pin_provider import QtPinProvider
from app.ui.settings import Settings
from app.ui.tasks import Tasks

if TYPE_CHECKING:
    from app.cardreader.pin import PinProvider
    from app.forms.drafts import DraftStore


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def build_context(backend: ReaderBackend, mode: RunMode, *, kiosk: bool = False,
                  settings: Settings | None = None, drafts: DraftStore | None = None,
                  rrn_cache: RrnCertificateCache | None = None,
                  pin_provider: PinProvider | None = None,
                  clock: Callable[[], date] | None = None,
                  card: CardController | None = None) -> AppContext:
    """A context whose card service is not started yet (call `ctx.card.start()`),
    unless `card` is given: the card of `backend`, already followed (card_wiring.py)."""
    if settings is None:
        settings = Settings.load(persist=not kiosk)
    if drafts is None:
        drafts = LazyDrafts(memory_drafts if kiosk else disk_drafts)
    if card is None:
        card = follow_card(backend, mode, kiosk=kiosk, reader=settings.reader,
                           rrn_cache=rrn_cache)
    context = AppContext(
        card=card,
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
    # A new gateway address needs nothing here: the next page that goes online
    # finds the session's client pointed elsewhere and replaces it
    # (online/wiring.py), keeping the session's outbox and its flusher.
    if key == "reader":
        context.card.set_preferred_reader(context.settings.reader)
