"""The virtual card's built-in personas see different roads."""

from __future__ import annotations

from datetime import date

import pytest

from app.lifepath import DocumentKind, Holder, NoticeKind, Region, Relevance, Road, personalise

personas_module = pytest.importorskip("app.cardreader.virtual.personas")
TODAY = date(2026, 11, 26)


def _road(name: str, *situations: str) -> Road:
    persona = personas_module.builtin_personas()[name]
    holder = Holder.from_identity(persona.identity, situations, address=persona.address)
    return personalise(holder, TODAY)


def test_child_persona() -> None:
    road = _road("child")
    assert road.document is DocumentKind.KIDS
    assert road.position == "childhood" and road.age.years == 9
    assert "kids-id" in road.service_ids()
    assert road.region is Region.WALLONIA


def test_student_persona() -> None:
    road = _road("student", "is_student")
    assert road.position == "studying" and road.age.years == 19
    [grant] = [e for e in road.services if e.service.id == "study-financing"]
    assert "Studietoelagen" in grant.provider.en  # Ghent: the Flemish Community


def test_retiree_persona() -> None:
    road = _road("retiree")
    assert road.position == "retiring" and road.age.years == 70
    assert road.station("retiring").relevance is Relevance.NOW
    assert road.region is Region.GERMAN_COMMUNITY  # Eupen


def test_foreigner_persona_with_blank_birth_day_and_month() -> None:
    road = _road("foreigner")
    assert road.document is DocumentKind.FOREIGNER
    assert not road.age.exact
    assert "residence-card" in road.service_ids()
    assert "identity-card" not in road.service_ids()


def test_parent_persona_card_expires_soon() -> None:
    road = _road("parent", "has_children")
    kinds = {notice.kind for notice in road.notices}
    assert {NoticeKind.CARD_EXPIRING, NoticeKind.CHILD_BENEFIT} <= kinds


def test_personas_see_different_roads() -> None:
    roads = [_road("child"), _road("student", "is_student"), _road("retiree"),
             _road("foreigner")]
    assert len({road.position for road in roads}) == 4
    assert len({road.service_ids() for road in roads}) == 4


@pytest.mark.parametrize("name", ["worker", "noble", "tampered", "last-try", "revoked"])
def test_every_other_persona_has_a_road(name: str) -> None:
    road = _road(name)
    assert road.position == "working"
