"""Answers made of parts: a Belgian address, an attached file."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Final

from app.forms.checks.base import CheckContext, Checked, problem, refuse
from app.forms.checks.text import clean_text
from app.forms.messages import MessageKind
from app.forms.problems import Problem
from app.forms.questions import AddressQuestion, AttachmentQuestion

ADDRESS_PARTS: Final = ("street_and_number", "postcode", "municipality")
_PART_LIMITS: Final = {"street_and_number": 200, "municipality": 100}
_MISSING_PART: Final[dict[str, MessageKind]] = {
    "street_and_number": "street_required", "postcode": "postcode_required",
    "municipality": "municipality_required"}

# The first bytes of each accepted type: a renamed file is refused here rather
# than by the agency weeks later. Three well-known signatures do not justify a
# dependency on libmagic.
_SIGNATURES: Final = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}
TYPE_NAMES: Final = {"application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG"}


def check_address(question: AddressQuestion, raw: Any, ctx: CheckContext) -> Checked:
    if not isinstance(raw, Mapping):
        return refuse(question, "address_invalid", ctx)
    given = dict(raw)
    if "postcode" not in given and "zip" in given:
        given["postcode"] = given.pop("zip")  # the card's key for it
    if set(given) - set(ADDRESS_PARTS) or not all(
            value is None or (isinstance(value, str | int) and not isinstance(value, bool))
            for value in given.values()):
        return refuse(question, "address_invalid", ctx)
    parts = {key: clean_text(str(given.get(key) or ""), multiline=False) for key in ADDRESS_PARTS}
    parts["postcode"] = re.sub(r"[\s-]", "", parts["postcode"]).upper().removeprefix("B")
    problems: list[Problem] = []
    for key, kind in _MISSING_PART.items():
        if not parts[key]:
            problems.append(problem(question, kind, ctx, key))
        elif key in _PART_LIMITS and len(parts[key]) > _PART_LIMITS[key]:
            problems.append(problem(question, "too_long", ctx, key, max=_PART_LIMITS[key]))
    if parts["postcode"] and not re.fullmatch(r"[1-9]\d{3}", parts["postcode"]):
        problems.append(problem(question, "postcode_invalid", ctx, "postcode"))
    if problems:
        return Checked(problems=tuple(problems))
    return Checked(dict(parts))


def human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.3g} MB"
    if size >= 1_000:
        return f"{size / 1_000:.3g} kB"
    return f"{size} B"


def check_attachment(question: AttachmentQuestion, raw: Any, ctx: CheckContext) -> Checked:
    if not isinstance(raw, Mapping) or set(raw) != {"name", "media_type", "content_base64"}:
        return refuse(question, "file_invalid", ctx)
    name, media_type, content = raw["name"], raw["media_type"], raw["content_base64"]
    if not (isinstance(name, str) and isinstance(media_type, str) and isinstance(content, str)):
        return refuse(question, "file_invalid", ctx)
    # Keep the file's own name only: a path would tell the agency about the PC.
    name = clean_text(PureWindowsPath(PurePosixPath(name).name).name, multiline=False)[:255]
    types = ", ".join(TYPE_NAMES[t] for t in question.media_types)
    if not name or media_type not in question.media_types:
        return refuse(question, "file_type", ctx, types=types)
    # Base64 of the largest file allowed, and no more, before decoding anything.
    if len(content) > (question.max_bytes + 2) // 3 * 4 + 4:
        return refuse(question, "file_too_big", ctx, size=human_size(question.max_bytes))
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        return refuse(question, "file_invalid", ctx)
    if not data:
        return refuse(question, "file_empty", ctx)
    if len(data) > question.max_bytes:
        return refuse(question, "file_too_big", ctx, size=human_size(question.max_bytes))
    if not data.startswith(_SIGNATURES[media_type]):
        return refuse(question, "file_type", ctx, types=types)
    return Checked({"name": name, "media_type": media_type,
                    "content_base64": base64.b64encode(data).decode("ascii")})
