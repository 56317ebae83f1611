"""The official eID Viewer's `.eid` file: save what a card showed, open it again.

The format is the XML of eidv4.xsd (shipped in resources/eid/). It holds the
identity, card, address and certificate data but no signatures, so a file can
show data and never prove it: what is opened comes back as
`EidData(source="file", authenticity=None)`.

The viewer stores values in its own forms, which eidfile_write and
eidfile_read convert from and to the card's: dates as YYYYMMDD (a blank birth
day or month as 00), gender as male/female, codes (document type, special
status, mentions) as names, VAT numbers as ten digits. The date and country of protection (card:
`dd.MM.yyyy-CC`) is written YYYYMMDDCC like the other dates; the viewer itself
defines no conversion for it. The `version` attribute names the oldest format
version that holds the data (4.1 to 4.5, see the viewer's versions.md), as the
viewer does; files that need nothing newer than 4.0 carry none.

What the format cannot hold is lost on saving: the file structure versions,
photo and basic key hashes, special organisation, EU registration date,
unknown tags, and the language the card writes the birth date and the sex in.
Opening rebuilds those two in a card language: the one given, else the one the
Belgian nationality is written in (Belg/Belge/Belgier), else Dutch.

Every file is validated against the schema before anything is taken from it,
with entity declarations and external references refused (they have no place
in these files and are how XML parsers get attacked).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Final

import xmlschema

from app.cardreader.dates import CardDateError, CardLanguage
from app.cardreader.eidfile_format import EidFileError
from app.cardreader.eidfile_read import read_tree
from app.cardreader.eidfile_write import build_tree
from app.cardreader.model import CardDataError, EidData
from app.resources import resource_path

__all__ = ["MAX_FILE_SIZE", "EidFileError", "dump_eid", "load_eid", "open_eid", "save_eid"]

# The largest real file is about 12 KB (photo and five certificates); anything
# far bigger is not an eID file and is refused before parsing.
MAX_FILE_SIZE: Final = 2 * 1024 * 1024


@cache
def _schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(resource_path("eid", "eidv4.xsd")))


def dump_eid(data: EidData) -> bytes:
    """The `.eid` XML of `data`, validated against the schema."""
    root = build_tree(data)
    ET.indent(root, space="")
    content: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    error = next(iter(_schema().iter_errors(io.BytesIO(content))), None)
    if error is not None:
        raise EidFileError(f"This card's data does not fit the eID Viewer format: "
                           f"{error.reason} (at {error.path})")
    return content


def save_eid(data: EidData, path: Path) -> None:
    """Write `data` to `path`; the file appears whole or not at all."""
    content = dump_eid(data)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(content)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EidFileError(f"Cannot write {path}: {exc.strerror or exc}") from None


def open_eid(path: Path, *, language: CardLanguage | None = None) -> EidData:
    """Read a `.eid` file; EidFileError with a plain reason if it is not one."""
    try:
        with path.open("rb") as stream:
            content = stream.read(MAX_FILE_SIZE + 1)
    except OSError as exc:
        raise EidFileError(f"Cannot open {path}: {exc.strerror or exc}") from None
    return load_eid(content, language=language)


def load_eid(content: bytes, *, language: CardLanguage | None = None) -> EidData:
    """Parse `.eid` XML; `language` picks the card language to rebuild values in."""
    if len(content) > MAX_FILE_SIZE:
        raise EidFileError("This file is far too large to be an eID file.")
    try:
        # A stream, never bytes: xmlschema would take bytes that do not start
        # with "<" for a file name or URL.
        resource = xmlschema.XMLResource(io.BytesIO(content), defuse="always", allow="none")
        error = next(iter(_schema().iter_errors(resource)), None)
    except (xmlschema.XMLSchemaException, LookupError, ValueError) as exc:
        # LookupError: a damaged encoding declaration ("aTF-8"); ValueError
        # covers what the XML parser raises for bytes that are not XML at all.
        raise EidFileError(f"This is not an eID file: {_first_line(exc)}") from None
    if error is not None:
        raise EidFileError(f"This file does not follow the eID Viewer format: "
                           f"{error.reason} (at {error.path})")
    try:
        return read_tree(resource.root, language)
    except (CardDateError, CardDataError) as exc:
        raise EidFileError(f"This eID file holds an impossible value: {exc}") from None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
