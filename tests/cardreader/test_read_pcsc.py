"""Reading every persona through a real pcscd and vpcd, with our card layer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.cardreader.greeting import Greeting
from app.cardreader.reading import read_card
from app.cardreader.session import open_pcsc_session
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.personas import Persona, builtin_personas
from app.cardreader.virtual.pki import TestPki
from app.cardreader.virtual.vpcd import VpcdBridge

pytestmark = pytest.mark.pcsc

PERSONAS = sorted(builtin_personas())
DERIVED = {"chip_number", "photo_hash", "basic_key_hash", "version"}


@pytest.fixture(scope="module")
def trust(test_pki: TestPki) -> TrustStore:
    return TrustStore.belgium().with_extra_roots([test_pki.root.certificate])


@pytest.mark.parametrize("name", PERSONAS)
def test_every_persona_reads_back_exactly(
    name: str, insert_card: Callable[..., VpcdBridge], trust: TrustStore
) -> None:
    persona: Persona = builtin_personas()[name]
    bridge = insert_card(name)
    greetings: list[Greeting] = []
    with open_pcsc_session(bridge_reader(bridge)) as session:
        data = read_card(session.card, trust, on_greeting=greetings.append)
    doc = data.to_json()
    identity = doc["identity"]
    assert isinstance(identity, dict)
    for key, value in persona.identity.items():
        if key not in DERIVED:
            assert identity[key] == (True if key == "member_of_family" else value), key
    assert doc["address"] == {**persona.address, **({"version": doc["address"]["version"]}
                                                   if "version" in doc["address"] else {})}
    assert data.info is not None and data.info.applet_version == persona.applet
    report = data.authenticity
    assert report is not None
    assert len(greetings) == 1
    if "identity" in persona.tamper:
        assert not report.identity_signature and not report.valid
        assert not greetings[0].verified
    else:
        assert report.valid, report.failures
        assert greetings[0].verified
        assert report.basic_key is (True if persona.applet == "1.8" else None)
    assert ("signature" in data.certificates) is persona.signature_certificate


def bridge_reader(bridge: VpcdBridge) -> str:
    return "Virtual PCD 00 00"
