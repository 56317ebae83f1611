"""Personal data goes over HTTPS, or plain HTTP to this very computer only."""

from __future__ import annotations

import pytest

from app.services import InsecureGateway, configured_gateway, gateway_base_url


@pytest.mark.parametrize("url,base", [
    ("https://gateway.example.be/", "https://gateway.example.be"),
    ("https://gateway.example.be:8443/citizen/", "https://gateway.example.be:8443/citizen"),
    ("http://127.0.0.1:8700", "http://127.0.0.1:8700"),
    ("http://127.0.0.9:1", "http://127.0.0.9:1"),
    ("http://localhost:8700/", "http://localhost:8700"),
    ("http://[::1]:8700", "http://[::1]:8700"),
])
def test_accepted(url: str, base: str) -> None:
    assert gateway_base_url(url) == base


@pytest.mark.parametrize("url,word", [
    ("http://gateway.example.be", "unencrypted"),
    ("http://192.168.1.10:8700", "unencrypted"),
    ("http://localhost.evil.example", "unencrypted"),
    ("ftp://gateway.example.be", "not a gateway address"),
    ("gateway.example.be", "not a gateway address"),
    ("https://user:secret@gateway.example.be", "password"),
    ("https://gateway.example.be/?x=1", "query"),
])
def test_refused(url: str, word: str) -> None:
    with pytest.raises(InsecureGateway, match=word):
        gateway_base_url(url)


def test_environment_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CITIZEN_ASSISTANT_GATEWAY", raising=False)
    assert configured_gateway(None) is None
    monkeypatch.setenv("CITIZEN_ASSISTANT_GATEWAY", "https://gw.example.be/")
    assert configured_gateway(None) == "https://gw.example.be"
    assert configured_gateway("http://127.0.0.1:9") == "http://127.0.0.1:9"
