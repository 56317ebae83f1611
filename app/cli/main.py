"""The `citizen-assistant` command line (design.md: stable, scripts depend on it).

Each command group lives in its own module with a `register(subparsers)`
function; a failure is one clear line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Command groups, each a module of app.cli with register(subparsers).
_GROUPS = ("card", "lifepath", "form", "gateway", "diagnostics", "pki")
# What `citizen-assistant` may be given to open the window.
_WINDOW_OPTIONS = frozenset({"--demo", "--kiosk"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="citizen-assistant",
        description="Citizen Assistant: your eID card, the road of life and government forms.",
    )
    parser.add_argument("--demo", action="store_true",
                        help="virtual card and embedded gateway, nothing to configure")
    parser.add_argument("--kiosk", action="store_true", help="kiosk mode for service halls")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _GROUPS:
        try:
            module = importlib.import_module(f"app.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.cli.{name}":
                raise
            continue  # command group not built yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if set(given) <= _WINDOW_OPTIONS:
        # The window, the common start: without loading every command group
        # (some load the virtual card's personas) to parse two flags.
        return _window(demo="--demo" in given, kiosk="--kiosk" in given)
    parser = build_parser()
    args = parser.parse_args(given)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _window(demo=args.demo, kiosk=args.kiosk)
    from app.cli.errors import run_handler

    return run_handler(handler, args)


def _window(*, demo: bool, kiosk: bool) -> int:
    try:
        from app.ui import core_first  # before Qt: see that module
    except ModuleNotFoundError:
        build_parser().print_help(sys.stderr)
        return 2
    startup = core_first.begin(demo=demo, kiosk=kiosk)
    from app.ui.application import run_gui

    return int(run_gui(demo=demo, kiosk=kiosk, startup=startup))


if __name__ == "__main__":
    raise SystemExit(main())
