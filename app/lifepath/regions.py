"""The region (or German-speaking Community) of a Belgian postcode.

Child benefit, study grants and job search depend on it; the card's address
holds the postcode, so the person never has to say where they live.
"""

from __future__ import annotations

from typing import Final

from app.lifepath.ids import Region

# Postcode ranges of bpost, first digits to region. 1300-1499 is Walloon
# Brabant and 1500-1999 Flemish Brabant around Brussels (1000-1299).
_RANGES: Final = (
    (1000, 1299, Region.BRUSSELS),
    (1300, 1499, Region.WALLONIA),
    (1500, 3999, Region.FLANDERS),
    # The nine municipalities of the German-speaking Community (Eupen to
    # Burg-Reuland) use 4700-4799; they lie in Wallonia.
    (4700, 4799, Region.GERMAN_COMMUNITY),
    (4000, 7999, Region.WALLONIA),
    (8000, 9999, Region.FLANDERS),
)


def region_of_postcode(postcode: str) -> Region | None:
    """None for anything that is not a four-digit Belgian postcode."""
    text = postcode.strip()
    if len(text) != 4 or not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    for low, high, region in _RANGES:
        if low <= number <= high:
            return region
    return None
