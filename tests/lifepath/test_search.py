from __future__ import annotations

import time

import pytest

from app.lifepath import Catalog
from app.lifepath.search import SearchIndex, search


def _ids(query: str, language: str, limit: int = 3) -> list[str]:
    return [hit.id for hit in search(query, language, limit=limit)]


@pytest.mark.parametrize("query, language, expected", [
    ("déménagement", "fr", "change-of-address"),
    ("demenagement", "fr", "change-of-address"),  # no accents typed
    ("DÉMÉNAGEMENT", "fr", "change-of-address"),
    ("pension", "en", "pension-claim"),
    ("pensoin", "en", "pension-claim"),  # swapped letters
    ("pensioen", "nl", "pension-claim"),
    ("pensoien", "nl", "pension-claim"),
    ("adreswijziging", "nl", "change-of-address"),
    ("verhuizen", "nl", "change-of-address"),
    ("kinderbijslag", "nl", "child-benefit"),
    ("Führerschein", "de", "driving-licence"),
    ("fuhrerschein", "de", "driving-licence"),
    ("fuehrerschein", "de", "driving-licence"),
    ("Kindergeld", "de", "child-benefit"),
    ("Geburtsurkunde", "de", "birth-certificate"),
    ("allocations familialles", "fr", "child-benefit"),
    ("acte de naissance", "fr", "birth-certificate"),
    ("change adress", "en", "change-of-address"),
    ("ehic", "en", "ehic"),
    ("CEAM", "fr", "ehic"),
    ("出生证明", "zh", "birth-certificate"),
    ("驾照", "zh", "driving-licence"),
    ("申请养老金", "zh", "pension-claim"),
    ("养老", "zh", "pension-claim"),
    ("ＥＨＩＣ", "zh", "ehic"),  # full-width letters from a Chinese keyboard
])
def test_finds_the_service(query: str, language: str, expected: str) -> None:
    assert expected in _ids(query, language)


@pytest.mark.parametrize("query, language, expected", [
    ("open data population", "en", "population-by-municipality"),
    ("Moniteur belge", "fr", "official-journal"),
    ("Staatsblad", "nl", "official-journal"),
    ("Verbraucherpreisindex", "de", "consumer-price-index"),
    ("开放数据", "zh", "cbe-open-data"),
    ("statbel", "en", "population-by-municipality"),
])
def test_finds_open_data(query: str, language: str, expected: str) -> None:
    assert expected in _ids(query, language, limit=5)


def test_finds_stations() -> None:
    assert search("Mobilität", "de", kinds=["station"])[0].id == "mobility"
    assert search("童年", "zh", kinds=["station"])[0].id == "childhood"


def test_hits_carry_the_title_in_the_language() -> None:
    [hit] = search("EHIC", "nl", limit=1)
    assert (hit.kind, hit.station, hit.title) == ("service", "health",
                                                  "Europese ziekteverzekeringskaart")


def test_kinds_and_only_narrow_the_results() -> None:
    assert {h.kind for h in search("pension", "en", kinds=["open_data"])} <= {"open_data"}
    only = {"pension-data"}
    assert [h.id for h in search("pension", "en", only=only)] == ["pension-data"]


def test_ranking_puts_full_matches_first() -> None:
    hits = search("child benefit", "en")
    assert hits[0].id == "child-benefit"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize("query", ["", "   ", "!!", "zzzzqqq"])
def test_nothing_to_find(query: str) -> None:
    assert search(query, "en") == []


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="language"):
        search("pension", "xx")


def test_a_query_takes_well_under_a_few_milliseconds(catalog: Catalog) -> None:
    index = SearchIndex(catalog)
    queries = [("pensoin", "en"), ("déménagement", "fr"), ("Führerschein", "de"),
               ("出生证明", "zh"), ("kinderbijslag aanvragen", "nl")] * 40
    index.search("warm up", "en")
    start = time.perf_counter()
    for query, language in queries:
        index.search(query, language)
    per_query = (time.perf_counter() - start) / len(queries)
    assert per_query < 0.003, f"{per_query * 1000:.2f} ms per query"
