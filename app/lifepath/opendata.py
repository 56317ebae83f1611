"""What government publishes without being asked: reports, decisions, data sets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.lifepath.dump import Dumpable
from app.lifepath.localized import Keywords, Text

PublicationKind = Literal["dataset", "report", "decision"]


@dataclass(frozen=True, slots=True)
class OpenDataItem(Dumpable):
    """One publication, listed at the "having your say" station."""

    id: str
    kind: PublicationKind
    title: Text
    summary: Text
    publisher: Text
    # The date of the edition described (series are updated; the link has the latest).
    published: date
    licence: Text
    url: str
    formats: tuple[str, ...]
    keywords: Keywords
