"""Where the window finds each page: ours, the road and form pages, or a stand-in.

The road, station, service, form and case pages are built in their own
packages (app/ui/road, app/ui/pages/station.py, app/ui/pages/service.py,
app/ui/forms, app/ui/cases). The window asks this module for a page and gets a
stand-in while a package is not there yet, so the window works at every stage.
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
from app.ui.i18n import translate
from app.ui.navigation import Navigator


def _stand_in(ctx: AppContext, nav: Navigator, what: str) -> QWidget:
    # Imported only when a page is missing, which a finished program never asks.
    from app.ui.pages.placeholder import PlaceholderPage

    return PlaceholderPage(ctx, nav, what)


def _find(module: str, name: str) -> Any | None:
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None  # not written yet
        raise
    return getattr(loaded, name, None)


def road_view(ctx: AppContext, nav: Navigator) -> QWidget:
    page = _find("app.ui.road.page", "RoadPage")
    if page is None:
        from app.ui.pages.placeholder import RoadList

        return RoadList(ctx, nav)
    view: QWidget = page(nav)
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
    page = _find("app.ui.pages.station", "StationPage")
    if page is None:
        return _stand_in(ctx, nav, translate("MainWindow", "Station"))
    view: QWidget = page(nav)
    stop, road = _station_on_road(ctx, station_id)
    view.set_station(stop, road, ctx.language)  # type: ignore[attr-defined]
    ctx.settings.languageChanged.connect(view.set_language)  # type: ignore[attr-defined]
    return view


def service_page(ctx: AppContext, nav: Navigator, service_id: str) -> QWidget:
    page = _find("app.ui.pages.service", "ServicePage")
    lookup = _find("app.ui.pages.lookup", "service_on_road")
    if page is None or lookup is None:
        return _stand_in(ctx, nav, translate("MainWindow", "Service"))

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
    page = _find("app.ui.forms.page", "FormPage")
    if page is not None:
        return page(ctx, nav, form_id)  # type: ignore[no-any-return]
    return _stand_in(ctx, nav, translate("MainWindow", "Form"))


def cases_page(ctx: AppContext, nav: Navigator) -> QWidget:
    page = _find("app.ui.cases.page", "CasesPage")
    if page is not None:
        return page(ctx, nav)  # type: ignore[no-any-return]
    return _stand_in(ctx, nav, translate("MainWindow", "My cases"))


def case_page(ctx: AppContext, nav: Navigator, reference: str) -> QWidget:
    page = _find("app.ui.cases.case", "CasePage")
    if page is not None:
        return page(ctx, nav, reference)  # type: ignore[no-any-return]
    return _stand_in(ctx, nav, translate("MainWindow", "My cases"))


def inbox_page(ctx: AppContext, nav: Navigator) -> QWidget:
    page = _find("app.ui.cases.inbox", "InboxPage")
    if page is not None:
        return page(ctx, nav)  # type: ignore[no-any-return]
    return _stand_in(ctx, nav, translate("MainWindow", "Inbox"))
