"""The road of life: stations, the service catalog, personalisation and search.

No Qt here: the GUI, the kiosk, the gateway and the command line all draw the
same models. Typical use:

    holder = Holder.from_identity(card["identity"], ["has_children"], address=card["address"])
    road = personalise(holder, today=date.today())
    hits = app.lifepath.search.search("déménagement", "fr")

Search lives in its own module, not loaded here: the road is drawn before
anyone types, and a desktop start should not pay for the index's code.
"""

from app.lifepath.catalog import Catalog, CatalogError, default_catalog, load_catalog
from app.lifepath.dates import Moment, Precision
from app.lifepath.holder import DocumentKind, Holder, HolderError, parse_iso_partial
from app.lifepath.ids import FORM_IDS, STATION_IDS, FormId, Region, Situation, StationId
from app.lifepath.localized import Keywords, Text
from app.lifepath.model import Audience, FormRef, Service, Station
from app.lifepath.opendata import OpenDataItem
from app.lifepath.pension import LegalPension, legal_pension, legal_pension_age
from app.lifepath.personalise import personalise
from app.lifepath.road import (
    Age,
    Notice,
    NoticeKind,
    Relevance,
    Road,
    ServiceOnRoad,
    StationOnRoad,
)

__all__ = [
    "FORM_IDS",
    "STATION_IDS",
    "Age",
    "Audience",
    "Catalog",
    "CatalogError",
    "DocumentKind",
    "FormId",
    "FormRef",
    "Holder",
    "HolderError",
    "Keywords",
    "LegalPension",
    "Moment",
    "Notice",
    "NoticeKind",
    "OpenDataItem",
    "Precision",
    "Region",
    "Relevance",
    "Road",
    "Service",
    "ServiceOnRoad",
    "Situation",
    "Station",
    "StationId",
    "StationOnRoad",
    "Text",
    "default_catalog",
    "legal_pension",
    "legal_pension_age",
    "load_catalog",
    "parse_iso_partial",
    "personalise",
]
