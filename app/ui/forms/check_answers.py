""""Check your answers": every answer with its Change link, the fee, and the
button that names the action ("Sign and send your application").

Signing is a legal act (WCAG 3.3.4): this page is the review before it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QWidget

from app.forms import Problem, SummaryRow, SummaryView
from app.ui.forms.error_summary import ErrorSummary
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton, scaled_font


class CheckAnswersPage(ScrollPage):
    change_requested = Signal(str)
    back_requested = Signal()
    submit_requested = Signal()
    later_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-check-answers")
        self.view: SummaryView | None = None
        self.change_links: dict[str, LinkButton] = {}
        self.submit: PrimaryButton | None = None
        self.summary: ErrorSummary | None = None

    def set_view(self, view: SummaryView, *, paid: bool,
                 failure: str | None = None, notice: str | None = None) -> None:
        """`failure`: why signing or sending did not happen (shown as a problem);
        `notice`: a calm note (a cancelled PIN, a payment received)."""
        self.view = view
        self.clear()
        self.change_links = {}
        self.summary = None
        back = LinkButton(translate("CheckAnswers", "Back"), self.column)
        back.clicked.connect(self.back_requested)
        self.body.addWidget(back)
        self.body.addWidget(Paragraph(view.form_title, self.column))
        problems: list[Problem] = list(view.problems)
        if failure is not None:
            problems.insert(0, Problem("", failure, "sending"))
        if problems:
            self.summary = ErrorSummary(problems, self.column)
            self.summary.field_chosen.connect(
                lambda qid, _part: self.change_requested.emit(qid) if qid else None)
            self.body.addWidget(self.summary)
        self.body.addWidget(Heading(translate("CheckAnswers", "Check your answers before sending"),
                                    1, self.column))
        if notice:
            note = Paragraph(notice, self.column)
            note.setObjectName("form-notice")
            self.body.addWidget(note)
        for section in view.sections:
            if section.title:
                self.body.addWidget(Heading(section.title, 2, self.column))
            self.body.addWidget(self._rows(section.rows))
        if view.fee is not None and view.fee_text is not None:
            self.body.addWidget(Heading(translate("CheckAnswers", "Fee"), 2, self.column))
            state = (translate("CheckAnswers", "Paid") if paid
                     else translate("CheckAnswers", "To pay before you sign"))
            self.body.addWidget(Paragraph(f"{view.fee_text} · {state}", self.column))
        self.body.addWidget(Heading(translate("CheckAnswers", "Now sign and send"), 2, self.column))
        self.body.addWidget(Paragraph(translate(
            "CheckAnswers", "You sign with your eID card and its PIN. Your signature has the "
                            "same value as a handwritten one: check your answers first."),
            self.column))
        needs_payment = view.fee is not None and not paid
        label = (translate("CheckAnswers", "Continue to payment") if needs_payment
                 else view.submit_label)
        self.submit = PrimaryButton(label, self.column, description=(
            translate("CheckAnswers", "Opens the payment page") if needs_payment
            else translate("CheckAnswers", "Asks for your PIN, signs the form with your card and "
                                    "sends it")))
        self.submit.setEnabled(view.complete)
        self.submit.clicked.connect(self.submit_requested)
        row = QHBoxLayout()
        row.addWidget(self.submit)
        row.addStretch(1)
        self.body.addLayout(row)
        later = LinkButton(translate("CheckAnswers", "Save and come back later"), self.column)
        later.clicked.connect(self.later_requested)
        self.body.addWidget(later)
        self.finish()
        self.name_page(translate("CheckAnswers", "Check your answers before sending"))

    def _rows(self, rows: tuple[SummaryRow, ...]) -> QFrame:
        frame = QFrame(self.column)
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        for index, row in enumerate(rows):
            key = Paragraph(row.key, frame)
            key.setFont(scaled_font(key.font(), 1.0, bold=True))
            value_text = row.value if row.source is None else f"{row.value}\n({row.source})"
            value = Paragraph(value_text, frame, selectable=True)
            grid.addWidget(key, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, index, 1, Qt.AlignmentFlag.AlignTop)
            if row.change_allowed:
                link = LinkButton(translate("CheckAnswers", "Change"), frame)
                # "Change" alone is meaningless out of context (WCAG 2.4.4).
                link.setAccessibleName(
                    translate("CheckAnswers", "Change %1").replace("%1", row.key))
                link.set_description(row.value)
                link.clicked.connect(lambda _=False, qid=row.question_id:
                                     self.change_requested.emit(qid))
                grid.addWidget(link, index, 2, Qt.AlignmentFlag.AlignTop)
                self.change_links[row.question_id] = link
        return frame

    def focus_start(self) -> None:
        if self.summary is not None:
            self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(self.summary)
        else:
            # The top of the page, not the button: the answers are read first.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
