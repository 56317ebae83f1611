"""Random birth dates and days: personalisation never crashes and stays consistent."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.cardreader.dates import CardDate
from app.lifepath import (
    STATION_IDS,
    Catalog,
    Holder,
    Relevance,
    Situation,
    default_catalog,
    personalise,
)
from app.lifepath.dates import age_on, birth_moment
from app.lifepath.view import road_to_json, road_to_lines
from app.text import LANGUAGES

_CATALOG: Catalog = default_catalog()
_STAGES = {s.id for s in _CATALOG.stations if s.stage_from is not None}


@st.composite
def births_and_days(draw: st.DrawFn) -> tuple[CardDate, date]:
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    birth = CardDate(born.year, born.month if precision != "year" else None,
                     born.day if precision == "day" else None)
    earliest = birth_moment(birth).start
    today = earliest + timedelta(days=draw(st.integers(min_value=0, max_value=120 * 366)))
    return birth, today


@settings(max_examples=150, deadline=None)
@given(births_and_days(),
       st.frozensets(st.sampled_from(list(Situation))),
       st.sampled_from([None, "1", "6", "31", "61"]),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))),
       st.sampled_from([None, "1000", "3000", "4700", "6000"]))
def test_any_holder_on_any_day(birth_and_day: tuple[CardDate, date],
                               situations: frozenset[Situation], document_type: str | None,
                               valid_until: date | None, postcode: str | None) -> None:
    birth, today = birth_and_day
    identity: dict[str, object] = {"birth_date_iso": birth.iso()}
    if document_type:
        identity["document_type"] = document_type
    if valid_until:
        identity["validity_end_iso"] = valid_until.isoformat()
    holder = Holder.from_identity(identity, situations,
                                  address={"zip": postcode} if postcode else None)
    road = personalise(holder, today, _CATALOG)

    moment = birth_moment(birth)
    assert 0 <= road.age.years <= road.age.oldest <= road.age.years + 1
    if birth.is_complete:
        assert road.age.years == road.age.oldest == age_on(moment.start, today)
    else:
        assert road.age.years == max(0, age_on(moment.end, today))
    assert [stop.station.id for stop in road.stations] == list(STATION_IDS)
    assert road.position in _STAGES
    assert all(isinstance(stop.relevance, Relevance) for stop in road.stations)
    for entry in road.services:
        assert entry.service.audience.admits(road.age.years, road.situations)
    for notice in road.notices:
        assert all(notice.message.pick(language) for language in LANGUAGES)
        assert "{" not in notice.message.en
    for language in LANGUAGES:
        json.dumps(road_to_json(road, language, _CATALOG.phrases.labels))
        assert road_to_lines(road, language, _CATALOG.phrases.labels)
