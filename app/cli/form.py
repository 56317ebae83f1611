"""`citizen-assistant form …`: the shipped form definitions (list, show) and `fill`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from app.cli.errors import UserError
from app.text import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from app.forms.conditions import Condition
    from app.forms.definition import FormDefinition

# app.forms (pydantic, the definitions) is imported in the handlers, so that
# other commands start fast.


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    form = sub.add_parser("form", help="government forms: list, show, fill")
    cmds = form.add_subparsers(dest="form_command", metavar="FORM_COMMAND", required=True)

    listing = cmds.add_parser("list", help="the forms this program can fill")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    listing.set_defaults(handler=cmd_list)

    show = cmds.add_parser("show", help="the pages and questions of one form")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="the definition as the gateway serves it")
    show.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    show.set_defaults(handler=cmd_show)

    from app.cli.form_fill import add_fill_arguments, cmd_fill
    from app.cli.form_outbox import register_outbox

    fill = cmds.add_parser("fill", help="fill a form from an answer file, render, sign, send")
    add_fill_arguments(fill)
    fill.set_defaults(handler=cmd_fill)
    register_outbox(cmds)


def _definition(form_id: str) -> FormDefinition:
    from app.forms.loader import UnknownFormError, load_definition

    try:
        return load_definition(form_id)
    except UnknownFormError:
        raise UserError(f"there is no form {form_id!r}; "
                        "`citizen-assistant form list` shows the forms") from None


def cmd_list(args: argparse.Namespace) -> int:
    from app.forms.display import show_money
    from app.forms.loader import load_definitions

    definitions = load_definitions()
    if args.json:
        print(json.dumps({"forms": [_summary(d) for d in definitions]}, ensure_ascii=False,
                         indent=2))
        return 0
    lang = args.language
    width = max(len(d.id) for d in definitions)
    for d in definitions:
        fee = f"  ({show_money(d.fee.amount_cents, lang)})" if d.fee else ""
        print(f"{d.id:<{width}}  v{d.version}  {d.title.text(lang)}{fee}")
    return 0


def _summary(definition: FormDefinition) -> dict[str, object]:
    fee = definition.fee
    return {
        "id": definition.id,
        "version": definition.version,
        "title": definition.title.root,
        "station": definition.station,
        "service": definition.service,
        "provider": definition.provider.root,
        "fee": None if fee is None else {"amount_cents": fee.amount_cents,
                                         "currency": fee.currency, "for": fee.purpose.root},
        "pages": len(definition.pages),
        "questions": sum(1 for _ in definition.questions()),
    }


def cmd_show(args: argparse.Namespace) -> int:
    from app.forms.display import show_money
    from app.forms.loader import definition_document

    definition = _definition(args.id)
    if args.json:
        print(json.dumps(definition_document(definition), ensure_ascii=False, indent=2))
        return 0
    lang = args.language
    print(f"{definition.title.text(lang)}  ({definition.id}, version {definition.version})")
    print(definition.description.text(lang))
    print(f"Provider: {definition.provider.text(lang)}")
    if definition.fee is not None:
        print(f"Fee: {show_money(definition.fee.amount_cents, lang)} "
              f"({definition.fee.purpose.text(lang)})")
    section = None
    for number, page in enumerate(definition.pages, start=1):
        if page.section is not None and page.section != section:
            section = page.section
            print(f"\n== {definition.section(section).title.text(lang)}")
        heading = page.title if page.title is not None else page.questions[0].label
        print(f"\n{number}. {heading.text(lang)}  [{page.id}]")
        if page.condition is not None:
            print(f"   only when {_describe(page.condition)}")
        for question in page.questions:
            extras: list[str] = [question.type]
            if question.optional:
                extras.append("optional")
            if question.dont_know:
                extras.append("I don't know allowed")
            if question.prefill is not None:
                extras.append(f"{question.prefill.mode.value} from {question.prefill.source}")
            print(f"   - {question.id}: {question.label.text(lang)} ({', '.join(extras)})")
    return 0


def _describe(condition: Condition) -> str:
    """A condition as a short line for people reading `form show`."""
    from app.forms.conditions import (
        AllOf,
        Answered,
        AnyOf,
        Equals,
        GreaterThan,
        Includes,
        LessThan,
        Not,
        OneOf,
    )

    if isinstance(condition, AllOf):
        return "(" + " and ".join(_describe(c) for c in condition.all) + ")"
    if isinstance(condition, AnyOf):
        return "(" + " or ".join(_describe(c) for c in condition.any) + ")"
    if isinstance(condition, Not):
        return f"not {_describe(condition.not_)}"
    if isinstance(condition, Equals):
        return f"{condition.question} = {json.dumps(condition.equals)}"
    if isinstance(condition, OneOf):
        return f"{condition.question} in {json.dumps(condition.in_)}"
    if isinstance(condition, Includes):
        return f"{condition.question} includes {json.dumps(condition.includes)}"
    if isinstance(condition, GreaterThan):
        return f"{condition.question} > {condition.greater_than}"
    if isinstance(condition, LessThan):
        return f"{condition.question} < {condition.less_than}"
    assert isinstance(condition, Answered)
    return f"{condition.question} {'answered' if condition.answered else 'not answered'}"
