""""About you": what the person chooses to tell, so the road shows what matters to them.

The card does not say whether someone studies, works or expects a child. The
choices go to `ctx.situations` (memory only, forgotten with the card); the road
is drawn again at once. Hidden behind one button, so the road stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout

from app.lifepath import Situation
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.i18n import translate

COLUMNS = 2


def situation_text(situation: Situation) -> str:
    return {
        Situation.HAS_CHILDREN: translate("AboutYou", "I have children"),
        Situation.EXPECTING_CHILD: translate("AboutYou", "We are expecting a baby"),
        Situation.IS_STUDENT: translate("AboutYou", "I am a student"),
        Situation.IS_EMPLOYED: translate("AboutYou", "I have a job"),
        Situation.IS_JOB_SEEKER: translate("AboutYou", "I am looking for work"),
        Situation.RUNS_BUSINESS: translate("AboutYou", "I run a business"),
        Situation.IS_RETIRED: translate("AboutYou", "I am retired"),
        Situation.IS_FOREIGNER: translate("AboutYou", "I am not a Belgian citizen"),
        Situation.HAS_DISABILITY: translate("AboutYou", "I have a disability"),
        Situation.RECENTLY_BEREAVED: translate("AboutYou", "Someone close to me has died"),
    }[situation]


class AboutYou(QFrame):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("panel")
        self._ctx = ctx
        self.toggle = QPushButton()
        self.toggle.setObjectName("link")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_choices)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.boxes: dict[Situation, QCheckBox] = {}
        grid = QGridLayout()
        for index, situation in enumerate(Situation):
            box = QCheckBox()
            box.toggled.connect(lambda on, s=situation: ctx.situations.set(s, on))
            self.boxes[situation] = box
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.toggle)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        ctx.situations.changed.connect(self._sync)
        self._show_choices(False)
        self.retranslate()

    def _show_choices(self, shown: bool) -> None:
        self.hint.setVisible(shown)
        for box in self.boxes.values():
            box.setVisible(shown)

    def _sync(self) -> None:
        told = self._ctx.situations.current()
        for situation, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(situation in told)
            box.blockSignals(False)

    def retranslate(self) -> None:
        self.toggle.setText(translate("AboutYou", "Tell us about your situation (optional)"))
        describe(self.toggle, self.toggle.text(),
                 translate("AboutYou", "Show or hide a few questions; your answers put the "
                                       "services that matter to you first."))
        self.hint.setText(translate("AboutYou", "Tick what applies to you. The road changes at "
                                                "once. Your answers are kept only while your "
                                                "card is in the reader."))
        for situation, box in self.boxes.items():
            box.setText(situation_text(situation))
            describe(box, box.text(),
                     translate("AboutYou", "Tick if this applies to you, to see the services "
                                           "that go with it."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
