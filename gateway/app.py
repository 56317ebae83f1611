"""The FastAPI application factory.

`create_app(config)` builds one application with its services; uvicorn worker
processes call `create_app_from_env()`, which reads the settings the `serve`
command resolved (config.ENV_SETTINGS_JSON).
"""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from gateway.api import auth, content, health, inbox, me, payments, pki, submissions
from gateway.config import ENV_SETTINGS_JSON, GatewayConfig, config_from_settings_json, load_config
from gateway.errors import install_error_handlers
from gateway.limits import BodySizeLimit
from gateway.logs import AccessLog, configure_logging
from gateway.services import Services, build_services

API_PREFIX = "/api/v1"
VERSION = "1.0.0"

DESCRIPTION = """\
The reference backend of Citizen Assistant: card authentication, catalog and
forms, signed submissions with PAdES validation, cases, inbox, once-only data,
fees and RFC 3161 timestamps. Every refusal is JSON:
`{"error": {"code": "...", "message": "...", "details": ...}}`.
See docs/gateway.md for the protocol in prose.
"""


def create_app(config: GatewayConfig, services: Services | None = None) -> FastAPI:
    configure_logging(config.log_level)
    # A thread back from a database call waits for the GIL while a validation
    # runs; Python's default 5 ms switch interval makes every such wait cost up
    # to 5 ms, several times per transaction. 0.5 ms keeps transactions short.
    sys.setswitchinterval(0.0005)
    built = services or build_services(config)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            built.close()

    app = FastAPI(title="Citizen Assistant gateway", version=VERSION, description=DESCRIPTION,
                  openapi_url="/openapi.json", docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    app.state.services = built
    install_error_handlers(app)
    for module in (health, content, auth, submissions, inbox, me, payments, pki):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(pki.pki_router)
    app.add_middleware(BodySizeLimit, default_limit=config.max_json_bytes,
                       large_paths=(f"{API_PREFIX}/submissions",),
                       large_limit=config.max_document_bytes)
    app.add_middleware(AccessLog)
    return app


def create_app_from_env() -> FastAPI:
    settings = os.environ.get(ENV_SETTINGS_JSON)
    config = config_from_settings_json(settings) if settings else load_config()
    return create_app(config)
