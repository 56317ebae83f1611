"""The virtual Belgian eID card: an APDU processor for applets 1.7 and 1.8.

`VirtualCard` checks the class byte, finds the handler for the instruction and
keeps the two lifetimes apart (see `state`). It is not thread-safe: one
transport (the vpcd bridge thread, or the in-process transport) drives it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from app.cardreader.virtual import commands_files as files
from app.cardreader.virtual import commands_security as sec
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.command import (
    SW_CHAINING_NOT_SUPPORTED,
    SW_CLA_NOT_SUPPORTED,
    SW_INS_NOT_SUPPORTED,
    SW_LOGICAL_CHANNEL_NOT_SUPPORTED,
    SW_WRONG_LENGTH,
    Command,
    MalformedApdu,
)
from app.cardreader.virtual.filesystem import FileSystem
from app.cardreader.virtual.state import CardState, Persistent, Reply
from app.cardreader.virtual.timing import TimingModel

Handler = Callable[[CardState, Command], Reply]

INS_GET_RESPONSE: Final = 0xC0

# (class byte, handler, generations). GET RESPONSE is handled apart because it
# needs the response left by the previous command.
_COMMANDS: Final[dict[int, tuple[int, Handler, frozenset[str]]]] = {
    0xA4: (0x00, files.select, frozenset({"1.7", "1.8"})),
    0xB0: (0x00, files.read_binary, frozenset({"1.7", "1.8"})),
    0xB2: (0x80, files.read_record, frozenset({"1.8"})),
    0xE4: (0x80, files.get_card_data, frozenset({"1.7", "1.8"})),
    0x20: (0x00, sec.verify, frozenset({"1.7", "1.8"})),
    0x24: (0x00, sec.change_reference_data, frozenset({"1.7", "1.8"})),
    0x2C: (0x00, sec.reset_retry_counter, frozenset({"1.8"})),
    0x22: (0x00, sec.mse_set, frozenset({"1.7", "1.8"})),
    0x2A: (0x00, sec.pso_compute_signature, frozenset({"1.7", "1.8"})),
    0x88: (0x00, sec.internal_authenticate, frozenset({"1.8"})),
    0xE6: (0x80, sec.log_off, frozenset({"1.7", "1.8"})),
}


class CardNotPowered(RuntimeError):
    """An APDU reached a card that has no power (no ATR since the last power-off)."""


class VirtualCard:
    def __init__(self, image: CardImage, timing: TimingModel | None = None) -> None:
        self.image = image
        self.timing = timing
        self._fs = FileSystem(image.files)
        self._persistent = Persistent(image)
        self._state: CardState | None = None

    @property
    def atr(self) -> bytes:
        return self.image.atr

    @property
    def powered(self) -> bool:
        return self._state is not None

    @property
    def pin_tries_left(self) -> int:
        return self._persistent.pin.tries_left

    def power_on(self) -> bytes:
        """Cold or warm reset: fresh RAM state, MF selected; the PIN counter stays."""
        self._state = CardState(self.image, self._fs, self._persistent)
        return self.image.atr

    def power_off(self) -> None:
        self._state = None

    def transmit(self, apdu: bytes) -> bytes:
        """One command APDU in, response data and SW1 SW2 out."""
        state = self._state
        if state is None:
            raise CardNotPowered("the card is not powered; call power_on first")
        started = time.monotonic()
        reply = self._process(state, bytes(apdu))
        response = reply.encode()
        if self.timing is not None:
            self.timing.wait(started, len(apdu), len(response), reply.signature)
        return response

    def _process(self, state: CardState, apdu: bytes) -> Reply:
        try:
            cmd = Command.parse(apdu)
        except MalformedApdu:
            # ISO 7816-3 has no answer for a 2-byte command; a reader would not
            # send one. 6700 keeps a confused host going.
            return Reply(SW_WRONG_LENGTH)
        pending, state.pending_response = state.pending_response, None
        state.rights.begin_command()
        if cmd.cla & 0x10:
            return Reply(SW_CHAINING_NOT_SUPPORTED)
        if cmd.cla & 0x03:
            return Reply(SW_LOGICAL_CHANNEL_NOT_SUPPORTED)
        if cmd.cla not in (0x00, 0x80):
            return Reply(SW_CLA_NOT_SUPPORTED)
        if cmd.ins == INS_GET_RESPONSE:
            if cmd.cla != 0x00:
                return Reply(SW_CLA_NOT_SUPPORTED)
            return files.get_response(state, cmd, pending)
        entry = _COMMANDS.get(cmd.ins)
        if entry is None or self.image.applet not in entry[2]:
            return Reply(SW_INS_NOT_SUPPORTED)
        cla, handler, _ = entry
        if cmd.cla != cla:
            return Reply(SW_CLA_NOT_SUPPORTED)
        if not state.applet_selected and cmd.ins != 0xA4:
            # The card manager has the floor; it knows none of Belpic's commands.
            return Reply(SW_INS_NOT_SUPPORTED)
        return handler(state, cmd)
