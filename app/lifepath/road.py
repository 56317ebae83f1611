"""The personalised road: what `personalise` returns and every view draws.

Texts stay in all five languages (`Text`), so a view can switch language
without recomputing the road.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import NamedTuple

from app.cardreader.dates import CardDate
from app.lifepath.dates import Precision
from app.lifepath.holder import DocumentKind
from app.lifepath.ids import Region, Situation, StationId
from app.lifepath.localized import Text
from app.lifepath.model import Service, Station
from app.lifepath.pension import LegalPension


class Relevance(StrEnum):
    NOW = "now"  # matters at this point of life
    SOON = "soon"  # within the station's look-ahead (a few years)
    LATER = "later"  # not yet, or only if circumstances arise
    PAST = "past"  # behind the person


# Views list stations that matter first, then in road order within each group.
RELEVANCE_ORDER = (Relevance.NOW, Relevance.SOON, Relevance.LATER, Relevance.PAST)


class NoticeKind(StrEnum):
    TURNING_18 = "turning-18"
    TURNING_12 = "turning-12"
    CARD_EXPIRING = "card-expiring"
    CARD_EXPIRED = "card-expired"
    PENSION_AGE = "pension-age"
    PENSION_CLAIM = "pension-claim"
    CHILD_BENEFIT = "child-benefit"
    CHILD_MILESTONE = "child-milestone"
    TAX_SEASON = "tax-season"
    FOREIGN_RESIDENT_VOTE = "foreign-resident-vote"
    BEREAVEMENT = "bereavement"
    EXPECTING_CHILD = "expecting-child"


# The personalised road is rebuilt at every start and for every card: its
# records are NamedTuples, which cost a sixth of a frozen dataclass to define.


class Age(NamedTuple):
    """The person's age as the card allows it to be known."""

    years: int  # the youngest the person can be (see dates.py)
    oldest: int  # differs from `years` only when the card lacks day or month

    @property
    def exact(self) -> bool:
        return self.years == self.oldest


class ServiceOnRoad(NamedTuple):
    """A service as it appears on this person's road."""

    service: Service
    # The provider for the person's region when the catalog knows one.
    provider: Text
    url: str | None


class StationOnRoad(NamedTuple):
    """A station and how much it matters to this person now."""

    station: Station
    relevance: Relevance
    services: tuple[ServiceOnRoad, ...]


class Notice(NamedTuple):
    """Something coming up (or just past) for this person."""

    kind: NoticeKind
    message: Text
    station: StationId
    date: date | None = None
    # How much of `date` is known; None for notices without a date.
    precision: Precision | None = None
    service: str | None = None


class Road(NamedTuple):
    """One person's road of life on one day: stations, services and notices."""

    today: date
    birth: CardDate
    age: Age
    document: DocumentKind
    situations: frozenset[Situation]
    region: Region | None
    # The main-line station where the person stands (birth ... retiring).
    position: StationId
    pension: LegalPension
    stations: tuple[StationOnRoad, ...]
    notices: tuple[Notice, ...]
    first_names: str | None = None

    @property
    def services(self) -> tuple[ServiceOnRoad, ...]:
        return tuple(entry for stop in self.stations for entry in stop.services)

    def station(self, station_id: str) -> StationOnRoad:
        for stop in self.stations:
            if stop.station.id == station_id:
                return stop
        raise KeyError(station_id)

    def service_ids(self) -> frozenset[str]:
        return frozenset(entry.service.id for entry in self.services)

    def by_relevance(self) -> tuple[StationOnRoad, ...]:
        rank = {relevance: index for index, relevance in enumerate(RELEVANCE_ORDER)}
        return tuple(sorted(self.stations, key=lambda stop: rank[stop.relevance]))
