"""The card service of a run and its Qt face, before anything else of the window.

Which trust and which RRN certificate cache depend on how the program runs: a
kiosk keeps RRN certificates in memory only; a demo or test trusts the test
root. Only the card stack is loaded here, so that the program can start
following the card before it loads the window's modules (application.py).
The trust store is made on the card thread when a read first needs it: a card
the startup reader already read (startup_read.py) never does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.cardreader.backends import ReaderBackend
from app.cardreader.rrn_cache import RrnCertificateCache, cache_for_run
from app.cardreader.service import CardService
from app.config import RunMode
from app.ui.card_controller import CardController

if TYPE_CHECKING:
    from app.cardreader.startup_read import StartupRead
    from app.cardreader.trust import TrustStore


def follow_card(backend: ReaderBackend, mode: RunMode, *, kiosk: bool = False,
                reader: str | None = None,
                rrn_cache: RrnCertificateCache | None = None,
                startup: StartupRead | None = None) -> CardController:
    """The card as the GUI sees it, not started yet (call `start()`)."""
    seed = rrn_cache is None
    cache = rrn_cache if rrn_cache is not None else cache_for_run(kiosk=kiosk)

    def trust() -> TrustStore:
        # Runs on the card thread before the first read of the run needs it.
        from app.cardreader.trust_config import seed_for_run, trust_store_for

        if seed:
            seed_for_run(cache, mode)
        return trust_store_for(mode)

    service = CardService(backend, trust, rrn_cache=cache, preferred_reader=reader,
                          startup=startup)
    return CardController(service)
