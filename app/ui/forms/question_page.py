"""One page of a form, drawn from the flow's `PageView`: one thing per page.

The widget keeps nothing: the screen reads the inputs (`collect`) when the
person presses Continue, hands them to the flow, and draws the next view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.forms import JsonValue, PageView
from app.ui.forms.error_summary import ErrorSummary
from app.ui.forms.field import QuestionField
from app.ui.forms.inputs import make_field
from app.ui.forms.inputs_compound import FileChooser
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton


class QuestionPage(ScrollPage):
    continue_requested = Signal()
    back_requested = Signal()
    later_requested = Signal()

    def __init__(self, choose_file: FileChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-question-page")
        self._choose_file = choose_file
        self.view: PageView | None = None
        self.fields: dict[str, QuestionField] = {}
        self.summary: ErrorSummary | None = None
        self.heading: Heading | None = None
        self.continue_button: PrimaryButton | None = None
        self.back: LinkButton | None = None

    def set_view(self, view: PageView, language: str, step: str, *,
                 notice: str | None = None) -> None:
        self.view = view
        self.clear()
        self.fields = {}
        self.summary = None
        self.back = None
        if view.can_go_back:
            self.back = LinkButton(
                translate("FormPage", "Back"), self.column, description=translate(
                    "FormPage", "Goes to the previous question; what you typed here is kept."))
            self.back.clicked.connect(self.back_requested)
            self.body.addWidget(self.back)
        caption = view.form_title if view.section is None else f"{view.form_title} · {view.section}"
        self.body.addWidget(Paragraph(f"{caption}\n{step}", self.column))
        if notice:
            self.body.addWidget(Paragraph(notice, self.column))
        if view.problems:
            self.summary = ErrorSummary(view.problems, self.column)
            self.summary.field_chosen.connect(self.focus_field)
            self.body.addWidget(self.summary)
        self.heading = Heading(view.heading, 1, self.column)
        self.body.addWidget(self.heading)
        if view.intro:
            self.body.addWidget(Paragraph(view.intro, self.column))
        single = len(view.questions) == 1 and view.questions[0].label == view.heading
        for question in view.questions:
            field = make_field(question, language, show_label=not single,
                               choose_file=self._choose_file, parent=self.column)
            self.fields[question.id] = field
            self.body.addWidget(field)
        row = QHBoxLayout()
        label = translate("FormPage", "Continue")
        self.continue_button = PrimaryButton(label, self.column, description=(
            translate("FormPage", "Checks this page and returns to Check your answers")
            if view.changing
            else translate("FormPage", "Checks this page and goes to the next one")))
        self.continue_button.clicked.connect(self.continue_requested)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        self.body.addLayout(row)
        later = LinkButton(translate("FormPage", "Save and come back later"), self.column,
                           description=translate("FormPage", "Your answers so far are kept on this "
                                                      "computer, locked to your card."))
        later.clicked.connect(self.later_requested)
        self.body.addWidget(later)
        self.finish()
        self.name_page(view.heading, f"{caption}. {step}")

    def collect(self) -> tuple[dict[str, JsonValue], dict[str, bool]]:
        """What the person typed (asked questions) and ticked (card data to confirm)."""
        answers: dict[str, JsonValue] = {}
        confirms: dict[str, bool] = {}
        for question_id, field in self.fields.items():
            if field.asked:
                answers[question_id] = field.raw()
            else:
                confirmed = getattr(field, "confirmed", lambda: None)()
                if confirmed is not None:
                    confirms[question_id] = bool(confirmed)
        return answers, confirms

    def focus_start(self) -> None:
        """Where focus goes when the page appears: the problems, else the first input."""
        if self.summary is not None:
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(self.summary)
            return
        for field in self.fields.values():
            if field.asked or getattr(field, "box", None) is not None:
                field.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.continue_button is not None:
            self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_field(self, question_id: str, part: object = None) -> None:
        field = self.fields.get(question_id)
        if field is None:
            return
        target = field.focus_widget(part if isinstance(part, str) else None)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(target)
