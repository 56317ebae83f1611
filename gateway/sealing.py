"""Signs the PDFs government sends (an electronic seal), PAdES B-T.

The demo seals with the test PKI's RRN key and timestamps with the gateway's
own TSA in-process; a deployment would configure the agency's seal key (an HSM
through pyHanko's PKCS#11 signer) behind the same `Sealer`.
"""

from __future__ import annotations

import io

from asn1crypto import keys, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from gateway.timestamping import TimeStampAuthority, TimestampKey


class LocalTimeStamper(TimeStamper):
    """pyHanko's timestamper interface answered by our TSA without HTTP."""

    def __init__(self, tsa: TimeStampAuthority) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # pyHanko leaves it untyped
        self._tsa = tsa

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return tsp.TimeStampResp.load(self._tsa.respond(req.dump()))


class Sealer:
    def __init__(self, certificate: asn1_x509.Certificate, key: TimestampKey,
                 chain: list[asn1_x509.Certificate], tsa: TimeStampAuthority | None) -> None:
        self._signer = simple_signer(certificate, key, chain)
        self._timestamper = LocalTimeStamper(tsa) if tsa is not None else None

    def seal(self, pdf: bytes, reason: str) -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        meta = signers.PdfSignatureMetadata(
            field_name="Seal", reason=reason, subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256")
        return signed_bytes(signers.PdfSigner(meta, signer=self._signer,
                                              timestamper=self._timestamper), writer)


def simple_signer(certificate: asn1_x509.Certificate, key: TimestampKey,
                  chain: list[asn1_x509.Certificate]) -> signers.SimpleSigner:
    """pyHanko's in-memory signer for a cryptography private key."""
    key_info = keys.PrivateKeyInfo.load(key.private_bytes(
        Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]  # untyped in pyHanko
    for cert in chain:
        registry.register(cert)
    return signers.SimpleSigner(signing_cert=certificate, signing_key=key_info,
                                cert_registry=registry)


def signed_bytes(pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter) -> bytes:
    output = pdf_signer.sign_pdf(writer)
    data: bytes = output.getvalue()
    return data
