"""The demo panel at the bottom of the window: choose a person, insert, remove.

Each persona is shown by what their card says (name, town) and the demo PIN,
so nothing here needs translating beyond the labels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.cardreader.virtual.personas import Persona, builtin_personas
from app.ui.a11y import describe
from app.ui.context import AppContext
from app.ui.demo.virtual_reader import DemoReader
from app.ui.i18n import translate
from app.ui.messages import card_error

DEFAULT_PERSONA = "worker"


def persona_label(persona: Persona) -> str:
    first = persona.text("first_names").split(" ")[0]
    return f"{first} {persona.text('surname')} – {persona.address.get('municipality', '')}"


class DemoPanel(QFrame):
    def __init__(self, ctx: AppContext, reader: DemoReader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._ctx = ctx
        self._reader = reader
        self._busy = False
        self._gateway: str | None = None
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.personas = QComboBox()
        self._personas = builtin_personas()
        for name, persona in sorted(self._personas.items(), key=lambda kv: kv[0]):
            self.personas.addItem(persona_label(persona), name)
        self.personas.setCurrentIndex(max(0, self.personas.findData(DEFAULT_PERSONA)))
        self.personas.currentIndexChanged.connect(lambda _i: self.retranslate())
        self.insert = QPushButton()
        self.insert.setObjectName("primary")
        self.insert.clicked.connect(self.insert_card)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_card)
        self.info = QLabel()
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.personas, 1)
        layout.addWidget(self.insert)
        layout.addWidget(self.remove)
        layout.addWidget(self.info, 2)
        ctx.card.stateChanged.connect(lambda _s: self._sync())
        self.retranslate()
        self._sync()

    def set_gateway(self, url: str | None) -> None:
        self._gateway = url
        self.retranslate()

    def chosen(self) -> str:
        return str(self.personas.currentData())

    def insert_card(self) -> None:
        self._set_busy(True)
        name = self.chosen()
        self._ctx.tasks.run(lambda: self._reader.insert(name), lambda _r: self._set_busy(False),
                            self._failed, owner=self)

    def remove_card(self) -> None:
        self._set_busy(True)
        self._ctx.tasks.run(self._reader.remove, lambda _r: self._set_busy(False),
                            self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.info.setText(card_error(error) or "")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync()

    def _sync(self) -> None:
        inserted = self._reader.persona is not None
        self.insert.setEnabled(not self._busy)
        self.remove.setEnabled(not self._busy and inserted)
        self.personas.setEnabled(not self._busy)

    def retranslate(self) -> None:
        self.title.setText(translate("DemoPanel", "Demo"))
        self.insert.setText(translate("DemoPanel", "Insert card"))
        self.remove.setText(translate("DemoPanel", "Remove card"))
        describe(self.personas, translate("DemoPanel", "Demo person"),
                 translate("DemoPanel", "Whose virtual card to put in the reader."))
        describe(self.insert, self.insert.text(),
                 translate("DemoPanel", "Put the chosen person's virtual card in the reader. "
                                        "A card already in is taken out first."))
        describe(self.remove, self.remove.text(),
                 translate("DemoPanel", "Take the virtual card out of the reader."))
        persona = self._personas.get(self.chosen())
        pin = persona.pin if persona is not None else ""
        where = (translate("DemoPanel", "through the card reader service (pcscd), reader "
                                        "{reader}").format(reader=self._reader.reader_name)
                 if self._reader.through_pcsc else
                 translate("DemoPanel", "in the program's built-in reader (no pcscd)"))
        gateway = (translate("DemoPanel", "Demo gateway: {url}").format(url=self._gateway)
                   if self._gateway else translate("DemoPanel", "Demo gateway: starting"))
        self.info.setText(translate("DemoPanel", "Virtual card {where}. Demo PIN: {pin}. "
                                                 "{gateway}").format(
            where=where, pin=pin, gateway=gateway))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
