"""Import the Qt-free core that every start needs, before anything imports Qt.

Once PySide6 is imported, its import hook looks into every module imported
after it (for `from __feature__ import ...`), which costs about 20 ms over the
couple of hundred modules of the card stack and the road of life. Loading
those first, while no Qt is there yet, spares that; the GUI entry points
import this module before `app.ui.application`.
"""

from __future__ import annotations

import app.cardreader.backends
import app.cardreader.reading
import app.cardreader.service
import app.lifepath
import app.lifepath.personalise  # noqa: F401  (imported for its side effect: loaded)
