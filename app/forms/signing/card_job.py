"""Signing with the card in a reader: the job the card owner thread runs.

The GUI submits `card_signing_job(...)` to its `CardOwner` and turns the
Future into a signal; the command line calls `CardOwner.call` with it. Either
way the card conversation and pyHanko's event loop run on the owner thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.cardreader.belpic import BelpicCard, KeyRole
from app.cardreader.pin import PinProvider
from app.cardreader.session import open_pcsc_session
from app.forms.pdf.prepare import PreparedForm
from app.forms.signing.card_key import read_card_key
from app.forms.signing.pades import SignedForm, SigningOptions, sign_prepared


def sign_on_card(card: BelpicCard, prepared: PreparedForm, provider: PinProvider,
                 options: SigningOptions | None = None) -> SignedForm:
    """Sign with an open card (the caller's session), on the owner thread."""
    key = read_card_key(card, KeyRole.SIGNATURE, provider)
    return sign_prepared(prepared, key, options)


def sign_with_card(prepared: PreparedForm, provider: PinProvider,
                   options: SigningOptions | None = None,
                   reader: str | None = None) -> SignedForm:
    """Open the card in `reader` (or the first reader with a card) and sign."""
    with open_pcsc_session(reader) as session:
        return sign_on_card(session.card, prepared, provider, options)


def card_signing_job(prepared: PreparedForm, provider: PinProvider,
                     options: SigningOptions | None = None,
                     reader: str | None = None) -> Callable[[], SignedForm]:
    return partial(sign_with_card, prepared, provider, options, reader)
