"""The drawn road, the station and service pages: keyboard, mouse, names, layout."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from app.cardreader.virtual.personas import persona_by_name
from app.lifepath import Holder, Relevance, Road, personalise
from app.ui.pages.lookup import service_on_road
from app.ui.pages.service import ServicePage
from app.ui.pages.station import StationPage
from app.ui.road import RoadPage
from app.ui.road.geometry import lay_out
from tests.ui.a11y_checks import unnamed_controls
from tests.ui.pages_support import TODAY, RecordingNavigator, texts


def road_of(name: str, today: date = TODAY) -> Road:
    persona = persona_by_name(name)
    holder = Holder.from_identity(dict(persona.identity), [], address=dict(persona.address))
    return personalise(holder, today)


def _road_page(qtbot: QtBot, name: str = "worker", width: int = 1280, height: int = 800,
               ) -> tuple[RoadPage, RecordingNavigator]:
    navigator = RecordingNavigator()
    page = RoadPage(navigator)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.set_road(road_of(name), "en")
    page.show()
    qtbot.waitExposed(page)
    return page, navigator


def test_every_station_is_a_named_focusable_building(qtbot: QtBot) -> None:
    page, _nav = _road_page(qtbot)
    buttons = page.canvas.buttons
    assert [b.station_id for b in buttons][:3] == ["birth", "childhood", "studying"]
    assert len(buttons) == 12
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.accessibleName() == button.stop.station.title.pick("en")
        assert button.accessibleDescription()
        assert button.height() >= 44 and button.width() >= 44
    working = page.canvas.button("working")
    assert "You are here" in working.accessibleDescription()
    assert "Matters now" in working.accessibleDescription()
    assert unnamed_controls(page) == []


def test_arrow_keys_walk_the_road_and_enter_opens(qtbot: QtBot) -> None:
    page, nav = _road_page(qtbot)
    canvas = page.canvas
    canvas.focus_station("birth")
    qtbot.keyClick(canvas.button("birth"), Qt.Key.Key_Right)
    assert page.focusWidget() is canvas.button("childhood")
    qtbot.keyClick(canvas.button("childhood"), Qt.Key.Key_Down)
    assert page.focusWidget() is canvas.button("studying")
    qtbot.keyClick(canvas.button("studying"), Qt.Key.Key_Left)
    assert page.focusWidget() is canvas.button("childhood")
    qtbot.keyClick(canvas.button("childhood"), Qt.Key.Key_End)
    assert page.focusWidget() is canvas.buttons[-1]
    qtbot.keyClick(canvas.buttons[-1], Qt.Key.Key_Return)
    assert nav.last() == ("show_station", (canvas.buttons[-1].station_id,))
    # Tab goes along the road too.
    assert canvas.button("birth").nextInFocusChain() is canvas.button("childhood")


def test_a_click_opens_a_station(qtbot: QtBot) -> None:
    page, nav = _road_page(qtbot)
    health = page.canvas.button("health")
    qtbot.mouseClick(health, Qt.MouseButton.LeftButton)
    assert nav.last() == ("show_station", ("health",))


def test_what_matters_now_is_highlighted(qtbot: QtBot) -> None:
    page, _nav = _road_page(qtbot, "retiree")
    relevance = {b.station_id: b.stop.relevance for b in page.canvas.buttons}
    assert relevance["retiring"] is Relevance.NOW
    assert relevance["birth"] is Relevance.PAST


def test_notices_link_to_their_service(qtbot: QtBot) -> None:
    page, nav = _road_page(qtbot, "revoked")
    assert "What comes next" in texts(page.notices)
    assert page.notices.links
    page.notices.links[0].click()
    assert nav.last() == ("show_service", ("pension-data",))


def test_search_finds_services_and_announces_the_count(qtbot: QtBot) -> None:
    page, nav = _road_page(qtbot)
    page.search.box.setText("pension")
    page.search.run(announce=True)
    assert page.search.results
    assert nav.announcements[-1] == page.search.status.text()
    page.search.results[0].click()
    kind, args = nav.last()  # type: ignore[misc]
    assert kind in ("show_service", "show_station") and args
    page.search.box.setText("zzzzqqq")
    page.search.run(announce=True)
    assert not page.search.results and nav.announcements[-1].startswith("No results")


@pytest.mark.parametrize("width", [480, 800, 1280, 1920, 3840])
def test_the_road_fits_every_width_without_overlaps(width: int) -> None:
    geometry = lay_out(12, float(width), 120.0)
    boxes = [geometry.building(slot) for slot in geometry.slots]
    rects = [QRect(round(b.x), round(b.y), round(b.width), round(b.height)) for b in boxes]
    for box in rects:
        assert box.left() >= 0 and box.right() <= width
    for i, first in enumerate(rects):
        for second in rects[i + 1:]:
            assert not first.adjusted(2, 2, -2, -2).intersects(second), (first, second)
    distances = [slot.distance for slot in geometry.slots]
    assert distances == sorted(distances)  # the road goes from birth to old age in order
    assert geometry.scale <= 1.8


def test_big_screens_get_bigger_buildings_and_one_row(qtbot: QtBot) -> None:
    page, _nav = _road_page(qtbot, width=3000, height=1600)
    assert page.canvas.geometry_ is not None
    assert page.canvas.geometry_.rows == 1 and page.canvas.geometry_.scale > 1.2
    page.resize(700, 900)
    qtbot.waitUntil(lambda: page.canvas.geometry_ is not None
                    and page.canvas.geometry_.rows > 1)
    image = page.canvas.grab()  # draws at any device pixel ratio without error
    assert not image.isNull()


def test_language_switch_redraws_content(qtbot: QtBot) -> None:
    page, _nav = _road_page(qtbot)
    page.set_language("nl")
    assert page.canvas.button("living").accessibleName() == \
        page.canvas.button("living").stop.station.title.pick("nl")


def test_station_page(qtbot: QtBot) -> None:
    navigator = RecordingNavigator()
    road = road_of("worker")
    page = StationPage(navigator)
    qtbot.addWidget(page)
    page.set_station(road.station("living"), road, "en")
    page.show()
    shown = texts(page)
    assert "Living and moving" in shown and "Services" in shown
    assert "change-of-address" in page.service_links
    page.service_links["change-of-address"].click()
    assert navigator.last() == ("show_service", ("change-of-address",))
    assert page.back is not None
    page.back.click()
    assert navigator.last() == ("show_road", ())
    assert unnamed_controls(page) == []


def test_service_page_starts_the_form(qtbot: QtBot) -> None:
    navigator = RecordingNavigator()
    page = ServicePage(navigator, has_draft=lambda form_id: form_id == "change-of-address",
                       open_url=None)
    qtbot.addWidget(page)
    page.set_service(service_on_road(road_of("worker"), "change-of-address"), "en")
    page.show()
    shown = texts(page)
    for heading in ("What it is", "Who provides it", "What you need"):
        assert heading in shown
    assert page.start is not None
    assert page.start.text() == "Continue your saved application"
    page.start.click()
    assert navigator.last() == ("start_form", ("change-of-address",))
    assert unnamed_controls(page) == []


def test_a_service_that_is_not_online_says_where_to_go(qtbot: QtBot) -> None:
    from app.lifepath import default_catalog

    offline = next(s for s in default_catalog().services if not s.online)
    navigator = RecordingNavigator()
    page = ServicePage(navigator)
    qtbot.addWidget(page)
    page.set_service(service_on_road(None, offline.id), "fr")
    page.show()
    assert page.start is None
    assert offline.where is not None and offline.where.pick("fr") in texts(page)
