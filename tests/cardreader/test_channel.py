"""The status-word layer: GET RESPONSE on 61xx, re-send on 6Cxx, counting.

A scripted card stands in here because these are the exact byte sequences a
real card produces; the virtual card's own behaviour is tested elsewhere.
"""

from app.cardreader.transport import CardChannel, InProcessTransport


class ScriptedCard:
    def __init__(self, answers: dict[bytes, bytes]) -> None:
        self.answers = answers
        self.seen: list[bytes] = []

    def power_on(self) -> bytes:
        return b"\x3b\x00"

    def power_off(self) -> None:
        pass

    def transmit(self, apdu: bytes) -> bytes:
        self.seen.append(apdu)
        return self.answers[apdu]


def test_get_response_follows_61xx() -> None:
    card = ScriptedCard({
        bytes.fromhex("002a9e9a03010203"): bytes.fromhex("6104"),
        bytes.fromhex("00c0000004"): bytes.fromhex("aabbccdd9000"),
    })
    channel = CardChannel(InProcessTransport(card))
    response = channel.transmit(bytes.fromhex("002a9e9a03010203"))
    assert response.data == bytes.fromhex("aabbccdd") and response.ok
    assert channel.apdu_count == 2


def test_wrong_le_is_resent_with_the_length_the_card_names() -> None:
    card = ScriptedCard({
        bytes.fromhex("00b0000000"): bytes.fromhex("6c03"),
        bytes.fromhex("00b0000003"): bytes.fromhex("0102039000"),
    })
    channel = CardChannel(InProcessTransport(card))
    response = channel.transmit(bytes.fromhex("00b0000000"))
    assert response.data == b"\x01\x02\x03"
    assert card.seen[-1] == bytes.fromhex("00b0000003")


def test_transaction_is_reentrant() -> None:
    card = ScriptedCard({})
    transport = InProcessTransport(card)
    channel = CardChannel(transport)
    with channel.transaction(), channel.transaction():
        pass
