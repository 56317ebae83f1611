"""`citizen-assistant form outbox list|send` and `form receipt REF`.

`outbox send` logs in with the inserted card and delivers its holder's pending
signed forms; run it again as often as needed (after a crash, a network loss):
a form already received is answered by the gateway with its existing case, so
nothing is ever delivered twice. `receipt` shows a kept acknowledgement and
writes the signed PDF that was sent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cardreader.owner import CardOwner
from app.cli.errors import EXIT_SERVICE, UserError
from app.cli.form_sending import (
    CardSending,
    add_sending_arguments,
    card_holder,
    describe,
    gateway_client,
    open_outbox,
)
from app.config import run_mode

if TYPE_CHECKING:
    from app.cardreader.pin import PinProvider
    from app.services import Delivery, OutboxItem


def register_outbox(cmds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = cmds.add_parser("outbox", help="signed forms waiting to be sent, and sent ones")
    sub = outbox.add_subparsers(dest="outbox_command", metavar="OUTBOX_COMMAND", required=True)

    listing = sub.add_parser("list", help="what waits, what was sent, what was refused")
    listing.add_argument("--outbox", type=Path, metavar="FILE")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    send = sub.add_parser("send", help="send the pending forms of the card's holder")
    send.add_argument("--reader")
    send.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    add_sending_arguments(send)
    send.set_defaults(handler=cmd_send)

    receipt = cmds.add_parser("receipt", help="a kept receipt, and the signed PDF that was sent")
    receipt.add_argument("reference", metavar="REFERENCE")
    receipt.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the signed PDF here")
    receipt.add_argument("--outbox", type=Path, metavar="FILE")
    receipt.add_argument("--json", action="store_true")
    receipt.set_defaults(handler=cmd_receipt)


def _row(item: OutboxItem) -> dict[str, Any]:
    return {"id": item.id, "state": str(item.state), "form_id": item.form_id,
            "title": item.title, "created_at": item.created_at.isoformat(),
            "reference": item.reference, "attempts": item.attempts,
            "last_error": item.last_error, "idempotency_key": item.idempotency_key}


def cmd_list(args: argparse.Namespace) -> int:
    outbox = open_outbox(args)
    try:
        items = outbox.items()
    finally:
        outbox.close()
    if args.json:
        print(json.dumps({"items": [_row(i) for i in items]}, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("The outbox is empty.", file=sys.stderr)
    for item in items:
        what = item.reference or (item.last_error or "waiting to be sent")
        print(f"{item.id:>4}  {item.state:<9}  {item.created_at:%Y-%m-%d %H:%M}  "
              f"{item.form_id}  {what}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from app.cli.pin_prompt import CliPinProvider
    from app.services import Outcome, ServiceError

    client = gateway_client(args, required=True)
    assert client is not None
    outbox = open_outbox(args)
    mode = run_mode(getattr(args, "demo", False))
    provider = CliPinProvider(args.pin_stdin)
    owner = CardOwner()

    def job(pin: PinProvider) -> tuple[list[Delivery], int]:
        from app.cardreader.session import open_pcsc_session

        with open_pcsc_session(args.reader) as session:
            holder = card_holder(session.card)
            if not outbox.pending(holder):
                return [], 0
            sending = CardSending(args, session.card, pin, client, outbox, holder, mode)
            results = sending.sender().send_pending(holder)
            return results, len(outbox.pending(holder))

    try:
        results, left = owner.call(lambda: job(provider))
    except ServiceError as exc:
        print(f"citizen-assistant: {exc.message} The signed forms stay in the outbox.",
              file=sys.stderr)
        return EXIT_SERVICE
    finally:
        owner.shutdown()
        outbox.close()
        client.close()
    for result in results:
        if result.receipt is not None:
            print(result.receipt.reference)
        print(describe(result), file=sys.stderr)
    if not results:
        print("Nothing to send.", file=sys.stderr)
    refused = any(r.outcome is Outcome.REFUSED for r in results)
    return EXIT_SERVICE if left or refused else 0


def cmd_receipt(args: argparse.Namespace) -> int:
    outbox = open_outbox(args)
    try:
        item = outbox.receipt(args.reference)
        if item is None:
            raise UserError(f"no receipt {args.reference!r} in this outbox")
        document = outbox.document(item.id)
    finally:
        outbox.close()
    if args.pdf is not None:
        from app.cli.form_fill import write_atomically

        write_atomically(args.pdf, document)
    if args.json:
        print(json.dumps({**_row(item), "receipt": item.receipt}, ensure_ascii=False, indent=2))
        return 0
    receipt = item.receipt or {}
    print(f"{item.reference}: {item.title} ({item.form_id}), received "
          f"{receipt.get('received_at', '?')}, status {receipt.get('status', '?')}")
    if receipt.get("acknowledgement"):
        print(receipt["acknowledgement"])
    return 0
