from app.cardreader.pcsc import ReaderStatus
from app.cardreader.states import (
    CardStateMachine,
    ReadersChanged,
    ReadFailed,
    ReadFinished,
    ReadStarted,
    ServiceDown,
    State,
)

EMPTY = ReaderStatus("Reader A", False, b"", False, False)
CARD = ReaderStatus("Reader A", True, b"\x3b\x98", False, False)
OTHER_CARD = ReaderStatus("Reader B", True, b"\x3b\x7f", False, False)
MUTE = ReaderStatus("Reader A", True, b"", False, True)


def test_lifecycle_of_a_card() -> None:
    machine = CardStateMachine()
    seen: list[State] = []
    machine.subscribe(lambda s: seen.append(s.state))
    machine.feed(ReadersChanged(()))
    machine.feed(ReadersChanged((EMPTY,)))
    s = machine.feed(ReadersChanged((CARD,)))
    assert s.state is State.CARD_PRESENT and s.reader == "Reader A"
    machine.feed(ReadStarted(s.card_serial))
    machine.feed(ReadFinished(s.card_serial))
    machine.feed(ReadersChanged((EMPTY,)))
    machine.feed(ServiceDown())
    assert seen == [State.NO_READER, State.READY, State.CARD_PRESENT, State.READING,
                    State.CARD_READ, State.READY, State.NO_SERVICE]


def test_result_about_a_removed_card_is_ignored() -> None:
    machine = CardStateMachine()
    first = machine.feed(ReadersChanged((CARD,)))
    machine.feed(ReadStarted(first.card_serial))
    machine.feed(ReadersChanged((EMPTY,)))
    second = machine.feed(ReadersChanged((CARD,)))
    assert second.card_serial == first.card_serial + 1
    # The read of the first card fails late: it must not mark the new card invalid.
    assert machine.feed(ReadFailed(first.card_serial, "pulled")).state is State.CARD_PRESENT


def test_failed_read_and_mute_card_are_invalid_with_a_reason() -> None:
    machine = CardStateMachine()
    s = machine.feed(ReadersChanged((CARD,)))
    machine.feed(ReadStarted(s.card_serial))
    s = machine.feed(ReadFailed(s.card_serial, "This card is not a Belgian eID card."))
    assert s.state is State.CARD_INVALID and s.problem
    machine.feed(ReadersChanged((EMPTY,)))
    assert machine.feed(ReadersChanged((MUTE,))).state is State.CARD_INVALID


def test_preferred_reader_is_followed() -> None:
    machine = CardStateMachine(preferred_reader="Reader A")
    s = machine.feed(ReadersChanged((EMPTY, OTHER_CARD)))
    assert s.state is State.READY  # the chosen reader is empty
    machine.preferred_reader = None
    s = machine.feed(ReadersChanged((EMPTY, OTHER_CARD)))
    assert s.state is State.CARD_PRESENT and s.reader == "Reader B"


def test_no_change_no_notification() -> None:
    machine = CardStateMachine()
    calls: list[object] = []
    machine.subscribe(calls.append)
    machine.feed(ReadersChanged((EMPTY,)))
    machine.feed(ReadersChanged((EMPTY,)))
    assert len(calls) == 1


def test_card_lost_while_present_means_read_again() -> None:
    from app.cardreader.states import CardLost

    machine = CardStateMachine()
    s = machine.feed(ReadersChanged((CARD,)))
    machine.feed(ReadStarted(s.card_serial))
    machine.feed(ReadFinished(s.card_serial))
    again = machine.feed(CardLost(s.card_serial))
    assert again.state is State.CARD_PRESENT and again.card_serial == s.card_serial + 1
    # A stale report about the earlier card changes nothing.
    assert machine.feed(CardLost(s.card_serial)) == again
