"""Python's cyclic garbage collector, paused while the program starts.

Starting builds a few hundred thousand objects (modules, classes, Qt's Python
enums, widgets) and hardly any garbage, yet the collector runs every few
hundred allocations and walks more of them each time: about a tenth of the
time from start to the road. It is paused for the start and resumed once the
first screen is up; reference counting frees everything else meanwhile.

On resuming, what the start built is frozen (gc.freeze): those objects live
as long as the program, and a full collection that walked them all took some
15 ms here (demo, the road shown), a stall of the window each time one came.
Later collections walk only what was made since.
"""

from __future__ import annotations

import gc

# How long the start may keep the collector paused, at most (ms).
PAUSE_MS = 2000

_paused = False


def pause() -> None:
    """Pause the collector for the start (unless someone else already turned it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Resume the collector if `pause` stopped it; harmless to call twice."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
