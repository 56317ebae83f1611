"""Signing a prepared form: PAdES B-B, B-T with the gateway's timestamp, B-LT with revocation data.

The answers are attached on the writer that is signed, so they belong to the
signed revision. The level is as high as what is at hand allows:

- a timestamper (the gateway's RFC 3161 endpoint) makes it B-T. pyHanko asks
  the timestamp server once before the card signs (to size the signature), so
  an unreachable server is known before the PIN is asked; then, unless the
  caller requires a timestamp, the form is signed B-B and says so;
- revocation data (trust roots and CRLs) makes it B-LT: pyHanko validates the
  signer's certificate and stores what proves it in the document.

pyHanko's own event loop runs the signature (`asyncio.run`), so `sign_prepared`
must be called from a thread that runs no event loop: the card owner thread.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography import x509
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathValidationError, RevokedError

from app.forms.pdf import fonts
from app.forms.pdf.prepare import SIGNATURE_FIELD, PreparedForm
from app.forms.signing.keys import RawKey, hash_for
from app.forms.signing.signer import RawKeySigner, to_asn1


class Level(StrEnum):
    B_B = "PAdES-B-B"
    B_T = "PAdES-B-T"
    B_LT = "PAdES-B-LT"


class SigningFailed(Exception):
    """Signing did not complete; the message says why in plain words."""


class TimestampUnavailable(SigningFailed):
    pass


@dataclass(frozen=True)
class RevocationData:
    """What makes a signature B-LT: the roots to validate against and current CRLs."""

    trust_roots: Sequence[x509.Certificate]
    crls: Sequence[bytes] = ()
    allow_fetching: bool = False  # let pyHanko fetch OCSP/CRL from the certificates' URLs


@dataclass(frozen=True)
class SigningOptions:
    timestamper: TimeStamper | None = None
    require_timestamp: bool = False
    revocation: RevocationData | None = None
    reason: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class SignedForm:
    pdf: bytes
    level: Level
    notes: tuple[str, ...] = field(default=())  # what kept the level lower, in plain words


def signature_stamp() -> TextStampStyle:
    # The words around the box ("Signature", the hint) are on the page in the
    # form's language; the stamp holds only the name and the time, in Noto Sans
    # so that every Latin name renders.
    font = GlyphAccumulatorFactory(str(fonts.font_file(fonts.SANS)), font_size=9)
    return TextStampStyle(stamp_text="%(signer)s\n%(ts)s",
                          timestamp_format="%Y-%m-%d %H:%M:%S %Z",
                          text_box_style=TextBoxStyle(font=font), border_width=1,
                          background=None)


def _validation_context(revocation: RevocationData, key: RawKey) -> ValidationContext:
    return ValidationContext(
        trust_roots=[to_asn1(c) for c in revocation.trust_roots],
        other_certs=[to_asn1(c) for c in key.chain],
        crls=list(revocation.crls),
        allow_fetching=revocation.allow_fetching,
    )


async def _usable_timestamper(options: SigningOptions, digest: str,
                              notes: list[str]) -> TimeStamper | None:
    timestamper = options.timestamper
    if timestamper is None:
        return None
    try:
        # Cached by pyHanko: the size estimate below reuses this answer.
        await timestamper.async_dummy_response(digest)
    except Exception as exc:  # any transport or protocol failure means "no timestamp"
        if options.require_timestamp:
            raise TimestampUnavailable(
                f"The time-stamping service cannot be reached, so nothing was signed: "
                f"{exc}") from exc
        notes.append("signed without a trusted timestamp: the time-stamping service "
                     "could not be reached")
        return None
    return timestamper


async def async_sign_prepared(prepared: PreparedForm, key: RawKey,
                              options: SigningOptions | None = None) -> SignedForm:
    options = options or SigningOptions()
    digest = hash_for(key.certificate)
    notes: list[str] = []
    timestamper = await _usable_timestamper(options, digest, notes)
    context = (_validation_context(options.revocation, key)
               if options.revocation is not None else None)
    meta = PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, md_algorithm=digest,
        subfilter=fields.SigSeedSubFilter.PADES, reason=options.reason,
        location=options.location, embed_validation_info=context is not None,
        validation_context=context)
    signer = PdfSigner(meta, RawKeySigner(key), timestamper=timestamper,
                       stamp_style=signature_stamp(), new_field_spec=prepared.field_spec)
    out = io.BytesIO()
    try:
        await signer.async_sign_pdf(prepared.writer(), output=out)
    except RevokedError:
        raise SigningFailed("Your signature certificate has been revoked; this card "
                            "cannot sign any more. Ask your town hall for a new card.") from None
    except (PathValidationError, SigningError) as exc:
        cause = exc.__cause__ or exc
        if isinstance(cause, RevokedError):
            raise SigningFailed("Your signature certificate has been revoked; this card "
                                "cannot sign any more. Ask your town hall for a new card."
                                ) from None
        raise SigningFailed(f"The form could not be signed: {exc}") from exc
    level = Level.B_B if timestamper is None else (
        Level.B_LT if context is not None else Level.B_T)
    return SignedForm(out.getvalue(), level, tuple(notes))


def sign_prepared(prepared: PreparedForm, key: RawKey,
                  options: SigningOptions | None = None) -> SignedForm:
    """Sign `prepared` with `key` (on a thread without a running event loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass  # no loop in this thread: pyHanko may run its own
    else:
        raise RuntimeError("sign_prepared runs its own event loop: call it from the card "
                           "owner thread, not from a coroutine")
    return asyncio.run(async_sign_prepared(prepared, key, options))
