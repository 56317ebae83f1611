"""What went wrong while paying, signing or sending, in plain words.

Every message says whether anything was sent and that the answers are kept,
because that is what a person worries about first.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.cardreader.errors import (
    CardRemoved,
    NoCard,
    NoReader,
    PinBlocked,
    PinCancelled,
    ServiceUnavailable,
    WrongPin,
)
from app.cardreader.service import CardChanged
from app.ui.forms.sender import ServiceUnreachable, SubmissionRefused
from app.ui.i18n import translate


@dataclass(frozen=True)
class Failure:
    message: str
    # A cancelled PIN is the person's choice, not a problem to report.
    is_problem: bool = True


def explain(error: BaseException, *, about_answers: bool = True) -> Failure:
    """`about_answers`: add that nothing was sent and the answers are kept (a
    form); off for pages without answers (My cases)."""
    kept = (translate("FormFailure", "Nothing was sent. Your answers are kept.")
            if about_answers else "")

    def problem(text: str) -> Failure:
        return Failure(f"{text} {kept}".strip())

    if isinstance(error, WrongPin):
        if error.tries_left == 1:
            return problem(translate("FormFailure", "The PIN was wrong. You have one try left: a "
                                             "third wrong PIN blocks the card, and only your "
                                             "town hall can unblock it."))
        return problem(translate("FormFailure", "The PIN was wrong. You have %n tries left before "
                                         "the card is blocked.", "", error.tries_left))
    if isinstance(error, PinBlocked):
        return problem(translate("FormFailure", "Your PIN is blocked after three wrong tries. Your "
                                         "town hall can unblock it with the PUK code letter."))
    if isinstance(error, PinCancelled):
        return Failure(translate("FormFailure", "You did not enter your PIN, so nothing was signed "
                                         "or sent."), is_problem=False)
    if isinstance(error, CardRemoved | NoCard):
        return problem(translate("FormFailure", "Your card was taken out of the reader. Put it "
                                                "back and press the button again."))
    if isinstance(error, CardChanged):
        return problem(translate("FormFailure", "Another card is in the reader. Put back the "
                                                "card of the person who filled in this form."))
    if isinstance(error, NoReader | ServiceUnavailable):
        return problem(translate("FormFailure", "The card reader cannot be reached. Check that "
                                                "it is plugged in."))
    if isinstance(error, SubmissionRefused):
        return problem(translate("FormFailure", "The service refused: %1")
                       .replace("%1", str(error)))
    if isinstance(error, ServiceUnreachable):
        return problem(translate("FormFailure", "The service cannot be reached at the moment. "
                                                "Check your internet connection and try again."))
    return problem(translate("FormFailure", "Something went wrong (%1). Try again; if it keeps "
                                     "happening, copy the report in Diagnostics for the help "
                                     "desk.").replace("%1", type(error).__name__))
