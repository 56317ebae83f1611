"""Runs the gateway under uvicorn: one process, or a supervisor with workers.

The socket is bound here, before any worker starts, so that `--port 0` works
(the kernel picks a free port) and the first line on stdout says where the
gateway listens: `gateway listening on http://HOST:PORT`. Scripts and tests
wait for that line. The schema is created once here, not by each worker.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import uvicorn
from sqlalchemy.engine import make_url
from uvicorn.supervisors import Multiprocess

from gateway import logs
from gateway.app import create_app
from gateway.config import ENV_SETTINGS_JSON, GatewayConfig
from gateway.db import Database
from gateway.logs import configure_logging
from gateway.services import build_services


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY only on sockets that
    # say they are TCP, and accepted sockets inherit this one's proto. Without
    # it a keep-alive response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def serve(config: GatewayConfig) -> int:
    configure_logging(config.log_level)
    database = Database(config.db)
    try:
        database.create_schema()
    finally:
        database.dispose()
    sock = bind(config.host, config.port)
    port = sock.getsockname()[1]
    config = config.replace(port=port)
    common: dict[str, Any] = {"log_config": None, "access_log": False, "proxy_headers": True,
                              "server_header": False, "timeout_graceful_shutdown": 10}
    if config.workers <= 1:
        server = uvicorn.Server(uvicorn.Config(create_app(config), **common))
        _announce(sock, config)
        server.run(sockets=[sock])
        return 0
    build_services(config).close()  # refuse a bad configuration before forking workers
    os.environ[ENV_SETTINGS_JSON] = config.to_json()
    uv_config = uvicorn.Config("gateway.app:create_app_from_env", factory=True,
                               workers=config.workers, **common)
    _announce(sock, config)
    Multiprocess(uv_config, sockets=[sock]).run()
    return 0


def _announce(sock: socket.socket, config: GatewayConfig) -> None:
    # Listening before uvicorn takes over: connections wait in the backlog, so a
    # client that read the line below never sees "connection refused".
    sock.listen(2048)
    shown_host = f"[{config.host}]" if ":" in config.host else config.host
    print(f"gateway listening on http://{shown_host}:{config.port}", flush=True)
    logs.event("gateway_started", port=config.port, workers=config.workers,
               test_root=config.trust_test_root,
               database=make_url(config.db).get_backend_name())
