"""Card-layer failures in the person's language.

The card layer's exceptions carry plain English for the command line; the GUI
says the same things through the translation catalogs, chosen by exception
type, so that a new message in the core never reaches a Dutch speaker in
English without a test noticing (the type is what counts, not the wording).
"""

from __future__ import annotations

from app.cardreader.errors import (
    CardError,
    CardRemoved,
    NoCard,
    NoReader,
    NotAnEid,
    PinBlocked,
    PinCancelled,
    PinFormatError,
    ServiceUnavailable,
    WrongPin,
)
from app.cardreader.service import CardChanged
from app.ui.i18n import translate


def wrong_pin(tries_left: int) -> str:
    if tries_left <= 1:
        return translate("CardMessages", "Wrong PIN. One try left before the card is blocked.")
    return translate("CardMessages", "Wrong PIN. You have %n tries left.", "", tries_left)


def card_error(error: BaseException) -> str | None:
    """What to tell the person; None when there is nothing to say (they cancelled)."""
    if isinstance(error, PinCancelled):
        return None
    if isinstance(error, WrongPin):
        return wrong_pin(error.tries_left)
    if isinstance(error, PinBlocked):
        return translate("CardMessages", "Your PIN is blocked after three wrong tries. Your "
                                         "town hall can unblock it with your PUK letter.")
    if isinstance(error, PinFormatError):
        return translate("CardMessages", "A PIN has 4 to 12 digits.")
    if isinstance(error, CardRemoved | NoCard):
        return translate("CardMessages", "The card was taken out. Put your eID card back in "
                                         "the reader and try again.")
    if isinstance(error, CardChanged):
        return translate("CardMessages", "The card was changed. Check which card is in the "
                                         "reader.")
    if isinstance(error, NoReader):
        return translate("CardMessages", "No card reader is connected. Plug in your card "
                                         "reader.")
    if isinstance(error, ServiceUnavailable):
        return translate("CardMessages", "The card reader software is not running.")
    if isinstance(error, NotAnEid):
        return translate("CardMessages", "This card is not a Belgian eID card.")
    if isinstance(error, CardError):
        return translate("CardMessages", "The card did not do what was asked. Take it out, "
                                         "put it back and try again.")
    return translate("CardMessages", "Something went wrong. Try again; if it happens again, "
                                     "open Help to copy a report for the helpdesk.")


def read_problem(problem: str | None) -> str:
    """A CARD_INVALID snapshot's problem (English from the core), for the screen."""
    text = (problem or "").lower()
    if "does not answer" in text:
        return translate("CardMessages", "The card does not answer. Check that it is the right "
                                         "way round, chip first.")
    if "not a belgian eid" in text or "not an eid" in text:
        return translate("CardMessages", "This card is not a Belgian eID card.")
    if "removed" in text:
        return translate("CardMessages", "The card was taken out while it was being read.")
    return translate("CardMessages", "The card could not be read. Take it out, put it back "
                                     "and try again.")
