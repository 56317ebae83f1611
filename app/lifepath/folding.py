"""Text folded for matching: case, accents and ligatures do not count.

"Déménagement", "DEMENAGEMENT" and "demenagement" fold alike, as do "Führerschein"
and "fuhrerschein"; Chinese is kept as it is and matched by substring.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Letters that NFKD does not take apart but people type without their mark.
_LETTERS: Final = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe",
                                 "ð": "d", "þ": "th", "ı": "i"})
_WORD: Final = re.compile(r"[0-9a-z]+")
# CJK Unified Ideographs, Extension A and Compatibility Ideographs.
_HAN: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_LETTERS)


def words(folded: str) -> list[str]:
    """Latin-script words (and numbers) of folded text."""
    return _WORD.findall(folded)


def han_runs(folded: str) -> list[str]:
    """Runs of Chinese characters, which have no spaces between words."""
    return _HAN.findall(folded)


def bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))
