"""Checking a signed form with pyHanko: what a receipt view and the tests show.

Trust comes only from the roots the caller passes (the program's own), never
from certificates inside the document.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.pdf_embedded import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from app.forms.signing.signer import to_asn1


@dataclass(frozen=True, slots=True)
class SignatureReport:
    intact: bool  # no signed byte changed
    valid: bool  # the signature value verifies
    trusted: bool  # the signer's chain ends in one of the given roots
    unchanged_after: bool  # nothing but validation data was added after signing
    timestamped: bool
    timestamp_trusted: bool
    has_validation_data: bool  # a document security store (B-LT)
    signer: str
    signing_time: datetime | None

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and self.unchanged_after


def _has_dss(reader: PdfFileReader) -> bool:
    return "/DSS" in reader.root


async def async_verify_pdf(pdf: bytes, trust_roots: Sequence[x509.Certificate],
                           crls: Sequence[bytes] = ()) -> SignatureReport:
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_regular_signatures
    except (PdfError, ValueError, KeyError) as exc:
        raise ValueError("this is not a readable PDF") from exc
    if len(signatures) != 1:
        raise ValueError(f"expected one signature, found {len(signatures)}")
    context = ValidationContext(trust_roots=[to_asn1(c) for c in trust_roots],
                                crls=list(crls), allow_fetching=False)
    status = await async_validate_pdf_signature(signatures[0], signer_validation_context=context)
    level = status.modification_level
    ts = status.timestamp_validity
    subject = status.signing_cert.subject.native
    return SignatureReport(
        intact=status.intact, valid=status.valid, trusted=status.trusted,
        unchanged_after=(level is not None and level <= ModificationLevel.LTA_UPDATES
                         and status.docmdp_ok is not False),
        timestamped=ts is not None,
        timestamp_trusted=bool(ts is not None and ts.intact and ts.valid and ts.trusted),
        has_validation_data=_has_dss(reader),
        signer=str(subject.get("common_name", "")),
        signing_time=ts.timestamp if ts is not None else status.signer_reported_dt,
    )


def verify_pdf(pdf: bytes, trust_roots: Sequence[x509.Certificate],
               crls: Sequence[bytes] = ()) -> SignatureReport:
    return asyncio.run(async_verify_pdf(pdf, trust_roots, crls))
