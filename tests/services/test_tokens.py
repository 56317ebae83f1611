"""A remembered login lives in the keyring; without one the program just asks again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring

from app.services import Login, TokenStore

GATEWAY = "https://gateway.example.be"
NN = "85080317128"


class MemoryKeyring(KeyringBackend):
    """An in-memory backend for the tests only (the program never ships one)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def login(hours: float = 1) -> Login:
    return Login("tok-123", NN, datetime.now(UTC) + timedelta(hours=hours))


def test_remember_and_load() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    assert store.save(GATEWAY, login())
    loaded = store.load(GATEWAY, NN)
    assert loaded is not None and loaded.token == "tok-123"
    assert store.load("https://other.example.be", NN) is None
    assert store.load(GATEWAY, "07091526410") is None
    stored = next(iter(backend.values.values()))
    assert "1234" not in stored and "pin" not in stored.lower()


def test_an_expired_login_is_forgotten() -> None:
    backend = MemoryKeyring()
    store = TokenStore(backend)
    store.save(GATEWAY, login(hours=-1))
    assert store.load(GATEWAY, NN) is None
    assert backend.values == {}


def test_forget() -> None:
    store = TokenStore(MemoryKeyring())
    store.save(GATEWAY, login())
    store.forget(GATEWAY, NN)
    assert store.load(GATEWAY, NN) is None


def test_without_a_keyring_nothing_breaks() -> None:
    store = TokenStore(NoKeyring())
    assert store.save(GATEWAY, login()) is False
    assert store.load(GATEWAY, NN) is None
    store.forget(GATEWAY, NN)


def test_garbage_in_the_keyring_is_dropped() -> None:
    backend = MemoryKeyring()
    backend.values[("citizen-assistant", f"{NN}@{GATEWAY}")] = "not json"
    store = TokenStore(backend)
    assert store.load(GATEWAY, NN) is None
    assert backend.values == {}
