"""What a window start does before it imports Qt.

First, the garbage collector is paused for the start (collector.py) and a card
already in the reader starts being read by the startup reader
(app/cardreader/startup_read.py), in its own process, while this one loads Qt
and builds the window. Then the Qt-free core that every start needs is loaded:
once PySide6 is imported, its import hook looks into every module imported
after it (for `from __feature__ import ...`), which costs about 15 ms over the
modules of the card stack and the road of life; loading them first spares that.
The GUI entry points call `begin()` before importing `app.ui.application`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cardreader.startup_read import StartupRead

# What the window needs of the core before its first paint. Not the card
# checks nor the cryptography package: the startup reader does those.
CORE_MODULES = (
    "app.cardreader.backends",
    "app.cardreader.service",
    "app.cardreader.greeting",
    "app.lifepath",
    "app.lifepath.personalise",
)


def begin(*, demo: bool, kiosk: bool) -> StartupRead | None:
    """Start the startup reader (not in a demo, whose card comes later), then
    load the core; returns the reader for `Program(startup=...)`."""
    from app.ui import collector

    # From the very first import on: loading the core and Qt is most of what
    # the collector would otherwise walk again and again (collector.py).
    collector.pause()
    from app.cardreader.startup_read import StartupRead
    from app.config import RunMode, run_mode

    mode = run_mode(demo)
    startup = None if mode is RunMode.DEMO else StartupRead.start(mode, kiosk=kiosk)
    for name in CORE_MODULES:
        importlib.import_module(name)
    # The catalog the road is drawn from: loaded now, so that what loading it
    # imports (the cache, platformdirs) escapes PySide's import scan as well.
    from app.lifepath import default_catalog

    default_catalog()
    return startup
