"""The road in one language: a JSON document (CLI --json, gateway, tests) and
plain text lines (CLI). Views pick texts; they decide nothing."""

from __future__ import annotations

from typing import Any

from app.lifepath.datefmt import plain
from app.lifepath.dates import Precision
from app.lifepath.phrases import Labels
from app.lifepath.road import Notice, Relevance, Road, ServiceOnRoad, StationOnRoad

JsonObject = dict[str, Any]


def _service_json(entry: ServiceOnRoad, language: str) -> JsonObject:
    service = entry.service
    return {
        "id": service.id,
        "title": service.title.pick(language),
        "summary": service.summary.pick(language),
        "provider": entry.provider.pick(language),
        "online": service.online,
        "form": service.form.model_dump() if service.form is not None else None,
        "where": service.where.pick(language) if service.where is not None else None,
        "needs": [need.pick(language) for need in service.needs],
        "url": entry.url,
        "sdg": service.sdg,
    }


def _station_json(stop: StationOnRoad, language: str, labels: Labels) -> JsonObject:
    station = stop.station
    return {
        "id": station.id,
        "order": station.order,
        "icon": station.icon,
        "title": station.title.pick(language),
        "summary": station.summary.pick(language),
        "typically": station.typically.pick(language),
        "relevance": stop.relevance.value,
        "relevance_text": labels.get(f"relevance_{stop.relevance.value}").pick(language),
        "services": [_service_json(entry, language) for entry in stop.services],
    }


def _notice_json(notice: Notice, language: str) -> JsonObject:
    return {
        "kind": notice.kind.value,
        "station": notice.station,
        "service": notice.service,
        "date": notice.date.isoformat() if notice.date is not None else None,
        "precision": notice.precision.value if notice.precision is not None else None,
        "message": notice.message.pick(language),
    }


def age_text(road: Road, language: str, labels: Labels) -> str:
    if road.age.exact:
        return labels.age_years.pick(language).format(years=road.age.years)
    return labels.age_unsure.pick(language).format(years=road.age.years, oldest=road.age.oldest)


def road_to_json(road: Road, language: str, labels: Labels) -> JsonObject:
    position = road.station(road.position).station
    pension = road.pension
    return {
        "today": road.today.isoformat(),
        "language": language,
        "holder": {
            "first_names": road.first_names,
            "birth_date": road.birth.iso(),
            "age": road.age.years,
            "age_oldest": road.age.oldest,
            "age_exact": road.age.exact,
            "age_text": age_text(road, language, labels),
            "document": road.document.value,
            "region": road.region.value if road.region is not None else None,
            "situations": sorted(s.value for s in road.situations),
        },
        "position": {"station": position.id, "title": position.title.pick(language)},
        "pension": {
            "legal_age": pension.age,
            "reached": pension.reached.start.isoformat(),
            "reached_precision": pension.reached.precision.value,
            "start": pension.start.isoformat() if pension.start is not None else None,
        },
        "notices": [_notice_json(notice, language) for notice in road.notices],
        "stations": [_station_json(stop, language, labels) for stop in road.stations],
    }


def road_to_lines(road: Road, language: str, labels: Labels) -> list[str]:
    """A readable road: notices first, then every station; services are listed
    for the stations that matter now or soon, counted for the others."""
    def say(key: str) -> str:
        return labels.get(key).pick(language)

    heading = f"{say('road')}: {age_text(road, language, labels)}"
    if road.first_names:
        heading = f"{road.first_names} · {heading}"
    lines = [f"{heading} ({plain(road.today, Precision.DAY, language)})", ""]
    if road.notices:
        lines.append(say("what_comes_next"))
        lines += [f"  • {notice.message.pick(language)}" for notice in road.notices]
        lines.append("")
    for stop in road.stations:
        marker = f"  ← {say('you_are_here')}" if stop.station.id == road.position else ""
        relevance = say(f"relevance_{stop.relevance.value}")
        lines.append(f"[{relevance}] {stop.station.title.pick(language)}{marker}")
        if stop.relevance in (Relevance.NOW, Relevance.SOON):
            for entry in stop.services:
                online = f" ({say('online_here')})" if entry.service.online else ""
                lines.append(f"    - {entry.service.title.pick(language)}{online}")
                lines.append(f"      {say('provided_by')}: {entry.provider.pick(language)}")
        elif stop.services:
            lines.append(f"    ({len(stop.services)})")
    return lines
