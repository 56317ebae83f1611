"""PC/SC through pyscard's thin `scard` layer.

The thin layer (rather than pyscard's object API) gives us the raw result codes,
which is what lets us tell "pcscd is not running" from "no reader" from "the card
was pulled" and say each in plain words. All calls here happen on the card owner
thread; this module holds no thread of its own.
"""

from __future__ import annotations

from typing import NamedTuple

from smartcard import scard

from app.cardreader.errors import (
    CardError,
    CardRemoved,
    NoCard,
    NoReader,
    ServiceUnavailable,
)

_SERVICE_GONE = {
    scard.SCARD_E_NO_SERVICE,
    scard.SCARD_E_SERVICE_STOPPED,
    scard.SCARD_E_INVALID_HANDLE,
}
_CARD_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_COMM_DATA_LOST,
    scard.SCARD_E_NOT_TRANSACTED,
}


def _hex(code: int) -> str:
    return f"0x{code & 0xFFFFFFFF:08X}"


def raise_for(code: int, during: str) -> None:
    """Turn a PC/SC result code into one of our plain-language errors."""
    if code == scard.SCARD_S_SUCCESS:
        return
    if code in _SERVICE_GONE:
        raise ServiceUnavailable(
            "The smart card service (pcscd) is not running. Start it, or reinstall "
            "the card reader software."
        )
    if code == scard.SCARD_E_NO_READERS_AVAILABLE:
        raise NoReader("No card reader is connected. Plug in your card reader.")
    if code == scard.SCARD_E_UNKNOWN_READER:
        raise NoReader("That card reader is not connected.")
    if code in _CARD_GONE:
        raise CardRemoved("The card was removed. Put your eID card back in the reader.")
    if code == scard.SCARD_W_UNRESPONSIVE_CARD or code == scard.SCARD_E_PROTO_MISMATCH:
        raise CardError("The card does not answer. Check that it is inserted the right way.")
    if code == scard.SCARD_E_SHARING_VIOLATION:
        raise CardError("Another program is using the card. Close it and try again.")
    if code == scard.SCARD_E_TIMEOUT:
        raise CardError("The card reader did not answer in time.")
    raise CardError(f"The card reader reported an error while {during} "
                    f"({scard.SCardGetErrorMessage(code)}, {_hex(code)}).")


class PcscContext:
    """One PC/SC context; re-established by the owner after pcscd comes back."""

    def __init__(self) -> None:
        code, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        raise_for(code, "connecting to the smart card service")
        self.handle = handle
        self._released = False

    def readers(self) -> list[str]:
        code, readers = scard.SCardListReaders(self.handle, [])
        if code == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        raise_for(code, "listing readers")
        return list(readers)

    def release(self) -> None:
        if not self._released:
            self._released = True
            scard.SCardReleaseContext(self.handle)

    def __enter__(self) -> PcscContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class ReaderStatus(NamedTuple):
    """One reader and the card in it, as PC/SC reports them."""

    name: str
    card_present: bool
    atr: bytes
    exclusive: bool  # another program holds the card exclusively
    mute: bool  # a card is there but does not answer the reset
    # pcscd's count of insertions and removals in this reader (the upper 16
    # bits of the event state), 0 where unknown: the same count before and
    # after a read proves the card was not swapped meanwhile (startup_read.py).
    events: int = 0


def reader_statuses(context: PcscContext, readers: list[str] | None = None) -> list[ReaderStatus]:
    """The current state of each reader, without waiting."""
    names = context.readers() if readers is None else readers
    if not names:
        return []
    code, states = scard.SCardGetStatusChange(
        context.handle, 0, [(name, scard.SCARD_STATE_UNAWARE) for name in names]
    )
    raise_for(code, "asking the readers' state")
    return [status_from_state(name, state, atr) for name, state, atr in states]


def status_from_state(name: str, state: int, atr: list[int]) -> ReaderStatus:
    present = bool(state & scard.SCARD_STATE_PRESENT)
    return ReaderStatus(
        name=name,
        card_present=present,
        atr=bytes(atr) if present else b"",
        exclusive=bool(state & scard.SCARD_STATE_EXCLUSIVE),
        mute=bool(state & scard.SCARD_STATE_MUTE),
        events=(state >> 16) & 0xFFFF,
    )


class PcscTransport:
    """A shared connection to the card in one reader."""

    def __init__(self, context: PcscContext, reader_name: str) -> None:
        self._context = context
        self._reader = reader_name
        code, card, protocol = scard.SCardConnect(
            context.handle, reader_name, scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if code == scard.SCARD_E_NO_SMARTCARD or code == scard.SCARD_W_REMOVED_CARD:
            raise NoCard("There is no card in the reader. Insert your eID card.")
        raise_for(code, "connecting to the card")
        self._card = card
        self._protocol = protocol
        code, _reader, _state, _proto, atr = scard.SCardStatus(card)
        raise_for(code, "reading the card's answer to reset")
        self._atr = bytes(atr)
        self._open = True

    @property
    def reader_name(self) -> str:
        return self._reader

    @property
    def atr(self) -> bytes:
        return self._atr

    def transmit_raw(self, apdu: bytes) -> bytes:
        code, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if code != scard.SCARD_S_SUCCESS:  # tested inline: this runs per APDU
            raise_for(code, "talking to the card")
        if len(response) < 2:
            # No status word: the reader lost the card in the middle of the command.
            raise CardRemoved("The card was removed. Put your eID card back in the reader.")
        # pyscard answers with a list of ints; bytearray() converts one about
        # twice as fast as bytes() does, which counts once per APDU.
        return bytes(bytearray(response))

    def begin_transaction(self) -> None:
        raise_for(scard.SCardBeginTransaction(self._card), "locking the card")

    def end_transaction(self) -> None:
        code = scard.SCardEndTransaction(self._card, scard.SCARD_LEAVE_CARD)
        # Ending a transaction on a pulled card is not worth a second error.
        if code not in _CARD_GONE and code not in _SERVICE_GONE:
            raise_for(code, "unlocking the card")

    def close(self) -> None:
        if self._open:
            self._open = False
            scard.SCardDisconnect(self._card, scard.SCARD_LEAVE_CARD)
