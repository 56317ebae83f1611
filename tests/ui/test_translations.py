"""Every string of the program is translated in the five languages, with the
placeholders of its source; and the language changes without a restart."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.i18n import QT_SUFFIX
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
UI = ROOT / "app" / "ui"
SUFFIXES = tuple(QT_SUFFIX.values())
# %1..%99, %n (plural count, optionally %Ln) and {named} str.format fields.
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")
PLURAL_FORMS = {"en": 2, "nl": 2, "fr": 2, "de": 2, "zh_CN": 1}


def catalogs() -> list[str]:
    names = {path.stem.rsplit("_", 1)[0] for path in TS_DIR.glob("*_en.ts")}
    return sorted(names)


def ts_path(catalog: str, suffix: str) -> Path:
    return TS_DIR / f"{catalog}_{suffix}.ts"


def messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text.replace("%L", "%"))))


def problems_in(path: Path, suffix: str) -> list[str]:
    found: list[str] = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        where = f"{path.name} [{context}] {source[:50]!r}"
        translation = message.find("translation")
        if translation is None:
            found.append(f"{where}: no translation")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: {kind}")
            continue
        expected = placeholders(source)
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[suffix]:
                found.append(f"{where}: {len(forms)} plural forms, {PLURAL_FORMS[suffix]} wanted")
            for form in forms:
                if not form.strip():
                    found.append(f"{where}: empty plural form")
                # A singular form may say "one" instead of %n; the others keep it.
                elif placeholders(form) != expected and set(placeholders(form)) | {"%n"} != set(
                        expected):
                    found.append(f"{where}: placeholders {placeholders(form)} != {expected}")
            continue
        text = translation.text or ""
        if not text.strip():
            found.append(f"{where}: empty translation")
        elif placeholders(text) != expected:
            found.append(f"{where}: placeholders {placeholders(text)} != {expected}")
    return found


def test_there_are_catalogs() -> None:
    assert "shell" in catalogs()


@pytest.mark.parametrize("catalog", catalogs())
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_catalog_complete(catalog: str, suffix: str) -> None:
    path = ts_path(catalog, suffix)
    assert path.exists(), f"{path.name} is missing"
    problems = problems_in(path, suffix)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("catalog", catalogs())
@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s != "en"])
def test_translations_are_not_copies_of_english(catalog: str, suffix: str) -> None:
    same = [source for _, message in messages(ts_path(catalog, suffix))
            if (source := message.findtext("source") or "")
            and message.findtext("translation") == source and len(source.split()) > 2]
    assert not same, f"left in English in {catalog}_{suffix}: {same[:10]}"


def _translate_calls(path: Path) -> Iterator[tuple[int, str | None, str | None]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        if name != "translate":
            continue
        context, source = node.args[0], node.args[1]
        yield (node.lineno,
               context.value if isinstance(context, ast.Constant) else None,
               source.value if isinstance(source, ast.Constant) else None)


def test_every_string_in_the_code_is_in_a_catalog() -> None:
    known: set[tuple[str, str]] = set()
    for catalog in catalogs():
        known |= {(context, message.findtext("source") or "")
                  for context, message in messages(ts_path(catalog, "en"))}
    missing: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        for line, context, source in _translate_calls(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if context is None or source is None:
                missing.append(f"{where}: translate() needs literal context and text")
            elif (context, source) not in known:
                missing.append(f"{where}: [{context}] {source[:60]!r} is in no catalog "
                               "(python scripts/translations.py update)")
    assert not missing, "\n".join(missing)


def test_language_switch_without_restart(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    rail = window.rail.buttons
    assert rail["settings"].text() == "Settings"
    expected = {"nl": "Instellingen", "fr": "Paramètres", "de": "Einstellungen", "zh": "设置"}
    for language, text in expected.items():
        window.ctx.settings.language = language
        qtbot.waitUntil(lambda t=text: rail["settings"].text() == t)
        assert window.top.language.currentData() == language
    window.ctx.settings.language = "en"
    qtbot.waitUntil(lambda: rail["settings"].text() == "Settings")
