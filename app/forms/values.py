"""The shapes answers take once checked, shared by every part of app.forms."""

from __future__ import annotations

from typing import Final

# What an answer document holds: plain JSON, so that a draft, the PDF's
# attachment and the gateway all read the same thing. Pydantic's alias, because
# drafts validate their state with pydantic and a recursive alias of our own
# cannot be used there.
from pydantic import JsonValue

__all__ = ["DONT_KNOW", "JsonValue", "same"]

# The value of a question answered with "I don't know" where the definition
# allows it. A string rather than null, so that "not answered" (key absent) and
# "does not know" stay different in the document and in conditions.
DONT_KNOW: Final = "dont_know"


def same(a: JsonValue, b: JsonValue) -> bool:
    """JSON equality: true is not 1, but 1 is 1.0 (as JSON Schema's const)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b
