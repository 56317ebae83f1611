"""The card service of a run and its Qt face, before anything else of the window.

Which trust and which RRN certificate cache depend on how the program runs: a
kiosk keeps RRN certificates in memory only; a demo or test trusts the test
root. Only the card stack is loaded here, so that the program can start
following the card before it loads the window's modules (application.py).
"""

from __future__ import annotations

from app.cardreader.backends import ReaderBackend
from app.cardreader.rrn_cache import RrnCertificateCache, default_cache, memory_cache
from app.cardreader.service import CardService
from app.cardreader.trust_config import known_rrn_certificates, trust_store_for
from app.config import RunMode
from app.ui.card_controller import CardController


def follow_card(backend: ReaderBackend, mode: RunMode, *, kiosk: bool = False,
                reader: str | None = None,
                rrn_cache: RrnCertificateCache | None = None) -> CardController:
    """The card as the GUI sees it, not started yet (call `start()`)."""
    if rrn_cache is None:
        # RRN certificates are public (rrn_cache.py), but a kiosk writes nothing.
        rrn_cache = memory_cache() if kiosk else default_cache()
        if mode is RunMode.NORMAL:
            # The shipped ones spare reading them from the first card. (The test
            # PKI's would cost a third of a second to gather: a demo reads them.)
            rrn_cache.seed(known_rrn_certificates(mode))
    service = CardService(backend, trust_store_for(mode), rrn_cache=rrn_cache,
                          preferred_reader=reader)
    return CardController(service)
