"""`citizen-assistant form fill ID --answers F --pdf OUT [--sign] [--submit]`.

The answers file holds what a person would type; the card gives the rest
(app/forms/fill.py). Then, in one card session on the card owner thread:
render the PDF, sign it with the card (B-T with the gateway's timestamp, B-LT
when the gateway serves revocation data), write it to OUT, and with --submit
put it in the outbox (on disk) before logging in and sending it. Whatever
fails after that point, the signed form stays in the outbox.

stdout gets the case reference alone (scripts read it); the rest goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cardreader.errors import CardError
from app.cardreader.owner import CardOwner
from app.cli.errors import EXIT_SERVICE, UserError
from app.cli.form_sending import (
    CardSending,
    add_sending_arguments,
    describe,
    gateway_client,
    open_outbox,
)
from app.config import run_mode
from app.text import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from app.cardreader.belpic import BelpicCard
    from app.cardreader.model import EidData
    from app.cardreader.pin import PinProvider
    from app.forms.definition import FormDefinition
    from app.forms.pdf import PreparedForm
    from app.forms.signing import SignedForm, SigningOptions


def add_fill_arguments(fill: argparse.ArgumentParser) -> None:
    fill.add_argument("id", metavar="ID")
    fill.add_argument("--answers", type=Path, required=True, metavar="FILE.json",
                      help="what the person would type; card data comes from the card")
    fill.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf")
    fill.add_argument("--sign", action="store_true", help="sign with the card's signature key")
    fill.add_argument("--submit", action="store_true",
                      help="send the signed form to the gateway (through the outbox)")
    fill.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    fill.add_argument("--reader", help="the card reader (default: the first with a card)")
    fill.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                      help="the language the form is filled and rendered in")
    fill.add_argument("--json", action="store_true",
                      help="print the outcome as one JSON document instead of the reference")
    add_sending_arguments(fill)


def _answers(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"there is no answer file {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise UserError(f"{path} is not a JSON document") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: the answers are one JSON object, question id to answer")
    return data


def write_atomically(path: Path, content: bytes) -> None:
    """Never a half-written PDF: write beside it, then rename over it."""
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.")
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None


@dataclass
class Outcome:
    pdf: Path
    level: str | None = None
    reference: str | None = None
    status: str | None = None
    queued: int | None = None  # outbox item left pending
    message: str | None = None


class FillCommand:
    def __init__(self, args: argparse.Namespace) -> None:
        if args.submit and not args.sign:
            raise UserError("--submit sends a signed form: add --sign")
        self.args = args
        self.mode = run_mode(getattr(args, "demo", False))
        self.answers = _answers(args.answers)
        self.client = gateway_client(args, required=args.submit)
        # Known before the card is touched: an unknown form is an input error.
        self.definition = self._definition()

    def run(self) -> int:
        from app.cli.pin_prompt import CliPinProvider

        # pyHanko warns that it embeds revocation data without fetching more: that
        # is what we want (the gateway serves it). The command line prints its own
        # messages, not a library's log.
        logging.getLogger("pyhanko").addHandler(logging.NullHandler())

        owner = CardOwner()
        try:
            outcome = owner.call(lambda: self._job(CliPinProvider(self.args.pin_stdin)))
        finally:
            owner.shutdown()
            if self.client is not None:
                self.client.close()
        return self._report(outcome)

    # ---- the card job ------------------------------------------------------

    def _job(self, provider: PinProvider) -> Outcome:
        from app.cardreader.reading import read_card
        from app.cardreader.rrn_cache import default_cache
        from app.cardreader.session import open_pcsc_session
        from app.cardreader.trust_config import trust_store_for

        trust = trust_store_for(self.mode)
        with open_pcsc_session(self.args.reader) as session:
            data = read_card(session.card, trust, rrn_cache=default_cache())
            if not data.verified:
                raise UserError("the card's data could not be verified as authentic, so it is "
                                "not used to fill a form")
            prepared = self._prepare(data)
            if not self.args.sign:
                from app.forms.pdf import unsigned_pdf

                write_atomically(self.args.pdf, unsigned_pdf(prepared))
                return Outcome(self.args.pdf)
            signed = self._sign(session.card, prepared, provider)
            write_atomically(self.args.pdf, signed.pdf)
            for note in signed.notes:
                print(f"Note: {note}.", file=sys.stderr)
            print(f"Signed ({signed.level}) and saved to {self.args.pdf}.", file=sys.stderr)
            outcome = Outcome(self.args.pdf, level=str(signed.level))
            if self.args.submit:
                self._submit(session.card, provider, data, prepared, signed, outcome)
            return outcome

    def _definition(self) -> FormDefinition:
        from app.forms.loader import UnknownFormError
        from app.forms.sources import current_definition
        from app.services import ContentCache

        content = ContentCache(self.client) if self.client is not None else None
        try:
            sourced = current_definition(self.args.id, content)
        except UnknownFormError:
            raise UserError(f"there is no form {self.args.id!r}; "
                            "`citizen-assistant form list` shows the forms") from None
        return sourced.definition

    def _prepare(self, data: EidData) -> PreparedForm:
        from app.forms.fill import fill_from_answers
        from app.forms.pdf import Applicant, prepare_form
        from app.forms.prefill import Prefill

        definition = self.definition
        card = data.to_json()
        prefill = Prefill.from_card_json(card)
        result = fill_from_answers(definition, prefill, self.answers,
                                   language=self.args.language)
        if result.document is None:
            problems = "; ".join(f"{p.field}: {p.message}" for p in result.problems)
            raise UserError(f"the answers in {self.args.answers} do not fit the form: {problems}")
        identity = data.identity
        prepared = prepare_form(definition, result.document, self.args.language,
                                Applicant(identity.full_name, identity.national_number))
        if prepared.rendered.missing_characters:
            print("Note: some characters cannot be shown in the PDF (they are kept exactly in "
                  "the attached answers).", file=sys.stderr)
        return prepared

    def _options(self) -> SigningOptions:
        from app.cardreader.trust_config import trust_store_for
        from app.forms.signing import RevocationData, SigningOptions, TransportTimeStamper

        client = self.client
        if client is None:
            return SigningOptions()
        revocation = None
        if self.mode.trusts_test_root:
            from app.services import ServiceError

            try:
                crls = client.test_pki_crls()
            except ServiceError:
                crls = []  # the gateway is down: no B-LT, and the outbox will wait
            if crls:
                revocation = RevocationData(trust_store_for(self.mode).roots, crls)
        return SigningOptions(timestamper=TransportTimeStamper(client.timestamp),
                              revocation=revocation)

    def _sign(self, card: BelpicCard, prepared: PreparedForm,
              provider: PinProvider) -> SignedForm:
        from app.forms.signing import SigningFailed, sign_on_card

        try:
            return sign_on_card(card, prepared, provider, self._options())
        except SigningFailed as exc:
            raise UserError(str(exc)) from None
        except CardError as exc:
            raise NotSigned(f"{exc} Nothing was signed; run the command again to sign."
                            ) from exc

    def _submit(self, card: BelpicCard, provider: PinProvider, data: EidData,
                prepared: PreparedForm, signed: SignedForm, outcome: Outcome) -> None:
        client = self.client
        assert client is not None and data.identity.national_number is not None
        definition = self.definition
        outbox = open_outbox(self.args)
        try:
            item = outbox.add(signed.pdf, national_number=data.identity.national_number,
                              form_id=prepared.form_id, form_version=prepared.form_version,
                              language=prepared.language,
                              title=definition.title.text(prepared.language),
                              fee_cents=definition.fee.amount_cents if definition.fee else None)
            outcome.queued = item.id
            sending = CardSending(self.args, card, provider, client, outbox,
                                  data.identity.national_number, self.mode)
            try:
                delivery = sending.send(item)
            except (CardError, UserError) as exc:
                outcome.message = (f"{exc} The signed form is kept in the outbox; send it "
                                   "later with `citizen-assistant form outbox send`.")
                return
            outcome.message = describe(delivery)
            if delivery.receipt is not None:
                outcome.reference = delivery.receipt.reference
                outcome.status = delivery.receipt.status
                outcome.queued = None
        finally:
            outbox.close()

    # ---- output ------------------------------------------------------------

    def _report(self, outcome: Outcome) -> int:
        failed = self.args.submit and outcome.reference is None
        if self.args.json:
            print(json.dumps({"pdf": str(outcome.pdf), "level": outcome.level,
                              "reference": outcome.reference, "status": outcome.status,
                              "outbox_item": outcome.queued, "message": outcome.message},
                             ensure_ascii=False))
        elif outcome.reference is not None:
            print(outcome.reference)
        if outcome.message:
            prefix = "citizen-assistant: " if failed else ""
            print(prefix + outcome.message, file=sys.stderr)
        return EXIT_SERVICE if failed else 0


class NotSigned(CardError):
    """A card failure while signing: nothing was signed, the answers are untouched."""


def cmd_fill(args: argparse.Namespace) -> int:
    from app.services import ServiceError

    try:
        return FillCommand(args).run()
    except ServiceError as exc:
        print(f"citizen-assistant: {exc.message} Nothing was sent.", file=sys.stderr)
        return EXIT_SERVICE
