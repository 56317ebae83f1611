"""The gateway's settings: declared once, typed, with defaults.

Precedence, lowest first: the defaults below, a TOML file (`--config FILE` or
CITIZEN_GATEWAY_CONFIG), environment variables CITIZEN_GATEWAY_<FIELD> (upper
case), then command-line flags. The serve command hands the merged settings to
uvicorn worker processes as JSON in CITIZEN_GATEWAY_SETTINGS_JSON, so every
worker runs with exactly what the parent resolved.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

ENV_PREFIX = "CITIZEN_GATEWAY_"
ENV_CONFIG_FILE = "CITIZEN_GATEWAY_CONFIG"
ENV_SETTINGS_JSON = "CITIZEN_GATEWAY_SETTINGS_JSON"


class ConfigError(ValueError):
    """A setting is missing, unknown or malformed; the message names it."""


def default_db_url() -> str:
    folder = Path(platformdirs.user_data_dir("citizen-assistant"))
    return f"sqlite:///{folder / 'gateway.sqlite3'}"


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    host: str = "127.0.0.1"
    port: int = 8700
    workers: int = 1
    db: str = field(default_factory=default_db_url)
    # Trust: PEM files of roots; empty means the Belgium roots shipped in
    # resources/trust/belgium. The test PKI's root is added only when asked.
    trust_roots: tuple[str, ...] = ()
    trust_test_root: bool = False
    # Let pyHanko fetch CRLs/OCSP from the URLs in real certificates. The test
    # PKI's CRLs are always known in-process when its root is trusted.
    fetch_revocation: bool = False
    # Extra CRL files (DER or PEM) an operator mirrors locally.
    crl_files: tuple[str, ...] = ()
    challenge_lifetime_s: int = 120
    session_lifetime_s: int = 1800
    max_document_bytes: int = 8 * 1024 * 1024
    max_json_bytes: int = 64 * 1024
    # A signature must carry a signing time no older than this and not in the
    # future beyond the clock skew.
    max_signature_age_s: int = 30 * 24 * 3600
    clock_skew_s: int = 300
    require_timestamp: bool = False
    # Signature validations running at once in one worker process.
    validation_threads: int = 1
    # Where submitted documents go: "database" or a folder (content-addressed files).
    document_store: str = "database"
    demo_registry: bool = True
    payment_provider: str = "test"
    log_level: str = "info"

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    def replace(self, **changes: Any) -> GatewayConfig:
        return dataclasses.replace(self, **changes)


_FIELDS = {f.name: f for f in dataclasses.fields(GatewayConfig)}


def _coerce(name: str, value: Any) -> Any:
    """Turns a TOML or environment value into the field's type."""
    default = getattr(GatewayConfig(db="x"), name)
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(part for part in value.split(os.pathsep) if part)
            return tuple(str(item) for item in value)
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r} has an invalid value {value!r}") from None


def _apply(base: GatewayConfig, values: Mapping[str, Any], where: str) -> GatewayConfig:
    changes: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in _FIELDS:
            raise ConfigError(f"unknown setting {key!r} in {where}")
        changes[name] = _coerce(name, value)
    return base.replace(**changes)


def load_config(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> GatewayConfig:
    """Defaults, then the file, then the environment, then `overrides` (flags)."""
    env = os.environ if environ is None else environ
    config = GatewayConfig()
    path = config_file or (Path(env[ENV_CONFIG_FILE]) if env.get(ENV_CONFIG_FILE) else None)
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read configuration file {path}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"configuration file {path} is not valid TOML: {exc}") from None
        section = data.get("gateway", data)
        if not isinstance(section, dict):
            raise ConfigError(f"configuration file {path}: [gateway] must be a table")
        config = _apply(config, section, str(path))
    from_env = {
        key[len(ENV_PREFIX):].lower(): value
        for key, value in env.items()
        if key.startswith(ENV_PREFIX) and key not in (ENV_CONFIG_FILE, ENV_SETTINGS_JSON)
    }
    config = _apply(config, from_env, "the environment")
    if overrides:
        config = _apply(config, {k: v for k, v in overrides.items() if v is not None}, "flags")
    return config


def config_from_settings_json(text: str) -> GatewayConfig:
    """The exact settings a parent process resolved (see module docstring)."""
    data = json.loads(text)
    return _apply(GatewayConfig(db="x"), data, "worker settings")
