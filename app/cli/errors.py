"""Turns every expected failure into one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.cardreader.errors import CardError

# Exit codes: scripts may tell "try again" (card/reader state) from "wrong input".
EXIT_CARD = 3
EXIT_INPUT = 2
EXIT_SERVICE = 4


class UserError(Exception):
    """Bad input from the person or script; the message says what to fix."""


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return int(handler(args))
    except CardError as exc:
        print(f"citizen-assistant: {exc}", file=sys.stderr)
        return EXIT_CARD
    except UserError as exc:
        print(f"citizen-assistant: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("citizen-assistant: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
