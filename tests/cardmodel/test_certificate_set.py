"""EidData travels between processes as bytes and parses certificates on demand."""

from __future__ import annotations

import pickle

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from app.cardreader.certificates import CertificateSet
from app.cardreader.model import EidData
from app.cardreader.reading import read_card
from app.cardreader.session import CardSession
from app.cardreader.transport import InProcessTransport
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.image import build_image
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki


def read(persona: str, pki: TestPki) -> EidData:
    card = VirtualCard(build_image(persona_by_name(persona), pki))
    trust = TrustStore.belgium().with_extra_roots([pki.root.certificate])
    return read_card(CardSession.over(InProcessTransport(card)).card, trust)


@pytest.mark.parametrize("persona", ["worker", "student", "child"])
def test_eid_data_survives_pickling_with_the_same_certificates(
        persona: str, test_pki: TestPki) -> None:
    data = read(persona, test_pki)
    assert data.verified
    copy = pickle.loads(pickle.dumps(data))
    assert copy == data and copy.verified == data.verified
    assert isinstance(copy.certificates, CertificateSet)
    assert sorted(copy.certificates) == sorted(data.certificates)
    for role in data.certificates:
        assert (copy.certificates[role].public_bytes(Encoding.DER)
                == data.certificates[role].public_bytes(Encoding.DER))
    assert copy.to_json() == data.to_json()


def test_certificate_set_is_read_only_and_parses_once(test_pki: TestPki) -> None:
    der = test_pki.root.certificate.public_bytes(Encoding.DER)
    certs = CertificateSet({"root": der})
    first = certs["root"]
    assert certs["root"] is first  # parsed once, then kept
    assert "root" in certs and "rrn" not in certs and len(certs) == 1
    with pytest.raises(KeyError):
        certs["rrn"]
    with pytest.raises(TypeError):
        certs["rrn"] = first  # type: ignore[index]
    assert CertificateSet.of({"root": first}) == certs
    assert CertificateSet.of(certs) is certs
