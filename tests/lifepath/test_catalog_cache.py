"""The checked catalog is kept between runs, and only while files and code are the same."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.lifepath import Catalog, CatalogError, load_catalog
from app.lifepath.catalog import catalog_dir
from app.lifepath.catalog_cache import cache_key, cached_catalog


class CountingLoader:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, directory: Path) -> Catalog:
        self.calls += 1
        return load_catalog(directory)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    return Path(shutil.copytree(catalog_dir(), tmp_path / "catalog"))


def test_a_second_start_reads_the_cache_instead_of_checking(files: Path, tmp_path: Path) -> None:
    loader, cache = CountingLoader(), tmp_path / "cache" / "catalog.pickle"
    first = cached_catalog(files, loader, cache)
    second = cached_catalog(files, loader, cache)
    assert loader.calls == 1
    assert second == first and second is not first
    assert cache.is_file()


def test_a_changed_file_is_checked_again(files: Path, tmp_path: Path) -> None:
    loader, cache = CountingLoader(), tmp_path / "catalog.pickle"
    cached_catalog(files, loader, cache)
    path = files / "services" / "health.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["services"][0]["title"]["en"] = "Changed title"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    catalog = cached_catalog(files, loader, cache)
    assert loader.calls == 2
    assert catalog.service(data["services"][0]["id"]).title.en == "Changed title"


def test_a_broken_file_fails_even_after_a_good_start(files: Path, tmp_path: Path) -> None:
    loader, cache = CountingLoader(), tmp_path / "catalog.pickle"
    cached_catalog(files, loader, cache)
    path = files / "phrases.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["notices"]["pension_age"]["fr"] = "Votre âge légal est {leeftijd} ans."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="placeholders"):
        cached_catalog(files, loader, cache)


def test_a_damaged_cache_is_replaced(files: Path, tmp_path: Path) -> None:
    loader, cache = CountingLoader(), tmp_path / "catalog.pickle"
    cached_catalog(files, loader, cache)
    key = cache_key(files)
    assert key is not None
    cache.write_bytes(key.encode() + b"\nnot a pickle")
    assert cached_catalog(files, loader, cache) == load_catalog(files)
    assert loader.calls == 2
    assert cached_catalog(files, loader, cache) is not None
    assert loader.calls == 2


def test_an_unwritable_cache_only_costs_time(files: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    loader = CountingLoader()
    assert cached_catalog(files, loader, blocked / "catalog.pickle") == load_catalog(files)
    cached_catalog(files, loader, blocked / "catalog.pickle")
    assert loader.calls == 2


def test_the_key_follows_every_file(files: Path) -> None:
    before = cache_key(files)
    (files / "open-data.json").write_bytes((files / "open-data.json").read_bytes() + b" ")
    assert cache_key(files) != before


def test_an_edit_of_the_same_size_changes_the_key(files: Path) -> None:
    """The key is made of sizes and modification times, as Python's own bytecode
    cache is: an edit that keeps the size still moves the time."""
    path = files / "open-data.json"
    before = cache_key(files)
    content = path.read_bytes()
    path.write_bytes(content.replace(b"a", b"b", 1))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert len(path.read_bytes()) == len(content) and cache_key(files) != before
