"""The page flow: one thing per page, conditions, back, check your answers with change
links, prefill from the card, the task list and resuming."""

from __future__ import annotations

from typing import Any

import pytest

from app.forms import (
    FlowError,
    FlowState,
    FormDefinition,
    FormFlow,
    IncompleteError,
    PageView,
    Prefill,
    QuestionMode,
    SummaryView,
    TaskStatus,
    fill_from_answers,
    load_definition,
    load_example,
)
from tests.forms.support import CARD_ADDRESS, CARD_IDENTITY, ME, TODAY, persona


def t(en: str) -> dict[str, str]:
    return {"en": en, "nl": f"{en} (nl)", "fr": f"{en} (fr)", "de": f"{en} (de)",
            "zh": f"{en} (zh)"}


def q(qid: str, kind: str, **extra: Any) -> dict[str, Any]:
    data = {"id": qid, "type": kind, "label": t(f"{qid}?"), "name": t(qid.capitalize()),
            "messages": {"required": t(f"Enter {qid}")}}
    data.update(extra)
    return data


DEFINITION = FormDefinition.model_validate({
    "id": "test-form", "version": 1, "title": t("Test form"), "description": t("For tests"),
    "station": "family", "service": "test-form", "provider": t("Us"),
    "fee": {"amount_cents": 3000, "for": t("Handling")},
    "submit_label": t("Sign and send"), "next_steps": t("We write to you"),
    "sections": [{"id": "about", "title": t("About you")},
                 {"id": "partner", "title": t("Your partner")},
                 {"id": "money", "title": t("Money")}],
    "pages": [
        {"id": "details", "title": t("Your details"), "section": "about", "questions": [
            q("surname", "text", prefill={"from": "card.identity.surname", "mode": "show"}),
            q("national_number", "national_number",
              prefill={"from": "card.identity.national_number", "mode": "confirm"})]},
        {"id": "has_partner", "section": "about", "questions": [q("has_partner", "yes_no")]},
        {"id": "partner", "title": t("Partner"), "section": "partner",
         "condition": {"question": "has_partner", "equals": True}, "questions": [
            q("partner_name", "text"),
            q("partner_nn", "national_number", different_from="card.identity.national_number",
              messages={"required": t("Enter it"), "different": t("Not your own number")})]},
        {"id": "income", "section": "money", "questions": [
            q("amount", "number", minimum=0, maximum=1000000, decimals=2)]},
        {"id": "extra", "section": "money",
         "condition": {"all": [{"question": "amount", "greater_than": 1000},
                               {"not": {"question": "has_partner", "equals": True}}]},
         "questions": [q("tax_number", "text", optional=True)]},
        {"id": "account", "section": "money", "questions": [
            q("iban", "iban", prefill={"from": "me.bank_account"})]},
        {"id": "declaration", "section": "money", "questions": [q("declaration", "declaration")]},
    ],
})


def new_flow(prefill: Prefill | None = None, **kwargs: Any) -> FormFlow:
    return FormFlow(DEFINITION, prefill or persona(me=True), "en", today=TODAY, **kwargs)


def page(flow: FormFlow) -> PageView:
    view = flow.view()
    assert isinstance(view, PageView)
    return view


def through(flow: FormFlow, answers: dict[str, Any]) -> None:
    """Answer the current page from `answers` (confirming card data) and continue."""
    for question in page(flow).questions:
        if question.mode is QuestionMode.CONFIRM:
            flow.confirm(question.id)
        elif question.mode is QuestionMode.ASKED and question.id in answers:
            flow.answer(question.id, answers[question.id])
    assert flow.continue_() == []


def complete(flow: FormFlow, answers: dict[str, Any]) -> None:
    while not flow.at_summary:
        through(flow, answers)


SINGLE = {"has_partner": False, "amount": "1 250,50", "tax_number": "", "declaration": True}


def test_card_data_is_shown_and_confirmed_not_asked() -> None:
    flow = new_flow()
    view = page(flow)
    surname, number = view.questions
    assert (surname.mode, surname.shown_value, surname.source) == (
        QuestionMode.SHOWN, "Dubois", "From your eID card")
    assert (number.mode, number.shown_value) == (QuestionMode.CONFIRM, "85.08.03-171.28")
    with pytest.raises(FlowError):
        flow.answer("surname", "Someone Else")
    problems = flow.continue_()
    assert [(p.question_id, p.kind) for p in problems] == [("national_number", "not_confirmed")]
    assert page(flow).questions[1].problems == tuple(problems)
    flow.confirm("national_number")
    assert flow.continue_() == [] and flow.position == "has_partner"


def test_what_the_card_lacks_is_asked() -> None:
    flow = new_flow(Prefill({"national_number": CARD_IDENTITY["national_number"]}, CARD_ADDRESS))
    surname, number = page(flow).questions
    assert surname.mode is QuestionMode.ASKED and number.mode is QuestionMode.CONFIRM
    flow.confirm("national_number")
    assert [p.message for p in flow.continue_()] == ["Enter surname"]
    flow.answer("surname", "  Dubois ")
    assert flow.continue_() == []


def test_conditional_pages_are_skipped_or_shown() -> None:
    single = new_flow()
    through(single, {})
    through(single, {"has_partner": "no"})
    assert single.position == "income"
    couple = new_flow()
    through(couple, {})
    through(couple, {"has_partner": "yes"})
    assert couple.position == "partner"
    through(couple, {"partner_name": "Claire", "partner_nn": "87.02.14-123.37"})
    through(couple, {"amount": "5000"})
    assert couple.position == "account"  # "extra" applies only without a partner


def test_continue_keeps_what_was_typed_and_names_each_field() -> None:
    flow = new_flow()
    through(flow, {})
    through(flow, {"has_partner": True})
    flow.answer("partner_name", "")
    flow.answer("partner_nn", CARD_IDENTITY["national_number"])
    problems = flow.continue_()
    assert [(p.field, p.message) for p in problems] == [
        ("partner_name", "Enter partner_name"), ("partner_nn", "Not your own number")]
    view = page(flow)
    assert view.questions[1].raw == CARD_IDENTITY["national_number"]
    assert view.problems == tuple(problems) and flow.position == "partner"


def test_stray_spaces_and_dashes_are_ignored() -> None:
    flow = new_flow()
    complete(flow, {**SINGLE, "has_partner": True, "partner_name": "Claire",
                    "partner_nn": " 87.02.14-123.37 ", "amount": "€ 1 250,50"})
    document = flow.answers_document()
    assert document["partner_nn"] == "87021412337" and document["amount"] == 1250.5


def test_back_follows_the_way_the_person_came() -> None:
    flow = new_flow()
    assert page(flow).can_go_back is False and flow.back() is False
    through(flow, {})
    through(flow, {"has_partner": False})
    assert flow.position == "income"
    assert flow.back() and flow.position == "has_partner"
    assert page(flow).questions[0].raw is False  # what was answered is still there
    through(flow, {})
    assert flow.position == "income"


def test_summary_lists_every_answer_with_change_links() -> None:
    flow = new_flow()
    complete(flow, SINGLE)
    summary = flow.view()
    assert isinstance(summary, SummaryView) and summary.complete
    rows = {row.question_id: row for section in summary.sections for row in section.rows}
    assert list(rows) == ["surname", "national_number", "has_partner", "amount", "tax_number",
                          "iban", "declaration"]
    assert rows["surname"].change_allowed is False and rows["surname"].source
    assert rows["amount"].value == "1,250.50" and rows["amount"].change_allowed
    assert rows["tax_number"].value == "Not given"
    assert rows["iban"].value == "BE68 5390 0754 7034"  # from `me`, not typed
    assert [s.title for s in summary.sections] == ["About you", "Money"]
    assert summary.fee_text == "€30.00" and summary.submit_label == "Sign and send"


def test_change_link_returns_to_the_summary() -> None:
    flow = new_flow()
    complete(flow, SINGLE)
    view = flow.change("amount")
    assert view.page_id == "income" and view.changing
    flow.answer("amount", "800")
    assert flow.continue_() == [] and flow.at_summary
    document = flow.answers_document()
    assert document["amount"] == 800 and "tax_number" not in document  # "extra" no longer applies


def test_back_from_a_change_returns_to_the_summary() -> None:
    flow = new_flow()
    complete(flow, SINGLE)
    flow.change("has_partner")
    assert flow.back() and flow.at_summary


def test_a_change_that_opens_pages_goes_through_them_first() -> None:
    flow = new_flow()
    complete(flow, SINGLE)
    flow.change("has_partner")
    through(flow, {"has_partner": True})
    assert flow.position == "partner" and page(flow).changing
    through(flow, {"partner_name": "Claire", "partner_nn": "87021412337"})
    assert flow.at_summary  # the pages after it were done already


def test_answers_of_pages_that_stopped_applying_are_dropped() -> None:
    flow = new_flow()
    complete(flow, {**SINGLE, "has_partner": True, "partner_name": "Claire",
                    "partner_nn": "87021412337"})
    assert "partner_name" in flow.answers_document()
    flow.change("has_partner")
    through(flow, {"has_partner": False})
    # "extra" applies again: it was never done, so it comes before the summary.
    assert flow.position == "extra"
    through(flow, {})
    document = flow.answers_document()
    assert "partner_name" not in document and "partner_nn" not in document
    rows = [row.question_id for s in flow.summary().sections for row in s.rows]
    assert "partner_name" not in rows


def test_the_document_waits_for_every_page() -> None:
    flow = new_flow()
    through(flow, {})
    with pytest.raises(IncompleteError):
        flow.answers_document()
    assert not flow.is_complete and not flow.summary().complete


def test_task_list_statuses() -> None:
    flow = new_flow()
    statuses = {task.section_id: task.status for task in flow.progress()}
    # "money" reads has_partner (in "about"); "partner" does not apply yet.
    assert statuses == {"about": TaskStatus.NOT_STARTED, "money": TaskStatus.CANNOT_START_YET}
    with pytest.raises(FlowError):
        flow.start_task("money")
    through(flow, {})
    assert flow.progress()[0].status is TaskStatus.IN_PROGRESS
    through(flow, {"has_partner": True})
    statuses = {task.section_id: task.status for task in flow.progress()}
    assert statuses == {"about": TaskStatus.COMPLETED, "partner": TaskStatus.NOT_STARTED,
                        "money": TaskStatus.NOT_STARTED}
    assert flow.start_task("money").page_id == "income"


def test_problems_follow_a_change_of_language() -> None:
    flow = new_flow()
    through(flow, {})
    flow.answer("has_partner", "maybe")
    assert flow.continue_()[0].message == "Has_partner: select yes or no"
    flow.language = "nl"
    assert page(flow).problems[0].message == "Has_partner (nl): kies ja of nee"
    with pytest.raises(ValueError):
        flow.language = "xx"


def test_flow_refuses_what_a_gui_should_not_ask() -> None:
    flow = new_flow()
    with pytest.raises(FlowError):
        flow.answer("amount", "1")  # not on this page
    with pytest.raises(FlowError):
        flow.change("amount")  # not from the summary
    with pytest.raises(FlowError):
        flow.answer("national_number", "1")  # card data is confirmed, not typed
    with pytest.raises(FlowError):
        flow.answer("has_partner", object())


def test_saved_after_every_page_and_resumed() -> None:
    saved: list[FlowState] = []
    flow = new_flow(on_save=saved.append)
    through(flow, {})
    through(flow, {"has_partner": True})
    flow.answer("partner_name", "Claire")  # typed, not yet continued
    assert [s.position for s in saved] == ["has_partner", "partner"]
    state = FlowState.from_json(flow.snapshot().to_json())
    resumed = FormFlow(DEFINITION, persona(me=True), "fr", today=TODAY, state=state)
    assert resumed.position == "partner" and page(resumed).questions[0].raw == "Claire"
    assert resumed.language == "fr" and resumed.back() and resumed.position == "has_partner"
    other = DEFINITION.model_copy(update={"version": 2})
    with pytest.raises(FlowError):
        FormFlow(other, persona(), state=state)


def test_the_person_confirms_again_after_resuming_with_another_card() -> None:
    flow = new_flow()
    through(flow, {})
    other_card = Prefill({**CARD_IDENTITY, "surname": "Peeters"}, CARD_ADDRESS, ME)
    resumed = FormFlow(DEFINITION, other_card, today=TODAY, state=flow.snapshot())
    assert resumed.back() and page(resumed).questions[0].shown_value == "Peeters"


def test_real_form_drops_the_people_moving_along() -> None:
    definition = load_definition("change-of-address")
    example = load_example("change-of-address")
    result = fill_from_answers(definition, persona(), example, today=TODAY)
    flow = result.flow
    assert flow.answers_document()["others_count"] == 2
    flow.change("others_moving")
    flow.answer("others_moving", False)
    assert flow.continue_() == [] and flow.at_summary
    document = flow.answers_document()
    assert "others_count" not in document and "others_names" not in document


def test_fill_refuses_card_data_that_differs_and_unknown_keys() -> None:
    definition = load_definition("ehic")
    example = load_example("ehic")
    result = fill_from_answers(definition, persona(), {**example, "surname": "Peeters"},
                               today=TODAY)
    assert [(p.question_id, p.kind) for p in result.problems] == [("surname", "from_card")]
    same = fill_from_answers(definition, persona(), {**example, "surname": "Dubois"}, today=TODAY)
    assert same.ok
    unknown = fill_from_answers(definition, persona(), {**example, "shoe_size": 44}, today=TODAY)
    assert [p.kind for p in unknown.problems] == ["not_a_question"]
    skipped = fill_from_answers(definition, persona(), {**example, "child_name": "Léa"},
                                today=TODAY)
    assert skipped.ok and skipped.ignored == ("child_name",)


def test_fill_without_a_card_asks_for_what_the_card_would_give() -> None:
    definition = load_definition("ehic")
    result = fill_from_answers(definition, Prefill(), load_example("ehic"), today=TODAY)
    assert {p.question_id for p in result.problems} == {
        "surname", "first_names", "national_number", "birth_date"}


def test_prefill_reads_a_persona_file_as_well_as_card_read_json() -> None:
    identity = {k: v for k, v in CARD_IDENTITY.items() if k != "birth_date_iso"}
    assert Prefill(identity).lookup("card.identity.birth_date_iso") == "1985-08-03"
    blank_day = {**identity, "birth_date": "   AOUT 1985"}
    assert Prefill(blank_day).lookup("card.identity.birth_date_iso") == "1985-08"
    card_json = {"card": {"applet": "1.8"}, "identity": CARD_IDENTITY, "address": CARD_ADDRESS}
    prefill = Prefill.from_card_json(card_json, me=ME)
    assert prefill.lookup("card.address") == {"street_and_number": "Rue Saint-Gilles 58",
                                              "postcode": "4000", "municipality": "Liège"}
    assert prefill.lookup("me.employer.name") == "Meuse Logistique SA"
    assert prefill.lookup("me.employer.nowhere") is None
    assert Prefill(identity).lookup("me.bank_account") is None  # no consent, no gateway


def test_a_birth_date_the_card_leaves_incomplete_is_asked() -> None:
    definition = load_definition("ehic")
    card = Prefill({**CARD_IDENTITY, "birth_date_iso": "1985-08"}, CARD_ADDRESS)
    flow = FormFlow(definition, card, today=TODAY)
    birth = next(q for q in page(flow).questions if q.id == "birth_date")
    assert birth.mode is QuestionMode.ASKED and birth.raw == "1985-08"
    assert [p.kind for p in flow.continue_()] == ["date_invalid"]


def test_document_summary_matches_the_flows_summary() -> None:
    from app.forms import document_summary
    result = fill_from_answers(load_definition("income-tax"), persona(),
                               load_example("income-tax"), language="fr", today=TODAY)
    assert result.document is not None
    from_flow = result.flow.summary().sections
    from_document = document_summary(result.flow.definition, result.document, "fr")
    assert [(r.key, r.value, r.source) for s in from_document for r in s.rows] == [
        (r.key, r.value, r.source) for s in from_flow for r in s.rows]
    assert [s.title for s in from_document] == [s.title for s in from_flow]
