"""Sentences the road is told with: notice templates and the labels around them.

They are content like the catalog (five languages, checked placeholders), so the
GUI, the kiosk and the command line say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.lifepath.dump import Dumpable
from app.lifepath.localized import Text


@dataclass(frozen=True, slots=True)
class NoticeTemplates(Dumpable):
    """One template per notice variant; {when} is a date phrase such as
    "on 3 May 2027", "in May 2027" or "in 2027" (see datefmt)."""

    turning_18_upcoming: Text
    turning_18_reached: Text
    turning_12_upcoming: Text
    turning_12_reached: Text
    card_expiring_eid: Text
    card_expiring_kids: Text
    card_expiring_foreigner: Text
    card_expired_eid: Text
    card_expired_kids: Text
    card_expired_foreigner: Text
    pension_age: Text
    pension_claim: Text
    child_benefit: Text
    child_turns_5: Text
    child_turns_12: Text
    child_turns_18: Text
    tax_season: Text
    foreign_resident_vote: Text
    bereavement: Text
    expecting_child: Text

    def get(self, key: str) -> Text:
        value = getattr(self, key, None)
        if not isinstance(value, Text):
            raise KeyError(f"no notice template {key!r}")
        return value


@dataclass(frozen=True, slots=True)
class Labels(Dumpable):
    """Words around the content: relevance names, headings."""

    relevance_now: Text
    relevance_soon: Text
    relevance_later: Text
    relevance_past: Text
    you_are_here: Text
    age_years: Text
    age_unsure: Text
    what_comes_next: Text
    road: Text
    online_here: Text
    where_to_go: Text
    you_need: Text
    provided_by: Text
    published: Text
    licence: Text
    kind_dataset: Text
    kind_report: Text
    kind_decision: Text

    def get(self, key: str) -> Text:
        value = getattr(self, key, None)
        if not isinstance(value, Text):
            raise KeyError(f"no label {key!r}")
        return value


@dataclass(frozen=True, slots=True)
class Phrases(Dumpable):
    labels: Labels
    notices: NoticeTemplates
