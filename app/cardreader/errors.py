"""What can go wrong with a reader or a card, as exceptions a person can be told about.

Every exception here carries a message in plain words; the CLI prints it as one
line and the GUI shows it on a calm screen. None of them ever carries a PIN.
"""

from __future__ import annotations


class CardError(Exception):
    """Base of every card-layer failure."""


class ServiceUnavailable(CardError):
    """pcscd (the smart card service) is not running or went away."""


class NoReader(CardError):
    """No card reader is connected."""


class NoCard(CardError):
    """The reader is empty."""


class CardRemoved(CardError):
    """The card was taken out (or lost power) during an operation."""


class NotAnEid(CardError):
    """The card in the reader is not a Belgian eID card."""


class CardCommandError(CardError):
    """The card refused a command with an unexpected status word."""

    def __init__(self, message: str, sw: int) -> None:
        super().__init__(f"{message} (status {sw:04X})")
        self.sw = sw


class FileNotFoundOnCard(CardCommandError):
    """The card has no such file (6A82), e.g. no signature certificate on a kids card."""


class PinError(CardError):
    """Base of the PIN outcomes that are not success."""


class WrongPin(PinError):
    def __init__(self, tries_left: int) -> None:
        if tries_left == 1:
            text = "Wrong PIN. One try left before the card is blocked."
        else:
            text = f"Wrong PIN. {tries_left} tries left."
        super().__init__(text)
        self.tries_left = tries_left


class PinBlocked(PinError):
    def __init__(self) -> None:
        super().__init__(
            "The PIN is blocked after three wrong tries. Unblock it at your town hall "
            "with the PUK letter."
        )


class PinFormatError(PinError):
    """The PIN typed does not have the card's form (4 to 12 digits)."""


class PinCancelled(PinError):
    """The person chose not to enter the PIN."""


class SecurityStatusNotSatisfied(CardError):
    """The card wants a PIN before this command (6982)."""
