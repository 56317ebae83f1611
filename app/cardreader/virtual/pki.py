"""The test PKI: a Belgian-style hierarchy the program makes for itself.

Test Belgium Root CA issues the Citizen CA, the Foreigner CA, the RRN
certificates (RSA-2048 for 1.7 cards, EC P-384 for 1.8 cards) and a
timestamping certificate for the gateway's RFC 3161 service. The CAs issue
each persona's authentication and signature certificates. Everything is made
once and cached (see `pki_store`) in
`user_cache_dir("citizen-assistant")/test-pki-v1/`, or in the directory named
by CITIZEN_ASSISTANT_TEST_PKI_DIR, so tests and the gateway trust one root.
Personas whose file says `revoked` have their certificates listed on the CRLs.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.cardreader.virtual import pki_store as store
from app.cardreader.virtual.personas import Persona, builtin_personas
from app.cardreader.virtual.pki_certs import (
    CA_NOT_AFTER,
    TEST_ORGANIZATION,
    IssuedCert,
    KeyKind,
    Role,
    build_crl,
    ca_extensions,
    cardholder_extensions,
    cardholder_name,
    issue,
    name,
    new_key,
    rrn_extensions,
    tsa_extensions,
)
from app.cardreader.virtual.pki_location import ENV_DIR, default_pki_dir

__all__ = ["ENV_DIR", "CardKeys", "IssuedCert", "TestPki", "default_pki_dir", "load_test_pki"]

# When the revoked personas "reported their card lost".
REVOCATION_TIME: Final = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
_AUTHORITIES: Final = ("root", "citizen-ca", "foreigner-ca", "rrn-rsa", "rrn-ec", "tsa")


@dataclass(frozen=True)
class CardKeys:
    authentication: IssuedCert
    signature: IssuedCert | None
    basic_key: ec.EllipticCurvePrivateKey | None


class TestPki:
    __test__ = False  # not a pytest test class, whatever its name says

    def __init__(self, directory: Path, authorities: dict[str, IssuedCert]) -> None:
        self.directory = directory
        self.root = authorities["root"]
        self.citizen_ca = authorities["citizen-ca"]
        self.foreigner_ca = authorities["foreigner-ca"]
        self.rrn_rsa = authorities["rrn-rsa"]
        self.rrn_ec = authorities["rrn-ec"]
        self.tsa = authorities["tsa"]
        self._cards: dict[str, CardKeys] = {}
        self._lock = threading.Lock()

    def ca_for(self, persona: Persona) -> IssuedCert:
        return self.foreigner_ca if persona.is_foreigner else self.citizen_ca

    def rrn_for(self, persona: Persona) -> IssuedCert:
        return self.rrn_rsa if persona.applet == "1.7" else self.rrn_ec

    # -- cardholder keys ---------------------------------------------------

    def card_keys(self, persona: Persona) -> CardKeys:
        """The persona's keys and certificates, made on first use and kept on disk."""
        path = self._card_file(persona)
        with self._lock:
            cached = self._cards.get(path.name)
            if cached is None:
                data = store.create_file_once(path, self._new_card_keys(persona))
                cached = self._cards[path.name] = _parse_card_keys(data)
                if persona.revoked:
                    for issued in (cached.authentication, cached.signature):
                        if issued is not None:
                            self.revoke(issued.certificate, REVOCATION_TIME)
        return cached

    def _card_file(self, persona: Persona) -> Path:
        relevant = {
            "applet": persona.applet, "national_number": persona.national_number,
            "surname": persona.text("surname"), "first_names": persona.text("first_names"),
            "third_name_initial": persona.text("third_name_initial"),
            "foreigner": persona.is_foreigner, "signature": persona.signature_certificate,
            "revoked": persona.revoked,
        }
        digest = hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", persona.name)
        return self.directory / "cards" / f"{safe}-{digest[:16]}.json"

    def _new_card_keys(self, persona: Persona) -> bytes:
        kind: KeyKind = "rsa2048" if persona.applet == "1.7" else "p384"
        ca = self.ca_for(persona)
        out: dict[str, object] = {"persona": persona.name}
        roles: tuple[Role, ...] = ("authentication", "signature") \
            if persona.signature_certificate else ("authentication",)
        for role in roles:
            key = new_key(kind)
            subject = cardholder_name(
                persona.text("surname"), persona.text("first_names"),
                persona.text("third_name_initial"), persona.national_number, role)
            cert = issue(subject, key.public_key(), ca, cardholder_extensions(role))
            out[role] = {"certificate": store.cert_pem(cert).decode(),
                         "private_key": store.key_pem(key).decode()}
        if persona.applet == "1.8":
            out["basic_key"] = store.key_pem(new_key("p384")).decode()
        return json.dumps(out, indent=1).encode()

    # -- revocation --------------------------------------------------------

    def revoke(self, certificate: x509.Certificate, when: datetime | None = None) -> None:
        """Put `certificate` on its issuer's CRL (idempotent, visible to every process)."""
        record = {
            "serial": certificate.serial_number,
            "issuer": certificate.issuer.public_bytes().hex(),
            "revoked_at": (when or datetime.now(UTC)).isoformat(),
        }
        path = self.directory / "revoked" / f"{certificate.serial_number:x}.json"
        store.create_file_once(path, json.dumps(record).encode())

    def _revocations(self) -> list[dict[str, object]]:
        for persona in builtin_personas().values():
            if persona.revoked:
                self.card_keys(persona)  # makes sure its revocation is recorded
        folder = self.directory / "revoked"
        records = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
        return records

    @property
    def revoked(self) -> frozenset[int]:
        return frozenset(int(str(r["serial"])) for r in self._revocations())

    def crl(self, ca: IssuedCert) -> bytes:
        """A fresh DER CRL of `ca` (root, Citizen CA or Foreigner CA)."""
        issuer = ca.certificate.subject.public_bytes().hex()
        entries = [
            (int(str(r["serial"])), datetime.fromisoformat(str(r["revoked_at"])))
            for r in self._revocations() if r["issuer"] == issuer
        ]
        return build_crl(ca, entries, datetime.now(UTC), int(time.time()))


def _parse_card_keys(data: bytes) -> CardKeys:
    raw = json.loads(data)

    def issued(role: str) -> IssuedCert | None:
        entry = raw.get(role)
        if entry is None:
            return None
        return IssuedCert(x509.load_pem_x509_certificate(entry["certificate"].encode()),
                          store.load_key(entry["private_key"].encode()))

    authentication = issued("authentication")
    assert authentication is not None
    basic = raw.get("basic_key")
    basic_key = store.load_key(basic.encode()) if basic else None
    if basic_key is not None and not isinstance(basic_key, ec.EllipticCurvePrivateKey):
        raise ValueError("the basic key of a card is an EC key")
    return CardKeys(authentication, issued("signature"), basic_key)


def _make_authorities(directory: Path) -> None:
    org = (NameOID.ORGANIZATION_NAME, TEST_ORGANIZATION)
    country = (NameOID.COUNTRY_NAME, "BE")
    root_key = new_key("rsa4096")
    root_name = name(country, org, (NameOID.COMMON_NAME, "Test Belgium Root CA"))
    root = IssuedCert(issue(root_name, root_key.public_key(), root_key, ca_extensions(1),
                            CA_NOT_AFTER), root_key)
    made = {"root": root}
    for stem, common in (("citizen-ca", "Test Citizen CA"), ("foreigner-ca", "Test Foreigner CA")):
        key = new_key("rsa2048")
        subject = name(country, org, (NameOID.COMMON_NAME, common),
                       (NameOID.SERIAL_NUMBER, "202601"))
        made[stem] = IssuedCert(issue(subject, key.public_key(), root, ca_extensions(0),
                                      CA_NOT_AFTER), key)
    rrns: tuple[tuple[str, KeyKind, str], ...] = (
        ("rrn-rsa", "rsa2048", "Test RRN"), ("rrn-ec", "p384", "Test RRN EC"))
    for stem, kind, common in rrns:
        key = new_key(kind)
        subject = name(country, (NameOID.ORGANIZATION_NAME, "RRN"),
                       (NameOID.COMMON_NAME, common))
        made[stem] = IssuedCert(issue(subject, key.public_key(), root, rrn_extensions()), key)
    tsa_key = new_key("rsa2048")
    tsa_name = name(country, org, (NameOID.COMMON_NAME, "Test Time Stamping Authority"))
    made["tsa"] = IssuedCert(issue(tsa_name, tsa_key.public_key(), root, tsa_extensions()),
                             tsa_key)
    for stem, issued in made.items():
        store.write_issued(directory, stem, issued)
    (directory / "cards").mkdir()
    (directory / "revoked").mkdir()
    (directory / "README.txt").write_text(
        "Test PKI of Citizen Assistant. Never trust this root outside demo and tests.\n",
        encoding="utf-8")


def load_test_pki(directory: Path | None = None) -> TestPki:
    """The test PKI in `directory` (default: `default_pki_dir()`), made if absent."""
    final = Path(directory) if directory is not None else default_pki_dir()
    if not (final / "root.cert.pem").is_file():
        private = store.new_private_dir(final)
        _make_authorities(private)
        store.publish_dir(private, final)
    try:
        authorities = {stem: store.read_issued(final, stem) for stem in _AUTHORITIES}
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"{final} is not a usable test PKI directory: {exc}") from exc
    return TestPki(final, authorities)
