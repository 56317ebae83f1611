"""The page flow of a form: a state machine without any GUI.

One thing per page; Continue checks the page and moves on, skipping pages whose
conditions are false; Back follows the way the person came; "Check your answers"
lists every answer with a change link, and a page reached through one returns to
the summary after Continue (GOV.UK). What was typed is kept even when refused,
answers of pages that stopped applying stay out of the document, and what the
card holds is shown, not asked. The desktop program, the kiosk, `form fill` and
the tests drive the same machine; widgets only draw its views.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Final

from app.forms.checks import CheckContext, check_answer
from app.forms.checks.base import problem
from app.forms.definition import FormDefinition, Page
from app.forms.display import show_money, show_value
from app.forms.messages import word
from app.forms.prefill import Prefill
from app.forms.problems import Problem
from app.forms.questions import Question
from app.forms.state import SUMMARY, FlowState
from app.forms.tasks import task_list
from app.forms.values import JsonValue
from app.forms.views import (
    OptionView,
    PageView,
    QuestionMode,
    QuestionView,
    SummaryRow,
    SummarySection,
    SummaryView,
    TaskStatus,
    TaskView,
)
from app.forms.visibility import visible_pages
from app.text import LANGUAGES

HISTORY_LIMIT: Final = 200


class FlowError(Exception):
    """The caller asked for something the flow cannot do: a bug, not a person's mistake."""


class IncompleteError(FlowError):
    """The answer document was asked for before every page was done."""


def _jsonable(raw: Any) -> JsonValue:
    if raw is None or isinstance(raw, bool | int | float | str):
        return raw
    if isinstance(raw, date):
        return raw.isoformat()  # a date picker's value
    if isinstance(raw, Mapping):
        return {str(key): _jsonable(value) for key, value in raw.items()}
    if isinstance(raw, list | tuple):
        return [_jsonable(value) for value in raw]
    raise FlowError(f"an answer must be JSON data, not {type(raw).__name__}")


class FormFlow:
    def __init__(self, definition: FormDefinition, prefill: Prefill, language: str = "en", *,
                 today: date | None = None, state: FlowState | None = None,
                 on_save: Callable[[FlowState], None] | None = None) -> None:
        self._definition = definition
        self._prefill = prefill
        self._language = self._checked_language(language)
        self._today = today  # None: the real date, read each time (sessions cross midnight)
        self._on_save = on_save
        self._problems: tuple[Problem, ...] = ()
        self._fixed = self._fixed_values()
        if state is None:
            state = FlowState(form_id=definition.id, form_version=definition.version,
                              position=definition.pages[0].id)
        elif (state.form_id, state.form_version) != (definition.id, definition.version):
            raise FlowError(f"the saved state is for {state.form_id} version "
                            f"{state.form_version}, not {definition.id} {definition.version}")
        self._state = state.model_copy(deep=True)
        self._state.language = self._language
        position = self._state.position
        if (position == SUMMARY and not self._all_completed()) or (
                position != SUMMARY and position not in self._visible_ids()):
            # A first page with a condition, or a draft whose page stopped applying
            # (the card changed, a date rule moved on): go where work remains.
            self._state.position = self._first_incomplete() or SUMMARY

    # -- what the GUI reads ---------------------------------------------------------

    @property
    def definition(self) -> FormDefinition:
        return self._definition

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        self._language = self._checked_language(language)
        self._state.language = self._language
        if self._problems and not self.at_summary:
            # Messages are words in a language: say them again in the new one.
            _, problems = self._check_page(self._current_page())
            self._problems = tuple(problems)

    @property
    def position(self) -> str:
        """The current page's id, or SUMMARY."""
        return self._state.position

    @property
    def at_summary(self) -> bool:
        return self._state.position == SUMMARY

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def today(self) -> date:
        return self._today or date.today()

    def snapshot(self) -> FlowState:
        return self._state.model_copy(deep=True)

    def view(self) -> PageView | SummaryView:
        return self.summary() if self.at_summary else self.page_view()

    def page_view(self) -> PageView:
        page = self._current_page()
        known = self._document(before=page)
        lang = self._language
        questions = tuple(self._question_view(q, known) for q in page.questions)
        heading = page.title if page.title is not None else page.questions[0].label
        section = (self._definition.section(page.section).title.text(lang)
                   if page.section is not None else None)
        return PageView(
            page_id=page.id, form_title=self._definition.title.text(lang),
            heading=heading.text(lang),
            intro=page.intro.text(lang) if page.intro is not None else None,
            section=section, questions=questions, problems=self._problems,
            can_go_back=self._can_go_back(), changing=self._state.changing)

    def summary(self) -> SummaryView:
        """"Check your answers", listing the pages done so far."""
        lang = self._language
        sections: list[SummarySection] = []
        done = set(self._state.completed)
        for page in self._visible():
            if page.id not in done:
                continue
            rows = tuple(self._summary_row(q) for q in page.questions)
            title = (self._definition.section(page.section).title.text(lang)
                     if page.section is not None else None)
            if sections and sections[-1].title == title:
                sections[-1] = SummarySection(title, sections[-1].rows + rows)
            else:
                sections.append(SummarySection(title, rows))
        fee = self._definition.fee
        finished = self._all_completed()
        problems = tuple(self.check_all()) if finished else ()
        return SummaryView(
            form_title=self._definition.title.text(lang), sections=tuple(sections), fee=fee,
            fee_text=show_money(fee.amount_cents, lang) if fee is not None else None,
            submit_label=self._definition.submit_label.text(lang),
            complete=finished and not problems, problems=problems)

    def progress(self) -> list[TaskView]:
        """The task list: one task per section that applies, with its status."""
        return task_list(self._definition, self._visible(), self._state.completed,
                         self._state.raw, self._language)

    @property
    def is_complete(self) -> bool:
        return self._all_completed() and not self.check_all()

    def check_all(self) -> list[Problem]:
        """Problems with answers already accepted, checked again (a date that was
        in the future when typed may not be when the draft is resumed)."""
        problems: list[Problem] = []
        done = set(self._state.completed)
        for page in self._visible():
            if page.id in done:
                problems.extend(self._check_page(page, committed=True)[1])
        return problems

    def answers_document(self) -> dict[str, JsonValue]:
        """The answers keyed by question id, as the form's JSON Schema describes."""
        if not self.is_complete:
            raise IncompleteError(f"{self._definition.id}: not every page is done")
        return self._document()

    # -- what the person does --------------------------------------------------------

    def answer(self, question_id: str, raw: Any) -> None:
        """Keep what was typed for a question of the current page, valid or not."""
        question = self._question_on_page(question_id)
        if self._mode(question) is not QuestionMode.ASKED:
            raise FlowError(f"{question_id} is not asked: it comes from the card")
        self._state.raw[question_id] = _jsonable(raw)

    def confirm(self, question_id: str, confirmed: bool = True) -> None:
        """The person ticks (or unticks) that card data shown for confirmation is right."""
        question = self._question_on_page(question_id)
        if self._mode(question) is not QuestionMode.CONFIRM:
            raise FlowError(f"{question_id} does not need a confirmation")
        ids = [i for i in self._state.confirmed if i != question_id]
        self._state.confirmed = [*ids, question_id] if confirmed else ids

    def continue_(self) -> list[Problem]:
        """Check the page; move on and save, or stay and return the problems.

        On the summary it returns what would stop sending (normally nothing).
        """
        if self.at_summary:
            return self.check_all()
        page = self._current_page()
        values, problems = self._check_page(page)
        if problems:
            self._problems = tuple(problems)
            return problems
        known = self._document(before=page)
        for question in page.questions:
            if self._mode(question) is not QuestionMode.ASKED:
                continue
            self._state.raw.setdefault(question.id, self._raw_for(question, known))
            if values.get(question.id) is None:
                self._state.values.pop(question.id, None)
            else:
                self._state.values[question.id] = values[question.id]
        if page.id not in self._state.completed:
            self._state.completed.append(page.id)
        self._problems = ()
        self._remember(page.id)
        self._state.position = self._next_after(page)
        if self.at_summary:
            self._state.changing = False
        if self._on_save is not None:
            self._on_save(self.snapshot())
        return []

    def back(self) -> bool:
        """Go back the way the person came; False on the first page."""
        visible = self._visible_ids()
        state = self._state
        self._problems = ()
        while state.history:
            previous = state.history.pop()
            if previous == SUMMARY and self._all_completed():
                state.position, state.changing = SUMMARY, False
                return True
            if previous in visible and previous != state.position:
                state.position = previous
                return True
        if self.at_summary:
            state.position, state.changing = visible[-1], False
            return True
        index = visible.index(state.position)
        if index > 0:
            state.position = visible[index - 1]
            return True
        return False

    def change(self, question_id: str) -> PageView:
        """Follow a change link of the summary: Continue on that page comes back."""
        if not self.at_summary:
            raise FlowError("change links are on the summary")
        try:
            page = self._definition.page_of(question_id)
        except KeyError:
            raise FlowError(f"no question {question_id!r}") from None
        question = self._definition.question(question_id)
        if page.id not in self._visible_ids() or self._mode(question) is not QuestionMode.ASKED:
            raise FlowError(f"{question_id} cannot be changed")
        self._remember(SUMMARY)
        self._state.position, self._state.changing = page.id, True
        return self.page_view()

    def start_task(self, section_id: str) -> PageView:
        """Open a task of the task list at its first page not done yet."""
        status = {task.section_id: task.status for task in self.progress()}
        if status.get(section_id) in (None, TaskStatus.CANNOT_START_YET):
            raise FlowError(f"task {section_id!r} cannot be started now")
        pages = [p for p in self._visible()
                 if p.section == section_id or not self._definition.sections]
        target = next((p for p in pages if p.id not in self._state.completed), pages[0])
        self._remember(self._state.position)
        self._state.position, self._state.changing = target.id, False
        self._problems = ()
        return self.page_view()

    # -- inside ----------------------------------------------------------------------

    def _remember(self, position: str) -> None:
        # Enough for any way back a person takes, without growing drafts forever.
        self._state.history = [*self._state.history[-(HISTORY_LIMIT - 1):], position]

    @staticmethod
    def _checked_language(language: str) -> str:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        return language

    def _context(self, known: Mapping[str, JsonValue]) -> CheckContext:
        return CheckContext(self._language, self.today(),
                            lambda source: self._prefill.lookup(source, known))

    def _fixed_values(self) -> dict[str, JsonValue]:
        """Card data the form shows rather than asks, where the card has it."""
        fixed: dict[str, JsonValue] = {}
        ctx = self._context({})
        for _, question in self._definition.questions():
            binding = question.prefill
            if binding is None or not binding.fixed:
                continue
            checked = check_answer(question, self._prefill.lookup(binding.source), ctx)
            # A card value the question refuses (a birth date without its day) is
            # asked instead, starting from what the card says.
            if checked.ok and checked.value is not None:
                fixed[question.id] = checked.value
        return fixed

    def _mode(self, question: Question) -> QuestionMode:
        if question.id not in self._fixed:
            return QuestionMode.ASKED
        assert question.prefill is not None
        return QuestionMode.SHOWN if question.prefill.mode == "show" else QuestionMode.CONFIRM

    def _value(self, question: Question) -> JsonValue:
        if question.id in self._fixed:
            return self._fixed[question.id]
        return self._state.values.get(question.id)

    def _page_values(self, page: Page) -> dict[str, JsonValue]:
        values = {q.id: self._value(q) for q in page.questions}
        return {key: value for key, value in values.items() if value is not None}

    def _visible(self) -> list[Page]:
        return visible_pages(self._definition, self._page_values)

    def _visible_ids(self) -> list[str]:
        return [page.id for page in self._visible()]

    def _document(self, before: Page | None = None) -> dict[str, JsonValue]:
        document: dict[str, JsonValue] = {}
        for page in self._visible():
            if page is before:
                break
            document.update(self._page_values(page))
        return document

    def _current_page(self) -> Page:
        if self.at_summary:
            raise FlowError("the summary has no questions")
        return self._definition.page(self._state.position)

    def _question_on_page(self, question_id: str) -> Question:
        for question in self._current_page().questions:
            if question.id == question_id:
                return question
        raise FlowError(f"{question_id!r} is not on page {self._state.position!r}")

    def _raw_for(self, question: Question, known: Mapping[str, JsonValue]) -> JsonValue:
        if question.id in self._state.raw:
            return self._state.raw[question.id]
        if question.prefill is not None:
            # Also for card data the question refused: the person corrects it.
            return self._prefill.lookup(question.prefill.source, known)
        return None

    def _check_page(self, page: Page, committed: bool = False
                    ) -> tuple[dict[str, JsonValue], list[Problem]]:
        known = self._document(before=page)
        ctx = self._context(known)
        values: dict[str, JsonValue] = {}
        problems: list[Problem] = []
        for question in page.questions:
            mode = self._mode(question)
            if mode is QuestionMode.SHOWN:
                continue
            if mode is QuestionMode.CONFIRM:
                if question.id not in self._state.confirmed:
                    problems.append(problem(question, "not_confirmed", ctx))
                continue
            raw = (self._state.values.get(question.id) if committed
                   else self._raw_for(question, known))
            checked = check_answer(question, raw, ctx)
            problems.extend(checked.problems)
            values[question.id] = checked.value
        return values, problems

    def _question_view(self, question: Question, known: Mapping[str, JsonValue]) -> QuestionView:
        lang = self._language
        mode = self._mode(question)
        fixed = mode is not QuestionMode.ASKED
        raw = self._fixed[question.id] if fixed else self._raw_for(question, known)
        options = tuple(
            OptionView(o.value, o.label.text(lang), o.hint.text(lang) if o.hint else None)
            for o in getattr(question, "options", ()))
        return QuestionView(
            id=question.id, type=question.type, label=question.label.text(lang),
            name=question.name.text(lang),
            hint=question.hint.text(lang) if question.hint is not None else None,
            optional=question.optional, dont_know=question.dont_know, mode=mode, raw=raw,
            shown_value=show_value(question, raw, lang) if fixed else None,
            source=word("from_card", lang) if fixed else None,
            confirmed=question.id in self._state.confirmed, options=options,
            problems=tuple(p for p in self._problems if p.question_id == question.id),
            definition=question)

    def _summary_row(self, question: Question) -> SummaryRow:
        lang = self._language
        mode = self._mode(question)
        return SummaryRow(
            question_id=question.id, key=question.name.text(lang),
            value=show_value(question, self._value(question), lang),
            change_allowed=mode is QuestionMode.ASKED,
            source=None if mode is QuestionMode.ASKED else word("from_card", lang))

    def _all_completed(self) -> bool:
        done = set(self._state.completed)
        return all(page.id in done for page in self._visible())

    def _first_incomplete(self) -> str | None:
        done = set(self._state.completed)
        return next((p.id for p in self._visible() if p.id not in done), None)

    def _next_after(self, page: Page) -> str:
        visible = self._visible()
        done = set(self._state.completed)
        later = visible[visible.index(page) + 1:] if page in visible else []
        if self._state.changing:
            # Back to the summary, unless the change opened pages not done yet.
            later = [p for p in later if p.id not in done]
        if later:
            return later[0].id
        return self._first_incomplete() or SUMMARY

    def _can_go_back(self) -> bool:
        if self._state.history or self.at_summary:
            return True
        visible = self._visible_ids()
        return self._state.position in visible and visible.index(self._state.position) > 0
