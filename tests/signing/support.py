"""What the signing tests share: personas' software keys, filled forms, a local
RFC 3161 server, and poppler's pdfsig with an NSS database that trusts the test root."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from asn1crypto import keys as asn1_keys
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
)
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki
from app.forms import fill_from_answers, load_definition, load_example
from app.forms.pdf import Applicant, PreparedForm, prepare_form
from app.forms.prefill import Prefill
from app.forms.signing import SoftwareKey
from app.forms.signing.signer import to_asn1

TODAY = date(2026, 11, 26)


def software_key(pki: TestPki, persona: str) -> SoftwareKey:
    """The persona's signature key, as the virtual card holds it."""
    who = persona_by_name(persona)
    issued = pki.card_keys(who).signature
    assert issued is not None
    return SoftwareKey(issued.private_key, issued.certificate,  # type: ignore[arg-type]
                       (pki.ca_for(who).certificate, pki.root.certificate))


def prepared_form(form_id: str, persona: str = "worker", language: str = "en",
                  name: str | None = None) -> PreparedForm:
    who = persona_by_name(persona)
    definition = load_definition(form_id)
    result = fill_from_answers(definition, Prefill(dict(who.identity), dict(who.address)),
                               load_example(form_id), language=language, today=TODAY)
    assert result.document is not None, result.problems
    full_name = name or f"{who.text('first_names')} {who.text('surname')}"
    return prepare_form(definition, result.document, language,
                        Applicant(full_name, who.national_number), TODAY)


def local_timestamper(pki: TestPki) -> DummyTimeStamper:
    """RFC 3161 from the test PKI's TSA key, in process (no gateway needed)."""
    key = asn1_keys.PrivateKeyInfo.load(pki.tsa.private_key.private_bytes(
        Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    return DummyTimeStamper(tsa_cert=to_asn1(pki.tsa.certificate), tsa_key=key,
                            certs_to_embed=[to_asn1(pki.root.certificate)])


def crls_of(pki: TestPki) -> list[bytes]:
    return [pki.crl(pki.root), pki.crl(pki.citizen_ca), pki.crl(pki.foreigner_ca)]


@dataclass(frozen=True)
class PdfSig:
    """poppler's pdfsig, trusting exactly the test root (an NSS database of its own)."""

    nssdir: Path

    @classmethod
    def create(cls, folder: Path, pki: TestPki) -> PdfSig:
        folder.mkdir(parents=True, exist_ok=True)
        root = folder / "root.pem"
        root.write_bytes(pki.root.certificate.public_bytes(Encoding.PEM))
        subprocess.run(["certutil", "-N", "-d", f"sql:{folder}", "--empty-password"],
                       check=True, capture_output=True)
        subprocess.run(["certutil", "-A", "-d", f"sql:{folder}", "-n", "test-root", "-t",
                        "C,C,C", "-i", str(root)], check=True, capture_output=True)
        return cls(folder)

    def check(self, pdf: Path) -> str:
        done = subprocess.run(["pdfsig", "-nssdir", f"sql:{self.nssdir}", str(pdf)],
                              capture_output=True, text=True, timeout=60, check=False)
        # pdfsig exits 0 even on "Digest Mismatch": the text is the verdict.
        return done.stdout + done.stderr

    def verdict(self, pdf: Path) -> tuple[str, str]:
        text = self.check(pdf)
        signature = re.search(r"Signature Validation: (.+)", text)
        certificate = re.search(r"Certificate Validation: (.+)", text)
        return (signature.group(1).strip() if signature else text,
                certificate.group(1).strip() if certificate else "")
