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
from app.cardreader.rrn_cache import RrnCertificateCache, default_cache, memory_cache
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
    seed = rrn_cache is None and mode is RunMode.NORMAL
    if rrn_cache is None:
        # RRN certificates are public (rrn_cache.py), but a kiosk writes nothing.
        rrn_cache = memory_cache() if kiosk else default_cache()
    cache = rrn_cache

    def trust() -> TrustStore:
        # Runs on the card thread before the first read of the run needs it.
        from app.cardreader.trust_config import known_rrn_certificates, trust_store_for

        if seed:
            # The shipped ones spare reading them from the first card (a demo or
            # test gathers the test PKI's from its first card: a third of a second).
            cache.seed(known_rrn_certificates(mode))
        return trust_store_for(mode)

    service = CardService(backend, trust, rrn_cache=cache, preferred_reader=reader,
                          startup=startup)
    return CardController(service)
