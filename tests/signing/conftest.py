from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cardreader.virtual.pki import TestPki
from tests.signing.support import PdfSig


@pytest.fixture(scope="session")
def pdfsig(tmp_path_factory: pytest.TempPathFactory, test_pki: TestPki) -> PdfSig:
    if shutil.which("pdfsig") is None or shutil.which("certutil") is None:
        pytest.skip("poppler-utils (pdfsig) and libnss3-tools (certutil) are needed")
    return PdfSig.create(Path(tmp_path_factory.mktemp("nssdb")), test_pki)
