"""The command line's way of asking for a PIN: the terminal, or one line of stdin.

A PIN never travels in argv (anyone on the machine can read argv). With
--pin-stdin, each PIN the card asks for is the next line of standard input.
"""

from __future__ import annotations

import getpass
import sys
from typing import BinaryIO

from app.cardreader.errors import PinCancelled
from app.cardreader.pin import PinPrompt, PinPurpose

_QUESTIONS = {
    PinPurpose.AUTHENTICATION: "PIN of your eID card (to log in)",
    PinPurpose.SIGNATURE: "PIN of your eID card (to sign)",
    PinPurpose.TEST: "PIN of your eID card",
    PinPurpose.CHANGE_OLD: "Current PIN",
    PinPurpose.CHANGE_NEW: "New PIN (4 to 12 digits)",
}


def _read_line(stream: BinaryIO) -> bytearray:
    """One line into a bytearray, without a str copy of the PIN."""
    line = bytearray()
    while True:
        byte = stream.read(1)
        if not byte or byte == b"\n":
            break
        line += byte
    if line.endswith(b"\r"):
        del line[-1]
    return line


class CliPinProvider:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def request_pin(self, prompt: PinPrompt) -> bytearray:
        if self.from_stdin:
            pin = _read_line(sys.stdin.buffer)
            if not pin:
                raise PinCancelled("No PIN on standard input.")
            return pin
        if not sys.stdin.isatty():
            raise PinCancelled("No terminal to ask the PIN on; use --pin-stdin.")
        question = _QUESTIONS[prompt.purpose]
        if prompt.tries_left is not None and prompt.tries_left < 3:
            question += f" ({prompt.tries_left} tries left)"
        typed = getpass.getpass(question + ": ")
        # getpass returns a str we cannot wipe; keep only the bytearray copy.
        pin = bytearray(typed.encode("ascii", "replace"))
        del typed
        if prompt.purpose is PinPurpose.CHANGE_NEW:
            again = getpass.getpass("New PIN again: ")
            matches = again.encode("ascii", "replace") == bytes(pin)
            del again
            if not matches:
                raise PinCancelled("The two new PINs differ; nothing was changed.")
        return pin
