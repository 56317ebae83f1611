"""SIGKILL at random moments, many times, while forms are signed and sent; started
again each time. Afterwards every signed document is delivered, exactly once.

Real processes all the way: `citizen-assistant form fill --sign --submit` and
`form outbox send` with the virtual card through pcscd, a real gateway, one
outbox file. Each round starts one of the two and kills it after a random
delay, so kills land while Python starts, while the card signs, between the
outbox commit and the request, while the gateway validates, and between its
answer and the receipt being written. The invariant checked at the end: the
gateway lists one new case per outbox document and no other, and every outbox
document is delivered with the reference of its case.

`make test` runs ~20 kills; the `slow` variant 100 (`pytest -m slow`).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cardreader.virtual.pcscd_private import PrivatePcscd
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.vpcd import VpcdBridge
from app.services import GatewayClient, Outbox, log_in
from tests.services.cli import CLI, EXAMPLES, cli_env, run_cli
from tests.services.gateway_process import GatewayProcess
from tests.services.support import auth_key, signed_form

pytestmark = pytest.mark.pcsc

FORMS = ("residence-certificate", "ehic", "change-of-address", "vehicle-registration")


def gateway_cases(gateway: GatewayProcess, pki: TestPki) -> set[str]:
    """The worker's case references, as the gateway lists them to the worker."""
    client = GatewayClient(gateway.url)
    try:
        log_in(client, auth_key(pki, "worker"))
        return {case["reference"] for case in client.cases()}
    finally:
        client.close()


def start(args: list[str], stdin: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([CLI, *args], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=cli_env())
    assert process.stdin is not None
    process.stdin.write(stdin.encode())
    process.stdin.close()
    return process


def kill_rounds(kills: int, gateway: GatewayProcess, test_pki: TestPki, folder: Path,
                seed: int) -> None:
    rng = random.Random(seed)
    worker = persona_by_name("worker")
    outbox_path = folder / "outbox.sqlite3"
    before = gateway_cases(gateway, test_pki)

    # A few documents already waiting (signed earlier, the gateway was down then).
    outbox = Outbox(outbox_path)
    client = GatewayClient(gateway.url)
    for form_id in FORMS[:3]:
        outbox.add(signed_form(client, test_pki, form_id, "worker"),
                   national_number=worker.national_number, form_id=form_id, form_version=1,
                   language="en", title=form_id)
    outbox.close()
    client.close()

    send = ["form", "outbox", "send", "--gateway", gateway.url, "--pin-stdin",
            "--outbox", str(outbox_path)]
    killed = 0
    rounds = 0
    while killed < kills:
        rounds += 1
        if rng.random() < 0.5:
            form_id = rng.choice(FORMS)
            args = ["form", "fill", form_id, "--answers", str(EXAMPLES / f"{form_id}.json"),
                    "--pdf", str(folder / f"round-{rounds}.pdf"), "--sign", "--submit",
                    "--gateway", gateway.url, "--pin-stdin", "--outbox", str(outbox_path)]
        else:
            args = send
        process = start(args, "1234\n1234\n")
        # A whole run takes about 2 s here: most kills land inside one.
        deadline = time.monotonic() + rng.uniform(0.05, 2.6)
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
        process.wait()

    final = run_cli(*send, stdin="1234\n", timeout=300)
    assert final.returncode == 0, final.stderr

    listed = json.loads(run_cli("form", "outbox", "list", "--json", "--outbox",
                                str(outbox_path)).stdout)["items"]
    new_cases = gateway_cases(gateway, test_pki) - before
    context = f"seed {seed}, {rounds} rounds, {killed} kills"
    assert len(listed) >= 3, context
    assert all(item["state"] == "delivered" for item in listed), (context, listed)
    # Exactly once: one new case per outbox document (each under its own key),
    # and no new case that no outbox document was acknowledged with.
    references = [item["reference"] for item in listed]
    assert len(set(references)) == len(references) == len(new_cases), context
    assert set(references) == new_cases, context


def test_sigkill_while_sending_loses_nothing_and_repeats_nothing(
        pcsc_stack: PrivatePcscd, insert_card: Callable[..., VpcdBridge],
        gateway: GatewayProcess, test_pki: TestPki, tmp_path: Path) -> None:
    insert_card("worker")
    seed = int(os.environ.get("KILL_TEST_SEED", random.SystemRandom().randrange(1 << 30)))
    kill_rounds(20, gateway, test_pki, tmp_path, seed)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_sigkill_a_hundred_times(pcsc_stack: PrivatePcscd,
                                 insert_card: Callable[..., VpcdBridge],
                                 gateway: GatewayProcess, test_pki: TestPki,
                                 tmp_path: Path) -> None:
    insert_card("worker")
    seed = int(os.environ.get("KILL_TEST_SEED", random.SystemRandom().randrange(1 << 30)))
    kill_rounds(100, gateway, test_pki, tmp_path, seed)
