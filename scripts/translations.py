"""Translation catalogs: extract strings into the .ts sources, build the .qm files.

    python scripts/translations.py update [shell|pages]  # pyside6-lupdate: new strings
                                                         # into the catalog's .ts files
    python scripts/translations.py build    # pyside6-lrelease: .ts -> .qm (make translations)

Two catalogs, one per team, so that two people can translate at once without
touching the same file: `shell_<lang>.ts` (the window, settings, My eID, demo,
kiosk) and `pages_<lang>.ts` (the road, stations, services, forms, cases).
The program loads every `*_<lang>.qm` it finds (app/ui/i18n.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "nl", "fr", "de", "zh_CN")

# What belongs to the pages catalog; everything else under app/ui is the shell's.
PAGES_PARTS = ("road", "forms", "cases", "kit", "pages/station.py", "pages/service.py",
               "pages/lookup.py")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def _in_pages(path: Path) -> bool:
    relative = path.relative_to(UI).as_posix()
    return any(relative == part or relative.startswith(part + "/") for part in PAGES_PARTS)


def sources() -> dict[str, list[Path]]:
    files = sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)
    return {"shell": [p for p in files if not _in_pages(p)],
            "pages": [p for p in files if _in_pages(p)]}


def update(only: str | None = None) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for catalog, files in sources().items():
        if not files or (only is not None and catalog != only):
            continue
        targets = [str(TRANSLATIONS / f"{catalog}_{lang}.ts") for lang in LANGUAGES]
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                        "-source-language", "en", *map(str, files), "-ts", *targets],
                       check=True)


def build() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts),
                        "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "build"
    if command == "update":
        update(argv[2] if len(argv) > 2 else None)
    elif command == "build":
        build()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
