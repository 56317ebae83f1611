from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.gateway_process import GatewayProcess, start_gateway


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    """One real gateway process (SQLite) for the session."""
    running = start_gateway(Path(tmp_path_factory.mktemp("services-gateway")))
    yield running
    running.stop()
