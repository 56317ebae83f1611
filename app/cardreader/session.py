"""Finding the reader and opening a card: the first step of every card command."""

from __future__ import annotations

from dataclasses import dataclass

from app.cardreader.belpic import BelpicCard
from app.cardreader.errors import NoCard, NoReader
from app.cardreader.pcsc import PcscContext, PcscTransport, ReaderStatus, reader_statuses
from app.cardreader.transport import CardChannel, Transport


@dataclass
class CardSession:
    """An open card: its transport, status-word channel and BELPIC profile."""

    transport: Transport
    channel: CardChannel
    card: BelpicCard
    context: PcscContext | None = None

    @classmethod
    def over(cls, transport: Transport, context: PcscContext | None = None) -> CardSession:
        channel = CardChannel(transport)
        return cls(transport, channel, BelpicCard(channel), context)

    def close(self) -> None:
        try:
            self.transport.close()
        finally:
            if self.context is not None:
                self.context.release()

    def __enter__(self) -> CardSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def choose_reader(statuses: list[ReaderStatus], wanted: str | None) -> ReaderStatus:
    """The reader to use: the one named, else the first with a card in it."""
    if not statuses:
        raise NoReader("No card reader is connected. Plug in your card reader.")
    if wanted is not None:
        for status in statuses:
            if status.name == wanted:
                if not status.card_present:
                    raise NoCard(f"There is no card in {wanted}. Insert your eID card.")
                return status
        names = ", ".join(s.name for s in statuses)
        raise NoReader(f"No reader named {wanted!r}. Connected readers: {names}.")
    for status in statuses:
        if status.card_present:
            return status
    raise NoCard("There is no card in the reader. Insert your eID card.")


def open_pcsc_session(reader: str | None = None) -> CardSession:
    """Connect to the card in `reader` (or the first reader holding a card)."""
    context = PcscContext()
    try:
        status = choose_reader(reader_statuses(context), reader)
        transport = PcscTransport(context, status.name)
    except BaseException:
        context.release()
        raise
    return CardSession.over(transport, context)
