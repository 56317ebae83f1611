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
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        try:
            from app.ui.application import run_gui
        except ModuleNotFoundError:
            parser.print_help(sys.stderr)
            return 2
        return int(run_gui(demo=args.demo, kiosk=args.kiosk))
    from app.cli.errors import run_handler

    return run_handler(handler, args)


if __name__ == "__main__":
    raise SystemExit(main())
