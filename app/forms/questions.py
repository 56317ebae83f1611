"""The questions of a form definition: their types, rules and prefill bindings.

Each type is its own model, told apart by `type`, so that the JSON Schema of the
format says exactly which rules fit which question (a `pattern` on a text, a
`minimum` on a number) and a definition with a rule on the wrong type is refused.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, model_validator

from app.cardreader.tags import ADDRESS_TAGS, IDENTITY_TAGS
from app.forms.conditions import QuestionId
from app.forms.localized import Localized
from app.forms.messages import MessageKind
from app.forms.values import DONT_KNOW


class StrictModel(BaseModel):
    """Definitions are hand-written content: an unknown key is a typo, not an extension."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Number: TypeAlias = StrictInt | StrictFloat
OptionValue = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]

# The keys of `card read --json` (design.md): the card's own plus the parsed dates.
CARD_IDENTITY_KEYS = frozenset(IDENTITY_TAGS.values()) | {
    "birth_date_iso", "validity_begin_iso", "validity_end_iso"}
CARD_ADDRESS_KEYS = frozenset(ADDRESS_TAGS.values())

_SOURCE = re.compile(
    r"^(card\.identity\.[a-z0-9_]+|card\.address(\.[a-z_]+)?"
    r"|me(\.[a-z][a-z0-9_]*)+|answers\.[a-z][a-z0-9_]*)$")


class PrefillMode(StrEnum):
    # Read-only, "from your eID card": the card is authentic, there is nothing to ask.
    SHOW = "show"
    # Read-only, and the person must confirm it is right (where the procedure says so).
    CONFIRM = "confirm"
    # A starting value the person may change (government data may be out of date).
    DEFAULT = "default"


class Binding(StrictModel):
    """Where a question's value comes from before the person types anything."""

    source: str = Field(alias="from", description=(
        "card.identity.<key>, card.address[.<key>], me.<key>[.<key>…] or answers.<question id>"))
    mode: PrefillMode = PrefillMode.DEFAULT

    @model_validator(mode="after")
    def _known_source(self) -> Binding:
        if not _SOURCE.match(self.source):
            raise ValueError(f"unknown prefill source {self.source!r}")
        parts = self.source.split(".")
        if parts[:2] == ["card", "identity"] and parts[2] not in CARD_IDENTITY_KEYS:
            raise ValueError(f"the card has no identity key {parts[2]!r}")
        if parts[:2] == ["card", "address"] and len(parts) == 3 and (
                parts[2] not in CARD_ADDRESS_KEYS):
            raise ValueError(f"the card has no address key {parts[2]!r}")
        if self.mode is not PrefillMode.DEFAULT and parts[0] != "card":
            # Only the card is authentic enough to be shown as fixed; anything
            # else is a suggestion the person can correct.
            raise ValueError(f"{self.source}: mode {self.mode.value!r} is only for card data")
        return self

    @property
    def root(self) -> str:
        return self.source.split(".", 1)[0]

    @property
    def from_card(self) -> bool:
        return self.root == "card"

    @property
    def fixed(self) -> bool:
        """The value cannot be changed by the person (shown or to be confirmed)."""
        return self.mode is not PrefillMode.DEFAULT


class _Question(StrictModel):
    id: QuestionId
    label: Localized = Field(description="The question; the page heading on a one-question page.")
    name: Localized = Field(description=(
        "Short name, written to start a sentence (\"Date of birth\"): the key on the "
        "check-your-answers page and the subject of default error messages."))
    hint: Localized | None = None
    optional: bool = False
    dont_know: bool = Field(False, description="Offer \"I don't know\" as a real answer.")
    prefill: Binding | None = None
    messages: dict[MessageKind, Localized] = Field(
        default_factory=dict,
        description="Error messages for this question; 'required' is mandatory unless optional.")

    @model_validator(mode="after")
    def _has_required_message(self) -> _Question:
        if not self.optional and "required" not in self.messages:
            raise ValueError(f"question {self.id!r} needs a 'required' message")
        return self


class TextQuestion(_Question):
    type: Literal["text"]
    min_length: int | None = Field(None, ge=1)
    max_length: int = Field(200, ge=1, le=10000)
    pattern: str | None = Field(
        None, description="A regular expression (Python and ECMA alike) for the whole value.")
    multiline: bool = False
    normalise: list[Literal["upper", "compact"]] = Field(
        default_factory=list, description="Applied before the checks: codes typed in any case "
                                          "or with spaces are the same code.")

    @model_validator(mode="after")
    def _rules_fit(self) -> TextQuestion:
        if self.min_length is not None and self.min_length > self.max_length:
            raise ValueError(f"{self.id}: min_length is above max_length")
        if self.pattern is not None:
            re.compile(self.pattern)
            if "pattern" not in self.messages:
                raise ValueError(f"{self.id}: a pattern needs a 'pattern' message")
        return self


class NumberQuestion(_Question):
    type: Literal["number"]
    minimum: Number | None = None
    maximum: Number | None = None
    decimals: int = Field(0, ge=0, le=4, description="0 for whole numbers; 2 for euro and cent.")
    unit: Localized | None = None

    @model_validator(mode="after")
    def _range_fits(self) -> NumberQuestion:
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            raise ValueError(f"{self.id}: minimum is above maximum")
        return self


DateWhen = Literal["past", "past_or_today", "future", "future_or_today"]


class DateQuestion(_Question):
    type: Literal["date"]
    when: DateWhen | None = None
    first_of_month: bool = False
    min_age: int | None = Field(None, ge=0, le=150,
                                description="For a birth date: at least this many years old.")
    max_age: int | None = Field(None, ge=0, le=150,
                                description="For a birth date: at most this many years old.")
    max_days_ago: int | None = Field(None, ge=0)
    max_days_ahead: int | None = Field(None, ge=0)
    earliest: date | None = None
    latest: date | None = None


class Option(StrictModel):
    value: OptionValue
    label: Localized
    hint: Localized | None = None


class ChoiceQuestion(_Question):
    type: Literal["choice"]
    options: list[Option] = Field(min_length=2)
    multiple: bool = Field(False, description="Checkboxes (a list of values) instead of radios.")

    @model_validator(mode="after")
    def _options_fit(self) -> ChoiceQuestion:
        values = [option.value for option in self.options]
        if len(set(values)) != len(values):
            raise ValueError(f"{self.id}: option values repeat")
        if DONT_KNOW in values:
            raise ValueError(f"{self.id}: use dont_know: true instead of an option {DONT_KNOW!r}")
        return self

    def option(self, value: str) -> Option | None:
        return next((option for option in self.options if option.value == value), None)


class YesNoQuestion(_Question):
    type: Literal["yes_no"]


class AddressQuestion(_Question):
    """A Belgian address: street and number, postcode, municipality."""

    type: Literal["address"]


class NationalNumberQuestion(_Question):
    type: Literal["national_number"]
    allow_bis: bool = Field(False, description="Also accept a BIS number (people not in the "
                                                "National Register).")
    different_from: str | None = Field(None, description=(
        "A source (as in prefill) this number must differ from, e.g. the card's own number "
        "when asking for someone else's; needs a 'different' message."))

    @model_validator(mode="after")
    def _different_has_message(self) -> NationalNumberQuestion:
        if self.different_from is not None:
            Binding.model_validate({"from": self.different_from})  # a prefill source's syntax
            if "different" not in self.messages:
                raise ValueError(f"{self.id}: different_from needs a 'different' message")
        return self


class IbanQuestion(_Question):
    type: Literal["iban"]
    countries: list[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]] | None = None


class EmailQuestion(_Question):
    type: Literal["email"]


class PhoneQuestion(_Question):
    type: Literal["phone"]
    region: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = Field(
        "BE", description="Where a number without a country code is taken to be.")


MediaType = Literal["application/pdf", "image/jpeg", "image/png"]


class AttachmentQuestion(_Question):
    """A file; its content travels as base64 in the answer document."""

    type: Literal["attachment"]
    media_types: list[MediaType] = Field(min_length=1)
    max_bytes: int = Field(5_000_000, ge=1, le=10_000_000)


class DeclarationQuestion(_Question):
    """A statement the person must tick; the label is the statement itself."""

    type: Literal["declaration"]

    @model_validator(mode="after")
    def _must_be_ticked(self) -> DeclarationQuestion:
        if self.optional or self.dont_know or self.prefill is not None:
            raise ValueError(f"{self.id}: a declaration is never optional nor prefilled")
        return self


Question = Annotated[
    TextQuestion | NumberQuestion | DateQuestion | ChoiceQuestion | YesNoQuestion
    | AddressQuestion | NationalNumberQuestion | IbanQuestion | EmailQuestion | PhoneQuestion
    | AttachmentQuestion | DeclarationQuestion,
    Field(discriminator="type"),
]
