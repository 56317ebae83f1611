"""The RFC 3161 endpoint and the test PKI's CRLs, as a client sees them."""

from __future__ import annotations

import hashlib
import os

import requests
from asn1crypto import core, tsp
from asn1crypto import crl as asn1_crl

from app.cardreader.virtual.personas import Persona
from app.cardreader.virtual.pki import TestPki
from tests.gateway.conftest import RunningGateway, error_code


def test_timestamp_reply(gateway: RunningGateway, pki: TestPki) -> None:
    digest = hashlib.sha256(b"a document").digest()
    nonce = int.from_bytes(os.urandom(8), "big")
    request = tsp.TimeStampReq({
        "version": 1,
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "nonce": nonce, "cert_req": True})
    reply = requests.post(gateway.url("/api/v1/timestamp"), data=request.dump(), timeout=30,
                          headers={"Content-Type": "application/timestamp-query"})
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "application/timestamp-reply"
    response = tsp.TimeStampResp.load(reply.content)
    assert response["status"]["status"].native == "granted"
    signed_data = response["time_stamp_token"]["content"]
    info = signed_data["encap_content_info"]["content"].parsed
    assert info["message_imprint"]["hashed_message"].native == digest
    assert info["nonce"].native == nonce
    serials = {c.chosen.serial_number for c in signed_data["certificates"]}
    assert pki.tsa.certificate.serial_number in serials


def test_timestamp_refusals(gateway: RunningGateway) -> None:
    garbage = requests.post(gateway.url("/api/v1/timestamp"), data=b"\x30\x03\x02\x01\x01",
                            timeout=30, headers={"Content-Type": "application/timestamp-query"})
    # RFC 3161: a rejection is a TimeStampResp without a token (which asn1crypto's
    # TimeStampResp cannot parse, so read the status alone).
    status = tsp.PKIStatusInfo.load(core.Sequence.load(garbage.content)[0].dump())
    assert status["status"].native == "rejection"
    wrong_type = requests.post(gateway.url("/api/v1/timestamp"), data=b"x", timeout=30)
    assert wrong_type.status_code == 415 and error_code(wrong_type) == "unsupported_media_type"


def test_crls_list_the_revoked_persona(gateway: RunningGateway, pki: TestPki,
                                       personas: dict[str, Persona]) -> None:
    revoked = pki.card_keys(personas["revoked"]).authentication.certificate
    reply = requests.get(gateway.url("/pki/crl/citizen-ca.crl"), timeout=30)
    assert reply.status_code == 200
    crl = asn1_crl.CertificateList.load(reply.content)
    serials = {entry["user_certificate"].native
               for entry in crl["tbs_cert_list"]["revoked_certificates"]}
    assert revoked.serial_number in serials
    missing = requests.get(gateway.url("/pki/crl/nothing.crl"), timeout=30)
    assert missing.status_code == 404 and error_code(missing) == "crl_unknown"
