"""What government publishes without being asked: reports, decisions, data sets."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.lifepath.localized import Keywords, Text
from app.lifepath.model import HttpsUrl, Slug

PublicationKind = Literal["dataset", "report", "decision"]


class OpenDataItem(BaseModel):
    """One publication, listed at the "having your say" station."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    kind: PublicationKind
    title: Text
    summary: Text
    publisher: Text
    # The date of the edition described (series are updated; the link has the latest).
    published: date
    licence: Text
    url: HttpsUrl
    formats: tuple[str, ...] = Field(default=(), max_length=8)
    keywords: Keywords
