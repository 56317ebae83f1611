"""Personalisation: who sees which road, and what comes next around birthdays,
card expiry and pension age."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cardreader.dates import CardDate
from app.lifepath import (
    Catalog,
    Holder,
    HolderError,
    NoticeKind,
    Precision,
    Relevance,
    Road,
    personalise,
)
from app.lifepath.view import road_to_json
from tests.lifepath.conftest import IdentityFactory

TODAY = date(2026, 11, 26)


def _road(holder: Holder, today: date = TODAY) -> Road:
    return personalise(holder, today)


def _kinds(road: Road) -> list[NoticeKind]:
    return [notice.kind for notice in road.notices]


def _relevance(road: Road, station: str) -> Relevance:
    return road.station(station).relevance


@pytest.fixture
def child(identity: IdentityFactory) -> Road:
    return _road(Holder.from_identity(identity("21 MAI  2017", "6", "14.03.2028")))


@pytest.fixture
def student(identity: IdentityFactory) -> Road:
    return _road(Holder.from_identity(identity("15 SEP 2007", "1", "02.10.2035"),
                                      ["is_student"]))


@pytest.fixture
def retiree(identity: IdentityFactory) -> Road:
    return _road(Holder.from_identity(identity("12.MÄR.1956", "1", "03.04.2028")))


@pytest.fixture
def foreigner(identity: IdentityFactory) -> Road:
    return _road(Holder.from_identity(identity("        1990", "31", "01.06.2029")))


def test_a_child_stands_in_childhood(child: Road) -> None:
    assert child.age.years == 9
    assert child.position == "childhood"
    assert _relevance(child, "childhood") is Relevance.NOW
    assert _relevance(child, "studying") is Relevance.LATER
    assert _relevance(child, "business") is Relevance.LATER
    services = child.service_ids()
    assert "kids-id" in services
    assert not services & {"identity-card", "income-tax", "study-financing", "marriage"}


def test_a_student_stands_at_studying(student: Road) -> None:
    assert (student.age.years, student.position) == (19, "studying")
    assert _relevance(student, "studying") is Relevance.NOW
    assert _relevance(student, "childhood") is Relevance.PAST
    assert _relevance(student, "family") is Relevance.SOON  # from 22, three years ahead
    assert {"study-financing", "student-job", "income-tax"} <= student.service_ids()
    assert "kids-id" not in student.service_ids()


def test_a_retiree_stands_at_retiring(retiree: Road) -> None:
    assert (retiree.age.years, retiree.position) == (70, "retiring")
    assert _relevance(retiree, "retiring") is Relevance.NOW
    assert _relevance(retiree, "working") is Relevance.PAST
    assert _relevance(retiree, "studying") is Relevance.PAST
    assert {"pension-claim", "income-guarantee"} <= retiree.service_ids()
    assert not retiree.service_ids() & {"student-job", "study-financing", "kids-id"}
    assert retiree.pension.age == 65
    # Five years past the legal age the pension has long been granted: no nagging.
    assert NoticeKind.PENSION_CLAIM not in _kinds(retiree)


def test_a_foreigner_sees_residence_services_and_an_uncertain_age(foreigner: Road) -> None:
    assert (foreigner.age.years, foreigner.age.oldest, foreigner.age.exact) == (35, 36, False)
    assert foreigner.position == "working"
    services = foreigner.service_ids()
    assert {"residence-card", "belgian-nationality", "work-permit",
            "foreign-resident-vote"} <= services
    assert "identity-card" not in services
    assert NoticeKind.FOREIGN_RESIDENT_VOTE in _kinds(foreigner)


def test_the_four_roads_differ(child: Road, student: Road, retiree: Road,
                               foreigner: Road) -> None:
    roads = [child, student, retiree, foreigner]
    assert len({road.position for road in roads}) == 4
    assert len({road.service_ids() for road in roads}) == 4
    assert len({tuple(stop.relevance for stop in road.stations) for road in roads}) == 4


# ---- around the 18th birthday ---------------------------------------------------------

@pytest.mark.parametrize("today, age, kind_of_message", [
    (date(2026, 5, 9), 17, "You turn 18 on 10 May 2026"),
    (date(2026, 5, 10), 18, "You turned 18 on 10 May 2026"),
    (date(2026, 5, 11), 18, "You turned 18 on 10 May 2026"),
])
def test_around_the_18th_birthday(identity: IdentityFactory, today: date, age: int,
                                  kind_of_message: str) -> None:
    road = _road(Holder.from_identity(identity("10 MEI 2008")), today)
    assert road.age.years == age
    [notice] = [n for n in road.notices if n.kind is NoticeKind.TURNING_18]
    assert notice.message.en.startswith(kind_of_message)
    assert notice.date == date(2026, 5, 10) and notice.precision is Precision.DAY
    assert notice.message.fr.startswith(
        "Vous aurez 18 ans le 10 mai 2026" if age == 17 else "Vous avez eu 18 ans le 10 mai")
    adult_only = {"income-tax", "marriage", "vehicle-registration"}
    assert (adult_only <= road.service_ids()) == (age >= 18)


@pytest.mark.parametrize("today, shown", [
    (date(2025, 11, 9), False),  # more than six months ahead
    (date(2025, 11, 10), True),  # six months ahead, across New Year
    (date(2026, 1, 1), True),
    (date(2026, 12, 31), True),  # "you turned 18 this year"
    (date(2027, 1, 1), False),
])
def test_the_18th_birthday_is_announced_in_its_year(identity: IdentityFactory, today: date,
                                                    shown: bool) -> None:
    road = _road(Holder.from_identity(identity("10 MEI 2008")), today)
    assert (NoticeKind.TURNING_18 in _kinds(road)) is shown


def test_a_december_birthday_is_announced_from_1_january(identity: IdentityFactory) -> None:
    road = _road(Holder.from_identity(identity("24 DEC 2008")), date(2026, 1, 1))
    [notice] = [n for n in road.notices if n.kind is NoticeKind.TURNING_18]
    assert notice.message.en.startswith("You turn 18 on 24 December 2026")


@pytest.mark.parametrize("today, age, reached", [
    (date(2026, 2, 28), 17, False),
    (date(2026, 3, 1), 18, True),
])
def test_born_on_29_february_turns_18_on_1_march(identity: IdentityFactory, today: date,
                                                 age: int, reached: bool) -> None:
    road = _road(Holder.from_identity(identity(birth_date="29 FEB 2008")), today)
    assert road.age.years == age
    [notice] = [n for n in road.notices if n.kind is NoticeKind.TURNING_18]
    assert notice.date == date(2026, 3, 1)
    assert notice.message.en.startswith("You turned" if reached else "You turn 18 on 1 March")


def test_an_unknown_birth_day_still_announces_the_year(identity: IdentityFactory) -> None:
    road = _road(Holder.from_identity(identity("        2008", "31")), date(2026, 3, 1))
    [notice] = [n for n in road.notices if n.kind is NoticeKind.TURNING_18]
    assert (notice.date, notice.precision) == (date(2026, 1, 1), Precision.YEAR)
    assert notice.message.en.startswith("You turn 18 in 2026")
    assert notice.message.zh.startswith("您将于2026年年满18岁")


def test_a_belgian_child_is_told_about_the_eid_at_12(identity: IdentityFactory) -> None:
    road = _road(Holder.from_identity(identity("21 MAI  2014", "6", "14.03.2028")),
                 date(2026, 2, 1))
    [notice] = [n for n in road.notices if n.kind is NoticeKind.TURNING_12]
    assert notice.service == "identity-card"
    assert "electronic identity card" in notice.message.en
    assert "identity-card" in road.service_ids()  # shown from 11, ahead of the birthday
    foreign = _road(Holder.from_identity(identity("21 MAI  2014", "61")), date(2026, 2, 1))
    assert NoticeKind.TURNING_12 not in _kinds(foreign)


# ---- card expiry ----------------------------------------------------------------------

@pytest.mark.parametrize("today, kind", [
    (date(2026, 12, 14), None),  # three months and a day
    (date(2026, 12, 15), NoticeKind.CARD_EXPIRING),  # exactly three months
    (date(2027, 3, 15), NoticeKind.CARD_EXPIRING),  # the last valid day
    (date(2027, 3, 16), NoticeKind.CARD_EXPIRED),
])
def test_card_expiry(identity: IdentityFactory, today: date, kind: NoticeKind | None) -> None:
    road = _road(Holder.from_identity(identity(validity_end="15.03.2027")), today)
    found = [n for n in road.notices
             if n.kind in (NoticeKind.CARD_EXPIRING, NoticeKind.CARD_EXPIRED)]
    if kind is None:
        assert found == []
        return
    [notice] = found
    assert notice.kind is kind and notice.date == date(2027, 3, 15)
    assert notice.service == "identity-card" and notice.station == "living"
    assert "15 March 2027" in notice.message.en and "15. März 2027" in notice.message.de


def test_three_months_from_the_end_of_november(identity: IdentityFactory) -> None:
    # 30 November + 3 months is 28 February: a card ending then is announced.
    road = _road(Holder.from_identity(identity(validity_end="28.02.2027")), date(2026, 11, 30))
    assert NoticeKind.CARD_EXPIRING in _kinds(road)


def test_kids_card_and_residence_card_expiry_say_the_right_thing(
        identity: IdentityFactory) -> None:
    kids = _road(Holder.from_identity(identity("21 MAI  2017", "6", "10.01.2027")))
    [notice] = [n for n in kids.notices if n.kind is NoticeKind.CARD_EXPIRING]
    assert notice.service == "kids-id" and "Kids-ID" in notice.message.en
    residents = _road(Holder.from_identity(identity("        1990", "31", "01.01.2026")))
    [notice] = [n for n in residents.notices if n.kind is NoticeKind.CARD_EXPIRED]
    assert notice.service == "residence-card" and "residence card" in notice.message.en


# ---- pension ----------------------------------------------------------------------------

@pytest.mark.parametrize("today, kind", [
    (date(2016, 5, 30), None),  # more than ten years ahead
    (date(2016, 6, 1), NoticeKind.PENSION_AGE),
    (date(2025, 5, 31), NoticeKind.PENSION_AGE),
    (date(2025, 6, 1), NoticeKind.PENSION_CLAIM),  # a year before the start
    (date(2027, 6, 1), NoticeKind.PENSION_CLAIM),
    (date(2027, 6, 2), None),
])
def test_pension_notices(identity: IdentityFactory, today: date,
                         kind: NoticeKind | None) -> None:
    # Born 31 May 1960: legal age 66 on 31 May 2026, pension from 1 June 2026.
    road = _road(Holder.from_identity(identity("31 MEI 1960")), today)
    found = [n for n in road.notices
             if n.kind in (NoticeKind.PENSION_AGE, NoticeKind.PENSION_CLAIM)]
    assert [n.kind for n in found] == ([kind] if kind else [])
    if kind is not None:
        assert "66" in found[0].message.en and "31 May 2026" in found[0].message.en


def test_no_pension_notice_for_the_retired(identity: IdentityFactory) -> None:
    road = _road(Holder.from_identity(identity("31 MEI 1960"), ["is_retired"]),
                 date(2026, 1, 1))
    assert not {NoticeKind.PENSION_AGE, NoticeKind.PENSION_CLAIM} & set(_kinds(road))
    assert road.position == "retiring"


# ---- what the person tells --------------------------------------------------------------

def test_children_notices_only_when_told(identity: IdentityFactory) -> None:
    plain = _road(Holder.from_identity(identity()))
    assert not {NoticeKind.CHILD_BENEFIT, NoticeKind.CHILD_MILESTONE} & set(_kinds(plain))
    assert "child-benefit" not in plain.service_ids()
    parent = _road(Holder.from_identity(identity(), ["has_children"]))
    assert NoticeKind.CHILD_BENEFIT in _kinds(parent)
    assert {"child-benefit", "school-enrolment", "kids-id"} <= parent.service_ids()
    assert _relevance(parent, "childhood") is Relevance.NOW


def test_childrens_birthdays_give_dated_notices(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity(), children_born=[
        CardDate(2021, 10, 2), CardDate(2014, 7, 1), CardDate(2010)])
    road = _road(holder, date(2026, 3, 1))
    milestones = [n for n in road.notices if n.kind is NoticeKind.CHILD_MILESTONE]
    assert [(n.date, n.service) for n in milestones] == [
        (date(2026, 7, 1), "identity-card"),  # turns 12
        (date(2026, 10, 2), "school-enrolment"),  # turns 5
    ]
    assert "born 2 October 2021" in milestones[1].message.en
    assert "1 September" in milestones[1].message.en
    after = _road(holder, date(2026, 11, 26))  # both birthdays have passed
    assert NoticeKind.CHILD_MILESTONE not in _kinds(after)
    later = _road(holder, date(2028, 1, 10))  # the 2010 child turns 18 in 2028
    [adult] = [n for n in later.notices if n.kind is NoticeKind.CHILD_MILESTONE]
    assert adult.precision is Precision.YEAR and "in 2028" in adult.message.en


def test_running_a_business(identity: IdentityFactory) -> None:
    employee = _road(Holder.from_identity(identity(), ["is_employed"]))
    owner = _road(Holder.from_identity(identity(), ["runs_business"]))
    assert _relevance(employee, "business") is Relevance.LATER
    assert _relevance(owner, "business") is Relevance.NOW
    owner_only = {"employer-registration", "social-contributions", "corporate-tax"}
    assert owner_only <= owner.service_ids()
    assert not owner_only & employee.service_ids()
    # Anyone adult may start one.
    assert "business-registration" in employee.service_ids()


def test_bereavement(identity: IdentityFactory) -> None:
    road = _road(Holder.from_identity(identity(), ["recently_bereaved"]))
    assert _relevance(road, "death") is Relevance.NOW
    assert {"death-notification", "inheritance-declaration",
            "survivors-pension"} <= road.service_ids()
    assert NoticeKind.BEREAVEMENT in _kinds(road)
    assert _relevance(_road(Holder.from_identity(identity())), "death") is Relevance.LATER


@pytest.mark.parametrize("birth, situations, position", [
    ("03 AOUT 1996", ["is_student"], "studying"),
    ("03 AOUT 1964", ["is_retired"], "retiring"),
    ("03 AOUT 2009", ["is_employed"], "working"),
    ("03 AOUT 2014", ["is_student"], "childhood"),  # a pupil, not a student
    ("03 AOUT 2026", [], "birth"),
])
def test_situations_move_the_position(identity: IdentityFactory, birth: str,
                                      situations: list[str], position: str) -> None:
    road = _road(Holder.from_identity(identity(birth), situations))
    assert road.position == position


@pytest.mark.parametrize("postcode, provider", [
    ("9000", "Groeipakket"), ("4000", "AVIQ"), ("1050", "Iriscare"),
    ("4700", "German-speaking Community"), (None, "Your region's child benefit fund"),
])
def test_regional_providers_follow_the_address(identity: IdentityFactory, postcode: str | None,
                                               provider: str) -> None:
    address = {"zip": postcode} if postcode else None
    road = _road(Holder.from_identity(identity(), ["has_children"], address=address))
    [entry] = [e for e in road.services if e.service.id == "child-benefit"]
    assert provider in entry.provider.en


def test_tax_season(identity: IdentityFactory) -> None:
    adult = Holder.from_identity(identity())
    assert NoticeKind.TAX_SEASON in _kinds(_road(adult, date(2026, 6, 1)))
    assert NoticeKind.TAX_SEASON not in _kinds(_road(adult, date(2026, 7, 16)))
    child = Holder.from_identity(identity("21 MAI  2017", "6"))
    assert NoticeKind.TAX_SEASON not in _kinds(_road(child, date(2026, 6, 1)))


def test_expecting_a_child(identity: IdentityFactory) -> None:
    road = _road(Holder.from_identity(identity(), ["expecting_child"]))
    assert _relevance(road, "birth") is Relevance.NOW
    assert {"declare-birth", "birth-grant"} <= road.service_ids()
    assert NoticeKind.EXPECTING_CHILD in _kinds(road)


def test_the_road_is_deterministic(identity: IdentityFactory, catalog: Catalog) -> None:
    holder = Holder.from_identity(identity(), ["has_children"], address={"zip": "1000"})
    first, second = _road(holder), _road(holder)
    assert first == second
    labels = catalog.phrases.labels
    assert json.dumps(road_to_json(first, "fr", labels)) == json.dumps(
        road_to_json(second, "fr", labels))


def test_born_after_today_is_refused(identity: IdentityFactory) -> None:
    with pytest.raises(HolderError, match="after"):
        _road(Holder.from_identity(identity("01 JAN 2027")))


def test_notices_are_sorted_dated_first(identity: IdentityFactory) -> None:
    holder = Holder.from_identity(identity("10 MEI 2008", validity_end="01.02.2026"),
                                  ["has_children"])
    road = _road(holder, date(2026, 1, 15))
    dates = [n.date for n in road.notices]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated)
    assert dates[:len(dated)] == dated  # undated ones come last
