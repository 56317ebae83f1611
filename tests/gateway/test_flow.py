"""The whole path against a real gateway process: authenticate by card, submit a
signed form, follow the case, read the inbox."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import requests
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from gateway.softclient import der
from tests.gateway.conftest import Citizen, RunningGateway, error_code, new_key


def test_whole_path(gateway: RunningGateway, citizen: Callable[..., Citizen]) -> None:
    worker = citizen("worker")
    signed = worker.signed_form("residence-certificate", timestamp=True)
    before = gateway.counts()

    reply = worker.client.submit(signed, new_key())
    assert reply.status_code == 201, reply.text
    receipt = reply.json()
    reference = receipt["reference"]
    assert reference.startswith("CA-20") and len(reference) == len("CA-2026-000123")
    assert receipt["form"] == {"id": "residence-certificate", "version": 1}
    assert reply.headers["Location"] == f"/api/v1/submissions/{reference}"
    after = gateway.counts()
    assert after["cases"] == before["cases"] + 1
    assert after["documents"] == before["documents"] + 1

    cases = worker.client.get("/submissions").json()["cases"]
    assert reference in [case["reference"] for case in cases]

    case = worker.client.get(f"/submissions/{reference}").json()
    assert case["status"] == "decided"
    assert [step["status"] for step in case["history"]] == ["received", "decided"]
    assert case["answers"] == worker.answers("residence-certificate")
    stored = worker.client.get(f"/submissions/{reference}/document")
    assert stored.content == signed

    messages = [m for m in worker.client.get("/inbox").json()["messages"]
                if m["case_reference"] == reference]
    assert sorted(m["kind"] for m in messages) == ["acknowledgement", "certificate"]
    certificate = next(m for m in messages if m["kind"] == "certificate")
    assert certificate["title"]["nl"] == "Bewijs van woonst"
    first = worker.client.get(f"/inbox/{certificate['id']}/document")
    again = worker.client.get(f"/inbox/{certificate['id']}/document")
    assert first.headers["content-type"] == "application/pdf"
    assert first.content == again.content  # made once, then kept


def test_letters_are_sealed_by_the_test_pki(gateway: RunningGateway,
                                            citizen: Callable[..., Citizen]) -> None:
    parent = citizen("parent")
    reply = parent.client.submit(parent.signed_form("residence-certificate"), new_key())
    assert reply.status_code == 201, reply.text
    reference = reply.json()["reference"]
    message = next(m for m in parent.client.get("/inbox").json()["messages"]
                   if m["case_reference"] == reference and m["kind"] == "certificate")
    pdf = parent.client.get(f"/inbox/{message['id']}/document").content
    root = parent.chain[-1]
    from asn1crypto import x509 as asn1_x509
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der(root))],
                                allow_fetching=False)
    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted
    assert status.timestamp_validity is not None and status.timestamp_validity.trusted


def test_me_returns_once_only_data(gateway: RunningGateway,
                                   citizen: Callable[..., Citizen]) -> None:
    retiree = citizen("retiree")
    me = retiree.client.get("/me").json()
    assert me["national_number"] == retiree.national_number
    assert me["pension"]["entitlements"][0]["scheme"] == "employee"
    assert me["address"]["municipality"] == "Eupen"
    worker = citizen("worker")
    assert worker.client.get("/me").json()["employer"]["enterprise_number"] == "0203456708"


def test_catalog_and_forms_carry_etags(gateway: RunningGateway) -> None:
    catalog = requests.get(gateway.url("/api/v1/catalog"), timeout=30)
    assert catalog.status_code == 200
    forms = {form["id"]: form for form in catalog.json()["forms"]}
    assert "residence-certificate" in forms
    summary = forms["residence-certificate"]
    reply = requests.get(gateway.url(summary["url"]), timeout=30)
    assert reply.json()["id"] == "residence-certificate"
    assert reply.headers["ETag"] == summary["etag"]
    cached = requests.get(gateway.url(summary["url"]), timeout=30,
                          headers={"If-None-Match": summary["etag"]})
    assert cached.status_code == 304
    revalidated = requests.get(gateway.url("/api/v1/catalog"), timeout=30,
                               headers={"If-None-Match": catalog.headers["ETag"]})
    assert revalidated.status_code == 304
    missing = requests.get(gateway.url("/api/v1/forms/no-such-form"), timeout=30)
    assert missing.status_code == 404 and error_code(missing) == "form_unknown"


def test_openapi_describes_the_api(gateway: RunningGateway) -> None:
    spec = requests.get(gateway.url("/openapi.json"), timeout=30).json()
    paths = set(spec["paths"])
    for path in ("/api/v1/health", "/api/v1/catalog", "/api/v1/forms/{form_id}",
                 "/api/v1/auth/challenge", "/api/v1/auth/session", "/api/v1/submissions",
                 "/api/v1/submissions/{reference}", "/api/v1/inbox", "/api/v1/me",
                 "/api/v1/payments", "/api/v1/payments/{payment_id}", "/api/v1/timestamp"):
        assert path in paths, path
    assert "application/pdf" in spec["paths"]["/api/v1/submissions"]["post"]["requestBody"][
        "content"]


def test_logs_carry_no_personal_data(gateway: RunningGateway,
                                     citizen: Callable[..., Citizen]) -> None:
    worker, revoked = citizen("worker"), citizen("revoked", login=False)
    reply = worker.client.submit(worker.signed_form("residence-certificate"), new_key())
    assert reply.status_code == 201
    # Refusals make pyHanko log warnings that quote the certificate's subject.
    refused = worker.client.submit(revoked.signed_form("residence-certificate"), new_key())
    assert refused.status_code == 422
    log = gateway.log()
    assert reply.json()["reference"] in log
    for secret in (worker.national_number, worker.persona.text("surname"),
                   revoked.national_number, revoked.persona.text("surname"),
                   worker.client.token or "-", "Rue Saint-Gilles"):
        assert secret not in log, secret
    for line in log.splitlines():
        json.loads(line)  # every line is one JSON object
