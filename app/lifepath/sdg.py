"""The twenty-one procedures of the EU Single Digital Gateway (Regulation (EU)
2018/1724, Annex II) and the station of our road where each belongs."""

from __future__ import annotations

from typing import Final, Literal, get_args

SdgProcedure = Literal[
    "proof-of-birth",
    "proof-of-residence",
    "study-financing",
    "higher-education-admission",
    "diploma-recognition",
    "social-security-legislation",
    "benefit-changes",
    "ehic",
    "income-tax",
    "change-of-address",
    "vehicle-registration",
    "road-use-stickers",
    "emission-stickers",
    "pension-claim",
    "pension-information",
    "business-activity",
    "employer-registration",
    "employee-insurance",
    "corporate-tax",
    "end-of-contract",
    "social-contributions",
]
SDG_PROCEDURES: Final[tuple[str, ...]] = get_args(SdgProcedure)

# Annex II files the EHIC under "working" because the right comes from social
# insurance; people look for it under health, where our road puts it. "Moving"
# is split: the address change belongs to living, vehicles to mobility.
SDG_STATION: Final[dict[str, str]] = {
    "proof-of-birth": "birth",
    "proof-of-residence": "living",
    "study-financing": "studying",
    "higher-education-admission": "studying",
    "diploma-recognition": "studying",
    "social-security-legislation": "working",
    "benefit-changes": "working",
    "ehic": "health",
    "income-tax": "working",
    "change-of-address": "living",
    "vehicle-registration": "mobility",
    "road-use-stickers": "mobility",
    "emission-stickers": "mobility",
    "pension-claim": "retiring",
    "pension-information": "retiring",
    "business-activity": "business",
    "employer-registration": "business",
    "employee-insurance": "business",
    "corporate-tax": "business",
    "end-of-contract": "business",
    "social-contributions": "business",
}
