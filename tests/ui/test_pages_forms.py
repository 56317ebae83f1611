"""The form screen over the real flow and definitions, with a scripted sender:
one thing per page, errors, check your answers, fee, drafts, failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.cardreader.errors import CardRemoved, PinCancelled, WrongPin
from app.forms import MemoryDraftStore
from app.ui.forms import FormScreen
from app.ui.forms.sender import ServiceUnreachable, SubmissionRefused
from tests.ui.a11y_checks import unnamed_controls
from tests.ui.pages_support import (
    RecordingNavigator,
    ScriptedSender,
    example_answers,
    fill_page,
    form_context,
    texts,
)

FORM = "residence-certificate"


def _screen(qtbot: QtBot, sender: ScriptedSender | None = None, **kwargs: Any,
            ) -> tuple[FormScreen, RecordingNavigator, ScriptedSender]:
    navigator = RecordingNavigator()
    sender = sender or ScriptedSender()
    screen = FormScreen(form_context(navigator, sender, **kwargs))
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    screen.open(FORM)
    return screen, navigator, sender


def _to_summary(screen: FormScreen, answers: dict[str, Any], limit: int = 30) -> None:
    for _ in range(limit):
        if screen.currentWidget() is screen.check_page:
            return
        fill_page(screen.question_page, answers)
        screen.question_page.continue_button.click()  # type: ignore[union-attr]
        assert not screen.question_page.view.problems, screen.question_page.view.problems  # type: ignore[union-attr]
    raise AssertionError("the summary was never reached")


def test_card_data_is_shown_not_asked(qtbot: QtBot) -> None:
    screen, _nav, _ = _screen(qtbot)
    page = screen.question_page
    assert page.view is not None and page.view.page_id == "your_details"
    shown = texts(page)
    assert "From your eID card" in shown
    assert not [f for f in page.fields.values() if f.asked]
    assert unnamed_controls(screen) == []


def test_errors_summary_takes_focus_and_links_to_the_field(qtbot: QtBot) -> None:
    screen, nav, _ = _screen(qtbot)
    page = screen.question_page
    for _ in range(2):  # the two pages of card data
        page.continue_button.click()  # type: ignore[union-attr]
    assert page.view is not None and page.view.page_id == "certificate_type"
    page.continue_button.click()  # type: ignore[union-attr]
    assert page.summary is not None
    assert page.summary.heading.text() == "There is a problem"
    qtbot.waitUntil(lambda: screen.focusWidget() is page.summary)
    assert screen.windowTitle().startswith("Error: ")
    assert "There is a problem" in nav.announcements
    page.summary.links[0].click()
    field = page.fields["certificate_type"]
    qtbot.waitUntil(lambda: screen.focusWidget() is field.focus_widget())
    assert unnamed_controls(screen) == []
    # Fixed: the title loses its "Error:" and the flow moves on.
    fill_page(page, example_answers(FORM))
    page.continue_button.click()  # type: ignore[union-attr]
    assert not screen.windowTitle().startswith("Error: ")
    assert page.view.page_id != "certificate_type"


def test_back_keeps_what_was_typed(qtbot: QtBot) -> None:
    screen, _nav, _ = _screen(qtbot)
    page = screen.question_page
    for _ in range(2):
        page.continue_button.click()  # type: ignore[union-attr]
    fill_page(page, {"certificate_type": "household"})
    page.back.click()  # type: ignore[union-attr]
    assert page.view is not None and page.view.page_id == "address"
    page.continue_button.click()  # type: ignore[union-attr]
    assert page.fields["certificate_type"].raw() == "household"


def test_check_answers_change_link_returns_to_the_summary(qtbot: QtBot) -> None:
    screen, _nav, _ = _screen(qtbot)
    _to_summary(screen, example_answers(FORM))
    check = screen.check_page
    assert "Check your answers before sending" in texts(check)
    assert check.submit is not None and check.submit.text() == \
        "Sign and send your request"
    link = check.change_links["purpose"]
    assert link.accessibleName().startswith("Change ")
    link.click()
    page = screen.question_page
    assert screen.currentWidget() is page and page.view is not None and page.view.changing
    page.continue_button.click()  # type: ignore[union-attr]
    assert screen.currentWidget() is check
    assert unnamed_controls(screen) == []


def test_sign_and_send_ends_on_the_confirmation(qtbot: QtBot, tmp_path: Path) -> None:
    drafts = MemoryDraftStore()
    saved: list[Path] = []
    screen, nav, sender = _screen(qtbot, drafts=drafts, saved=saved)
    _to_summary(screen, example_answers(FORM))
    assert drafts.load("85080312345", FORM) is not None  # saved after every page
    screen.check_page.submit.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.confirmation_page, timeout=5000)
    confirmation = screen.confirmation_page
    assert confirmation.reference is not None
    assert confirmation.reference.text() == "CA-2025-000123"
    assert "What happens next" in texts(confirmation)
    assert sender.requests[0].answers["certificate_type"] == "household"
    assert drafts.load("85080312345", FORM) is None  # sent: the draft goes
    assert any("CA-2025-000123" in message for message in nav.announcements)
    assert screen.windowTitle().startswith("Application sent")
    confirmation.save.click()  # type: ignore[union-attr]
    assert saved and saved[0].name == "CA-2025-000123.pdf"
    saved[0].unlink()


@pytest.mark.parametrize(("error", "expected"), [
    (WrongPin(2), "2 tries left"),
    (WrongPin(1), "one try left"),
    (CardRemoved("gone"), "taken out of the reader"),
    (SubmissionRefused("The payment was refused."), "The payment was refused."),
])
def test_failures_come_back_to_the_summary_with_the_answers(
        qtbot: QtBot, error: BaseException, expected: str) -> None:
    drafts = MemoryDraftStore()
    screen, _nav, _ = _screen(qtbot, ScriptedSender(error=error), drafts=drafts)
    _to_summary(screen, example_answers(FORM))
    screen.check_page.submit.click()  # type: ignore[union-attr]
    check = screen.check_page
    qtbot.waitUntil(lambda: screen.currentWidget() is check and check.summary is not None,
                    timeout=5000)
    shown = texts(check)
    assert expected in shown and "Your answers are kept" in shown
    assert screen.windowTitle().startswith("Error: ")
    assert drafts.load("85080312345", FORM) is not None


def test_a_cancelled_pin_is_not_a_problem(qtbot: QtBot) -> None:
    screen, _nav, _ = _screen(qtbot, ScriptedSender(error=PinCancelled()))
    _to_summary(screen, example_answers(FORM))
    screen.check_page.submit.click()  # type: ignore[union-attr]
    check = screen.check_page
    qtbot.waitUntil(lambda: screen.currentWidget() is check, timeout=5000)
    assert check.summary is None
    assert "did not enter your PIN" in texts(check)


def test_queued_when_the_service_is_down(qtbot: QtBot) -> None:
    drafts = MemoryDraftStore()
    screen, _nav, _ = _screen(qtbot, ScriptedSender(queued=True), drafts=drafts)
    _to_summary(screen, example_answers(FORM))
    screen.check_page.submit.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.confirmation_page, timeout=5000)
    assert "It will be sent when" in texts(screen.confirmation_page)
    assert drafts.load("85080312345", FORM) is None  # the answers live in the outbox now


def test_a_draft_survives_closing(qtbot: QtBot) -> None:
    drafts = MemoryDraftStore()
    first, _nav, _ = _screen(qtbot, drafts=drafts)
    for _ in range(2):
        first.question_page.continue_button.click()  # type: ignore[union-attr]
    fill_page(first.question_page, {"certificate_type": "household"})
    first.question_page.continue_button.click()  # type: ignore[union-attr]
    where = first.question_page.view.page_id  # type: ignore[union-attr]
    first.close()
    second, nav, _ = _screen(qtbot, drafts=drafts)
    assert second.question_page.view is not None
    assert second.question_page.view.page_id == where
    assert any("saved answers are back" in message for message in nav.announcements)


def test_fee_is_paid_before_signing(qtbot: QtBot) -> None:
    screen, _nav, sender = _screen(qtbot)
    screen.open("vehicle-registration")
    _to_summary(screen, example_answers("vehicle-registration"))
    check = screen.check_page
    assert "€30.00" in texts(check)
    assert check.submit is not None and check.submit.text() == "Continue to payment"
    check.submit.click()
    fee = screen.fee_page
    assert screen.currentWidget() is fee
    fee.pay.click()  # type: ignore[union-attr]
    assert fee.summary is not None and len(fee.summary.links) == 4  # every box is empty
    for key, value in (("number", "4242 4242 4242 4242"), ("exp_month", "12"),
                       ("exp_year", "2040"), ("cvc", "123")):
        fee.boxes[key].setText(value)
    fee.pay.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: screen.currentWidget() is check, timeout=5000)
    assert sender.payments[0].method["number"] == "4242424242424242"
    assert "Payment received" in texts(check)
    assert check.submit is not None and check.submit.text() != "Continue to payment"
    check.submit.click()
    qtbot.waitUntil(lambda: screen.currentWidget() is screen.confirmation_page, timeout=5000)
    assert sender.requests[0].payment_id == "pay_test"


def test_a_declined_payment_says_so(qtbot: QtBot) -> None:
    sender = ScriptedSender(payment_error=SubmissionRefused("The payment was refused."))
    screen, _nav, _ = _screen(qtbot, sender)
    screen.open("vehicle-registration")
    _to_summary(screen, example_answers("vehicle-registration"))
    screen.check_page.submit.click()  # type: ignore[union-attr]
    fee = screen.fee_page
    for key, value in (("number", "4000000000000002"), ("exp_month", "12"),
                       ("exp_year", "2040"), ("cvc", "123")):
        fee.boxes[key].setText(value)
    fee.pay.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: fee.summary is not None, timeout=5000)
    assert "The payment was refused." in texts(fee)
    assert fee.boxes["number"].text() == "4000000000000002"  # what was typed is kept
    sender.payment_error = ServiceUnreachable("down")
    fee.pay.click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "cannot be reached" in texts(fee), timeout=5000)
