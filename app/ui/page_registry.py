"""Where the window finds each page: the road, station, service, form and case pages.

The pages live in their own packages (app/ui/road, app/ui/pages/station.py,
app/ui/pages/service.py, app/ui/forms, app/ui/cases) and are imported when
first shown: a start draws the road without loading the others.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from app.lifepath import Relevance, Road, StationOnRoad, default_catalog
from app.lifepath.relevance import on_road
from app.ui.context import AppContext
from app.ui.navigation import Navigator


def _page(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def road_view(ctx: AppContext, nav: Navigator) -> QWidget:
    view: QWidget = _page("app.ui.road.page", "RoadPage")(nav)
    refresh_road(view, ctx)
    ctx.settings.languageChanged.connect(view.set_language)  # type: ignore[attr-defined]
    return view


def refresh_road(view: QWidget, ctx: AppContext) -> None:
    """Draw the person's road again (new situations told, a new day)."""
    road = ctx.road()
    set_road = getattr(view, "set_road", None)
    if road is not None and callable(set_road):
        set_road(road, ctx.language)
    refresh = getattr(view, "refresh", None)
    if callable(refresh):
        refresh()


def _station_on_road(ctx: AppContext, station_id: str) -> tuple[StationOnRoad, Road | None]:
    road = ctx.road()
    if road is not None:
        return road.station(station_id), road
    # No card: the station as anyone would see it.
    catalog = default_catalog()
    services = tuple(on_road(service, None) for service in catalog.services_at(station_id))
    return StationOnRoad(catalog.station(station_id), Relevance.LATER, services), None


def station_page(ctx: AppContext, nav: Navigator, station_id: str) -> QWidget:
    view: QWidget = _page("app.ui.pages.station", "StationPage")(nav)
    stop, road = _station_on_road(ctx, station_id)
    view.set_station(stop, road, ctx.language)  # type: ignore[attr-defined]
    ctx.settings.languageChanged.connect(view.set_language)  # type: ignore[attr-defined]
    return view


def service_page(ctx: AppContext, nav: Navigator, service_id: str) -> QWidget:
    page = _page("app.ui.pages.service", "ServicePage")
    lookup = _page("app.ui.pages.lookup", "service_on_road")

    def has_draft(form_id: str) -> bool:
        owner = ctx.owner()
        return owner is not None and ctx.drafts.load(owner, form_id) is not None

    def open_url(url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    view: QWidget = page(nav, has_draft=has_draft, open_url=None if ctx.kiosk else open_url)
    view.set_service(lookup(ctx.road(), service_id), ctx.language)  # type: ignore[attr-defined]
    ctx.settings.languageChanged.connect(view.set_language)  # type: ignore[attr-defined]
    return view


def form_page(ctx: AppContext, nav: Navigator, form_id: str) -> QWidget:
    return _page("app.ui.forms.page", "FormPage")(ctx, nav, form_id)  # type: ignore[no-any-return]


def cases_page(ctx: AppContext, nav: Navigator) -> QWidget:
    return _page("app.ui.cases.page", "CasesPage")(ctx, nav)  # type: ignore[no-any-return]


def case_page(ctx: AppContext, nav: Navigator, reference: str) -> QWidget:
    return _page("app.ui.cases.case", "CasePage")(ctx, nav, reference)  # type: ignore[no-any-return]


def inbox_page(ctx: AppContext, nav: Navigator) -> QWidget:
    return _page("app.ui.cases.inbox", "InboxPage")(ctx, nav)  # type: ignore[no-any-return]
