"""Search across stations, services and open-data items in one language.

Each language has a prebuilt index: the folded words of every text with the
weight of the field they come from (a title counts more than a summary), and
a sorted vocabulary for prefix look-ups. A query word matches a vocabulary word
exactly, as a prefix, or within a small edit distance (rapidfuzz, optimal string
alignment, so "pensoin" finds "pension"); rare words weigh more than common ones.
Chinese has no spaces, so runs of Chinese characters match by substring, or by
shared character pairs for near misses.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal

from app.lifepath.catalog import Catalog, default_catalog
from app.lifepath.folding import bigrams, fold, han_runs, words
from app.lifepath.ids import StationId
from app.lifepath.localized import Text
from app.text import LANGUAGES

SearchKind = Literal["station", "service", "open_data"]

_TITLE: Final = 3.0
_KEYWORDS: Final = 2.5
_PROVIDER: Final = 1.5
_SUMMARY: Final = 1.0
_DETAIL: Final = 0.5
# How much a match is worth, by how the query word met the indexed word.
_EXACT: Final = 1.0
_PREFIX: Final = 0.8
_TYPO: Final = (0.75, 0.55)  # one edit, two edits
_HAN_PAIRS: Final = 0.6
_PHRASE_BONUS: Final = 2.0
_MIN_PREFIX: Final = 3
_MIN_FUZZY: Final = 4
_KIND_ORDER: Final = {"service": 0, "station": 1, "open_data": 2}


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: SearchKind
    id: str
    station: StationId
    title: str
    score: float


@dataclass(frozen=True, slots=True)
class _Doc:
    kind: SearchKind
    id: str
    station: StationId
    title: str
    order: int
    # (weight, folded text) per field.
    fields: tuple[tuple[float, str], ...]


class _LanguageIndex:
    """Postings (word -> document -> best field weight), word rarity, the sorted
    vocabulary for prefixes, and the Chinese runs of every field."""

    def __init__(self, docs: list[_Doc]) -> None:
        self.docs = docs
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        han: list[tuple[tuple[float, str, frozenset[str]], ...]] = []
        for number, doc in enumerate(docs):
            for weight, text in doc.fields:
                for word in words(text):
                    postings[word][number] = max(postings[word].get(number, 0.0), weight)
            han.append(tuple((weight, run, bigrams(run)) for weight, text in doc.fields
                             for run in han_runs(text)))
        self.postings = dict(postings)
        self.idf = {word: math.log(1 + len(docs) / len(hits)) for word, hits in postings.items()}
        self.vocabulary = sorted(postings)
        self.han_fields = han

    def _candidates(self, word: str) -> dict[str, float]:
        found: dict[str, float] = {}
        if word in self.postings:
            found[word] = _EXACT
        if len(word) >= _MIN_PREFIX:
            start = bisect.bisect_left(self.vocabulary, word)
            for known in self.vocabulary[start:]:
                if not known.startswith(word):
                    break
                found.setdefault(known, _PREFIX)
        # A word found as typed is no typo: looking further would let "statbel"
        # rank "state" above the publisher it names.
        if word not in self.postings and len(word) >= _MIN_FUZZY:
            # Imported here: the program starts (and draws the road) without it.
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            most = 1 if len(word) <= 5 else 2
            for known, distance, _ in process.extract(
                    word, self.vocabulary, scorer=OSA.distance, score_cutoff=most, limit=None):
                if distance > 0:
                    quality = _TYPO[int(distance) - 1]
                    found[known] = max(found.get(known, 0.0), quality)
        return found

    def word_scores(self, word: str) -> dict[int, float]:
        scores: dict[int, float] = {}
        for known, quality in self._candidates(word).items():
            idf = self.idf[known]
            for number, weight in self.postings[known].items():
                value = quality * weight * idf
                if value > scores.get(number, 0.0):
                    scores[number] = value
        return scores

    def han_scores(self, run: str) -> dict[int, float]:
        wanted = bigrams(run)
        scores: dict[int, float] = {}
        for number, fields in enumerate(self.han_fields):
            best = 0.0
            for weight, text, pairs in fields:
                if run in text:
                    best = max(best, weight * _EXACT)
                elif wanted:
                    share = len(wanted & pairs) / len(wanted)
                    if share >= 0.5:
                        best = max(best, weight * _HAN_PAIRS * share)
            if best:
                scores[number] = best
        return scores


def _station_docs(catalog: Catalog, language: str) -> Iterable[_Doc]:
    for station in catalog.stations:
        yield _doc("station", station.id, station.id, station.order * 100, station.title, language,
                   (_KEYWORDS, " ".join(station.keywords.pick(language))),
                   (_SUMMARY, station.summary.pick(language)),
                   (_DETAIL, station.typically.pick(language)))


def _service_docs(catalog: Catalog, language: str) -> Iterable[_Doc]:
    orders = {station.id: station.order for station in catalog.stations}
    for position, service in enumerate(catalog.services):
        regional = " ".join(p.provider.pick(language) for p in service.regional.values())
        yield _doc("service", service.id, service.station,
                   orders[service.station] * 100 + position, service.title, language,
                   (_KEYWORDS, " ".join(service.keywords.pick(language))),
                   (_PROVIDER, service.provider.pick(language) + " " + regional),
                   (_SUMMARY, service.summary.pick(language)),
                   (_DETAIL, " ".join(need.pick(language) for need in service.needs)))


def _open_data_docs(catalog: Catalog, language: str) -> Iterable[_Doc]:
    labels = catalog.phrases.labels
    for position, item in enumerate(catalog.open_data):
        # "open data", "report": words people add to a query that no item repeats.
        kind = labels.get(f"kind_{item.kind}").pick(language)
        yield _doc("open_data", item.id, "say", 10_000 + position, item.title, language,
                   (_KEYWORDS, " ".join(item.keywords.pick(language))),
                   (_PROVIDER, item.publisher.pick(language)),
                   (_SUMMARY, item.summary.pick(language)),
                   (_DETAIL, " ".join((kind, item.licence.pick(language), *item.formats))))


def _doc(kind: SearchKind, doc_id: str, station: StationId, order: int, title: Text,
         language: str, *fields: tuple[float, str]) -> _Doc:
    shown = title.pick(language)
    folded = tuple((weight, fold(text)) for weight, text in ((_TITLE, shown), *fields))
    return _Doc(kind=kind, id=doc_id, station=station, title=shown, order=order, fields=folded)


class SearchIndex:
    """Prebuilt for every language; searching never touches the catalog again."""

    def __init__(self, catalog: Catalog) -> None:
        self._indexes = {
            language: _LanguageIndex([*_station_docs(catalog, language),
                                      *_service_docs(catalog, language),
                                      *_open_data_docs(catalog, language)])
            for language in LANGUAGES
        }

    def search(self, query: str, language: str, *, limit: int = 20,
               kinds: Collection[SearchKind] | None = None,
               only: Collection[str] | None = None) -> list[SearchHit]:
        """Best matches first. `kinds` narrows to stations, services or open data;
        `only` to given ids (for example the services of a personalised road)."""
        if language not in self._indexes:
            raise ValueError(f"no language {language!r}; expected one of {', '.join(LANGUAGES)}")
        index = self._indexes[language]
        folded = " ".join(fold(query).split())
        terms: list[dict[int, float]] = [index.word_scores(w) for w in words(folded)]
        terms += [index.han_scores(run) for run in han_runs(folded)]
        if not terms:
            return []
        totals: dict[int, float] = defaultdict(float)
        matched: dict[int, int] = defaultdict(int)
        for scores in terms:
            for number, value in scores.items():
                totals[number] += value
                matched[number] += 1
        hits: list[SearchHit] = []
        for number, total in totals.items():
            doc = index.docs[number]
            if (kinds is not None and doc.kind not in kinds) or (only is not None
                                                               and doc.id not in only):
                continue
            # Documents matching every term of the query rank above partial matches.
            score = total * (matched[number] / len(terms)) ** 2
            if _in_title(folded, doc.fields[0][1]):
                score += _PHRASE_BONUS * _TITLE
            hits.append(SearchHit(kind=doc.kind, id=doc.id, station=doc.station,
                                  title=doc.title, score=round(score, 4)))
        order = {doc.id: (doc.order, _KIND_ORDER[doc.kind]) for doc in index.docs}
        hits.sort(key=lambda hit: (-hit.score, order[hit.id]))
        return hits[:limit]


def _in_title(folded_query: str, folded_title: str) -> bool:
    """The whole query at the start of a title word ("de" must not hit "der");
    Chinese, written without spaces, anywhere in the title."""
    if han_runs(folded_query):
        return folded_query in folded_title
    if len(folded_query) < _MIN_PREFIX:
        return False
    return re.search(r"(?<![0-9a-z])" + re.escape(folded_query), folded_title) is not None


@cache
def default_index() -> SearchIndex:
    return SearchIndex(default_catalog())


def warm_up() -> None:
    """Build the index and load the matcher of typos now, ahead of the first search."""
    import rapidfuzz  # noqa: F401

    default_index()


def search(query: str, language: str = "en", *, limit: int = 20,
           kinds: Collection[SearchKind] | None = None,
           only: Collection[str] | None = None) -> list[SearchHit]:
    """Search the shipped catalog with the index built once per process."""
    return default_index().search(query, language, limit=limit, kinds=kinds, only=only)
