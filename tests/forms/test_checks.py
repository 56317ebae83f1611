"""One answer against its question: normalisation of what people type, the checks
of libraries that know the numbers, and plain, specific messages."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from pydantic import TypeAdapter

from app.forms.checks import CheckContext, Checked, check_answer
from app.forms.questions import Question
from app.forms.values import DONT_KNOW
from tests.forms.support import TODAY


def t(en: str) -> dict[str, str]:
    return {lang: en for lang in ("en", "nl", "fr", "de", "zh")}


def question(kind: str, **extra: Any) -> Question:
    data = {"id": "q", "type": kind, "label": t("Question?"), "name": t("Your answer"),
            "messages": {"required": t("Enter your answer")}}
    data.update(extra)
    return TypeAdapter(Question).validate_python(data)


def check(q: Question, raw: Any, *, card_nn: str | None = None, language: str = "en") -> Checked:
    def lookup(source: str) -> str | None:
        return card_nn
    return check_answer(q, raw, CheckContext(language, TODAY, lookup))


def kinds(checked: Checked) -> list[str]:
    return [p.kind for p in checked.problems]


# -- national number (python-stdnum) -----------------------------------------------------

@pytest.mark.parametrize("raw", ["85073003328", "85.07.30-033.28", "850730 033 28", " 85073003328 ",
                                 85073003328])
def test_national_number_good_in_any_typing(raw: Any) -> None:
    assert check(question("national_number"), raw).value == "85073003328"


def test_national_number_of_someone_born_this_century_keeps_its_leading_zero() -> None:
    assert check(question("national_number"), 5032512358).value == "05032512358"


@pytest.mark.parametrize("raw, kind", [
    ("85073003329", "national_number_checksum"),   # check digits off by one
    ("85133003328", "national_number_checksum"),   # month 13
    ("8507300332", "national_number_format"),      # 10 digits
    ("85O73003328", "national_number_format"),     # a letter O
    (True, "national_number_format"),
])
def test_national_number_bad(raw: Any, kind: str) -> None:
    checked = check(question("national_number"), raw)
    assert kinds(checked) == [kind] and checked.problems[0].question_id == "q"


def test_national_number_must_differ_from_the_card_when_asked_for_someone_else() -> None:
    q = question("national_number", different_from="card.identity.national_number",
                 messages={"required": t("Enter it"), "different": t("Not your own")})
    checked = check(q, "85.07.30-033.28", card_nn="85073003328")
    assert kinds(checked) == ["different"] and checked.problems[0].message == "Not your own"
    assert check(q, "85073003328", card_nn="90010112345").ok


def test_bis_number_only_where_allowed() -> None:
    bis = "85270512352"  # month + 20: a BIS number
    assert not check(question("national_number"), bis).ok
    assert check(question("national_number", allow_bis=True), bis).value == bis


# -- IBAN (python-stdnum) --------------------------------------------------------------------

@pytest.mark.parametrize("raw, value", [
    ("BE68 5390 0754 7034", "BE68539007547034"),
    ("be68-5390-0754-7034", "BE68539007547034"),
    ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"),
])
def test_iban_good(raw: str, value: str) -> None:
    assert check(question("iban"), raw).value == value


@pytest.mark.parametrize("raw, kind", [
    ("BE68 5390 0754 7035", "iban_checksum"),
    ("BE68 5390 0754 703", "iban_checksum"),
    ("5390 0754 7034", "iban_format"),
    ("BE68 ABCD", "iban_format"),
])
def test_iban_bad(raw: str, kind: str) -> None:
    checked = check(question("iban"), raw)
    assert kinds(checked) == [kind]


def test_iban_format_message_is_the_plain_one() -> None:
    message = check(question("iban"), "12345").problems[0].message
    assert message == "Enter an IBAN in the correct format, like BE68 5390 0754 7034"


def test_iban_country_rule() -> None:
    q = question("iban", countries=["BE"])
    assert kinds(check(q, "NL91ABNA0417164300")) == ["iban_country"]
    assert check(q, "BE68539007547034").ok


# -- phone (phonenumbers) and e-mail (email-validator) ---------------------------------------

@pytest.mark.parametrize("raw, value", [
    ("0470 12 34 56", "+32470123456"), ("+32 470 12 34 56", "+32470123456"),
    ("0032-470-12-34-56", "+32470123456"), ("(04) 223 00 00", "+3242230000"),
    ("+33 6 12 34 56 78", "+33612345678"),
])
def test_phone_good(raw: str, value: str) -> None:
    assert check(question("phone"), raw).value == value


@pytest.mark.parametrize("raw", ["123", "0470 12 34", "call me", "+32 470 12 34 56 78 90"])
def test_phone_bad(raw: str) -> None:
    assert kinds(check(question("phone"), raw)) == ["phone_invalid"]


@pytest.mark.parametrize("raw, value", [
    ("jan.peeters@example.be", "jan.peeters@example.be"),
    (" Jan@Telenet.BE ", "Jan@telenet.be"),
])
def test_email_good(raw: str, value: str) -> None:
    assert check(question("email"), raw).value == value


@pytest.mark.parametrize("raw", ["jan", "jan@", "jan@localhost", "a@b", "jan peeters@example.be"])
def test_email_bad(raw: str) -> None:
    checked = check(question("email"), raw)
    assert kinds(checked) == ["email_invalid"]
    assert checked.problems[0].message.startswith("Enter an email address in the correct format")


# -- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, value", [
    ("1 250,50", 1250.5), ("1.250,50", 1250.5), ("1,250.50", 1250.5), ("€ 45 000", 45000),
    ("45.000", 45000), ("12.5", 12.5), ("0,01", 0.01), (1250, 1250), ("1\u202f250", 1250),
])
def test_numbers_as_belgians_type_them(raw: Any, value: float) -> None:
    assert check(question("number", decimals=2), raw).value == value


@pytest.mark.parametrize("raw, kind", [
    ("abc", "not_a_number"), (True, "not_a_number"), ("1,5", "not_whole"), ("nan", "not_a_number"),
    ("1e400", "not_a_number"), (float("inf"), "not_a_number"),
])
def test_numbers_refused(raw: Any, kind: str) -> None:
    assert kinds(check(question("number"), raw)) == [kind]


def test_number_range_messages_name_the_field() -> None:
    q = question("number", minimum=1, maximum=5)
    assert check(q, "6").problems[0].message == "Your answer must be 5 or less"
    assert check(q, "0").problems[0].message == "Your answer must be 1 or more"
    assert kinds(check(question("number", decimals=2), "1,234")) == ["too_many_decimals"]


# -- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", ["1985-08-03", "3/8/1985", "03.08.1985", "3 8 1985", "03-08-1985",
                                 {"day": "3", "month": "8", "year": "1985"}])
def test_dates_typed_every_way(raw: Any) -> None:
    assert check(question("date"), raw).value == "1985-08-03"


@pytest.mark.parametrize("raw", ["31/02/2020", "2020-13-01", "yesterday", "1/1/85", 20200101])
def test_dates_that_do_not_exist(raw: Any) -> None:
    checked = check(question("date"), raw)
    assert kinds(checked) == ["date_invalid"]
    assert checked.problems[0].message == "Your answer must be a real date, like 27/03/2007"


def test_date_rules_with_their_messages() -> None:
    past = question("date", when="past")
    assert check(past, TODAY.isoformat()).problems[0].message == "Your answer must be in the past"
    assert kinds(check(question("date", when="future"), "2026-11-26")) == ["date_future"]
    assert check(question("date", when="future_or_today"), "2026-11-26").ok
    assert kinds(check(question("date", first_of_month=True), "2027-03-02")) == [
        "date_first_of_month"]
    adult = question("date", min_age=18)
    assert kinds(check(adult, "2008-11-27")) == ["min_age"]
    assert check(adult, "2008-11-26").ok
    child = question("date", max_age=24)
    assert kinds(check(child, "2001-11-26")) == ["max_age"]
    assert check(child, "2001-11-27").ok
    recent = question("date", max_days_ago=30)
    problem = check(recent, "2026-10-01").problems[0]
    assert problem.kind == "date_too_early" and "27/10/2026" in problem.message


def test_date_messages_in_other_languages() -> None:
    q = question("date", when="past", name={"en": "Date of birth", "nl": "De geboortedatum",
                                             "fr": "La date de naissance",
                                             "de": "Das Geburtsdatum", "zh": "出生日期"})
    messages = {lang: check(q, "2030-01-01", language=lang).problems[0].message
                for lang in ("nl", "fr", "de", "zh")}
    assert messages == {"nl": "De geboortedatum moet in het verleden liggen",
                        "fr": "La date de naissance doit être dans le passé",
                        "de": "Das Geburtsdatum muss in der Vergangenheit liegen",
                        "zh": "出生日期必须是过去的日期"}


# -- text, choices, yes/no, declarations -----------------------------------------------------------

def test_text_is_cleaned_of_stray_spaces_and_control_characters() -> None:
    assert check(question("text"), "  Jan \t  Peeters\x00 ").value == "Jan Peeters"
    # NFC: é typed as e + combining accent becomes the one code point.
    assert check(question("text"), "Ele\u0301onore").value == "Eléonore"
    lines = check(question("text", multiline=True), " a  b \r\n\r\n\r\n\r\n c ").value
    assert lines == "a b\n\nc"


def test_text_codes_are_normalised_before_their_pattern() -> None:
    plate = question("text", pattern="[0-9][A-Z]{3}[0-9]{3}", normalise=["upper", "compact"],
                     messages={"required": t("Enter it"), "pattern": t("Like 1-ABC-123")})
    assert check(plate, "1-abc-123").value == "1ABC123"
    assert check(plate, "ABC-123").problems[0].message == "Like 1-ABC-123"


def test_text_lengths() -> None:
    q = question("text", min_length=3, max_length=5)
    assert kinds(check(q, "ab")) == ["too_short"]
    assert kinds(check(q, "abcdef")) == ["too_long"]
    assert check(q, 12345).value == "12345"  # a number in a JSON answer file
    assert kinds(check(q, ["abc"])) == ["text_invalid"]


def test_choices() -> None:
    options = [{"value": "a", "label": t("A")}, {"value": "b", "label": t("B")}]
    single = question("choice", options=options)
    assert check(single, " a ").value == "a"
    assert kinds(check(single, "c")) == ["choice_invalid"]
    several = question("choice", options=options, multiple=True)
    assert check(several, ["b", "a", "b"]).value == ["a", "b"]
    assert kinds(check(several, ["a", "z"])) == ["choice_invalid"]
    assert kinds(check(several, [])) == ["required"]


def test_yes_no_and_declaration() -> None:
    assert check(question("yes_no"), "yes").value is True
    assert check(question("yes_no"), False).value is False
    assert kinds(check(question("yes_no"), "maybe")) == ["yes_no_invalid"]
    assert check(question("declaration"), True).value is True
    assert kinds(check(question("declaration"), False)) == ["required"]


def test_blank_optional_and_dont_know() -> None:
    assert check(question("number", optional=True), "   ") == Checked(None)
    assert kinds(check(question("number"), "   ")) == ["required"]
    assert check(question("number"), "   ").problems[0].message == "Enter your answer"
    assert check(question("number", dont_know=True), DONT_KNOW).value == DONT_KNOW
    assert kinds(check(question("number"), DONT_KNOW)) == ["not_a_number"]


# -- addresses and files ---------------------------------------------------------------------------

def test_address_parts_each_get_their_message() -> None:
    q = question("address")
    checked = check(q, {"street_and_number": " ", "postcode": "40000", "municipality": ""})
    assert [(p.field, p.kind) for p in checked.problems] == [
        ("q.street_and_number", "street_required"), ("q.municipality", "municipality_required"),
        ("q.postcode", "postcode_invalid")]
    good = check(q, {"street_and_number": "Rue  Haute 12", "zip": "B-4000",
                     "municipality": "Liège"})
    assert good.value == {"street_and_number": "Rue Haute 12", "postcode": "4000",
                          "municipality": "Liège"}
    assert kinds(check(q, "Rue Haute 12, 4000 Liège")) == ["address_invalid"]


def _file(data: bytes, media_type: str = "application/pdf",
          name: str = "scan.pdf") -> dict[str, str]:
    return {"name": name, "media_type": media_type,
            "content_base64": base64.b64encode(data).decode()}


def test_attachments() -> None:
    q = question("attachment", media_types=["application/pdf", "image/png"], max_bytes=100)
    value = check(q, _file(b"%PDF-1.7 hello", name="C:\\Users\\jan\\scan.pdf")).value
    assert value == _file(b"%PDF-1.7 hello")  # the path is not kept
    assert kinds(check(q, _file(b"%PDF-" + b"x" * 200))) == ["file_too_big"]
    assert kinds(check(q, _file(b"GIF89a", "image/png", "a.png"))) == ["file_type"]
    assert kinds(check(q, _file(b"%PDF-1", "image/jpeg", "a.jpg"))) == ["file_type"]
    assert kinds(check(q, {**_file(b"%PDF-1"), "content_base64": "@@@"})) == ["file_invalid"]
    assert kinds(check(q, _file(b""))) == ["file_empty"]
    assert check(q, _file(b"%PDF-1")).problems == ()
    message = check(q, _file(b"GIF89a", "image/png", "a.png")).problems[0].message
    assert message == "The selected file must be one of these types: PDF, PNG"
