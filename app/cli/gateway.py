"""`citizen-assistant gateway serve`: the reference backend (gateway/)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gateway", help="the reference backend")
    sub = parser.add_subparsers(dest="gateway_command", metavar="COMMAND", required=True)
    serve = sub.add_parser(
        "serve", help="run the gateway (HTTP API under /api/v1, described at /openapi.json)",
        description="Run the gateway. Settings come from --config (TOML), then environment "
                    "variables CITIZEN_GATEWAY_<SETTING>, then these flags. The first line on "
                    "stdout says where it listens.")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8700; 0 picks a free one)")
    serve.add_argument("--db", metavar="URL",
                       help="SQLAlchemy URL: sqlite:///FILE (default, under the user's data "
                            "folder) or postgresql://USER@HOST/DB")
    serve.add_argument("--config", type=Path, metavar="FILE", help="a TOML settings file")
    serve.add_argument("--workers", type=int, help="worker processes (default 1)")
    serve.add_argument("--trust-test-root", action="store_true", default=None,
                       help="also trust the test PKI (demo and tests only) and serve its "
                            "timestamps and CRLs")
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from gateway.config import ConfigError, load_config
    from gateway.content import ContentError
    from gateway.serve import serve

    overrides = {"host": args.host, "port": args.port, "db": args.db,
                 "workers": args.workers, "trust_test_root": args.trust_test_root}
    try:
        config = load_config(args.config, overrides=overrides)
        return serve(config)
    except (ConfigError, ContentError) as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot start the gateway: {exc.strerror or exc}") from None
