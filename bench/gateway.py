"""Validated submissions per second: the gateway against the floor of its work.

    .venv/bin/python -m bench.gateway [--clients 4] [--seconds 15] [--workers 1] [--db URL]

The floor is a bare loop, in this process, of the same pyHanko validation the
gateway runs on every submission (`gateway.pades.validate_signed_pdf`, same
trust anchors and CRLs). The gateway is a real process (`citizen-assistant
gateway serve`) fed by concurrent HTTP clients, each submission a new case
(a new Idempotency-Key). The ratio gateway / loop should be at least 0.7.

"The database is not the limit": the gateway reports, per submission, the time
spent validating and the time spent in the database (Server-Timing header); the
bench prints both, and how many stores per second the gateway's own storing
code reaches on the same database with nothing else to do. The validation loop
runs before and after the gateway and the mean is used, because the machine
may be shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests

from app.cardreader.virtual.personas import builtin_personas
from app.cardreader.virtual.pki import load_test_pki
from app.forms.fill import fill_from_answers
from app.forms.loader import load_definition, load_example
from app.forms.prefill import Prefill
from gateway.config import GatewayConfig
from gateway.pades import SignaturePolicy, validate_signed_pdf
from gateway.registry import DemoRegistry
from gateway.services import trust_anchors
from gateway.softclient import SoftClient, form_pdf, sign_pdf, software_signer
from gateway.testpki import load_demo_pki

FORM = "residence-certificate"
# 1.7 (RSA) and 1.8 (EC P-384) cards, so both signature algorithms are in the mix.
PERSONAS = ("worker", "parent", "retiree", "student")


@dataclass
class Prepared:
    client: SoftClient
    document: bytes


@dataclass
class Tally:
    accepted: int = 0
    failed: int = 0
    validate_ms: list[float] = field(default_factory=list)
    db_ms: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def start_gateway(db_url: str, workers: int, log: Path) -> tuple[subprocess.Popen[str], str]:
    cli = Path(sys.executable).parent / "citizen-assistant"
    with log.open("w") as err:
        process = subprocess.Popen(
            [str(cli), "gateway", "serve", "--port", "0", "--db", db_url, "--trust-test-root",
             "--workers", str(workers)],
            stdout=subprocess.PIPE, stderr=err, text=True,
            env={**os.environ, "CITIZEN_GATEWAY_LOG_LEVEL": "warning"})
    assert process.stdout is not None
    line = process.stdout.readline()
    if "listening on" not in line:
        process.kill()
        raise SystemExit("gateway did not start:\n" + log.read_text()[-2000:])
    base_url = line.strip().rsplit(" ", 1)[-1]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base_url}/api/v1/health", timeout=5).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.2)
    return process, base_url


def prepare(base_url: str, timestamp: bool) -> list[Prepared]:
    pki = load_test_pki()
    personas = builtin_personas()
    definition = load_definition(FORM)
    prepared = []
    for name in PERSONAS:
        persona = personas[name]
        keys = pki.card_keys(persona)
        assert keys.signature is not None
        chain = [pki.ca_for(persona).certificate, pki.root.certificate]
        client = SoftClient.connect(base_url)
        client.login(keys.authentication.private_key, [keys.authentication.certificate, *chain])
        prefill = Prefill(dict(persona.identity), dict(persona.address),
                          DemoRegistry().lookup(persona.national_number))
        answers = fill_from_answers(definition, prefill, load_example(FORM)).document
        assert answers is not None
        pdf = form_pdf(FORM, definition.version, answers)
        signer = software_signer(keys.signature.certificate, keys.signature.private_key, chain)
        document = sign_pdf(pdf, signer, client.url("/timestamp") if timestamp else None)
        prepared.append(Prepared(client, document))
    return prepared


def bare_loop(documents: list[bytes], seconds: float) -> float:
    """Validations per second of the gateway's own validation function, one thread."""
    demo = load_demo_pki()
    trust = trust_anchors(GatewayConfig(db="sqlite://", trust_test_root=True), demo)
    policy = SignaturePolicy()
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        validate_signed_pdf(documents[done % len(documents)], trust, policy)
        done += 1
    return done / (time.perf_counter() - started)


def database_loop(db_url: str, seconds: float) -> float:
    """Stores per second of the gateway's own storing code alone, one thread, on the
    same database: the capacity the database offers, to set against the load."""
    from gateway.answers import check_answers, read_answers
    from gateway.services import build_services
    from gateway.sessions import Citizen
    from gateway.submissions import store

    services = build_services(GatewayConfig(db=db_url, trust_test_root=True))
    try:
        persona = builtin_personas()[PERSONAS[0]]
        pki = load_test_pki()
        keys = pki.card_keys(persona)
        assert keys.signature is not None
        chain = [pki.ca_for(persona).certificate, pki.root.certificate]
        prefill = Prefill(dict(persona.identity), dict(persona.address),
                          DemoRegistry().lookup(persona.national_number))
        answers = fill_from_answers(load_definition(FORM), prefill, load_example(FORM)).document
        assert answers is not None
        document = sign_pdf(form_pdf(FORM, 1, answers), software_signer(
            keys.signature.certificate, keys.signature.private_key, chain))
        signed = validate_signed_pdf(document, services.trust, services.policy)
        submitted = read_answers(signed.attachments)
        citizen = Citizen(persona.national_number)
        definition = check_answers(services.content.definitions, submitted,
                                   citizen.national_number)
        done = 0
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            store(services, citizen, str(uuid.uuid4()), document, signed, submitted,
                  definition, None)
            done += 1
        return done / (time.perf_counter() - started)
    finally:
        services.close()


def _server_timing(header: str) -> dict[str, float]:
    timings = {}
    for part in header.split(","):
        name, _, rest = part.strip().partition(";dur=")
        if rest:
            timings[name] = float(rest)
    return timings


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children (the workers), from /proc."""
    total = 0.0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids.extend(int(child) for child in children)
        for one in pids:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")
    return total


def load(prepared: list[Prepared], clients: int, seconds: float) -> tuple[Tally, float]:
    tally = Tally()
    stop_at = time.perf_counter() + seconds
    start = threading.Barrier(clients + 1)

    def client_loop(index: int) -> None:
        item = prepared[index % len(prepared)]
        session = requests.Session()
        headers = {"Content-Type": "application/pdf", **item.client.auth}
        start.wait()
        while time.perf_counter() < stop_at:
            reply = session.post(item.client.url("/submissions"), data=item.document,
                                 headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
                                 timeout=120)
            timings = _server_timing(reply.headers.get("Server-Timing", ""))
            with tally.lock:
                if reply.status_code == 201:
                    tally.accepted += 1
                    tally.validate_ms.append(timings.get("validate", 0.0))
                    tally.db_ms.append(timings.get("db", 0.0))
                else:
                    tally.failed += 1

    threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--postgres", action="store_true",
                        help="start a private PostgreSQL server (as the tests do) and use it")
    parser.add_argument("--timestamp", action="store_true",
                        help="sign PAdES B-T (the timestamp is validated too)")
    args = parser.parse_args(argv)
    postgres = None
    if args.postgres:
        from tests.gateway.postgres import PrivatePostgres

        postgres = PrivatePostgres()
        postgres.start()
    with tempfile.TemporaryDirectory(prefix="bench-gateway-") as folder:
        db_url = args.db or f"sqlite:///{Path(folder) / 'gateway.sqlite3'}"
        if postgres is not None:
            db_url = postgres.create_database("bench")
        process, base_url = start_gateway(db_url, args.workers, Path(folder) / "gateway.log")
        try:
            prepared = prepare(base_url, args.timestamp)
            documents = [p.document for p in prepared]
            load(prepared, args.clients, 2.0)  # warm-up: imports, caches, connections
            loop_before = bare_loop(documents, args.seconds / 2)
            db_pid = postgres.server_pid() if postgres is not None else None
            cpu_before = cpu_seconds(process.pid)
            db_cpu_before = cpu_seconds(db_pid) if db_pid else 0.0
            tally, elapsed = load(prepared, args.clients, args.seconds)
            gateway_cpu = cpu_seconds(process.pid) - cpu_before
            db_cpu = cpu_seconds(db_pid) - db_cpu_before if db_pid else None
            loop_after = bare_loop(documents, args.seconds / 2)
            database_rate = database_loop(db_url, min(5.0, args.seconds / 2))
        finally:
            process.terminate()
            process.wait(timeout=30)
            if postgres is not None:
                postgres.stop()
    loop_rate = (loop_before + loop_after) / 2
    rate = tally.accepted / elapsed
    db_busy = sum(tally.db_ms) / 1000 / elapsed
    print(f"bench.gateway: {args.clients} clients, {args.workers} worker(s), "
          f"{'PostgreSQL' if db_url.startswith('postgres') else 'SQLite'}, "
          f"{'B-T' if args.timestamp else 'B-B'} signatures, {elapsed:.1f} s")
    print(f"  bare pyHanko validation loop: {loop_rate:7.1f} /s "
          f"(before {loop_before:.1f}, after {loop_after:.1f})")
    print(f"  gateway, validated and stored: {rate:7.1f} /s "
          f"({tally.accepted} accepted, {tally.failed} failed)")
    print(f"  ratio gateway / loop: {rate / loop_rate:.2f} (target >= 0.70)")
    if tally.accepted:
        print(f"  per submission in the gateway: validation "
              f"{statistics.mean(tally.validate_ms):.1f} ms, database "
              f"{statistics.mean(tally.db_ms):.1f} ms "
              f"(median {statistics.median(tally.db_ms):.1f}, "
              f"max {max(tally.db_ms):.1f})")
        per_submission = gateway_cpu / tally.accepted * 1000
        print(f"  gateway CPU: {gateway_cpu / elapsed:.0%} of one core, "
              f"{per_submission:.1f} ms per submission (the loop: {1000 / loop_rate:.1f} ms "
              f"per validation; by CPU the ratio is {1000 / loop_rate / per_submission:.2f})")
        print(f"  database alone (the gateway's storing code, one thread): "
              f"{database_rate:.0f} stores/s, {database_rate / rate:.0f}x the load above")
        print(f"  time in database calls: {db_busy:.0%} of wall time, summed over requests "
              f"(includes waiting for the GIL while a validation runs)")
        if db_cpu is not None:
            print(f"  PostgreSQL server CPU: {db_cpu / elapsed:.0%} of one core")
        verdict = "not the limit" if database_rate > 3 * rate else "CLOSE TO THE LIMIT"
        print(f"  the database is {verdict} (capacity {database_rate / rate:.0f}x the load)")
    return 0 if tally.failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
