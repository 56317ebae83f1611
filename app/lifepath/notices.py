""""What comes next": dated notices for one person, deterministic given `today`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Final

from app.lifepath.datefmt import Bare, render
from app.lifepath.dates import Moment, Precision, add_months, anniversary, birth_moment
from app.lifepath.holder import DocumentKind, Holder
from app.lifepath.ids import Situation, StationId
from app.lifepath.localized import Text
from app.lifepath.pension import LegalPension
from app.lifepath.phrases import NoticeTemplates
from app.lifepath.road import Age, Notice, NoticeKind

# A birthday is announced from 1 January of its year (so "you turn 18 this
# year" holds all year) and up to six months ahead across New Year.
_LOOK_AHEAD_MONTHS: Final = 6
# The municipality invites people to renew a card about three months ahead.
_CARD_WARNING_MONTHS: Final = 3
# The Federal Pension Service takes claims up to one year before the start.
_PENSION_CLAIM_MONTHS: Final = 12
_PENSION_INFO_YEARS: Final = 10
# Tax-on-web opens in May; online filing closes around mid-July.
_TAX_SEASON: Final = ((5, 1), (7, 15))
_CHILD_MILESTONES: Final[tuple[tuple[int, str, StationId, str], ...]] = (
    (5, "child_turns_5", "childhood", "school-enrolment"),
    (12, "child_turns_12", "childhood", "identity-card"),
    (18, "child_turns_18", "family", "child-benefit"),
)


def _announced(moment: Moment, today: date) -> bool:
    if moment.end < date(today.year, 1, 1):
        return False
    return (moment.start.year <= today.year
            or moment.start <= add_months(today, _LOOK_AHEAD_MONTHS))


def _dated(kind: NoticeKind, message_key: str, templates: NoticeTemplates, moment: Moment,
           station: StationId, service: str | None = None, **values: object) -> Notice:
    return Notice(kind=kind, message=render(templates.get(message_key), when=moment, **values),
                  station=station, date=moment.start, precision=moment.precision,
                  service=service)


def _undated(kind: NoticeKind, template: Text, station: StationId, service: str) -> Notice:
    # Rendered like the dated ones: a placeholder slipped into one of these
    # templates fails here instead of showing "{name}" to a citizen.
    return Notice(kind=kind, message=render(template), station=station, service=service)


def _own_birthdays(holder: Holder, today: date, templates: NoticeTemplates) -> Iterator[Notice]:
    milestones: list[tuple[int, NoticeKind, str, StationId, str | None]] = [
        (18, NoticeKind.TURNING_18, "turning_18", "say", None)]
    if Situation.IS_FOREIGNER not in holder.situations:
        # Belgians need an eID card from 12; the kids card stops there.
        milestones.append((12, NoticeKind.TURNING_12, "turning_12", "childhood", "identity-card"))
    for years, kind, key, station, service in milestones:
        moment = anniversary(holder.birth, years)
        if _announced(moment, today):
            tense = "reached" if moment.end <= today else "upcoming"
            yield _dated(kind, f"{key}_{tense}", templates, moment, station, service)


def _card(holder: Holder, today: date, templates: NoticeTemplates) -> Iterator[Notice]:
    end = holder.card_valid_until
    if end is None:
        return
    variant = {DocumentKind.KIDS: "kids", DocumentKind.FOREIGNER: "foreigner"}.get(
        holder.document, "eid")
    service = {"kids": "kids-id", "foreigner": "residence-card"}.get(variant, "identity-card")
    moment = Moment(end, Precision.DAY)
    if today > end:
        yield _dated(NoticeKind.CARD_EXPIRED, f"card_expired_{variant}", templates, moment,
                     "living", service)
    elif end <= add_months(today, _CARD_WARNING_MONTHS):
        yield _dated(NoticeKind.CARD_EXPIRING, f"card_expiring_{variant}", templates, moment,
                     "living", service)


def _pension(holder: Holder, today: date, age: Age, pension: LegalPension,
             templates: NoticeTemplates) -> Iterator[Notice]:
    if Situation.IS_RETIRED in holder.situations:
        return
    # The claim window runs from a year before the pension can start to a year
    # after; long past the legal age the pension has almost always been granted
    # (it is examined automatically), so nagging then would only mislead.
    if pension.start is not None:
        opens = add_months(pension.start, -_PENSION_CLAIM_MONTHS)
        closes = add_months(pension.start, _PENSION_CLAIM_MONTHS)
    else:  # birth month unknown: the start falls some time in or after the year
        opens = date(pension.reached.start.year - 1, 1, 1)
        closes = date(pension.reached.start.year + 1, 12, 31)
    if opens <= today <= closes:
        yield _dated(NoticeKind.PENSION_CLAIM, "pension_claim", templates, pension.reached,
                     "retiring", "pension-claim", age=pension.age)
    elif today < opens and pension.age - age.years <= _PENSION_INFO_YEARS:
        yield _dated(NoticeKind.PENSION_AGE, "pension_age", templates, pension.reached,
                     "retiring", "pension-data", age=pension.age)


def _children(holder: Holder, today: date, templates: NoticeTemplates) -> Iterator[Notice]:
    if Situation.HAS_CHILDREN not in holder.situations:
        return
    yield _undated(NoticeKind.CHILD_BENEFIT, templates.child_benefit, "family", "child-benefit")
    for child in holder.children_born:
        for years, key, station, service in _CHILD_MILESTONES:
            moment = anniversary(child, years)
            # Only ahead of time: the templates speak of the future, and a
            # parent acts before the school year or the new card, not after.
            if _announced(moment, today) and moment.end >= today:
                yield _dated(NoticeKind.CHILD_MILESTONE, key, templates, moment, station,
                             service, born=Bare(birth_moment(child)))


def _circumstances(holder: Holder, today: date, age: Age,
                   templates: NoticeTemplates) -> Iterator[Notice]:
    situations = holder.situations
    (first_month, first_day), (last_month, last_day) = _TAX_SEASON
    if age.years >= 18 and (first_month, first_day) <= (today.month, today.day) <= (
            last_month, last_day):
        yield _undated(NoticeKind.TAX_SEASON, templates.tax_season, "working", "income-tax")
    if age.years >= 18 and Situation.IS_FOREIGNER in situations:
        yield _undated(NoticeKind.FOREIGN_RESIDENT_VOTE, templates.foreign_resident_vote,
                       "say", "foreign-resident-vote")
    if Situation.EXPECTING_CHILD in situations:
        yield _undated(NoticeKind.EXPECTING_CHILD, templates.expecting_child, "birth",
                       "declare-birth")
    if Situation.RECENTLY_BEREAVED in situations:
        yield _undated(NoticeKind.BEREAVEMENT, templates.bereavement, "death",
                       "death-notification")


def upcoming(holder: Holder, today: date, age: Age, pension: LegalPension,
             templates: NoticeTemplates) -> tuple[Notice, ...]:
    """Every notice for this person, dated ones first by date, then the others."""
    found = [
        *_own_birthdays(holder, today, templates),
        *_card(holder, today, templates),
        *_pension(holder, today, age, pension, templates),
        *_children(holder, today, templates),
        *_circumstances(holder, today, age, templates),
    ]
    return tuple(sorted(found, key=lambda n: (n.date is None, n.date or today, n.kind.value)))

