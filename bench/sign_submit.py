"""Answers to acknowledgement: our render + card signature + submission, against
pyHanko signing the same PDF with a software key (and submitting it) in the same run.

    .venv/bin/python -m bench.sign_submit [--runs N] [--persona worker --persona student]

Ours, per run, from the answers of the form's example (card data already read,
the citizen already logged in, as in the desktop program): fill the form,
render the PDF and attach the answers, open the card in pcscd and sign with
it (PAdES B-LT: the gateway's timestamp and CRLs), commit the signed PDF to
the outbox, send it and commit the receipt.

The floor, in the same run and interleaved: pyHanko's own `SimpleSigner` with
the persona's private key in memory signs the same prepared PDF with the same
settings (same visible field and stamp, B-LT with the gateway's timestamp over
a kept-alive connection and the same CRLs), and the result is posted to the
same gateway. pyHanko's SimpleSigner loads the key again for each signature
(~50 ms for RSA), so the floor is measured a second time with the key loaded
once (pyHanko's signer over the same in-memory key): the stricter floor. The
card is emulated in a separate process (`card emulate`), as a real card is
outside ours. Target: ours / floor <= 1.5.

Needs root (a private pcscd in its own mount namespace) and Debian's vpcd.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests
from asn1crypto import keys as asn1_keys
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyhanko.sign import fields, signers
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.cardreader.belpic import KeyRole
from app.cardreader.pin import PinPrompt
from app.cardreader.session import open_pcsc_session
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki, load_test_pki
from app.forms import fill_from_answers, load_definition, load_example
from app.forms.pdf import Applicant, PreparedForm, prepare_form
from app.forms.pdf.prepare import SIGNATURE_FIELD
from app.forms.prefill import Prefill
from app.forms.signing import (
    RevocationData,
    SigningOptions,
    SoftwareKey,
    TransportTimeStamper,
    read_card_key,
    sign_on_card,
)
from app.forms.signing.pades import signature_stamp
from app.forms.signing.signer import RawKeySigner, to_asn1
from app.services import GatewayClient, Outbox, log_in
from bench.common import READER, EmulatedCard, private_pcsc

FORM = "change-of-address"


class Pin:
    def request_pin(self, prompt: PinPrompt) -> bytearray:
        return bytearray(b"1234")


@dataclass
class Timings:
    total: list[float] = field(default_factory=list)
    parts: dict[str, list[float]] = field(default_factory=dict)

    def add(self, part: str, seconds: float) -> None:
        self.parts.setdefault(part, []).append(seconds)


def start_gateway(folder: Path) -> tuple[subprocess.Popen[str], str]:
    cli = Path(sys.executable).parent / "citizen-assistant"
    with (folder / "gateway.log").open("w") as log:
        process = subprocess.Popen(
            [str(cli), "gateway", "serve", "--port", "0", "--db",
             f"sqlite:///{folder / 'gateway.sqlite3'}", "--trust-test-root"],
            stdout=subprocess.PIPE, stderr=log, text=True,
            env={**os.environ, "CITIZEN_GATEWAY_LOG_LEVEL": "warning"})
    assert process.stdout is not None
    line = process.stdout.readline()
    if "listening on" not in line:
        process.kill()
        raise SystemExit("gateway did not start:\n" + (folder / "gateway.log").read_text())
    url = line.strip().rsplit(" ", 1)[-1]
    requests.get(f"{url}/api/v1/health", timeout=30).raise_for_status()
    return process, url


class Bench:
    def __init__(self, persona: str, url: str, pki: TestPki, folder: Path) -> None:
        self.persona = persona_by_name(persona)
        self.pki = pki
        self.url = url
        self.client = GatewayClient(url)
        self.crls = self.client.test_pki_crls()
        self.roots = [pki.root.certificate]
        self.outbox = Outbox(folder / f"outbox-{persona}.sqlite3")
        self.definition = load_definition(FORM)
        self.answers = load_example(FORM)
        self.prefill = Prefill(dict(self.persona.identity), dict(self.persona.address))
        self.applicant = Applicant(
            f"{self.persona.text('first_names')} {self.persona.text('surname')}",
            self.persona.national_number)
        with open_pcsc_session(READER) as session:  # logged in once, as the GUI is
            log_in(self.client, read_card_key(session.card, KeyRole.AUTHENTICATION, Pin()))
        self.bare = requests.Session()

    def prepared(self) -> PreparedForm:
        result = fill_from_answers(self.definition, self.prefill, self.answers)
        assert result.document is not None
        return prepare_form(self.definition, result.document, "en", self.applicant)

    # ---- ours --------------------------------------------------------------

    def ours(self, timings: Timings) -> None:
        started = time.perf_counter()
        prepared = self.prepared()
        rendered = time.perf_counter()
        options = SigningOptions(timestamper=TransportTimeStamper(self.client.timestamp),
                                 revocation=RevocationData(self.roots, self.crls))
        with open_pcsc_session(READER) as session:
            signed = sign_on_card(session.card, prepared, Pin(), options)
        card_signed = time.perf_counter()
        item = self.outbox.add(signed.pdf, national_number=self.persona.national_number,
                               form_id=FORM, form_version=self.definition.version,
                               language="en", title=FORM)
        receipt = self.client.submit(signed.pdf, item.idempotency_key)
        self.outbox.mark_delivered(item.id, receipt)
        done = time.perf_counter()
        timings.total.append(done - started)
        timings.add("fill + render + attach", rendered - started)
        timings.add("card signature (B-LT)", card_signed - rendered)
        timings.add("outbox + submit + receipt", done - card_signed)

    # ---- the floor -----------------------------------------------------------

    def bare_timestamp(self, request: bytes) -> bytes:
        # A kept-alive connection, as our client has: pyHanko's own requests
        # timestamper opens a new one per request, which would flatter us.
        reply = self.bare.post(f"{self.url}/api/v1/timestamp", data=request, timeout=60,
                               headers={"Content-Type": "application/timestamp-query"})
        reply.raise_for_status()
        return reply.content

    def loaded_key_signer(self) -> RawKeySigner:
        """pyHanko's signer over a private key loaded once: SimpleSigner loads (and,
        for RSA, validates) the key again for every signature, ~50 ms of its time."""
        issued = self.pki.card_keys(self.persona).signature
        assert issued is not None
        chain = (self.pki.ca_for(self.persona).certificate, self.pki.root.certificate)
        key = SoftwareKey(issued.private_key, issued.certificate, chain)
        return RawKeySigner(key)

    def software_signer(self) -> signers.SimpleSigner:
        issued = self.pki.card_keys(self.persona).signature
        assert issued is not None
        key = asn1_keys.PrivateKeyInfo.load(issued.private_key.private_bytes(
            Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
        chain = [self.pki.ca_for(self.persona).certificate, self.pki.root.certificate]
        return signers.SimpleSigner(
            signing_cert=to_asn1(issued.certificate), signing_key=key,
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                [to_asn1(c) for c in chain]))

    def floor(self, prepared: PreparedForm, signer: signers.Signer, timings: Timings) -> None:
        md = "sha384" if self.persona.applet == "1.8" else "sha256"
        started = time.perf_counter()
        context = ValidationContext(trust_roots=[to_asn1(c) for c in self.roots],
                                    crls=list(self.crls), allow_fetching=False)
        meta = signers.PdfSignatureMetadata(
            field_name=SIGNATURE_FIELD, md_algorithm=md,
            subfilter=fields.SigSeedSubFilter.PADES, embed_validation_info=True,
            validation_context=context)
        pdf_signer = signers.PdfSigner(
            meta, signer, timestamper=TransportTimeStamper(self.bare_timestamp),
            stamp_style=signature_stamp(), new_field_spec=prepared.field_spec)
        out = io.BytesIO()
        pdf_signer.sign_pdf(prepared.writer(), output=out)
        signed = time.perf_counter()
        assert self.client.login is not None
        reply = self.bare.post(f"{self.url}/api/v1/submissions", data=out.getvalue(), headers={
            "Content-Type": "application/pdf", "Idempotency-Key": str(uuid.uuid4()),
            "Authorization": f"Bearer {self.client.login.token}"}, timeout=60)
        assert reply.status_code == 201, reply.text
        done = time.perf_counter()
        timings.total.append(done - started)
        timings.add("pyHanko signature (B-LT)", signed - started)
        timings.add("submit", done - signed)


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms"


def report(label: str, what: str, ours: Timings, floor: Timings) -> None:
    ratio = statistics.median(ours.total) / statistics.median(floor.total)
    best = min(ours.total) / min(floor.total)
    print(f"{label} floor, {what}: {ms(floor.total)}")
    for part, values in floor.parts.items():
        print(f"    {part:<44}{ms(values)}")
    print(f"{label}   ratio ours / this floor: {ratio:.2f} (medians), {best:.2f} (minimums); "
          "target <= 1.5")


def run(persona: str, url: str, runs: int, folder: Path) -> None:
    bench = Bench(persona, url, load_test_pki(), folder)
    simple, loaded = bench.software_signer(), bench.loaded_key_signer()
    prepared = bench.prepared()
    ours, floor_simple, floor_loaded = Timings(), Timings(), Timings()
    bench.ours(Timings())  # warm-up: fonts, caches, connections
    bench.floor(prepared, simple, Timings())
    bench.floor(prepared, loaded, Timings())
    for _ in range(runs):  # interleaved, so machine noise hits all alike
        bench.ours(ours)
        bench.floor(prepared, simple, floor_simple)
        bench.floor(prepared, loaded, floor_loaded)
    label = f"[{persona}, applet {bench.persona.applet}]"
    print(f"{label} answers -> acknowledgement (render, card signature, submit): "
          f"{ms(ours.total)}")
    for part, values in ours.parts.items():
        print(f"    {part:<44}{ms(values)}")
    report(label, "pyHanko SimpleSigner, software key, same PDF, submitted", ours, floor_simple)
    report(label, "pyHanko, software key loaded once (stricter), same PDF, submitted", ours,
           floor_loaded)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--persona", action="append", choices=("worker", "student", "retiree"),
                        help="worker: applet 1.7 (RSA); student: 1.8 (ECDSA P-384)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-sign-") as tmp, private_pcsc() as stack:
        folder = Path(tmp)
        gateway, url = start_gateway(folder)
        try:
            for persona in args.persona or ["worker", "student"]:
                card = EmulatedCard(stack, persona)
                card.insert()
                try:
                    run(persona, url, args.runs, folder)
                finally:
                    card.close()
        finally:
            gateway.terminate()
            gateway.wait(20)


if __name__ == "__main__":
    main()
