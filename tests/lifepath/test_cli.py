"""`citizen-assistant lifepath` in a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXECUTABLE = Path(sys.executable).with_name("citizen-assistant")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXECUTABLE), "lifepath", *args], capture_output=True,
                          text=True, timeout=60, check=False)


def test_json_for_a_birth_date() -> None:
    done = _run("--birth-date", "1956-03-12", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["holder"]["birth_date"] == "1956-03-12"
    assert document["position"]["station"] == "retiring"
    assert document["pension"]["legal_age"] == 65
    assert len(document["stations"]) == 12


def test_json_in_chinese_with_situations_and_a_fixed_day() -> None:
    done = _run("--birth-date", "2008-05-10", "--language", "zh", "--today", "2026-05-09",
                "--situation", "is_student", "has_children", "--postcode", "1000", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["today"] == "2026-05-09"
    assert document["holder"]["age"] == 17
    assert document["holder"]["region"] == "brussels"
    assert document["holder"]["situations"] == ["has_children", "is_student"]
    kinds = [notice["kind"] for notice in document["notices"]]
    assert "turning-18" in kinds
    [notice] = [n for n in document["notices"] if n["kind"] == "turning-18"]
    assert notice["message"].startswith("您将于2026年5月10日年满18岁")


def test_text_output() -> None:
    done = _run("--birth-date", "2007-09-15", "--situation", "is_student",
                "--language", "fr", "--today", "2026-11-26")
    assert done.returncode == 0, done.stderr
    assert "Votre parcours de vie : 19 ans" in done.stdout or "19 ans" in done.stdout
    assert "Vous êtes ici" in done.stdout


def test_persona() -> None:
    pytest.importorskip("app.cardreader.virtual.personas")
    done = _run("--persona", "retiree", "--today", "2026-11-26", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["holder"]["region"] == "german_community"
    assert document["position"]["station"] == "retiring"


@pytest.mark.parametrize("args, message", [
    (["--birth-date", "1956-13-12"], "--birth-date"),
    (["--birth-date", "12/03/1956"], "--birth-date"),
    (["--birth-date", "1990", "--today", "tomorrow"], "--today"),
    (["--birth-date", "1990", "--language", "es"], "--language"),
    (["--birth-date", "1990", "--situation", "is_pirate"], "known situations"),
    (["--birth-date", "2030-01-01", "--today", "2026-01-01"], "after"),
    (["--persona", "nobody"], "persona"),
    ([], "--persona NAME or --birth-date"),
])
def test_bad_input_is_one_line_on_stderr(args: list[str], message: str) -> None:
    done = _run(*args)
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert message in lines[0]
