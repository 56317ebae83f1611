"""`citizen-assistant lifepath`: the personalised road of life, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import date

from app.cardreader.dates import CardDate
from app.cli.errors import UserError
from app.text import DEFAULT_LANGUAGE, LANGUAGES


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "lifepath", help="show the road of life for a person",
        description="The road of life fitted to a person: where they stand, the stations "
                    "that matter, the services they can use and what comes next.")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--persona", metavar="NAME", help="a built-in virtual-card persona")
    who.add_argument("--birth-date", metavar="YYYY-MM-DD",
                     help="a birth date instead of a card (YYYY-MM or YYYY when unknown)")
    parser.add_argument("--language", default=DEFAULT_LANGUAGE, metavar="|".join(LANGUAGES),
                        help="language of the texts (default: %(default)s)")
    parser.add_argument("--situation", action="extend", nargs="+", default=[], metavar="NAME",
                        help="what the person tells, e.g. has_children runs_business is_student")
    parser.add_argument("--child-birth-date", action="append", default=[], metavar="YYYY-MM-DD",
                        help="a child's birth date, for notices about them (repeatable)")
    parser.add_argument("--postcode", metavar="NNNN",
                        help="Belgian postcode, to name the regional providers")
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help="the date to draw the road for (default: today)")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.set_defaults(handler=run)


def _date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} {value!r} is not a date: expected YYYY-MM-DD") from None


def _partial_date(text: str, option: str) -> CardDate:
    from app.lifepath import HolderError, parse_iso_partial

    try:
        return parse_iso_partial(text)
    except HolderError as exc:
        raise UserError(f"{option}: {exc}") from None


def _persona_identity(name: str) -> tuple[Mapping[str, object], Mapping[str, object] | None]:
    try:
        from app.cardreader.virtual.personas import builtin_personas
    except ModuleNotFoundError:
        raise UserError("built-in personas are not available in this installation") from None
    personas = builtin_personas()
    if name not in personas:
        raise UserError(f"no persona {name!r}; known personas: {', '.join(sorted(personas))}")
    persona = personas[name]
    return persona.identity, persona.address


def run(args: argparse.Namespace) -> int:
    # Imported here, not at the top, so that `citizen-assistant --help` and the
    # other commands do not load the catalog's libraries.
    from app.lifepath import CatalogError, Holder, HolderError, default_catalog, personalise
    from app.lifepath.view import road_to_json, road_to_lines

    if args.language not in LANGUAGES:
        raise UserError(f"--language {args.language!r}: expected one of {', '.join(LANGUAGES)}")
    today = _date(args.today, "--today") if args.today else date.today()
    try:
        children = [_partial_date(text, "--child-birth-date") for text in args.child_birth_date]
        if args.persona:
            identity, address = _persona_identity(args.persona)
            holder = Holder.from_identity(identity, args.situation, address=address,
                                          children_born=children)
            if args.postcode:
                holder = holder._replace(postcode=args.postcode)
        elif args.birth_date:
            holder = Holder.from_birth_date(_partial_date(args.birth_date, "--birth-date"),
                                            args.situation, postcode=args.postcode,
                                            children_born=children)
        else:
            raise UserError("say whose road to draw: --persona NAME or --birth-date YYYY-MM-DD")
        catalog = default_catalog()
        road = personalise(holder, today, catalog)
    except HolderError as exc:
        raise UserError(str(exc)) from None
    except CatalogError as exc:
        raise UserError(f"the catalog is damaged: {exc}".splitlines()[0]) from None
    labels = catalog.phrases.labels
    if args.json:
        json.dump(road_to_json(road, args.language, labels), sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(road_to_lines(road, args.language, labels)) + "\n")
    return 0

