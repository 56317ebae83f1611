"""The startup reader's own process: `python -m app.cardreader.startup_read_child`.

Reads the card that is in a reader when the program starts, verifies it as
the program would, and sends what it found to the parent on stdout (framed
pickles, see startup_read.py): ("card", reader, atr, events), then
("greeting", Greeting) as soon as identity and address are verified, then
("data", EidData) and ("end", events) with the event count after the read.
("none",) when there is no card, ("failed", why) when the read failed; the
parent then reads the card itself. Nothing is written anywhere else.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import threading
from typing import BinaryIO

from app.cardreader.startup_read import send
from app.config import RunMode


def read_into(out: BinaryIO, mode: RunMode, *, kiosk: bool) -> None:
    from app.cardreader.pcsc import PcscContext, PcscTransport, reader_statuses
    from app.cardreader.reading import read_card
    from app.cardreader.rrn_cache import cache_for_run
    from app.cardreader.session import CardSession
    from app.cardreader.trust_config import seed_for_run, trust_store_for

    lock = threading.Lock()

    def tell(*message: object) -> None:
        with lock:
            send(out, message)

    with PcscContext() as context:
        statuses = [s for s in reader_statuses(context) if s.card_present and not s.mute]
        if not statuses:
            tell("none")
            return
        status = statuses[0]
        tell("card", status.name, status.atr, status.events)
        trust = trust_store_for(mode)
        cache = cache_for_run(kiosk=kiosk)
        seed_for_run(cache, mode)
        session = CardSession.over(PcscTransport(context, status.name))
        with session:
            data = read_card(session.card, trust, rrn_cache=cache,
                             on_greeting=lambda g: tell("greeting", g))
        tell("data", data)
        after = reader_statuses(context, [status.name])
        tell("end", after[0].events if after and after[0].card_present else -1)


def main(argv: list[str] | None = None) -> int:
    # A process that lives for one card read makes almost no garbage; the
    # collector would only walk the modules it loads, again and again.
    gc.disable()
    from app.cardreader.errors import CardError

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=[m.value for m in RunMode], default="normal")
    parser.add_argument("--kiosk", action="store_true")
    args = parser.parse_args(argv)
    out = sys.stdout.buffer
    try:
        read_into(out, RunMode(args.mode), kiosk=args.kiosk)
    except BrokenPipeError:
        return 0  # the program no longer waits for us
    except CardError as exc:
        _failed(out, str(exc))
    except Exception as exc:  # the parent reads the card itself
        _failed(out, type(exc).__name__)
    return 0


def _failed(out: BinaryIO, why: str) -> None:
    # A parent that is gone needs no answer (and no traceback on its terminal).
    with contextlib.suppress(OSError):
        send(out, ("failed", why))


if __name__ == "__main__":
    raise SystemExit(main())
