"""Finding a service for its page, also one the person's road leaves out.

Search covers the whole catalog, so a person may open a service that is not on
their road (a grandparent looking at the child benefit): it is shown with its
national provider.
"""

from __future__ import annotations

from app.lifepath import Road, ServiceOnRoad, default_catalog


def service_on_road(road: Road | None, service_id: str) -> ServiceOnRoad:
    if road is not None:
        for entry in road.services:
            if entry.service.id == service_id:
                return entry
    service = default_catalog().service(service_id)
    return ServiceOnRoad(service=service, provider=service.provider, url=service.url)
