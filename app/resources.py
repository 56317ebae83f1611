"""Where the files shipped beside the code (resources/) are found.

The `resources/` folder sits next to the `app` package in a source checkout and
in a wheel-less install; a PyInstaller build unpacks it under `sys._MEIPASS`.
Everything that reads a shipped file goes through `resource_path`, so the
packaged program and the tests find the same files.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base is not None:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. resource_path("trust", "belgium")."""
    return resources_root().joinpath(*parts)
