import hashlib
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.cardreader.authenticity import check_authenticity
from app.cardreader.errors import CardCommandError, CardRemoved
from app.cardreader.model import CardFiles, parse_eid
from app.cardreader.report import CHECKS, AuthenticityReport
from app.cardreader.trust import TrustStore

from .cards import (
    PHOTO,
    Card,
    Pki,
    build_card,
    der,
    issue,
    make_pki,
    make_root,
    new_key,
    rrn_sign,
    sample_identity,
)

NOW = datetime(2024, 5, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def rsa_pki() -> Pki:
    return make_pki("rsa")


@pytest.fixture(scope="module")
def ec_pki() -> Pki:
    return make_pki("ec")


@pytest.fixture(scope="module")
def card17(rsa_pki: Pki) -> Card:
    return build_card(rsa_pki, applet=0x17)


@pytest.fixture(scope="module")
def card18(ec_pki: Pki) -> Card:
    return build_card(ec_pki, applet=0x18)


def trust_for(pki: Pki) -> TrustStore:
    return TrustStore.belgium().with_extra_roots([pki.root])


def check(card: Card, pki: Pki, files: CardFiles | None = None, **kwargs: object
          ) -> AuthenticityReport:
    options: dict[str, object] = {"internal_authenticate": card.internal_authenticate
                                  if card.basic_key is not None else None, "at": NOW}
    options.update(kwargs)
    return check_authenticity(files or card.files, trust_for(pki), **options)  # type: ignore[arg-type]


def failed(report: AuthenticityReport) -> set[str]:
    return {name for name in CHECKS if getattr(report, name) is False}


def test_a_good_rsa_card(card17: Card, rsa_pki: Pki) -> None:
    report = check(card17, rsa_pki)
    assert report == AuthenticityReport(True, True, True, True, None, (), ())
    assert report.valid
    assert report.to_json() == {"photo_hash": True, "identity_signature": True,
                                "address_signature": True, "rrn_chain": True,
                                "basic_key": None, "valid": True, "failures": []}


def test_a_good_ec_card(card18: Card, ec_pki: Pki) -> None:
    report = check(card18, ec_pki)
    assert report.valid, report.failures
    assert report.basic_key is True


def test_a_17_card_re_keyed_to_ec(ec_pki: Pki) -> None:
    card = build_card(ec_pki, applet=0x17)
    report = check(card, ec_pki)
    assert report.valid, report.failures
    assert report.basic_key is None


@pytest.mark.parametrize("card_name", ["card17", "card18"])
def test_changed_photo(card_name: str, request: pytest.FixtureRequest) -> None:
    card: Card = request.getfixturevalue(card_name)
    pki: Pki = request.getfixturevalue("rsa_pki" if card_name == "card17" else "ec_pki")
    report = check(card, pki, replace(card.files, photo=PHOTO + b"\x00"))
    assert failed(report) == {"photo_hash"}
    assert not report.valid
    assert report.failures == ("The photo is not the one the identity file was signed with.",)


@pytest.mark.parametrize("card_name", ["card17", "card18"])
def test_changed_identity(card_name: str, request: pytest.FixtureRequest) -> None:
    card: Card = request.getfixturevalue(card_name)
    pki: Pki = request.getfixturevalue("rsa_pki" if card_name == "card17" else "ec_pki")
    forged = card.files.identity.replace(b"Peeters", b"Janssen")
    assert forged != card.files.identity
    report = check(card, pki, replace(card.files, identity=forged))
    assert failed(report) == {"identity_signature"}
    assert "identity data is not signed by the National Register" in report.failures[0]


@pytest.mark.parametrize("card_name", ["card17", "card18"])
def test_changed_address(card_name: str, request: pytest.FixtureRequest) -> None:
    card: Card = request.getfixturevalue(card_name)
    pki: Pki = request.getfixturevalue("rsa_pki" if card_name == "card17" else "ec_pki")
    forged = card.files.address.replace(b"Veldstraat 1", b"Veldstraat 9")
    report = check(card, pki, replace(card.files, address=forged))
    assert failed(report) == {"address_signature"}
    assert report.failures_for("address_signature") == report.failures
    assert report.failures_for("photo_hash", "rrn_chain") == ()


def test_address_padding_is_not_signed(card17: Card, rsa_pki: Pki) -> None:
    # More or less padding after the address TLV changes nothing.
    shorter = card17.files.address.rstrip(b"\x00") + bytes(3)
    assert check(card17, rsa_pki, replace(card17.files, address=shorter)).valid


def test_untrusted_root(card18: Card, ec_pki: Pki) -> None:
    # Only the Belgium roots: the card's own root (503B) must not be trusted.
    report = check_authenticity(card18.files, TrustStore.belgium(),
                                internal_authenticate=card18.internal_authenticate, at=NOW)
    assert failed(report) == {"rrn_chain"}
    assert "not issued by a trusted Belgium Root CA" in report.failures[0]


def test_impostor_root_with_the_same_name(card17: Card) -> None:
    impostor_key = new_key("rsa")
    impostor = make_root(impostor_key)  # same subject "Test Root CA", other key
    store = TrustStore.belgium().with_extra_roots([impostor])
    report = check_authenticity(card17.files, store, internal_authenticate=None, at=NOW)
    assert failed(report) == {"rrn_chain"}
    assert "does not verify" in report.failures[0]


def test_forged_rrn_certificate_signed_by_an_impostor(rsa_pki: Pki) -> None:
    impostor_key = new_key("rsa")
    impostor = make_root(impostor_key)
    forged_rrn = issue(impostor_key, impostor, rsa_pki.rrn_key)
    card = build_card(replace(rsa_pki, rrn=forged_rrn), applet=0x17)
    report = check(card, rsa_pki)
    assert failed(report) == {"rrn_chain"}


def test_rrn_certificate_valid_between_issue_and_now_is_accepted() -> None:
    # Expired today, but valid when the card was issued (14.08.2015).
    expired = make_pki("rsa", not_before=datetime(2014, 1, 1, tzinfo=UTC),
                       not_after=datetime(2020, 1, 1, tzinfo=UTC))
    assert check(build_card(expired, applet=0x17), expired).valid
    # Made after the card was issued (an address change is signed later).
    newer = make_pki("rsa", not_before=datetime(2016, 1, 1, tzinfo=UTC))
    assert check(build_card(newer, applet=0x17), newer).valid


@pytest.mark.parametrize("validity", [
    # expired before the card was issued
    {"not_before": datetime(2010, 1, 1, tzinfo=UTC), "not_after": datetime(2015, 1, 1, tzinfo=UTC)},
    # not valid yet
    {"not_before": datetime(2030, 1, 1, tzinfo=UTC)},
])
def test_rrn_certificate_never_valid_in_the_span_is_refused(validity: dict[str, datetime]) -> None:
    pki = make_pki("rsa", **validity)
    report = check(build_card(pki, applet=0x17), pki)
    assert failed(report) == {"rrn_chain"}
    assert "2015-08-14" in report.failures[0]


def test_issue_date_in_the_future(card17: Card, rsa_pki: Pki) -> None:
    report = check(card17, rsa_pki, at=datetime(2015, 1, 1, tzinfo=UTC))
    assert failed(report) == {"rrn_chain"}
    assert "future" in report.failures[0]


def test_basic_key_not_matching_its_hash(card18: Card, ec_pki: Pki) -> None:
    other = ec.generate_private_key(ec.SECP384R1()).public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    report = check(card18, ec_pki, replace(card18.files, basic_key=other))
    assert failed(report) == {"basic_key"}
    assert "not the one the National Register signed" in report.failures[0]


def test_challenge_signed_with_another_key(card18: Card, ec_pki: Pki) -> None:
    stranger = Card(card18.files, ec.generate_private_key(ec.SECP384R1()))
    report = check(card18, ec_pki, internal_authenticate=stranger.internal_authenticate)
    assert failed(report) == {"basic_key"}
    assert "was not made with its basic key" in report.failures[0]


def test_challenge_is_fresh_and_sized_for_p384(card18: Card, ec_pki: Pki) -> None:
    seen: list[bytes] = []

    def card(challenge: bytes) -> bytes:
        seen.append(challenge)
        return card18.internal_authenticate(challenge)

    assert check(card18, ec_pki, internal_authenticate=card).valid
    assert check(card18, ec_pki, internal_authenticate=card).valid
    assert len(seen) == 2 and seen[0] != seen[1]
    assert all(len(challenge) == 48 for challenge in seen)


def test_replayed_answer_fails(card18: Card, ec_pki: Pki) -> None:
    old_answer = card18.internal_authenticate(bytes(48))
    report = check(card18, ec_pki, internal_authenticate=lambda _challenge: old_answer)
    assert failed(report) == {"basic_key"}


def test_der_answer_is_accepted(card18: Card, ec_pki: Pki) -> None:
    assert card18.basic_key is not None
    key = card18.basic_key

    def der_card(challenge: bytes) -> bytes:
        return key.sign(challenge, ec.ECDSA(Prehashed(hashes.SHA384())))

    assert check(card18, ec_pki, internal_authenticate=der_card).valid


@pytest.mark.parametrize("answer", [b"", b"\x01" * 95, b"\x30\x05\x02\x01\x01"])
def test_malformed_answers_fail(card18: Card, ec_pki: Pki, answer: bytes) -> None:
    report = check(card18, ec_pki, internal_authenticate=lambda _challenge: answer)
    assert failed(report) == {"basic_key"}


def test_card_refusing_the_challenge_fails(card18: Card, ec_pki: Pki) -> None:
    def refuse(_challenge: bytes) -> bytes:
        raise CardCommandError("INTERNAL AUTHENTICATE refused", 0x6D00)

    report = check(card18, ec_pki, internal_authenticate=refuse)
    assert failed(report) == {"basic_key"}
    assert "6D00" in report.failures[0]


def test_card_removed_during_the_challenge_propagates(card18: Card, ec_pki: Pki) -> None:
    def removed(_challenge: bytes) -> bytes:
        raise CardRemoved("card removed")

    with pytest.raises(CardRemoved):
        check(card18, ec_pki, internal_authenticate=removed)


def test_18_card_without_challenge_or_basic_key_fails(card18: Card, ec_pki: Pki) -> None:
    report = check(card18, ec_pki, internal_authenticate=None)
    assert failed(report) == {"basic_key"}
    report = check(card18, ec_pki, replace(card18.files, basic_key=None))
    assert failed(report) == {"basic_key"}
    assert "no basic key file" in report.failures[0]


def test_old_card_with_sha1(rsa_pki: Pki) -> None:
    identity = replace(sample_identity(), photo_hash=hashlib.sha1(PHOTO).hexdigest())
    identity_file = identity.to_tlv()
    key = rsa_pki.rrn_key
    assert isinstance(key, rsa.RSAPrivateKey)

    def sign(data: bytes) -> bytes:
        return key.sign(data, padding.PKCS1v15(), hashes.SHA1())

    base = build_card(rsa_pki, applet=0x17).files
    address_tlv = base.address.rstrip(b"\x00")
    identity_signature = sign(identity_file)
    files = replace(base, identity=identity_file, identity_signature=identity_signature,
                    address_signature=sign(address_tlv + identity_signature))
    report = check_authenticity(files, trust_for(rsa_pki), internal_authenticate=None, at=NOW)
    assert report.valid, report.failures


def test_signature_file_forms(card17: Card, card18: Card, rsa_pki: Pki, ec_pki: Pki) -> None:
    # RSA signature in a file with zero padding after it
    padded = replace(card17.files, address_signature=card17.files.address_signature + bytes(8))
    assert check(card17, rsa_pki, padded).valid
    # EC signature without the padding of the card file
    signature = card18.files.address_signature.rstrip(b"\x00")
    assert check(card18, ec_pki, replace(card18.files, address_signature=signature)).valid


@pytest.mark.parametrize("change", [
    {"cert_rrn": b""},
    {"cert_rrn": b"\x30\x82\x10\x00garbage"},
    {"cert_rrn": bytes(100)},
    {"identity": b"\x07\x40truncated"},
    {"identity": b""},
    {"identity_signature": b""},
    {"address_signature": b"\x30\x02\x00"},
    {"basic_key": b"not a key"},
    {"basic_key": b"\x30\x03\x02\x01\x05"},
    {"photo": b""},
])
def test_malformed_files_fail_checks_without_raising(
    card18: Card, ec_pki: Pki, change: dict[str, bytes]
) -> None:
    report = check(card18, ec_pki, replace(card18.files, **change))
    assert not report.valid
    assert len(report.failures) == len(failed(report))
    assert all(reason.strip() for reason in report.failures)


def test_card_data_is_not_part_of_the_checks(card18: Card, ec_pki: Pki) -> None:
    # GET CARD DATA is not signed; the basic key still applies through 4040 and tag 1A.
    report = check(card18, ec_pki, replace(card18.files, card_data=b""))
    assert report.valid and report.basic_key is True


def test_rrn_key_of_another_kind_fails_the_signatures(card17: Card, rsa_pki: Pki) -> None:
    odd = issue(rsa_pki.root_key, rsa_pki.root, ed25519.Ed25519PrivateKey.generate())  # type: ignore[arg-type]
    report = check(card17, rsa_pki, replace(card17.files, cert_rrn=der(odd)))
    assert failed(report) == {"identity_signature", "address_signature"}
    assert "not used on eID cards" in report.failures[0]


def test_unreadable_rrn_certificate_fails_three_checks(card17: Card, rsa_pki: Pki) -> None:
    report = check(card17, rsa_pki, replace(card17.files, cert_rrn=b"junk"))
    assert failed(report) == {"identity_signature", "address_signature", "rrn_chain"}
    assert all("National Register certificate" in reason for reason in report.failures)


def test_eid_data_from_a_card(card18: Card, ec_pki: Pki) -> None:
    report = check(card18, ec_pki)
    data = parse_eid(card18.files, report)
    assert data.source == "card" and data.verified
    assert data.identity.surname == "Peeters"
    assert data.address.municipality == "Gent"
    assert data.photo == PHOTO
    assert set(data.certificates) == {"authentication", "signature", "ca", "root", "rrn"}
    assert data.certificates["rrn"] == ec_pki.rrn
    with pytest.raises(TypeError):
        data.certificates["rrn"] = ec_pki.root  # type: ignore[index]
    out = data.to_json()
    assert out["card"] == {"applet": "1.8", "chip_number": "534c494e336600296cff2623660b0826",
                           "atr": "3b7f96000080318065b085040120120fff829000"}
    assert out["identity"] == data.identity.to_json()
    assert out["address"] == {"version": "0002", "street_and_number": "Veldstraat 1",
                              "zip": "9000", "municipality": "Gent"}
    certificates = out["certificates"]
    assert isinstance(certificates, dict)
    assert certificates["rrn"].startswith("-----BEGIN CERTIFICATE-----")
    authenticity = out["authenticity"]
    assert isinstance(authenticity, dict)
    assert authenticity["valid"] is True and authenticity["basic_key"] is True
    assert authenticity["source"] == "card"


def test_kids_card_without_signature_certificate(rsa_pki: Pki) -> None:
    card = build_card(rsa_pki, applet=0x17,
                      identity=sample_identity(document_type="6"))
    files = replace(card.files, cert_signature=None,
                    cert_authentication=der(rsa_pki.rrn))  # any certificate will do
    data = parse_eid(files, check(card, rsa_pki, files))
    assert "signature" not in data.certificates
    assert data.identity.is_kids_card
    assert data.verified


def test_unreadable_certificate_is_left_out(card17: Card) -> None:
    data = parse_eid(replace(card17.files, cert_ca=b"junk"), None)
    assert "ca" not in data.certificates and "rrn" in data.certificates


def test_signing_helper_pads_ec_signatures(ec_pki: Pki) -> None:
    # The test card files are laid out as the content specification says.
    signature = rrn_sign(ec_pki.rrn_key, b"data")
    assert len(signature) == 120 and signature[0] == 0x30
