"""Case references a person can read aloud: CA-<year received>-<case number>.

The reference is derived from the case's number and reception year rather than
stored, so storing a case needs no second statement to write it down. The
number has at least six digits ("CA-2026-000123") and grows past a million.
"""

from __future__ import annotations

import re
from datetime import datetime

_REFERENCE = re.compile(r"^CA-(\d{4})-(\d{6,12})$")


def reference_of(case_id: int, received_at: datetime) -> str:
    return f"CA-{received_at.year}-{case_id:06d}"


def parse_reference(reference: str) -> tuple[int, int] | None:
    """(year, case id), or None for anything that is not a reference."""
    match = _REFERENCE.match(reference)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2))
