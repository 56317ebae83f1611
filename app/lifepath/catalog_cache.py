"""The checked catalog kept between runs, so that a start skips pydantic.

Checking the catalog against its schema takes pydantic, and importing pydantic
and building the models costs more than everything else the road needs at
start. The result only changes when the files or the code that reads them
change, so it is kept (pickled) in the user's cache directory under a key made
of both: the name, size and modification time of every catalog file and of the
modules that define the schema and the classes (app/lifepath, app/text.py), as
Python keys its own bytecode cache. Stating them is cheaper than reading and
hashing them at every start (that cost 4 ms, with OpenSSL's hashlib loaded for
it). Any difference, a damaged file or a cache that cannot be read means the
files are checked again.

The catalog is public content, not personal data: keeping it on disk is fine
on a kiosk too. The cache is written only by this program, in a directory only
its user can write to.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

from app.lifepath.catalog import Catalog

log = logging.getLogger(__name__)

_FORMAT = b"catalog-cache 2"
_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "text.py")


def _code_files() -> list[Path]:
    lifepath, text = _CODE
    return [*sorted(lifepath.glob("*.py")), text] if text.is_file() else []


def cache_key(directory: Path) -> str | None:
    """The key of the catalog in `directory` as this code reads it; None when the
    code's sources are not there to say which version it is (a frozen build)."""
    code = _code_files()
    if not code:
        return None
    parts = [_FORMAT.decode(), repr(sys.version_info[:2])]
    for path in (*code, *sorted(directory.rglob("*.json"))):
        stat = path.stat()
        parts.append(f"{path.relative_to(path.parent.parent)}:{stat.st_size}:{stat.st_mtime_ns}")
    # One line (the key is the cache file's first line): no separator inside.
    return "|".join(parts).replace("\n", " ")


def cache_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("citizen-assistant")) / "catalog.pickle"


def cached_catalog(directory: Path, load: Callable[[Path], Catalog],
                   path: Path | None = None) -> Catalog:
    """The catalog in `directory`: from the cache when its key matches, otherwise
    `load(directory)` (which checks it), then kept for the next run."""
    try:
        key = cache_key(directory)
    except OSError:
        key = None
    if key is None:
        return load(directory)
    path = path if path is not None else cache_path()
    found = _read(path, key)
    if found is not None:
        return found
    catalog = load(directory)
    _write(path, key, catalog)
    return catalog


def _read(path: Path, key: str) -> Catalog | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = key.encode() + b"\n"
    if not blob.startswith(head):
        return None  # another version of the files or of the code
    try:
        catalog = pickle.loads(blob[len(head):])
    except Exception as exc:  # a damaged cache only costs a check
        log.info("catalog cache unreadable, checking the files again: %s", exc)
        return None
    return catalog if isinstance(catalog, Catalog) else None


def _write(path: Path, key: str, catalog: Catalog) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(key.encode() + b"\n"
                              + pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
    except OSError as exc:  # a cache that cannot be written only costs time
        log.info("catalog cache not written: %s", exc)
