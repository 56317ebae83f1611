"""Every refusal: a clear JSON error, and the database exactly as it was."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from gateway.softclient import b64, der, form_pdf, sign_challenge, sign_pdf, software_signer
from tests.gateway.conftest import Citizen, RunningGateway, error_code, new_key


def refused(gateway: RunningGateway, call: Callable[[], requests.Response],
            status: int, code: str) -> requests.Response:
    before = gateway.counts()
    reply = call()
    assert reply.status_code == status, reply.text
    assert error_code(reply) == code, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    assert gateway.counts() == before
    return reply


# -- authentication ---------------------------------------------------------------

def test_replayed_challenge(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker", login=False)
    key = worker.keys.authentication.private_key
    challenge = worker.client.challenge()
    assert worker.client.session_request(challenge, key, worker.auth_chain()).status_code == 201
    refused(gateway, lambda: worker.client.session_request(challenge, key, worker.auth_chain()),
            401, "challenge_used")


def test_expired_challenge(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker", login=False)
    challenge = worker.client.challenge()
    gateway.expire_challenges()
    refused(gateway, lambda: worker.client.session_request(
        challenge, worker.keys.authentication.private_key, worker.auth_chain()),
        401, "challenge_expired")


def test_foreign_challenge(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker", login=False)
    refused(gateway, lambda: worker.client.session_request(
        os.urandom(32), worker.keys.authentication.private_key, worker.auth_chain()),
        401, "challenge_unknown")


def test_signature_over_other_bytes(gateway: RunningGateway,
                                    citizen: Callable[..., Citizen]) -> None:
    student = citizen("student", login=False)  # a 1.8 card: ECDSA P-384
    challenge = student.client.challenge()
    body = {"challenge": b64(challenge),
            "signature": b64(sign_challenge(student.keys.authentication.private_key,
                                            challenge + b"x")),
            "certificates": [b64(der(c)) for c in student.auth_chain()]}
    refused(gateway, lambda: requests.post(gateway.url("/api/v1/auth/session"), json=body,
                                           timeout=30), 401, "signature_invalid")


def test_revoked_certificate(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    revoked = citizen("revoked", login=False)
    challenge = revoked.client.challenge()
    refused(gateway, lambda: revoked.client.session_request(
        challenge, revoked.keys.authentication.private_key, revoked.auth_chain()),
        401, "certificate_revoked")


def test_certificate_from_an_untrusted_ca(gateway: RunningGateway,
                                          citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker", login=False)
    forged_key = ec.generate_private_key(ec.SECP384R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Forged"),
                      x509.NameAttribute(NameOID.SERIAL_NUMBER, worker.national_number)])
    now = datetime.now(UTC)
    forged = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
              .public_key(forged_key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
              .add_extension(x509.KeyUsage(True, False, False, False, False, False, False,
                                           False, False), critical=True)
              .sign(forged_key, hashes.SHA384()))
    challenge = worker.client.challenge()
    refused(gateway, lambda: worker.client.session_request(challenge, forged_key, [forged]),
            401, "certificate_untrusted")


def test_no_or_unknown_token(gateway: RunningGateway) -> None:
    refused(gateway, lambda: requests.get(gateway.url("/api/v1/submissions"), timeout=30),
            401, "unauthenticated")
    reply = refused(gateway, lambda: requests.get(
        gateway.url("/api/v1/me"), headers={"Authorization": "Bearer nonsense"}, timeout=30),
        401, "session_expired")
    assert reply.headers["WWW-Authenticate"].startswith("Bearer")


# -- submissions ------------------------------------------------------------------

def test_tampered_pdf(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    signed = bytearray(worker.signed_form("residence-certificate"))
    # A byte of the binary comment on line 2: inside the signed range, still a PDF.
    position = signed.index(b"\n") + 2
    signed[position] ^= 0x01
    refused(gateway, lambda: worker.client.submit(bytes(signed), new_key()),
            422, "document_tampered")


def test_answers_changed_after_signing(gateway: RunningGateway,
                                       citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    signed = worker.signed_form("residence-certificate")
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    other = json.dumps({"form_id": "residence-certificate", "form_version": 1,
                        "answers": {}}).encode()
    embed_file(writer, FileSpec(file_spec_string="answers.json", file_name="answers.json",
                                embedded_data=EmbeddedFileObject.from_file_data(
                                    writer, data=other, mime_type="application/json")))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    refused(gateway, lambda: worker.client.submit(out.getvalue(), new_key()),
            422, "document_tampered")


def test_signer_is_not_the_citizen(gateway: RunningGateway,
                                   citizen: Callable[..., Citizen]) -> None:
    worker, parent = citizen("worker"), citizen("parent", login=False)
    signed = worker.signed_form("residence-certificate", signer_keys=parent.keys)
    refused(gateway, lambda: worker.client.submit(signed, new_key()), 403, "signer_not_citizen")


def test_signed_with_a_revoked_certificate(gateway: RunningGateway,
                                           citizen: Callable[..., Citizen]) -> None:
    worker, revoked = citizen("worker"), citizen("revoked", login=False)
    signed = revoked.signed_form("residence-certificate")
    refused(gateway, lambda: worker.client.submit(signed, new_key()), 422, "certificate_revoked")


def test_signed_with_the_authentication_key(gateway: RunningGateway,
                                            citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    pdf = form_pdf("residence-certificate", 1, worker.answers("residence-certificate"))
    auth = worker.keys.authentication
    signed = sign_pdf(pdf, software_signer(auth.certificate, auth.private_key, worker.chain))
    refused(gateway, lambda: worker.client.submit(signed, new_key()),
            422, "certificate_unsuitable")


def test_answers_against_the_form(gateway: RunningGateway,
                                  citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    answers = worker.answers("residence-certificate")
    answers.pop(next(iter(answers)))
    answers["no_such_question"] = "x"
    signed = worker.signed_form("residence-certificate", answers=answers)
    reply = refused(gateway, lambda: worker.client.submit(signed, new_key()),
                    422, "answers_rejected")
    kinds = {problem["kind"] for problem in reply.json()["error"]["details"]}
    assert "not_a_question" in kinds


def test_national_number_not_the_signers(gateway: RunningGateway,
                                         citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    answers = worker.answers("residence-certificate")
    if "national_number" not in answers:
        return
    answers["national_number"] = citizen("parent", login=False).national_number
    signed = worker.signed_form("residence-certificate", answers=answers)
    refused(gateway, lambda: worker.client.submit(signed, new_key()), 422, "answers_rejected")


def test_attachment_missing_or_wrong(gateway: RunningGateway,
                                     citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    cases = {
        b"not json": "answers_invalid",
        json.dumps({"form_id": "no-such-form", "form_version": 1, "answers": {}}).encode():
            "form_unknown",
        json.dumps({"form_id": "residence-certificate", "form_version": 99,
                    "answers": {}}).encode(): "form_version_outdated",
    }
    for attachment, code in cases.items():
        signed = worker.signed_form("residence-certificate", attachment=attachment)
        def send(signed: bytes = signed) -> requests.Response:
            return worker.client.submit(signed, new_key())
        refused(gateway, send, 422, code)


def test_not_signed_or_not_a_pdf(gateway: RunningGateway,
                                 citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    unsigned = form_pdf("residence-certificate", 1, worker.answers("residence-certificate"))
    refused(gateway, lambda: worker.client.submit(unsigned, new_key()), 422, "signature_missing")
    refused(gateway, lambda: worker.client.submit(b"%PDF-1.7 nonsense", new_key()),
            422, "not_a_pdf")


def test_oversized_bodies(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    huge = b"%PDF-1.7\n" + b"0" * (8 * 1024 * 1024 + 1)
    refused(gateway, lambda: worker.client.submit(huge, new_key()), 413, "too_large")

    def chunks() -> Iterator[bytes]:
        for _ in range(9):
            yield b"0" * (1024 * 1024)
    refused(gateway, lambda: requests.post(  # no Content-Length: counted as it streams
        worker.client.url("/submissions"), data=chunks(), timeout=60,
        headers={"Content-Type": "application/pdf", "Idempotency-Key": new_key(),
                 **worker.client.auth}), 413, "too_large")
    refused(gateway, lambda: requests.post(
        gateway.url("/api/v1/auth/session"), json={"challenge": "x" * 70_000}, timeout=30),
        413, "too_large")


def test_headers_and_media_type(gateway: RunningGateway,
                                citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    signed = worker.signed_form("residence-certificate")
    refused(gateway, lambda: requests.post(worker.client.url("/submissions"), data=signed,
                                           headers={"Content-Type": "application/pdf",
                                                    **worker.client.auth}, timeout=30),
            400, "idempotency_key_missing")
    refused(gateway, lambda: requests.post(worker.client.url("/submissions"), data=signed,
                                           headers={"Content-Type": "text/plain",
                                                    "Idempotency-Key": new_key(),
                                                    **worker.client.auth}, timeout=30),
            415, "unsupported_media_type")


def test_another_citizens_case(gateway: RunningGateway,
                               citizen: Callable[..., Citizen]) -> None:
    parent, worker = citizen("parent"), citizen("worker")
    reply = parent.client.submit(parent.signed_form("residence-certificate"), new_key())
    assert reply.status_code == 201
    reference = reply.json()["reference"]
    message = parent.client.get("/inbox").json()["messages"][0]["id"]
    refused(gateway, lambda: worker.client.get(f"/submissions/{reference}"),
            404, "case_not_found")
    refused(gateway, lambda: worker.client.get(f"/submissions/{reference}/document"),
            404, "case_not_found")
    refused(gateway, lambda: worker.client.get(f"/inbox/{message}"), 404, "message_not_found")
    refused(gateway, lambda: worker.client.get(f"/inbox/{message}/document"),
            404, "message_not_found")
    assert reference not in [c["reference"] for c in worker.client.get("/submissions").json()[
        "cases"]]
    refused(gateway, lambda: worker.client.get("/submissions/CA-2000-999999"),
            404, "case_not_found")
