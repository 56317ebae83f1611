"""Settings: defaults, then a TOML file, then the environment, then flags; and the
serve command's refusals as one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gateway.config import ConfigError, config_from_settings_json, load_config
from tests.gateway.conftest import CLI


def test_precedence(tmp_path: Path) -> None:
    file = tmp_path / "gateway.toml"
    file.write_text('[gateway]\nport = 9000\nworkers = 3\ntrust_roots = ["a.pem"]\n'
                    'require_timestamp = true\n')
    env = {"CITIZEN_GATEWAY_WORKERS": "4", "CITIZEN_GATEWAY_DB": "sqlite:///env.db"}
    config = load_config(file, env, overrides={"db": "sqlite:///flag.db", "port": None})
    assert (config.port, config.workers, config.db) == (9000, 4, "sqlite:///flag.db")
    assert config.trust_roots == ("a.pem",) and config.require_timestamp
    assert not config.trust_test_root  # the test root only when asked
    assert config_from_settings_json(config.to_json()) == config


def test_default_database_is_sqlite_in_the_user_data_folder() -> None:
    config = load_config(None, {})
    assert config.db.startswith("sqlite:///") and "citizen-assistant" in config.db


@pytest.mark.parametrize(("text", "message"), [
    ("[gateway]\nno_such_setting = 1\n", "unknown setting"),
    ("[gateway]\nport = 'eighty'\n", "invalid value"),
    ("port = [", "not valid TOML"),
])
def test_bad_files(tmp_path: Path, text: str, message: str) -> None:
    file = tmp_path / "bad.toml"
    file.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(file, {})


def test_serve_refuses_a_bad_configuration_in_one_line(tmp_path: Path) -> None:
    file = tmp_path / "bad.toml"
    file.write_text("[gateway]\nworkerz = 2\n")
    done = subprocess.run([str(CLI), "gateway", "serve", "--config", str(file)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "unknown setting 'workerz'" in done.stderr
