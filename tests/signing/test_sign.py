"""PAdES signatures with a software key behind the same signer the card uses:
valid for pyHanko and for poppler's pdfsig, and one changed byte shows in both."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps import TimeStamper

from app.cardreader.virtual.pki import TestPki
from app.forms.pdf import ANSWERS_FILE, read_attachments
from app.forms.signing import (
    Level,
    RevocationData,
    SigningOptions,
    SoftwareKey,
    TimestampUnavailable,
    cms_signature,
    sign_prepared,
    verify_pdf,
)
from tests.signing.support import PdfSig, crls_of, local_timestamper, prepared_form, software_key


class CountingKey:
    """A software key that counts how often it was asked to sign."""

    def __init__(self, key: SoftwareKey) -> None:
        self.key = key
        self.calls = 0

    @property
    def certificate(self):  # type: ignore[no-untyped-def]
        return self.key.certificate

    @property
    def chain(self):  # type: ignore[no-untyped-def]
        return self.key.chain

    def sign_digest(self, digest: bytes, hash_name: str) -> bytes:
        self.calls += 1
        return self.key.sign_digest(digest, hash_name)


class DownTimeStamper(TimeStamper):  # type: ignore[misc]
    async def async_request_tsa_response(self, req):  # type: ignore[no-untyped-def]
        raise ConnectionError("no route to the time-stamping service")


def options(pki: TestPki, level: Level) -> SigningOptions:
    if level is Level.B_B:
        return SigningOptions()
    if level is Level.B_T:
        return SigningOptions(timestamper=local_timestamper(pki))
    return SigningOptions(timestamper=local_timestamper(pki),
                          revocation=RevocationData([pki.root.certificate], crls_of(pki)))


@pytest.mark.parametrize("persona", ["worker", "student"])  # RSA-2048 and ECDSA P-384
@pytest.mark.parametrize("level", list(Level))
def test_signature_is_valid_for_pyhanko_and_pdfsig(persona: str, level: Level, test_pki: TestPki,
                                                   pdfsig: PdfSig, tmp_path: Path) -> None:
    prepared = prepared_form("change-of-address", persona)
    signed = sign_prepared(prepared, software_key(test_pki, persona), options(test_pki, level))
    assert signed.level is level and signed.notes == ()
    report = verify_pdf(signed.pdf, [test_pki.root.certificate], crls_of(test_pki))
    assert report.ok, report
    assert report.timestamped == (level is not Level.B_B)
    assert report.timestamp_trusted == (level is not Level.B_B)
    assert report.has_validation_data == (level is Level.B_LT)
    assert report.signer.endswith("(Signature)")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed.pdf)
    assert pdfsig.verdict(path) == ("Signature is Valid.", "Certificate is Trusted.")


def test_the_answers_are_inside_the_signed_revision(test_pki: TestPki) -> None:
    prepared = prepared_form("vehicle-registration", "worker", "zh")
    signed = sign_prepared(prepared, software_key(test_pki, "worker"),
                           options(test_pki, Level.B_LT))
    reader = PdfFileReader(io.BytesIO(signed.pdf))
    revision = reader.embedded_regular_signatures[0].signed_revision
    assert read_attachments(signed.pdf, revision)[ANSWERS_FILE] == prepared.payload


def _flip_one_signed_byte(pdf: bytes) -> bytes:
    """Change one byte of the page content (inside the signed range)."""
    start = pdf.index(b"stream\n", pdf.index(b"/FlateDecode")) + len(b"stream\n")
    position = start + 40
    return pdf[:position] + bytes([pdf[position] ^ 0x01]) + pdf[position + 1:]


@pytest.mark.parametrize("persona", ["worker", "student"])
def test_one_altered_byte_is_reported_by_both(persona: str, test_pki: TestPki, pdfsig: PdfSig,
                                              tmp_path: Path) -> None:
    prepared = prepared_form("residence-certificate", persona)
    signed = sign_prepared(prepared, software_key(test_pki, persona), options(test_pki, Level.B_T))
    altered = _flip_one_signed_byte(signed.pdf)
    assert len(altered) == len(signed.pdf) and altered != signed.pdf
    report = verify_pdf(altered, [test_pki.root.certificate])
    assert not report.intact and not report.ok
    path = tmp_path / "altered.pdf"
    path.write_bytes(altered)
    verdict, _ = pdfsig.verdict(path)
    assert verdict == "Digest Mismatch.", pdfsig.check(path)


def test_an_untrusted_root_is_not_trusted(test_pki: TestPki) -> None:
    from app.cardreader.trust import TrustStore

    prepared = prepared_form("ehic", "worker")
    signed = sign_prepared(prepared, software_key(test_pki, "worker"))
    report = verify_pdf(signed.pdf, TrustStore.belgium().roots)
    assert report.intact and report.valid and not report.trusted


def test_dry_run_does_not_touch_the_key(test_pki: TestPki) -> None:
    key = CountingKey(software_key(test_pki, "student"))
    sign_prepared(prepared_form("ehic", "student"), key, options(test_pki, Level.B_LT))
    assert key.calls == 1  # pyHanko's sizing pass never reached the key


def test_timestamp_service_down_signs_b_b_and_says_so(test_pki: TestPki) -> None:
    key = CountingKey(software_key(test_pki, "worker"))
    signed = sign_prepared(prepared_form("ehic", "worker"), key,
                           SigningOptions(timestamper=DownTimeStamper()))
    assert signed.level is Level.B_B and key.calls == 1
    assert "without a trusted timestamp" in signed.notes[0]
    assert verify_pdf(signed.pdf, [test_pki.root.certificate]).ok


def test_required_timestamp_fails_before_the_key_is_used(test_pki: TestPki) -> None:
    key = CountingKey(software_key(test_pki, "worker"))
    with pytest.raises(TimestampUnavailable):
        sign_prepared(prepared_form("ehic", "worker"), key,
                      SigningOptions(timestamper=DownTimeStamper(), require_timestamp=True))
    assert key.calls == 0  # no PIN would have been asked


def test_raw_ecdsa_becomes_der(test_pki: TestPki) -> None:
    key = software_key(test_pki, "student")
    raw = key.sign_digest(bytes(48), "sha384")
    assert len(raw) == 96
    der = cms_signature(raw, key.certificate)
    r, s = decode_dss_signature(der)
    assert raw == r.to_bytes(48, "big") + s.to_bytes(48, "big")
    public = key.certificate.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    rsa = software_key(test_pki, "worker")
    raw_rsa = rsa.sign_digest(bytes(32), "sha256")
    assert cms_signature(raw_rsa, rsa.certificate) == raw_rsa


def test_signing_inside_an_event_loop_is_refused(test_pki: TestPki) -> None:
    import asyncio

    async def inside() -> None:
        sign_prepared(prepared_form("ehic", "worker"), software_key(test_pki, "worker"))

    with pytest.raises(RuntimeError, match="card owner thread"):
        asyncio.run(inside())
