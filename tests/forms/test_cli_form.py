"""`citizen-assistant form list|show|fill` as scripts use it (a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.forms import form_ids, load_definition
from app.forms.loader import definition_document

# The console script installed beside the interpreter running the tests.
CLI = str(Path(sys.executable).parent / "citizen-assistant")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60, check=False)


def test_form_list_json() -> None:
    done = run("form", "list", "--json")
    assert done.returncode == 0, done.stderr
    forms = json.loads(done.stdout)["forms"]
    assert [f["id"] for f in forms] == form_ids()
    vehicle = next(f for f in forms if f["id"] == "vehicle-registration")
    assert vehicle["version"] == 1 and vehicle["fee"]["amount_cents"] == 3000
    assert set(vehicle["title"]) == {"en", "nl", "fr", "de", "zh"}


def test_form_list_text() -> None:
    done = run("form", "list", "--language", "nl")
    assert done.returncode == 0 and "Een voertuig inschrijven" in done.stdout


def test_form_show_json_is_the_definition() -> None:
    done = run("form", "show", "income-tax", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == definition_document(load_definition("income-tax"))


def test_form_show_text_lists_pages_and_conditions() -> None:
    done = run("form", "show", "change-of-address")
    assert done.returncode == 0
    assert "only when others_moving = true" in done.stdout
    assert "confirm from card.address" in done.stdout


def test_unknown_form_is_one_line_and_fails() -> None:
    for args in (["form", "show", "nope"], ["form", "show", "nope", "--json"]):
        done = run(*args)
        assert done.returncode != 0 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "nope" in done.stderr


def test_form_fill_with_a_missing_answer_file_is_one_line(tmp_path: Path) -> None:
    # The whole fill (card, signature, gateway) is tested in tests/services/test_cli_fill.py.
    done = run("form", "fill", "ehic", "--answers", str(tmp_path / "a.json"),
               "--pdf", str(tmp_path / "o.pdf"), "--sign", "--submit", "--pin-stdin",
               "--gateway", "http://127.0.0.1:9")
    assert done.returncode == 2 and "no answer file" in done.stderr
    assert done.stderr.count("\n") == 1
    assert not (tmp_path / "o.pdf").exists()
