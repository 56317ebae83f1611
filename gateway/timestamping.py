"""An RFC 3161 time-stamping authority signed with a configured key.

pyHanko's DummyTimeStamper signs with RSA only and ignores `certReq`; this one
accepts RSA and EC keys, honours `certReq` and refuses malformed requests with
an RFC 3161 rejection instead of an exception. Clients use it through any RFC
3161 client (pyHanko's HTTPTimeStamper) to make PAdES B-T signatures.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign.general import as_signing_certificate_v2

# The policy under which the test TSA issues tokens (an arbitrary private OID
# arc; a real TSA publishes its own).
TEST_TSA_POLICY = "1.3.6.1.4.1.57264.1.1"

_HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512(),
}
_DIGEST_SIZES = {"sha256": 32, "sha384": 48, "sha512": 64, "sha1": 20}

TimestampKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class TimeStampAuthority:
    def __init__(self, certificate: asn1_x509.Certificate, key: TimestampKey,
                 chain: list[asn1_x509.Certificate], policy: str = TEST_TSA_POLICY) -> None:
        self.certificate = certificate
        self.key = key
        self.chain = chain
        self.policy = policy

    def respond(self, request_der: bytes, now: datetime | None = None) -> bytes:
        """A DER TimeStampResp for a DER TimeStampReq (rejections included)."""
        try:
            request = tsp.TimeStampReq.load(request_der)
            imprint = request["message_imprint"]
            algorithm = imprint["hash_algorithm"]["algorithm"].native
            digest = imprint["hashed_message"].native
            request["nonce"].native  # noqa: B018 - parse fully before trusting it
            cert_req = bool(request["cert_req"].native)
        except (ValueError, TypeError, KeyError):
            return _rejection("bad_data_format")
        if algorithm not in _DIGEST_SIZES or len(digest) != _DIGEST_SIZES[algorithm]:
            return _rejection("bad_alg")
        token = self._token(request, imprint, now or datetime.now(UTC), cert_req)
        reply: bytes = tsp.TimeStampResp({
            "status": tsp.PKIStatusInfo({"status": tsp.PKIStatus("granted")}),
            "time_stamp_token": token,
        }).dump()
        return reply

    def _token(self, request: tsp.TimeStampReq, imprint: tsp.MessageImprint,
               now: datetime, cert_req: bool) -> cms.ContentInfo:
        info: dict[str, object] = {
            "version": "v1",
            "policy": tsp.ObjectIdentifier(self.policy),
            "message_imprint": imprint,
            "serial_number": secrets.randbits(63),
            "gen_time": core.GeneralizedTime(now),
            "accuracy": tsp.Accuracy({"seconds": 1}),
            "tsa": asn1_x509.GeneralName(name="directory_name",
                                         value=self.certificate.subject),
        }
        if request["nonce"].native is not None:
            info["nonce"] = request["nonce"]
        tst_info = tsp.TSTInfo(info).dump()
        md = "sha256"
        signed_attrs = cms.CMSAttributes([
            _attribute("content_type", "tst_info"),
            _attribute("signing_time", cms.Time({"utc_time": core.UTCTime(now)})),
            _attribute("signing_certificate_v2",
                       as_signing_certificate_v2(self.certificate, md)),
            _attribute("message_digest", hashlib.sha256(tst_info).digest()),
        ])
        signature, sig_algo = self._sign(signed_attrs.dump(), md)
        digest_algorithm = algos.DigestAlgorithm({"algorithm": md})
        signer_info = cms.SignerInfo({
            "version": "v1",
            "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
                "issuer": self.certificate.issuer,
                "serial_number": self.certificate.serial_number,
            })}),
            "digest_algorithm": digest_algorithm,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": sig_algo}),
            "signed_attrs": signed_attrs,
            "signature": signature,
        })
        signed_data: dict[str, object] = {
            "version": "v3",
            "digest_algorithms": cms.DigestAlgorithms((digest_algorithm,)),
            "encap_content_info": cms.EncapsulatedContentInfo({
                "content_type": cms.ContentType("tst_info"),
                "content": cms.ParsableOctetString(tst_info),
            }),
            "signer_infos": [signer_info],
        }
        if cert_req:
            signed_data["certificates"] = [self.certificate, *self.chain]
        return cms.ContentInfo({"content_type": cms.ContentType("signed_data"),
                                "content": cms.SignedData(signed_data)})

    def _sign(self, data: bytes, md: str) -> tuple[bytes, str]:
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(data, padding.PKCS1v15(), _HASHES[md]), f"{md}_rsa"
        return self.key.sign(data, ec.ECDSA(_HASHES[md])), f"{md}_ecdsa"


def _attribute(kind: str, value: object) -> cms.CMSAttribute:
    return cms.CMSAttribute({"type": cms.CMSAttributeType(kind), "values": (value,)})


def _rejection(failure: str) -> bytes:
    # asn1crypto's TimeStampResp insists on a token, which a rejection has not:
    # encode SEQUENCE { PKIStatusInfo } by hand.
    status = tsp.PKIStatusInfo({
        "status": tsp.PKIStatus("rejection"),
        "fail_info": tsp.PKIFailureInfo({failure}),
    }).dump()
    return b"\x30" + _der_length(len(status)) + bytes(status)


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    encoded = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(encoded)]) + encoded
