"""The form screen: drives a `FormFlow` and draws its views, then pays, signs
and sends through a `FormSender` off the GUI thread.

The flow owns navigation and state; this class forwards intentions (answer,
Continue, Back, Change) and draws whatever view the flow returns. Drafts are
saved after every page (the flow's `on_save`), so closing the program loses at
most the page being typed; a draft is deleted only once the signed document is
acknowledged or safely queued in the outbox.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.forms import Draft, DraftError, FlowState, FormFlow, PageView, load_definition
from app.ui.forms.check_answers import CheckAnswersPage
from app.ui.forms.confirmation import ConfirmationPage
from app.ui.forms.context import FormContext, content_language
from app.ui.forms.failures import explain
from app.ui.forms.fee_page import FeePage
from app.ui.forms.keeping import Keeper
from app.ui.forms.question_page import QuestionPage
from app.ui.forms.sender import PaymentOutcome, PaymentRequest, SendOutcome, SendRequest
from app.ui.forms.sending_page import SendingPage, stage_text
from app.ui.i18n import translate
from app.ui.kit.background import run_in_background

log = logging.getLogger(__name__)


@dataclass
class _Session:
    flow: FormFlow
    owner: str | None
    payment_id: str | None = None
    payment_key: str = ""
    failure: str | None = None
    notice: str | None = None
    busy: bool = False


class FormScreen(QStackedWidget):
    """`open(form_id)` starts or resumes a form. `busy_changed(bool)` tells the
    shell when signing or paying runs (it may want to keep the person on this
    screen meanwhile)."""

    busy_changed = Signal(bool)

    def __init__(self, context: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("form-screen")
        self.question_page = QuestionPage(context.choose_file)
        self.check_page = CheckAnswersPage()
        self.fee_page = FeePage()
        self.sending_page = SendingPage()
        self.confirmation_page = ConfirmationPage()
        for page in (self.question_page, self.check_page, self.fee_page, self.sending_page,
                     self.confirmation_page):
            self.addWidget(page)
        self.session: _Session | None = None
        self.outcome: SendOutcome | None = None
        self.keeper = Keeper(self, context)
        self.question_page.continue_requested.connect(self._continue)
        self.question_page.back_requested.connect(self._back)
        self.question_page.later_requested.connect(self._later)
        self.check_page.change_requested.connect(self._change)
        self.check_page.back_requested.connect(self._back)
        self.check_page.submit_requested.connect(self._submit)
        self.check_page.later_requested.connect(self._later)
        self.fee_page.pay_requested.connect(self._pay)
        self.fee_page.back_requested.connect(self._draw)
        nav = context.navigator
        self.confirmation_page.cases_requested.connect(nav.show_cases)
        self.confirmation_page.road_requested.connect(nav.show_road)
        self.confirmation_page.save_requested.connect(lambda: self.keeper.save(self.outcome))
        self.confirmation_page.print_requested.connect(lambda: self.keeper.print(self.outcome))

    # -- opening ------------------------------------------------------------------------

    def open(self, form_id: str) -> None:
        definition = load_definition(form_id)
        owner = self.context.owner()
        drafts = self.context.drafts
        draft = drafts.load(owner, form_id) if drafts is not None and owner else None
        state: FlowState | None = draft.state if draft is not None else None
        flow = self._flow(definition.id, state)
        self.session = _Session(flow, owner, payment_key=str(uuid.uuid4()))
        self.outcome = None
        notice = None
        if draft is not None:
            notice = QCoreApplication.translate(
                "FormScreen", "Your saved answers are back. Carry on where you left off.")
            self.session.notice = notice
        self._draw()
        self.context.navigator.announce(notice or self.windowTitle())

    def _flow(self, form_id: str, state: FlowState | None) -> FormFlow:
        definition = load_definition(form_id)
        today = self.context.today
        try:
            return FormFlow(definition, self.context.prefill(), self._language(),
                            today=today() if today is not None else None, state=state,
                            on_save=self._save_draft)
        except Exception:  # a draft of an older version of the form: start again
            log.warning("draft of %s could not be resumed", form_id, exc_info=True)
            return FormFlow(definition, self.context.prefill(), self._language(),
                            today=today() if today is not None else None,
                            on_save=self._save_draft)

    def _language(self) -> str:
        return content_language(self.context.language())

    def set_language(self, language: str) -> None:
        # Only the flow's language: the page is redrawn by `changeEvent` when
        # Qt's LanguageChange arrives, which keeps what is typed and never
        # redraws a confirmation (redrawing here did both, and twice).
        if self.session is not None:
            self.session.flow.language = content_language(language)

    def suspend(self) -> None:
        """Keep what is typed on this page too (the card is pulled, the program
        closes): answers go into the flow and the draft is saved."""
        session = self.session
        if session is None or session.flow.at_summary or self.currentWidget() is not \
                self.question_page:
            return
        self._take_answers()
        self._save_draft(session.flow.snapshot())

    # -- drawing ------------------------------------------------------------------------

    def _draw(self) -> None:
        session = self.session
        if session is None:
            return
        flow = session.flow
        if flow.at_summary:
            self.check_page.set_view(flow.summary(), paid=session.payment_id is not None,
                                     failure=session.failure, notice=session.notice)
            self.setCurrentWidget(self.check_page)
            heading = translate("CheckAnswers", "Check your answers before sending")
            self._title(heading, bool(session.failure or flow.summary().problems))
            self._focus_later(self.check_page)
        else:
            view = flow.page_view()
            self.question_page.set_view(view, self._language(), self._step(view),
                                        notice=session.notice)
            self.setCurrentWidget(self.question_page)
            self._title(view.heading, bool(view.problems))
            self._focus_later(self.question_page)
        session.failure = session.notice = None

    def _focus_later(self, page: QWidget) -> None:
        # The page's new widgets are shown on the next turn of the event loop;
        # focus can only land on them after that.
        def focus() -> None:
            if self.currentWidget() is page:
                page.focus_start()  # type: ignore[attr-defined]
        QTimer.singleShot(0, self, focus)  # dropped if the screen is gone by then

    def _step(self, view: PageView) -> str:
        flow = self.session.flow if self.session else None
        if flow is None:
            return ""
        tasks = flow.progress()
        done = sum(1 for task in tasks if task.status.value == "completed")
        if not tasks:
            return ""
        return QCoreApplication.translate("FormScreen", "Part %1 of %2 done").replace(
            "%1", str(done)).replace("%2", str(len(tasks)))

    def _title(self, heading: str, error: bool) -> None:
        assert self.session is not None
        form = self.session.flow.definition.title.text(self._language())
        title = f"{heading} – {form}"
        if error:
            title = QCoreApplication.translate("FormScreen", "Error: %1").replace("%1", title)
        self.setWindowTitle(title)

    # -- intentions -----------------------------------------------------------------------

    def _take_answers(self) -> None:
        assert self.session is not None
        flow = self.session.flow
        answers, confirms = self.question_page.collect()
        for question_id, raw in answers.items():
            flow.answer(question_id, raw)
        for question_id, ticked in confirms.items():
            flow.confirm(question_id, ticked)

    def _continue(self) -> None:
        if self.session is None:
            return
        self._take_answers()
        problems = self.session.flow.continue_()
        self._draw()
        if problems:
            self.context.navigator.announce(QCoreApplication.translate(
                "ErrorSummary", "There is a problem"))

    def _back(self) -> None:
        session = self.session
        if session is None or session.busy:
            return
        if self.currentWidget() is self.question_page:
            self._take_answers()  # keep what was typed, even unchecked (GOV.UK)
        if not session.flow.back():
            self.context.navigator.show_service(session.flow.definition.service)
            return
        self._draw()

    def _later(self) -> None:
        session = self.session
        if session is None:
            return
        self.suspend()
        self.context.navigator.show_service(session.flow.definition.service)
        self.context.navigator.announce(QCoreApplication.translate(
            "FormScreen", "Your answers are saved. Open the service again to carry on."))

    def _change(self, question_id: str) -> None:
        if self.session is None:
            return
        self.session.flow.change(question_id)
        self._draw()

    def _save_draft(self, state: FlowState) -> None:
        drafts, session = self.context.drafts, self.session
        owner = session.owner if session is not None else self.context.owner()
        if drafts is None or not owner:
            return
        try:
            drafts.save(owner, Draft.now(state))
        except DraftError:
            log.warning("draft not saved", exc_info=True)
            self.context.navigator.announce(QCoreApplication.translate(
                "FormScreen", "Your answers could not be saved on this computer; finish the "
                              "form now to keep them."))

    # -- paying ---------------------------------------------------------------------------

    def _same_person(self) -> bool:
        """The card in the reader is the one the form was filled with."""
        session = self.session
        assert session is not None
        current = self.context.owner()
        if session.owner is None or current == session.owner:
            return True
        session.failure = QCoreApplication.translate(
            "FormFailure", "Another card is in the reader. Put back the card of the person "
                           "who filled in this form.")
        self._draw()
        return False

    def _submit(self) -> None:
        session = self.session
        if session is None or session.busy or not self._same_person():
            return
        flow = session.flow
        if flow.continue_():  # answers checked again: a date may have moved on
            self._draw()
            return
        fee = flow.definition.fee
        if fee is not None and session.payment_id is None:
            self.fee_page.set_form(flow.definition, self._language())
            self.setCurrentWidget(self.fee_page)
            self._title(QCoreApplication.translate("FeePage", "Pay the fee"), False)
            self._focus_later(self.fee_page)
            return
        self._send()

    def _pay(self, method: dict[str, object]) -> None:
        session = self.session
        if session is None or session.busy:
            return
        definition = session.flow.definition
        missing = self.fee_page.missing()
        if missing:
            self.fee_page.set_form(definition, self._language(), problems=missing)
            self._title(QCoreApplication.translate("FeePage", "Pay the fee"), True)
            self._focus_later(self.fee_page)
            return
        assert definition.fee is not None
        request = PaymentRequest(definition.id, definition.fee.amount_cents, method,
                                 session.payment_key, self.context.card_serial())
        self._set_busy(True)
        self.fee_page.set_form(definition, self._language(), busy=True)
        sender, pin = self.context.sender, self.context.pin
        run_in_background(lambda _progress: sender.pay(request, pin), name="pay",
                          on_success=self._paid, on_failure=self._payment_failed, parent=self)

    def _paid(self, outcome: PaymentOutcome) -> None:
        session = self.session
        self._set_busy(False)
        if session is None:
            return
        session.payment_id = outcome.payment_id
        session.notice = QCoreApplication.translate(
            "FormScreen", "Payment received. Now sign and send your application.")
        self.context.navigator.announce(session.notice)
        self._draw()

    def _payment_failed(self, error: Exception) -> None:
        session = self.session
        self._set_busy(False)
        if session is None:
            return
        failure = explain(error)
        from app.forms import Problem

        session.payment_key = str(uuid.uuid4())  # a new attempt is a new payment
        self.fee_page.set_form(session.flow.definition, self._language(),
                               problems=[Problem("pay", failure.message, "payment", "number")])
        self._title(QCoreApplication.translate("FeePage", "Pay the fee"), True)
        self._focus_later(self.fee_page)
        self.context.navigator.announce(failure.message)

    # -- signing and sending --------------------------------------------------------------

    def _send(self) -> None:
        session = self.session
        assert session is not None
        flow = session.flow
        request = SendRequest(flow.definition, flow.answers_document(), flow.language,
                              self.context.card_serial(), session.payment_id)
        self._set_busy(True)
        self.sending_page.start(flow.definition.title.text(self._language()))
        self.setCurrentWidget(self.sending_page)
        self._title(QCoreApplication.translate("Sending", "Signing and sending"), False)
        sender, pin = self.context.sender, self.context.pin
        run_in_background(lambda progress: sender.sign_and_send(request, pin, progress),
                          name="sign-and-send", on_success=self._sent,
                          on_failure=self._send_failed, on_progress=self._progress, parent=self)

    def _progress(self, stage: object) -> None:
        from app.ui.forms.sender import SendStage

        if isinstance(stage, SendStage) and stage is not SendStage.DONE:
            self.sending_page.show_stage(stage)
            self.context.navigator.announce(stage_text(stage))

    def _sent(self, outcome: SendOutcome) -> None:
        session = self.session
        self._set_busy(False)
        if session is None:
            return
        flow = session.flow
        self.outcome = outcome
        drafts = self.context.drafts
        if drafts is not None and session.owner:
            drafts.delete(session.owner, flow.definition.id)
        self.confirmation_page.set_outcome(flow.definition, outcome, self._language())
        self.setCurrentWidget(self.confirmation_page)
        heading = (translate("Confirmation", "Application sent") if outcome.reference
                   else translate("Confirmation", "Application signed and saved"))
        self._title(heading, False)
        self._focus_later(self.confirmation_page)
        self.context.navigator.announce(
            f"{heading}. {outcome.reference}" if outcome.reference else heading)
        for listener in self.context.on_submitted:
            listener(flow.definition.id, outcome)

    def _send_failed(self, error: Exception) -> None:
        session = self.session
        self._set_busy(False)
        if session is None:
            return
        failure = explain(error)
        if failure.is_problem:
            session.failure = failure.message
        else:
            session.notice = failure.message
        self._draw()
        self.context.navigator.announce(failure.message)

    def _set_busy(self, busy: bool) -> None:
        if self.session is not None:
            self.session.busy = busy
        self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        return self.session is not None and self.session.busy

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.session is not None \
                and not self.session.busy and self.currentWidget() in (
                    self.question_page, self.check_page):
            self.session.flow.language = self._language()
            if self.currentWidget() is self.question_page:
                self._take_answers()
            self._draw()
