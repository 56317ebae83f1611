"""SELECT, READ BINARY, READ RECORD, GET CARD DATA and GET RESPONSE.

Status words follow the tables of the 1.7 and 1.8 reference manuals command
by command; where a manual lists two candidates the more specific one is used
(6A87 for a path of odd length rather than 6700, for instance).
"""

from __future__ import annotations

from app.cardreader import tlv
from app.cardreader.virtual.command import (
    SW_COMMAND_INCOMPATIBLE_WITH_FILE,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_FILE_NOT_FOUND,
    SW_INCORRECT_P1P2,
    SW_LC_INCONSISTENT_WITH_P1P2,
    SW_NO_CURRENT_EF,
    SW_OK,
    SW_RECORD_NOT_FOUND,
    SW_WRONG_LENGTH,
    SW_WRONG_P1P2,
    Command,
    more_data,
    wrong_le,
)
from app.cardreader.virtual.filesystem import APPLET_AID
from app.cardreader.virtual.state import CardState, Reply

# P2 of SELECT: 0C = no FCI. The applet never returns FCI; eid-mw selects the
# applet with P2=00 and expects a bare 9000, so that form is accepted for AIDs.
_NO_FCI = 0x0C


def select(state: CardState, cmd: Command) -> Reply:
    data = cmd.data()
    if data is None:
        return Reply(SW_WRONG_LENGTH)
    if cmd.p1 == 0x04:
        if cmd.p2 not in (0x00, _NO_FCI):
            return Reply(SW_INCORRECT_P1P2)
        return _select_aid(state, data)
    if not state.applet_selected:
        return Reply(SW_FILE_NOT_FOUND)
    if cmd.p1 not in (0x02, 0x08) or cmd.p2 != _NO_FCI:
        return Reply(SW_INCORRECT_P1P2)
    if cmd.p1 == 0x02:
        if len(data) != 2:
            return Reply(SW_LC_INCONSISTENT_WITH_P1P2)
        return Reply(state.selection.select_fid(int.from_bytes(data, "big")))
    return Reply(state.selection.select_path(data))


def _select_aid(state: CardState, aid: bytes) -> Reply:
    if not aid:
        state.applet_selected = False
        return Reply(SW_OK)
    if not 5 <= len(aid) <= 16:
        return Reply(SW_LC_INCONSISTENT_WITH_P1P2)
    if aid == APPLET_AID:
        # Re-selecting the applet puts the MF back as current DF; the PIN
        # state is the applet's own and is kept.
        state.applet_selected = True
        state.selection.reset()
        return Reply(SW_OK)
    if not state.applet_selected:
        return Reply(SW_FILE_NOT_FOUND)
    df = state.selection.fs.df_by_aid(aid)
    if df is None:
        return Reply(SW_FILE_NOT_FOUND)
    state.selection.select_df(df)
    return Reply(SW_OK)


def _current_ef_content(state: CardState) -> bytes | Reply:
    ef = state.selection.current_ef
    if ef is None or ef.content is None:
        return Reply(SW_NO_CURRENT_EF)
    return ef.content


def read_binary(state: CardState, cmd: Command) -> Reply:
    le = cmd.le()
    if le is None:
        return Reply(SW_WRONG_LENGTH)
    if cmd.p1 & 0x80:  # short EF addressing: not supported by the applet
        return Reply(SW_WRONG_P1P2)
    content = _current_ef_content(state)
    if isinstance(content, Reply):
        return content
    offset = (cmd.p1 << 8) | cmd.p2
    if offset >= len(content):
        return Reply(SW_WRONG_P1P2)
    left = len(content) - offset
    if le > left:
        return Reply(wrong_le(left))
    return Reply(SW_OK, content[offset : offset + le])


def read_record(state: CardState, cmd: Command) -> Reply:
    """1.8 only: fields of the TLV files by tag number, P1 first tag to P2 last."""
    le = cmd.le()
    if le is None:
        return Reply(SW_WRONG_LENGTH)
    content = _current_ef_content(state)
    if isinstance(content, Reply):
        return content
    ef = state.selection.current_ef
    assert ef is not None
    if ef.fid not in (0x4031, 0x4033):
        return Reply(SW_COMMAND_INCOMPATIBLE_WITH_FILE)
    fields = dict(tlv.decode(content))
    if cmd.p2 < cmd.p1 or cmd.p1 not in fields:
        return Reply(SW_RECORD_NOT_FOUND)
    wanted = [(tag, value) for tag, value in sorted(fields.items()) if cmd.p1 <= tag <= cmd.p2]
    records = tlv.encode(wanted)
    if cmd.p3 == 0:  # Le=00: the whole selection, chained past 256 bytes
        return state.chained(records)
    if le > len(records):
        return Reply(wrong_le(len(records)))
    return Reply(SW_OK, records[:le])


def get_card_data(state: CardState, cmd: Command) -> Reply:
    allowed_p2 = (0x00, 0x01) if state.is_18 else (0x00,)
    if cmd.p1 != 0x00 or cmd.p2 not in allowed_p2:
        return Reply(SW_WRONG_P1P2)
    data = state.image.card_data
    if cmd.p2 == 0x01:
        data += bytes([state.persistent.pin.tries_left, 0xFF, 0xFF])
    if cmd.le() != len(data):
        return Reply(wrong_le(len(data)))
    return Reply(SW_OK, data)


def get_response(state: CardState, cmd: Command, pending: bytes | None) -> Reply:
    """`pending` is what the previous command left; any other command drops it."""
    if pending is None:
        return Reply(SW_CONDITIONS_NOT_SATISFIED)
    if cmd.p1 != 0x00 or cmd.p2 != 0x00:
        state.pending_response = pending
        return Reply(SW_WRONG_P1P2)
    le = cmd.le()
    if le is None:
        state.pending_response = pending
        return Reply(SW_WRONG_LENGTH)
    if le > len(pending):
        # "the Get Response chaining mechanism is not aborted" (manuals, 6.1)
        state.pending_response = pending
        return Reply(wrong_le(len(pending)))
    rest = pending[le:]
    if rest:
        state.pending_response = rest
        return Reply(more_data(len(rest)), pending[:le])
    return Reply(SW_OK, pending)
