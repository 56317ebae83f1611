"""Validation of a signed submission PDF with pyHanko, before anything is stored.

The document must carry exactly one signature that is intact (no byte changed),
cryptographically valid, made with a non-repudiation key whose certificate
chains to a trusted root and is not revoked, with a signing time (a trusted
timestamp, or the time the signer claims) that is not in the future nor too old.
Nothing may have been changed after signing except what long-term validation
adds (a document security store, a document timestamp). The attached files are
read from the signed revision, so what is processed is what was signed.

The benchmark's "bare loop" calls `validate_signed_pdf` itself, so the gateway's
throughput is measured against exactly this work.
"""

from __future__ import annotations

import asyncio
import io
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel

from gateway.trust import TrustAnchors

NON_REPUDIATION = KeyUsageConstraints(key_usage={"non_repudiation"})


class SignatureRefused(Exception):
    """The document is refused; `code` is the API error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class SignaturePolicy:
    max_age: timedelta = timedelta(days=30)
    clock_skew: timedelta = timedelta(minutes=5)
    require_timestamp: bool = False


@dataclass(frozen=True, slots=True)
class SignedDocument:
    signer_national_number: str | None
    signer_name: str
    signing_time: datetime  # aware, UTC
    timestamped: bool
    attachments: dict[str, bytes]


_loops = threading.local()


def validate_signed_pdf(
    data: bytes, trust: TrustAnchors, policy: SignaturePolicy, now: datetime | None = None
) -> SignedDocument:
    """Sync entry point for a worker thread (one that runs no event loop).

    pyHanko's validation is async only in name here (nothing is fetched), so
    each thread keeps one private event loop instead of making a new one per
    document as asyncio.run would.
    """
    loop: asyncio.AbstractEventLoop | None = getattr(_loops, "loop", None)
    if loop is None or loop.is_closed():
        loop = _loops.loop = asyncio.new_event_loop()
    return loop.run_until_complete(async_validate_signed_pdf(data, trust, policy, now))


async def async_validate_signed_pdf(
    data: bytes, trust: TrustAnchors, policy: SignaturePolicy, now: datetime | None = None
) -> SignedDocument:
    now = now or datetime.now(UTC)
    try:
        reader = PdfFileReader(io.BytesIO(data))
        signatures = reader.embedded_regular_signatures
    except Exception as exc:  # any parse failure of untrusted input
        raise SignatureRefused("not_a_pdf", "the document is not a readable PDF") from exc
    if not signatures:
        raise SignatureRefused("signature_missing", "the document is not signed")
    if len(signatures) != 1:
        raise SignatureRefused("signature_count",
                               "the document must carry exactly one signature")
    embedded = signatures[0]
    try:
        status = await async_validate_pdf_signature(
            embedded,
            signer_validation_context=trust.validation_context(),
            key_usage_settings=NON_REPUDIATION,
        )
    except Exception as exc:  # pyHanko on untrusted input: refuse, never a 500
        raise SignatureRefused("signature_invalid",
                               "the signature cannot be validated") from exc
    _check_status(status)
    signing_time, timestamped = _signing_time(status, policy, now)
    attachments = _attachments(reader, embedded.signed_revision)
    return SignedDocument(
        signer_national_number=national_number_of(status.signing_cert),
        signer_name=name_of(status.signing_cert),
        signing_time=signing_time,
        timestamped=timestamped,
        attachments=attachments,
    )


def _check_status(status: PdfSignatureStatus) -> None:
    if not status.intact:
        raise SignatureRefused("document_tampered",
                               "the document was changed after it was signed")
    if not status.valid:
        raise SignatureRefused("signature_invalid", "the signature does not verify")
    level = status.modification_level
    if (status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE,
                                SignatureCoverageLevel.ENTIRE_REVISION)
            or level is None or level > ModificationLevel.LTA_UPDATES
            or not status.docmdp_ok):
        raise SignatureRefused("document_tampered",
                               "the document was changed after it was signed")
    if not status.trusted:
        raise _trust_refusal(status)
    if status.timestamp_validity is not None:
        ts = status.timestamp_validity
        if not (ts.intact and ts.valid and ts.trusted):
            raise SignatureRefused("timestamp_untrusted",
                                   "the signature's timestamp cannot be trusted")


def _trust_refusal(status: PdfSignatureStatus) -> SignatureRefused:
    indication = status.trust_problem_indic
    if indication in (AdESIndeterminate.REVOKED_NO_POE, AdESIndeterminate.REVOKED_CA_NO_POE,
                      AdESFailure.REVOKED):
        return SignatureRefused("certificate_revoked",
                                "the signing certificate has been revoked")
    if indication == AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE:
        return SignatureRefused("certificate_unsuitable",
                                "the signature was not made with a signing "
                                "(non-repudiation) key")
    if indication in (AdESIndeterminate.OUT_OF_BOUNDS_NO_POE, AdESIndeterminate.EXPIRED,
                      AdESIndeterminate.NOT_YET_VALID, AdESFailure.NOT_YET_VALID):
        return SignatureRefused("certificate_expired",
                                "the signing certificate is not valid at this time")
    return SignatureRefused("certificate_untrusted",
                            "the signing certificate does not chain to a trusted root "
                            "or its revocation status is unknown")


def _signing_time(status: PdfSignatureStatus, policy: SignaturePolicy,
                  now: datetime) -> tuple[datetime, bool]:
    ts = status.timestamp_validity
    if ts is not None:
        when, timestamped = ts.timestamp, True
    elif policy.require_timestamp:
        raise SignatureRefused("timestamp_missing",
                               "the signature carries no timestamp (PAdES B-T required)")
    elif status.signer_reported_dt is not None:
        when, timestamped = status.signer_reported_dt, False
    else:
        raise SignatureRefused("signing_time_missing", "the signature carries no signing time")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    when = when.astimezone(UTC)
    if when > now + policy.clock_skew:
        raise SignatureRefused("signing_time_invalid", "the signing time is in the future")
    if when < now - policy.max_age:
        raise SignatureRefused("signing_time_invalid",
                               "the document was signed too long ago; sign it again")
    cert = status.signing_cert
    not_before = cert.not_valid_before
    not_after = cert.not_valid_after
    if not (not_before <= when <= not_after):
        raise SignatureRefused("certificate_expired",
                               "the signing certificate was not valid at the signing time")
    return when, timestamped


# X.520 serialNumber: Belgian eID certificates carry the national number there.
def national_number_of(cert: asn1_x509.Certificate) -> str | None:
    value = cert.subject.native.get("serial_number")
    if isinstance(value, str) and len(value) == 11 and value.isdigit():
        return value
    return None


def name_of(cert: asn1_x509.Certificate) -> str:
    subject = cert.subject.native
    parts = [subject.get("given_name"), subject.get("surname")]
    name = " ".join(str(p) for p in parts if p)
    return name or str(subject.get("common_name", ""))


def _attachments(reader: PdfFileReader, revision: int) -> dict[str, bytes]:
    """The embedded files of the signed revision, by file name."""
    found: dict[str, bytes] = {}
    try:
        root = reader.get_historical_root(revision)
        if "/Names" in root and "/EmbeddedFiles" in root["/Names"]:
            _walk_name_tree(root["/Names"]["/EmbeddedFiles"], found, depth=0)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise SignatureRefused("attachment_invalid",
                               "the document's attached files cannot be read") from exc
    return found


def _walk_name_tree(node: Any, found: dict[str, bytes], depth: int) -> None:
    # Subscripting a pyHanko dictionary or array resolves indirect references.
    if depth > 8:
        raise ValueError("name tree too deep")
    if "/Kids" in node:
        kids = node["/Kids"]
        for i in range(len(kids)):
            _walk_name_tree(kids[i], found, depth + 1)
    if "/Names" in node:
        entries = node["/Names"]
        for i in range(0, len(entries) - 1, 2):
            spec = entries[i + 1]
            streams = spec["/EF"]
            stream = streams["/UF"] if "/UF" in streams else streams["/F"]
            name = spec["/UF"] if "/UF" in spec else spec["/F"] if "/F" in spec else entries[i]
            found[str(name)] = stream.data
