"""`citizen-assistant card personas` and `card emulate`: the virtual card on the command line.

`card emulate` keeps a persona's card in a vpcd slot of the machine's pcscd
(vsmartcard-vpcd listens on 35963 for slot 0 and 35964 for slot 1) until
Ctrl-C, and puts it back after a pcscd restart, so the program, OpenSC or the
official middleware can be tried against it.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from app.cardreader.virtual.national_number import born_2000_or_later
from app.cardreader.virtual.personas import (
    Persona,
    PersonaError,
    builtin_personas,
    load_persona_file,
    persona_by_name,
)
from app.cardreader.virtual.vpcd import DEFAULT_PORT

_DOCUMENT_TYPES = {"1": "eID", "01": "eID", "6": "kids card", "06": "kids card",
                   "31": "EU card", "32": "EU+ card"}


def add_emulate_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--persona", metavar="NAME", help="a built-in persona (card personas)")
    which.add_argument("--persona-file", type=Path, metavar="FILE", help="a persona JSON file")
    parser.add_argument("--slot", type=int, choices=(0, 1), default=0,
                        help="vpcd slot: 0 is 'Virtual PCD 00 00', 1 is 'Virtual PCD 00 01'")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"vpcd port of slot 0 (default {DEFAULT_PORT})")
    parser.add_argument("--host", default="127.0.0.1", help="where vpcd listens")
    parser.add_argument("--timing", action="store_true",
                        help="answer as slowly as a real card does")


def _persona(args: argparse.Namespace) -> Persona:
    from app.cli.errors import UserError

    try:
        if args.persona_file is not None:
            return load_persona_file(args.persona_file)
        return persona_by_name(args.persona)
    except PersonaError as exc:
        raise UserError(str(exc)) from None


def run_emulate(args: argparse.Namespace) -> int:
    from app.cardreader.virtual.card import VirtualCard
    from app.cardreader.virtual.image import build_image
    from app.cardreader.virtual.pki import load_test_pki
    from app.cardreader.virtual.timing import TimingModel
    from app.cardreader.virtual.vpcd import VpcdBridge

    persona = _persona(args)
    image = build_image(persona, load_test_pki())
    card = VirtualCard(image, TimingModel() if args.timing else None)
    port = args.port + args.slot
    bridge = VpcdBridge(card, host=args.host, port=port)
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    where = f"reader 'Virtual PCD 00 0{args.slot}'"
    try:
        bridge.insert(timeout=3.0)
        state = f"is in {where}"
    except ConnectionError:
        state = (f"goes into {where} as soon as vpcd listens on {args.host}:{port} "
                 "(is pcscd running with vsmartcard-vpcd?)")
    print(f"Card of persona {persona.name!r} (applet {persona.applet}) {state}. "
          "Ctrl-C takes it out.", file=sys.stderr, flush=True)
    try:
        bridge.serve_forever(stop)
    except KeyboardInterrupt:
        pass
    finally:
        bridge.close()
    print("Card removed.", file=sys.stderr)
    return 0


def age_on(persona: Persona, today: date) -> int | None:
    """Age from the national number (whose 00 month or day means unknown)."""
    number = persona.national_number
    year = int(number[:2]) + (2000 if born_2000_or_later(number) else 1900)
    month, day = int(number[2:4]) or 1, int(number[4:6]) or 1
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _summary(persona: Persona, today: date) -> dict[str, Any]:
    return {
        "name": persona.name,
        "applet": persona.applet,
        "document_type": persona.document_type,
        "card": _DOCUMENT_TYPES.get(persona.document_type, "foreigner's card"),
        "surname": persona.text("surname"),
        "first_names": persona.text("first_names"),
        "national_number": persona.national_number,
        "age": age_on(persona, today),
        "pin": persona.pin,
        "pin_tries_left": persona.pin_tries_left,
        "signature_certificate": persona.signature_certificate,
        "description": persona.description,
    }


def list_personas_json(today: date | None = None) -> list[dict[str, Any]]:
    today = today or date.today()
    return [_summary(p, today) for _, p in sorted(builtin_personas().items())]


def list_personas_text(today: date | None = None) -> str:
    rows = list_personas_json(today)
    lines = [f"{'NAME':<10} {'APPLET':<6} {'CARD':<16} {'AGE':>3}  {'PIN':<7} WHO"]
    for row in rows:
        age = "" if row["age"] is None else str(row["age"])
        who = f"{row['first_names'].split(' ')[0]} {row['surname']}"
        lines.append(f"{row['name']:<10} {row['applet']:<6} {row['card']:<16} {age:>3}  "
                     f"{row['pin']:<7} {who}")
        lines.append(f"{'':<10} {row['description']}")
    return "\n".join(lines)


def run_personas(args: argparse.Namespace) -> int:
    if getattr(args, "json", False):
        json.dump(list_personas_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(list_personas_text())
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m app.cardreader.virtual.emulate_cli` = `citizen-assistant card emulate`."""
    parser = argparse.ArgumentParser(prog="citizen-assistant card emulate")
    add_emulate_arguments(parser)
    args = parser.parse_args(argv)
    from app.cli.errors import run_handler

    return run_handler(run_emulate, args)


if __name__ == "__main__":
    raise SystemExit(main())
