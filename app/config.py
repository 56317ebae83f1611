"""How this run of the program is configured: normal, demo or test.

The mode decides one thing that matters for security: whether the test PKI's
root is trusted. It is, only in demo and test runs, so that a virtual card
verifies as authentic there and nowhere else.
"""

from __future__ import annotations

import enum
import os

MODE_ENV = "CITIZEN_ASSISTANT_MODE"


class RunMode(enum.Enum):
    NORMAL = "normal"
    DEMO = "demo"
    TEST = "test"

    @property
    def trusts_test_root(self) -> bool:
        return self is not RunMode.NORMAL


def run_mode(demo_flag: bool = False) -> RunMode:
    if demo_flag:
        return RunMode.DEMO
    value = os.environ.get(MODE_ENV, "").strip().lower()
    for mode in RunMode:
        if mode.value == value:
            return mode
    return RunMode.NORMAL
