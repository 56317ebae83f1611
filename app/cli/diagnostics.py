"""`citizen-assistant diagnostics [--json]`."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("diagnostics", help="what a helpdesk needs to know")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--gateway", help="also check that this gateway answers")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.diagnostics import as_text, report

    doc = report(args.gateway)
    if args.json:
        print(json.dumps(doc, indent=2))
    else:
        print(as_text(doc))
    return 0
