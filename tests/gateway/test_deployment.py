"""The shapes of a real deployment: several worker processes on one database,
documents in a folder instead of the database, the catalog as clients parse it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from app.cardreader.virtual.personas import Persona
from app.cardreader.virtual.pki import TestPki
from app.lifepath.catalog import Catalog
from gateway.softclient import SoftClient
from tests.gateway.conftest import Citizen, RunningGateway, new_key, start_gateway


@pytest.fixture(scope="module")
def two_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    folder = tmp_path_factory.mktemp("two-workers")
    running = start_gateway(f"sqlite:///{folder / 'gateway.sqlite3'}", folder,
                            "--workers", "2",
                            env={"CITIZEN_GATEWAY_DOCUMENT_STORE": str(folder / "documents")})
    yield running
    running.stop()


def test_two_workers_and_a_document_folder(two_workers: RunningGateway, pki: TestPki,
                                           personas: dict[str, Persona]) -> None:
    persona = personas["noble"]
    keys = pki.card_keys(persona)
    chain = [pki.ca_for(persona).certificate, pki.root.certificate]
    noble = Citizen(persona, keys, chain, SoftClient.connect(two_workers.base_url))
    # Challenges and sessions live in the database: any worker may answer.
    for _ in range(3):
        noble.client.login(keys.authentication.private_key, noble.auth_chain())
    signed = noble.signed_form("change-of-address")
    replies = [noble.client.submit(signed, key) for key in (new_key(), new_key())]
    assert [r.status_code for r in replies] == [201, 201]
    stored = list((two_workers.log_path.parent / "documents").rglob("*"))
    assert any(path.is_file() and path.read_bytes() == signed for path in stored)
    reference = replies[0].json()["reference"]
    assert noble.client.get(f"/submissions/{reference}/document").content == signed
    assert two_workers.counts()["documents"] == 2
    with two_workers.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM documents WHERE content IS NULL")) \
            .scalar_one() == 2


def test_catalog_parses_as_the_program_reads_it(gateway: RunningGateway) -> None:
    document = requests.get(gateway.url("/api/v1/catalog"), timeout=30).json()
    catalog = Catalog.model_validate(document["catalog"])
    online = {service.form.id for service in catalog.services if service.form is not None}
    assert online <= {form["id"] for form in document["forms"]}


def test_health(gateway: RunningGateway) -> None:
    reply = requests.get(gateway.url("/api/v1/health"), timeout=30)
    assert reply.json() == {"status": "ok", "database": "ok", "test_pki": True}


def test_unknown_route_is_a_json_error(gateway: RunningGateway) -> None:
    reply = requests.get(gateway.url("/api/v1/nothing-here"), timeout=30)
    assert reply.status_code == 404
    assert reply.json()["error"]["code"] == "not_found"


def test_documents_folder_is_not_created_by_default(gateway: RunningGateway) -> None:
    assert not (Path(gateway.log_path.parent) / "documents").exists()
