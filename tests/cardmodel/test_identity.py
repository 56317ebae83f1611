from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cardreader import tlv
from app.cardreader.dates import CardDate
from app.cardreader.model import CardDataError, Identity
from app.cardreader.tags import BINARY_IDENTITY_TAGS, FLAG_TAGS, IDENTITY_TAGS

PHOTO_HASH = bytes(range(48))
KEY_HASH = bytes(range(100, 148))
CHIP = bytes.fromhex("534C494E336600296CFF2623660B0826")

# Every identity tag, with a value of the form the specification describes.
EVERY_TAG: list[tuple[int, bytes]] = [
    (0x00, b"\x00\x02"),
    (0x01, b"592123456789"),
    (0x02, CHIP),
    (0x03, b"14.08.2021"),
    (0x04, b"14.08.2031"),
    (0x05, "Liège".encode()),
    (0x06, b"85073003328"),
    (0x07, "Van den Bossche-Müller".encode()),
    (0x08, "Anaïs Sofie".encode()),
    (0x09, b"M"),
    (0x0A, b"Belge"),
    (0x0B, b"Saint-Josse-ten-Noode"),
    (0x0C, b"30 JUIL 1985"),
    (0x0D, b"F"),
    (0x0E, b"Baronne"),
    (0x0F, b"01"),
    (0x10, b"2"),
    (0x11, PHOTO_HASH),
    (0x12, b"01"),
    (0x13, b"1"),
    (0x14, b""),
    (0x15, b"01.02.2020-UA"),
    (0x16, b"8"),
    (0x17, b"0123.456.789"),
    (0x18, b"0987.654.321"),
    (0x19, b"REG-123456"),
    (0x1A, KEY_HASH),
    (0x1B, b"B"),
    (0x1C, b"C"),
    (0x1D, b"D"),
    (0x1E, b"K"),
    (0x1F, b"01.03.2019"),
]


def test_every_tag_has_a_test_value() -> None:
    assert [tag for tag, _ in EVERY_TAG] == sorted(IDENTITY_TAGS)


def test_every_tag_is_parsed_into_its_attribute() -> None:
    data = tlv.encode(EVERY_TAG)
    identity = Identity.from_tlv(data)
    for tag, value in EVERY_TAG:
        key = IDENTITY_TAGS[tag]
        if tag in FLAG_TAGS:
            assert getattr(identity, key) is True
        elif tag in BINARY_IDENTITY_TAGS:
            assert getattr(identity, key) == value.hex()
        else:
            assert getattr(identity, key) == value.decode()
    assert identity.raw == data
    assert identity.unknown == ()


def test_json_has_one_key_per_tag_present_with_the_stored_text() -> None:
    identity = Identity.from_tlv(tlv.encode(EVERY_TAG))
    out = identity.to_json()
    assert out["chip_number"] == "534c494e336600296cff2623660b0826"  # lowercase hex
    assert out["photo_hash"] == PHOTO_HASH.hex()
    assert out["member_of_family"] is True
    assert out["birth_date"] == "30 JUIL 1985"
    assert out["document_type"] == "01"
    assert out["birth_date_iso"] == "1985-07-30"
    assert out["validity_begin_iso"] == "2021-08-14"
    assert out["validity_end_iso"] == "2031-08-14"
    assert set(out) == set(IDENTITY_TAGS.values()) | {
        "birth_date_iso", "validity_begin_iso", "validity_end_iso"}


def test_absent_tags_are_absent_from_json() -> None:
    data = tlv.encode([(0x06, b"85073003328"), (0x07, b"Peeters"), (0x0C, b"   JUN 1967")])
    out = Identity.from_tlv(data).to_json()
    assert out == {"national_number": "85073003328", "surname": "Peeters",
                   "birth_date": "   JUN 1967", "birth_date_iso": "1967-06"}
    assert Identity.from_tlv(data).member_of_family is False


def test_unparseable_dates_keep_their_text_and_get_no_iso_key() -> None:
    identity = Identity(birth_date="sometime", validity_end="later")
    assert identity.date_of_birth is None
    assert identity.validity_end_date is None
    assert identity.to_json() == {"birth_date": "sometime", "validity_end": "later"}


def test_long_values_use_the_ff_length_form() -> None:
    surname = "Ö" * 150  # 300 bytes: length FF 2D
    data = tlv.encode([(0x07, surname.encode()), (0x0B, b"Gent")])
    assert data[1:3] == b"\xff\x2d"
    identity = Identity.from_tlv(data)
    assert identity.surname == surname
    assert identity.birth_place == "Gent"


def test_unknown_tags_are_kept_in_order_and_written_back() -> None:
    data = tlv.encode([(0x07, b"Peeters"), (0x25, b"\x01\x02"), (0x30, b"x" * 260)])
    identity = Identity.from_tlv(data)
    assert identity.surname == "Peeters"
    assert identity.unknown == ((0x25, b"\x01\x02"), (0x30, b"x" * 260))
    assert identity.to_tlv() == data


def test_zero_padding_is_ignored_but_kept_in_raw() -> None:
    data = tlv.encode([(0x07, b"Peeters")]) + bytes(40)
    identity = Identity.from_tlv(data)
    assert identity.surname == "Peeters"
    assert identity.raw == data
    assert Identity.from_tlv(bytes(10)) == Identity()


def test_invalid_utf8_names_the_tag() -> None:
    data = tlv.encode([(0x07, b"Pe\xffters")])
    with pytest.raises(CardDataError, match=r"tag 0x07 \(surname\) is not valid UTF-8"):
        Identity.from_tlv(data)


def test_truncated_file_is_a_card_data_error() -> None:
    with pytest.raises(CardDataError, match="not well-formed"):
        Identity.from_tlv(b"\x07\x20Peeters")


def test_a_tag_twice_is_refused() -> None:
    with pytest.raises(CardDataError, match="twice"):
        Identity.from_tlv(tlv.encode([(0x07, b"A"), (0x07, b"B")]))


def test_card_data_error_is_a_value_error() -> None:
    assert issubclass(CardDataError, ValueError)


def test_binary_values_must_be_lowercase_hex() -> None:
    with pytest.raises(CardDataError):
        Identity(photo_hash="ABCD")
    with pytest.raises(CardDataError):
        Identity(photo_hash="xyz")


@pytest.mark.parametrize("code,kids,foreigner,eid", [
    ("1", False, False, True), ("01", False, False, True), ("6", True, False, False),
    ("06", True, False, False), ("11", False, True, False), ("35", False, True, False),
    ("36", False, True, False), ("61", True, True, False), ("69", True, True, False),
    ("8", False, False, False), ("", False, False, False), ("X", False, False, False),
])
def test_document_types(code: str, kids: bool, foreigner: bool, eid: bool) -> None:
    identity = Identity(document_type=code)
    assert identity.is_kids_card is kids
    assert identity.is_foreigner_card is foreigner
    assert identity.is_belgian_eid is eid


@pytest.mark.parametrize("letter,gender", [("M", "male"), ("F", "female"), ("V", "female"),
                                           ("W", "female"), ("X", None), (None, None)])
def test_gender(letter: str | None, gender: str | None) -> None:
    assert Identity(sex=letter).gender == gender


def test_names_and_dates() -> None:
    identity = Identity.from_tlv(tlv.encode(EVERY_TAG))
    assert identity.given_names == "Anaïs Sofie M"
    assert identity.full_name == "Anaïs Sofie M Van den Bossche-Müller"
    assert identity.date_of_birth == CardDate(1985, 7, 30)
    assert identity.validity_begin_date == date(2021, 8, 14)
    assert identity.validity_end_date == date(2031, 8, 14)
    assert Identity(surname="Lampaert").full_name == "Lampaert"
    assert Identity(first_names="Jan", third_name_initial="").given_names == "Jan"


def test_json_round_trip_for_persona_files() -> None:
    identity = Identity.from_tlv(tlv.encode(EVERY_TAG))
    assert Identity.from_json(identity.to_json()) == identity
    upper = {"photo_hash": PHOTO_HASH.hex().upper()}
    assert Identity.from_json(upper).photo_hash == PHOTO_HASH.hex()
    with pytest.raises(CardDataError, match="no field 'nickname'"):
        Identity.from_json({"nickname": "Jo"})
    with pytest.raises(CardDataError, match="true or false"):
        Identity.from_json({"member_of_family": "yes"})
    with pytest.raises(CardDataError, match="must be text"):
        Identity.from_json({"surname": 3})


def test_identity_is_immutable_and_compares_by_value() -> None:
    identity = Identity(surname="Peeters", raw=b"one")
    with pytest.raises(AttributeError):
        identity.surname = "Janssens"  # type: ignore[misc]
    assert identity == Identity(surname="Peeters", raw=b"other")  # raw is not the value
    assert hash(identity) == hash(replace(identity, raw=b"x"))


_text = st.text(max_size=120)
_hex = st.binary(min_size=1, max_size=48).map(bytes.hex)


@st.composite
def identities(draw: st.DrawFn) -> Identity:
    values: dict[str, object] = {}
    for tag, key in IDENTITY_TAGS.items():
        if tag in FLAG_TAGS:
            values[key] = draw(st.booleans())
        elif tag == 0x00:
            # The version is two bytes on cards; an empty version as the last
            # item would be indistinguishable from padding.
            values[key] = draw(st.none() | st.binary(min_size=2, max_size=2).map(bytes.hex))
        elif tag in BINARY_IDENTITY_TAGS:
            values[key] = draw(st.none() | _hex)
        else:
            values[key] = draw(st.none() | _text)
    unknown_tags = draw(st.lists(st.integers(0x20, 0xFF), unique=True, max_size=3))
    unknown = tuple((tag, draw(st.binary(max_size=300))) for tag in sorted(unknown_tags))
    return Identity(**values, unknown=unknown)  # type: ignore[arg-type]


@settings(max_examples=200)
@given(identities(), st.integers(0, 64))
def test_tlv_round_trip(identity: Identity, padding: int) -> None:
    data = identity.to_tlv() + bytes(padding)
    parsed = Identity.from_tlv(data)
    assert parsed == identity
    assert parsed.raw == data
    assert Identity.from_json(parsed.to_json()) == replace(identity, unknown=())
