"""Where the test PKI is kept, apart from the PKI itself.

Demo and test runs trust the test root, and need no more than its path to load
it; this module lets them find it without loading the code that makes the PKI.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

ENV_DIR: Final = "CITIZEN_ASSISTANT_TEST_PKI_DIR"
PKI_DIR_NAME: Final = "test-pki-v1"


def default_pki_dir() -> Path:
    configured = os.environ.get(ENV_DIR)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("citizen-assistant")) / PKI_DIR_NAME
