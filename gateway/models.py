"""The gateway's tables (SQLAlchemy 2, portable between SQLite and PostgreSQL).

Times are naive UTC everywhere: SQLite has no time zone type, and one rule for
both databases is simpler than two.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL wants BIGINT.
_Id = BigInteger().with_variant(Integer(), "sqlite")


class Challenge(Base):
    """An authentication challenge; `id` is the SHA-256 of its bytes."""

    __tablename__ = "auth_challenges"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)


class Session(Base):
    """A bearer token (stored as its SHA-256) bound to a national number."""

    __tablename__ = "auth_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    national_number: Mapped[str] = mapped_column(String(11), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Document(Base):
    """A stored PDF; `content` is empty when the document store is a folder."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/pdf")
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (UniqueConstraint("national_number", "idempotency_key"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    national_number: Mapped[str] = mapped_column(String(11), index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200))
    request_sha256: Mapped[str] = mapped_column(String(64))
    form_id: Mapped[str] = mapped_column(String(100))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(40))
    provider_reference: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The case that used this payment; a payment pays for one submission.
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), unique=True)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("national_number", "idempotency_key"),)
    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    # The human-readable reference is derived from id and received_at
    # (gateway.references), e.g. CA-2026-000123.
    national_number: Mapped[str] = mapped_column(String(11), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    request_sha256: Mapped[str] = mapped_column(String(64))
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    # As the signing certificate names the citizen, for the letters sent back.
    citizen_name: Mapped[str] = mapped_column(String(200))
    # The attached answers exactly as signed (JSON text), for the agency.
    answers: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CaseEvent(Base):
    """The history of a case: one row per status it went through."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(_Id, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class InboxMessage(Base):
    """A document government sends to a citizen.

    `kind` names what it is (acknowledgement, decision, certificate); `template`
    names the document the gateway renders for it. A certificate's signed PDF is
    made when it is first opened and kept from then on (`document_id`).
    """

    __tablename__ = "inbox_messages"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    national_number: Mapped[str] = mapped_column(String(11), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    template: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))


ALL_TABLES = tuple(Base.metadata.sorted_tables)
