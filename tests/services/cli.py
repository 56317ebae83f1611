"""Running `citizen-assistant` as a script does: a real process, the private pcscd."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CLI = str(Path(sys.executable).parent / "citizen-assistant")
EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "forms" / "examples"


def cli_env(**extra: str) -> dict[str, str]:
    # PCSCLITE_CSOCK_NAME (the private pcscd) is already in os.environ (tests/conftest.py).
    env = {**os.environ, "CITIZEN_ASSISTANT_MODE": "test", **extra}
    env.pop("CITIZEN_ASSISTANT_GATEWAY", None)
    return env


def run_cli(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True,
                          env=cli_env(), timeout=timeout, check=False)


@dataclass
class Filled:
    done: subprocess.CompletedProcess[str]
    pdf: Path
    outbox: Path

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.done.stderr.splitlines()
                if line.startswith("citizen-assistant:")]

    def outbox_items(self) -> list[dict[str, Any]]:
        listed = run_cli("form", "outbox", "list", "--json", "--outbox", str(self.outbox))
        assert listed.returncode == 0, listed.stderr
        items: list[dict[str, Any]] = json.loads(listed.stdout)["items"]
        return items


def fill(folder: Path, form_id: str, *extra: str, pins: str = "1234\n1234\n",
         gateway: str | None = None, submit: bool = True, sign: bool = True) -> Filled:
    pdf = folder / f"{form_id}.pdf"
    outbox = folder / "outbox.sqlite3"
    args = ["form", "fill", form_id, "--answers", str(EXAMPLES / f"{form_id}.json"),
            "--pdf", str(pdf), "--pin-stdin", "--outbox", str(outbox)]
    if sign:
        args.append("--sign")
    if submit:
        args.append("--submit")
    if gateway is not None:
        args += ["--gateway", gateway]
    return Filled(run_cli(*args, *extra, stdin=pins), pdf, outbox)
