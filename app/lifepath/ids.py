"""Identifiers other code relies on: station ids, form ids, situations, regions.

Station and form ids are a contract with the form definitions, the gateway's
catalog and the GUI, so they are closed sets checked by the schema rather than
free strings.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final, Literal, get_args

StationId = Literal[
    "birth", "childhood", "studying", "working", "living", "family", "health",
    "mobility", "business", "retiring", "death", "say",
]
STATION_IDS: Final[tuple[str, ...]] = get_args(StationId)

# The online forms written in resources/forms/ (one per station that has one).
FormId = Literal[
    "birth-certificate", "residence-certificate", "change-of-address", "study-financing",
    "income-tax", "ehic", "pension-claim", "business-registration", "death-notification",
    "vehicle-registration", "public-consultation", "child-benefit",
]
FORM_IDS: Final[tuple[str, ...]] = get_args(FormId)


class Situation(StrEnum):
    """What a person may choose to tell about themselves (the card does not say)."""

    HAS_CHILDREN = "has_children"
    EXPECTING_CHILD = "expecting_child"
    IS_STUDENT = "is_student"
    IS_EMPLOYED = "is_employed"
    IS_JOB_SEEKER = "is_job_seeker"
    RUNS_BUSINESS = "runs_business"
    IS_RETIRED = "is_retired"
    # Also derived from a foreigner's residence card; telling it covers the case
    # of a birth date typed in without a card.
    IS_FOREIGNER = "is_foreigner"
    HAS_DISABILITY = "has_disability"
    RECENTLY_BEREAVED = "recently_bereaved"


class Region(StrEnum):
    """Where child benefit, study grants and job search are organised.

    Belgium splits these between regions and communities; the German-speaking
    Community runs its own child benefit and study grants inside Wallonia, so it
    is told apart here.
    """

    FLANDERS = "flanders"
    WALLONIA = "wallonia"
    BRUSSELS = "brussels"
    GERMAN_COMMUNITY = "german_community"


# A slug: lowercase words joined by single hyphens.
SLUG_PATTERN: Final = r"^[a-z0-9]+(-[a-z0-9]+)*$"
