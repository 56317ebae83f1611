"""The client side of the gateway protocol with software keys.

Executable documentation of what a client does, used by the tests and the
benchmark: authenticate by signing the challenge, build a PDF with the answers
attached as answers.json, sign it PAdES (optionally B-T with the gateway's
timestamp endpoint), submit it under an Idempotency-Key. The desktop program
does the same with the card's keys (app/services, app/forms).
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass
from typing import Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps.requests_client import RequestsHTTPTimeStamper
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from gateway.answers import ANSWERS_FILE
from gateway.sealing import signed_bytes, simple_signer
from gateway.trust import to_asn1

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def sign_challenge(key: PrivateKey, challenge: bytes) -> bytes:
    """What the card does with the authentication key (see gateway.cardauth)."""
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(challenge, padding.PKCS1v15(), hashes.SHA256())
    algorithm: hashes.HashAlgorithm = {
        "secp256r1": hashes.SHA256(), "secp384r1": hashes.SHA384(),
        "secp521r1": hashes.SHA512()}[key.curve.name]
    return key.sign(challenge, ec.ECDSA(algorithm))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(Encoding.DER)


def answers_document(form_id: str, version: int, answers: dict[str, Any],
                     language: str = "en") -> bytes:
    return json.dumps({"form_id": form_id, "form_version": version, "language": language,
                       "answers": answers}, ensure_ascii=False, indent=1).encode()


def form_pdf(form_id: str, version: int, answers: dict[str, Any], language: str = "en",
             attachment: bytes | None = None) -> bytes:
    """A one-page PDF listing the answers, with answers.json attached (unsigned)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    y = 800.0
    canvas.drawString(50, y, f"{form_id} (version {version})")
    for key, value in answers.items():
        y -= 16
        canvas.drawString(60, y, f"{key}: {json.dumps(value, ensure_ascii=False)[:80]}")
    canvas.showPage()
    canvas.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(out.getvalue()))
    data = attachment if attachment is not None else answers_document(form_id, version, answers,
                                                                      language)
    embed_file(writer, FileSpec(
        file_spec_string=ANSWERS_FILE, file_name=ANSWERS_FILE,
        embedded_data=EmbeddedFileObject.from_file_data(writer, data=data,
                                                        mime_type="application/json"),
        description="The answers of this form, as signed",
        af_relationship=generic.NameObject("/Data")))
    result = io.BytesIO()
    writer.write(result)  # type: ignore[no-untyped-call]  # untyped in pyHanko
    return result.getvalue()


def software_signer(certificate: x509.Certificate, key: PrivateKey,
                    chain: list[x509.Certificate]) -> signers.SimpleSigner:
    return simple_signer(to_asn1(certificate), key, [to_asn1(c) for c in chain])


def sign_pdf(pdf: bytes, signer: signers.Signer, timestamp_url: str | None = None) -> bytes:
    """PAdES B-B, or B-T with the gateway's RFC 3161 endpoint."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name="Signature",
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    timestamper = RequestsHTTPTimeStamper(  # type: ignore[no-untyped-call]  # untyped in pyHanko
        timestamp_url) if timestamp_url else None
    return signed_bytes(signers.PdfSigner(meta, signer=signer, timestamper=timestamper), writer)


@dataclass
class SoftClient:
    """A gateway session with software keys standing in for the card."""

    base_url: str
    http: requests.Session
    token: str | None = None

    @classmethod
    def connect(cls, base_url: str) -> SoftClient:
        return cls(base_url.rstrip("/"), requests.Session())

    def url(self, path: str) -> str:
        return f"{self.base_url}/api/v1{path}"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def challenge(self) -> bytes:
        reply = self.http.post(self.url("/auth/challenge"), timeout=30)
        reply.raise_for_status()
        return b64url_decode(reply.json()["challenge"])

    def session_request(self, challenge: bytes, key: PrivateKey,
                        chain: list[x509.Certificate]) -> requests.Response:
        return self.http.post(self.url("/auth/session"), timeout=30, json={
            "challenge": base64.urlsafe_b64encode(challenge).decode().rstrip("="),
            "signature": b64(sign_challenge(key, challenge)),
            "certificates": [b64(der(c)) for c in chain],
        })

    def login(self, key: PrivateKey, chain: list[x509.Certificate]) -> None:
        reply = self.session_request(self.challenge(), key, chain)
        reply.raise_for_status()
        self.token = reply.json()["token"]

    def submit(self, pdf: bytes, idempotency_key: str,
               payment_id: str | None = None) -> requests.Response:
        headers = {"Content-Type": "application/pdf", "Idempotency-Key": idempotency_key,
                   **self.auth}
        if payment_id:
            headers["Payment-Id"] = payment_id
        return self.http.post(self.url("/submissions"), data=pdf, headers=headers, timeout=60)

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.url(path), headers=self.auth, timeout=30)

    def pay(self, form_id: str, card_number: str, idempotency_key: str | None = None,
            ) -> requests.Response:
        headers = dict(self.auth)
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        return self.http.post(self.url("/payments"), headers=headers, timeout=30, json={
            "form_id": form_id,
            "payment_method": {"type": "card", "number": card_number, "exp_month": 12,
                               "exp_year": 2040, "cvc": "123"}})
