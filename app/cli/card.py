"""`citizen-assistant card …`: readers, read, PIN, personas, emulate."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.cardreader.errors import PinBlocked
from app.cardreader.owner import CardOwner
from app.cli.errors import UserError
from app.config import run_mode

if TYPE_CHECKING:
    from app.cardreader.greeting import Greeting
    from app.cardreader.model import EidData

# Card modules (pyscard, cryptography) are imported inside the handlers, so that
# `citizen-assistant --help` and other commands start fast.


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    card = sub.add_parser("card", help="the eID card: readers, read, PIN")
    cmds = card.add_subparsers(dest="card_command", metavar="CARD_COMMAND", required=True)

    readers = cmds.add_parser("readers", help="list card readers and what is in them")
    readers.add_argument("--json", action="store_true")
    readers.set_defaults(handler=cmd_readers)

    read = cmds.add_parser("read", help="read and verify the card")
    read.add_argument("--reader")
    read.add_argument("--json", action="store_true")
    read.add_argument("--photo", type=Path, help="write the photo (JPEG) to this file")
    read.add_argument("--save", type=Path, help="save the data as an eID Viewer .eid file")
    read.set_defaults(handler=cmd_read)

    pin = cmds.add_parser("pin", help="PIN status, test or change")
    pin.add_argument("action", choices=("status", "verify", "change"))
    pin.add_argument("--reader")
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN(s) from standard input, one per line")
    pin.add_argument("--json", action="store_true")
    pin.set_defaults(handler=cmd_pin)

    try:
        from app.cardreader.virtual import emulate_cli
    except ImportError:  # the virtual card is optional in a stripped bundle
        return
    personas = cmds.add_parser("personas", help="the built-in virtual card personas")
    personas.add_argument("--json", action="store_true")
    personas.set_defaults(handler=emulate_cli.run_personas)
    emulate = cmds.add_parser("emulate", help="put a virtual card in the vpcd reader")
    emulate_cli.add_emulate_arguments(emulate)
    emulate.set_defaults(handler=emulate_cli.run_emulate)


def cmd_readers(args: argparse.Namespace) -> int:
    from app.cardreader.belpic import generation_from_atr
    from app.cardreader.pcsc import PcscContext, reader_statuses

    owner = CardOwner()
    try:
        def job() -> list[dict[str, object]]:
            with PcscContext() as context:
                return [
                    {
                        "name": s.name,
                        "card_present": s.card_present,
                        "atr": s.atr.hex() if s.card_present else None,
                        "eid": (g.value if (g := generation_from_atr(s.atr)) else None),
                    }
                    for s in reader_statuses(context)
                ]
        readers = owner.call(job)
    finally:
        owner.shutdown()
    if args.json:
        print(json.dumps({"readers": readers}, indent=2))
    elif not readers:
        print("No card reader is connected.", file=sys.stderr)
    else:
        for r in readers:
            what = "no card" if not r["card_present"] else (
                f"Belgian eID (applet {r['eid']})" if r["eid"] else f"card, ATR {r['atr']}")
            print(f"{r['name']}: {what}")
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    from app.cardreader.reading import read_card
    from app.cardreader.session import open_pcsc_session
    from app.cardreader.trust_config import rrn_cache_for, trust_store_for

    mode = run_mode(getattr(args, "demo", False))
    trust = trust_store_for(mode)
    rrn_cache = rrn_cache_for(mode)
    owner = CardOwner()

    def greet(g: Greeting) -> None:
        if not args.json:
            state = "verified" if g.verified else "NOT verified"
            print(f"Card of {g.identity.full_name} ({state})", file=sys.stderr)

    try:
        def job() -> EidData:
            with open_pcsc_session(args.reader) as session:
                return read_card(session.card, trust, on_greeting=greet,
                                 rrn_cache=rrn_cache)
        data = owner.call(job)
    finally:
        owner.shutdown()
    if args.photo is not None:
        _write(args.photo, data.photo)
    if args.save is not None:
        from app.cardreader.eidfile import EidFileError, save_eid

        try:
            save_eid(data, args.save)
        except OSError as exc:
            raise UserError(f"cannot save {args.save}: {exc.strerror}") from None
        except EidFileError as exc:
            raise UserError(f"cannot save {args.save}: {exc}") from None
    if args.json:
        print(json.dumps(data.to_json(), indent=2, ensure_ascii=False))
        return 0
    _print_human(data)
    return 0 if data.verified else 1


def _write(path: Path, content: bytes) -> None:
    try:
        path.write_bytes(content)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None


def _print_human(data: EidData) -> None:
    doc = data.to_json()
    ident = cast(dict[str, object], doc["identity"])
    addr = cast(dict[str, object], doc["address"])
    print(f"{ident.get('first_names', '')} {ident.get('surname', '')}".strip())
    for key in ("national_number", "birth_date", "birth_place", "nationality", "card_number",
                "validity_begin", "validity_end", "document_type"):
        if key in ident:
            print(f"  {key.replace('_', ' ')}: {ident[key]}")
    print(f"  address: {addr.get('street_and_number', '')}, {addr.get('zip', '')} "
          f"{addr.get('municipality', '')}")
    auth = cast(dict[str, object], doc["authenticity"])
    verdict = "authentic" if auth.get("valid") else "NOT authentic"
    print(f"  authenticity: {verdict}")
    for key, value in auth.items():
        if isinstance(value, bool) and key not in ("valid", "verified"):
            print(f"    {key.replace('_', ' ')}: {'ok' if value else 'FAILED'}")
        elif value is None and key not in ("reason",):
            print(f"    {key.replace('_', ' ')}: not applicable")
    failures = auth.get("failures")
    for reason in failures if isinstance(failures, list) else []:
        print(f"    - {reason}")


def cmd_pin(args: argparse.Namespace) -> int:
    from app.cardreader.pin import PinPurpose
    from app.cardreader.session import open_pcsc_session
    from app.cli.pin_prompt import CliPinProvider

    provider = CliPinProvider(from_stdin=args.pin_stdin)
    owner = CardOwner()

    def job() -> dict[str, object]:
        with open_pcsc_session(args.reader) as session:
            card = session.card
            card.identify()
            if args.action == "verify":
                card.verify_pin(provider, PinPurpose.TEST)
            elif args.action == "change":
                card.change_pin(provider)
            status = card.pin_status()
            return {"tries_left": status.tries_left, "blocked": status.blocked,
                    "verified": status.verified}

    try:
        result = owner.call(job)
    except PinBlocked:
        if args.json:
            print(json.dumps({"tries_left": 0, "blocked": True, "verified": False}))
        raise
    finally:
        owner.shutdown()
    if args.json:
        print(json.dumps(result))
    elif args.action == "status":
        if result["blocked"]:
            print("The PIN is blocked.")
        elif result["tries_left"] is None:
            print("The PIN was verified in this session.")
        else:
            print(f"PIN tries left: {result['tries_left']}")
    elif args.action == "verify":
        print("The PIN is correct.")
    else:
        print("The PIN was changed.")
    return 0
