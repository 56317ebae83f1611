"""The shipped catalog meets its schema and its contracts with other code."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from app.lifepath import (
    FORM_IDS,
    STATION_IDS,
    Catalog,
    CatalogError,
    Text,
    default_catalog,
    load_catalog,
    schema,
)
from app.lifepath.catalog import catalog_dir
from app.lifepath.localized import Keywords
from app.lifepath.sdg import SDG_PROCEDURES, SDG_STATION
from app.text import LANGUAGES, translation_problems

# The forms the colleague's definitions provide (resources/forms/ID.json), by station.
FORM_STATIONS = {
    "birth-certificate": "birth", "residence-certificate": "living",
    "change-of-address": "living", "study-financing": "studying", "income-tax": "working",
    "ehic": "health", "pension-claim": "retiring", "business-registration": "business",
    "death-notification": "death", "vehicle-registration": "mobility",
    "public-consultation": "say", "child-benefit": "family",
}


def _texts(value: object, where: str) -> Iterator[tuple[str, Text]]:
    """Every localized text inside a model, with a path for error messages."""
    if isinstance(value, Text):
        yield where, value
    elif is_dataclass(value):
        for field in fields(value):
            yield from _texts(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{where}.{key}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            label = getattr(item, "id", index)
            yield from _texts(item, f"{where}[{label}]")


def _keywords(value: object) -> Iterator[Keywords]:
    if isinstance(value, Keywords):
        yield value
    elif is_dataclass(value):
        for field in fields(value):
            yield from _keywords(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _keywords(item)


@pytest.mark.parametrize("path", sorted(catalog_dir().rglob("*.json")),
                         ids=lambda p: str(p.relative_to(catalog_dir())))
def test_every_catalog_file_validates_against_its_schema(path: Path) -> None:
    models: dict[str, type[BaseModel]] = {"stations.json": schema.StationsFile,
                                          "open-data.json": schema.OpenDataFile,
                                          "phrases.json": schema.Phrases}
    model = models.get(path.name, schema.ServicesFile)
    model.model_validate(json.loads(path.read_text(encoding="utf-8")))


def _schema_models() -> list[type[BaseModel]]:
    return [value for value in vars(schema).values() if isinstance(value, type)
            and issubclass(value, BaseModel) and value is not BaseModel
            and "runtime" in value.__class_vars__]


@pytest.mark.parametrize("model", _schema_models(), ids=lambda model: model.__name__)
def test_the_programs_classes_have_the_fields_of_the_schema(model: type[BaseModel]) -> None:
    runtime = model.runtime  # type: ignore[attr-defined]
    assert [field.name for field in fields(runtime)] == list(model.model_fields)
    aliases = {field.name: field.metadata["alias"] for field in fields(runtime)
               if "alias" in field.metadata}
    assert aliases == {name: info.alias for name, info in model.model_fields.items()
                       if info.alias is not None}


def test_the_cached_catalog_is_the_checked_one(catalog: Catalog) -> None:
    assert default_catalog() is catalog
    assert catalog == load_catalog()


def test_the_catalog_reads_back_from_its_json(catalog: Catalog) -> None:
    document = json.loads(json.dumps(catalog.model_dump(mode="json", by_alias=True)))
    assert document["stations"][0]["ages"]["from"] == catalog.stations[0].ages.from_
    assert Catalog.model_validate(document) == catalog


def test_catalog_holds_every_station_in_road_order(catalog: Catalog) -> None:
    assert [s.id for s in catalog.stations] == list(STATION_IDS)
    assert [s.order for s in catalog.stations] == list(range(1, 13))
    for station in catalog.stations:
        assert catalog.services_at(station.id), f"{station.id} has no service"
    assert len(catalog.services) >= 50
    assert len(catalog.open_data) >= 10


def test_every_text_has_all_five_languages_with_matching_placeholders(catalog: Catalog) -> None:
    problems = [problem for where, text in _texts(catalog, "catalog")
                for problem in translation_problems(text.as_mapping(), where)]
    assert problems == []
    texts = list(_texts(catalog, "catalog"))
    assert len(texts) > 400  # the walk really reached services, regions, needs and notices
    for keywords in _keywords(catalog):
        assert all(keywords.pick(language) for language in LANGUAGES)


def test_translations_are_not_english_copies(catalog: Catalog) -> None:
    # Names of bodies (VDAB, "ONE, Office de la Naissance...") may be the same in
    # every language; the sentences around them may not.
    for where, text in _texts(catalog, "catalog"):
        if len(text.en) > 40 and not where.endswith((".provider", ".publisher", ".licence")):
            for language in ("nl", "fr", "de", "zh"):
                assert text.pick(language) != text.en, f"{where}: {language} is English"


def test_all_21_sdg_procedures_are_at_their_station(catalog: Catalog) -> None:
    found = {s.sdg: s for s in catalog.services if s.sdg is not None}
    assert sorted(found) == sorted(SDG_PROCEDURES)
    assert len(SDG_PROCEDURES) == 21
    assert len([s for s in catalog.services if s.sdg]) == 21  # each exactly once
    for procedure, service in found.items():
        assert service.station == SDG_STATION[procedure], procedure


def test_online_services_name_the_agreed_forms(catalog: Catalog) -> None:
    online = [s for s in catalog.services if s.online]
    assert sorted(s.form.id for s in online if s.form) == sorted(FORM_IDS)
    for service in online:
        assert service.form is not None
        assert service.form.version == 1
        assert FORM_STATIONS[service.form.id] == service.station
    for service in catalog.services:
        if not service.online:
            assert service.form is None and service.where is not None, service.id


def test_regional_services_cover_every_region(catalog: Catalog) -> None:
    for service_id in ("child-benefit", "birth-grant", "study-financing", "job-search"):
        regional = catalog.service(service_id).regional
        assert {r.value for r in regional} == {"flanders", "wallonia", "brussels",
                                               "german_community"}
    groeipakket = catalog.service("child-benefit").regional
    assert "Groeipakket" in groeipakket["flanders"].provider.en  # type: ignore[index]
    assert "Iriscare" in groeipakket["brussels"].provider.en  # type: ignore[index]
    assert "FAMIWAL" in groeipakket["wallonia"].provider.en  # type: ignore[index]


def _service(**changes: object) -> dict[str, object]:
    text = {language: "x" for language in LANGUAGES}
    words = {language: ["x"] for language in LANGUAGES}
    base: dict[str, object] = {"id": "a-service", "station": "birth", "title": text,
                               "summary": text, "provider": text, "needs": [text],
                               "online": False, "where": text, "keywords": words}
    return {**base, **changes}


@pytest.mark.parametrize("changes, complaint", [
    ({"online": True}, "names its form"),
    ({"online": True, "where": None, "form": {"id": "passport", "version": 1}}, "form.id"),
    ({"where": None}, "says where to go"),
    ({"station": "moon"}, "station"),
    ({"id": "Not A Slug"}, "id"),
    ({"url": "http://example.be"}, "url"),
    ({"title": {"en": "x", "nl": "x", "fr": "x", "de": "x"}}, "zh"),
    ({"title": {"en": "{name}", "nl": "{naam}", "fr": "{name}", "de": "{name}",
                "zh": "{name}"}}, "placeholders"),
    ({"audience": {"age_min": 30, "age_max": 20}}, "age_max"),
    ({"colour": "red"}, "colour"),
])
def test_schema_refuses_bad_services(changes: dict[str, object], complaint: str) -> None:
    with pytest.raises(ValidationError, match=complaint):
        schema.Service.model_validate(_service(**changes))


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), target)
    return target


def test_a_missing_translation_fails_loading_and_names_the_file(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "services" / "health.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["services"][0]["summary"]["de"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"health\.json.*\n?.*summary\.de"):
        load_catalog(root)


def test_a_placeholder_mismatch_in_a_notice_fails_loading(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "phrases.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["notices"]["pension_age"]["fr"] = "Votre âge légal est {leeftijd} ans."
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="placeholders"):
        load_catalog(root)


def test_a_service_filed_under_another_station_fails(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "services" / "say.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["services"][0]["station"] = "health"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="another station"):
        load_catalog(root)


def test_a_service_id_used_twice_fails(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "services" / "death.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["services"][1]["id"] = "death-notification"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError, match="used twice"):
        load_catalog(root)


def test_broken_json_is_one_clear_error(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "open-data.json").write_text("{\"items\": [", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"open-data\.json: not JSON"):
        load_catalog(root)
