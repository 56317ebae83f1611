"""Real gateway processes over HTTP, on SQLite and on a private PostgreSQL.

Every test that takes `gateway` runs twice, once per database. The gateway is
started exactly as an operator would (`citizen-assistant gateway serve --port 0
--db URL --trust-test-root`) and the tests speak HTTP to it; they look into the
database only to count rows (a refusal must leave it as it was) and to move a
challenge's expiry into the past.

PostgreSQL: started once per session (tests/gateway/postgres.py). Where it
cannot start, its half of the suite is skipped locally and fails under CI (the
CI environment variable, or CITIZEN_ASSISTANT_REQUIRE_POSTGRES=1).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, func, select, update
from sqlalchemy.engine import Engine

from app.cardreader.virtual.personas import Persona, builtin_personas
from app.cardreader.virtual.pki import CardKeys, TestPki, load_test_pki
from app.forms.fill import fill_from_answers
from app.forms.loader import load_definition, load_example
from app.forms.prefill import Prefill
from gateway.models import ALL_TABLES, Challenge
from gateway.registry import DemoRegistry
from gateway.softclient import SoftClient, form_pdf, sign_pdf, software_signer
from tests.gateway.postgres import PostgresUnavailable, PrivatePostgres

CLI = Path(sys.executable).parent / "citizen-assistant"
START_TIMEOUT = 90


def _postgres_required() -> bool:
    return bool(os.environ.get("CI")) or \
        os.environ.get("CITIZEN_ASSISTANT_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PrivatePostgres]:
    server = PrivatePostgres()
    try:
        server.start()
    except (PostgresUnavailable, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        message = f"PostgreSQL test server cannot start: {exc}"
        if _postgres_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    yield server
    server.stop()


@dataclass
class RunningGateway:
    base_url: str
    db_url: str
    process: subprocess.Popen[str]
    log_path: Path
    engine: Engine = field(init=False)

    def __post_init__(self) -> None:
        self.engine = create_engine(self.db_url)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {table.name: conn.execute(select(func.count()).select_from(table))
                    .scalar_one() for table in ALL_TABLES}

    def expire_challenges(self) -> None:
        from datetime import datetime
        with self.engine.begin() as conn:
            conn.execute(update(Challenge).values(expires_at=datetime(2000, 1, 1)))

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.engine.dispose()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_gateway(db_url: str, folder: Path, *extra: str,
                  env: dict[str, str] | None = None) -> RunningGateway:
    log_path = folder / "gateway.log"
    log = log_path.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [str(CLI), "gateway", "serve", "--port", "0", "--db", db_url, "--trust-test-root",
         *extra],
        stdout=subprocess.PIPE, stderr=log, text=True, env={**os.environ, **(env or {})})
    log.close()
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()
                                                         if process.stdout else ""))
    reader.start()
    reader.join(START_TIMEOUT)
    if not line or "listening on" not in line[0]:
        process.kill()
        process.wait()
        raise RuntimeError("gateway did not start:\n" + log_path.read_text()[-3000:])
    base_url = line[0].strip().rsplit(" ", 1)[-1]
    gateway = RunningGateway(base_url, db_url, process, log_path)
    requests.get(gateway.url("/api/v1/health"), timeout=30).raise_for_status()
    return gateway


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def gateway(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    folder = tmp_path_factory.mktemp(f"gateway-{request.param}")
    if request.param == "sqlite":
        db_url = f"sqlite:///{folder / 'gateway.sqlite3'}"
    else:
        server: PrivatePostgres = request.getfixturevalue("postgres")
        db_url = server.create_database(f"gw_{uuid.uuid4().hex[:12]}")
    running = start_gateway(db_url, folder)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def pki() -> TestPki:
    return load_test_pki()


@pytest.fixture(scope="session")
def personas() -> dict[str, Persona]:
    return builtin_personas()


@dataclass
class Citizen:
    """A persona with its card keys and a logged-in client."""

    persona: Persona
    keys: CardKeys
    chain: list[Any]  # the CA certificate(s) above the card's certificates
    client: SoftClient

    @property
    def national_number(self) -> str:
        return self.persona.national_number

    def auth_chain(self) -> list[Any]:
        return [self.keys.authentication.certificate, *self.chain]

    def answers(self, form_id: str, **changes: Any) -> dict[str, Any]:
        """The form's example answers completed from this persona's card, as `form fill` does."""
        definition = load_definition(form_id)
        identity = dict(self.persona.identity)
        prefill = Prefill(identity, dict(self.persona.address),
                          DemoRegistry().lookup(self.national_number))
        result = fill_from_answers(definition, prefill, load_example(form_id))
        assert result.document is not None, result.problems
        return {**result.document, **changes}

    def signed_form(self, form_id: str, answers: dict[str, Any] | None = None,
                    timestamp: bool = False, attachment: bytes | None = None,
                    signer_keys: CardKeys | None = None) -> bytes:
        definition = load_definition(form_id)
        pdf = form_pdf(form_id, definition.version,
                       answers if answers is not None else self.answers(form_id),
                       attachment=attachment)
        keys = signer_keys or self.keys
        assert keys.signature is not None
        signer = software_signer(keys.signature.certificate, keys.signature.private_key,
                                 self.chain)
        url = self.client.url("/timestamp") if timestamp else None
        return sign_pdf(pdf, signer, url)


@pytest.fixture
def citizen(gateway: RunningGateway, pki: TestPki,
            personas: dict[str, Persona]) -> Callable[..., Citizen]:
    def make(name: str, login: bool = True) -> Citizen:
        persona = personas[name]
        keys = pki.card_keys(persona)
        chain = [pki.ca_for(persona).certificate, pki.root.certificate]
        client = SoftClient.connect(gateway.base_url)
        made = Citizen(persona, keys, chain, client)
        if login:
            client.login(keys.authentication.private_key, made.auth_chain())
        return made
    return make


def new_key() -> str:
    return str(uuid.uuid4())


def error_code(reply: requests.Response) -> str:
    body = reply.json()
    assert set(body) == {"error"}, body
    assert {"code", "message"} <= set(body["error"]), body
    code: str = body["error"]["code"]
    return code
