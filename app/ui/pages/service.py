"""A service: what it is, who provides it, what you need, and "Start" when it
can be done online here (or where to go when it cannot)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from app.forms import UnknownFormError, load_definition, show_money
from app.lifepath import ServiceOnRoad, default_catalog
from app.ui.i18n import translate
from app.ui.kit.page import ScrollPage
from app.ui.kit.widgets import Heading, LinkButton, Paragraph, PrimaryButton
from app.ui.navigation import Navigator


class ServicePage(ScrollPage):
    """`set_service(entry, language)` draws one service.

    `has_draft(form_id)` tells whether a saved application can be continued;
    `open_url(url)` opens an official page in the browser (None in a kiosk,
    where the address is only shown).
    """

    def __init__(self, navigator: Navigator, parent: QWidget | None = None, *,
                 has_draft: Callable[[str], bool] | None = None,
                 open_url: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.setObjectName("service-page")
        self._has_draft = has_draft
        self._open_url = open_url
        self.entry: ServiceOnRoad | None = None
        self.language = "en"
        self.start: PrimaryButton | None = None
        self.back: LinkButton | None = None

    def set_service(self, entry: ServiceOnRoad, language: str) -> None:
        self.entry, self.language = entry, language
        self._draw()

    def set_language(self, language: str) -> None:
        self.language = language
        self._draw()

    def _draw(self) -> None:
        entry, language = self.entry, self.language
        if entry is None:
            return
        service = entry.service
        self.clear()
        self.start = None
        station = default_catalog().station(service.station)
        self.back = LinkButton(translate("ServicePage", "Back to %1").replace(
            "%1", station.title.pick(language)), self.column)
        self.back.clicked.connect(lambda: self.navigator.show_station(service.station))
        self.body.addWidget(self.back)
        self.body.addWidget(Heading(service.title.pick(language), 1, self.column))
        self._section(translate("ServicePage", "What it is"), [service.summary.pick(language)])
        self._section(translate("ServicePage", "Who provides it"), [entry.provider.pick(language)])
        self._section(translate("ServicePage", "What you need"),
                      ["• " + need.pick(language) for need in service.needs])
        if service.online and service.form is not None:
            self._online(service.form.id)
        elif service.where is not None:
            self._section(translate("ServicePage", "Where to go"), [service.where.pick(language)])
        if entry.url is not None:
            self._website(entry.url)
        self.name_page(service.title.pick(language))
        self.finish()

    def _section(self, title: str, lines: list[str]) -> None:
        self.body.addWidget(Heading(title, 2, self.column))
        for line in lines:
            self.body.addWidget(Paragraph(line, self.column))

    def _online(self, form_id: str) -> None:
        lines = [translate("ServicePage", "You can do this here, online. You sign with your eID "
                                   "card and its PIN.")]
        try:
            definition = load_definition(form_id)
        except UnknownFormError:
            definition = None
        if definition is not None and definition.fee is not None:
            lines.append(translate("ServicePage", "It costs %1, paid online before you sign.")
                         .replace("%1", show_money(definition.fee.amount_cents, self.language)))
        self._section(translate("ServicePage", "Do it online"), lines)
        resuming = self._has_draft is not None and self._has_draft(form_id)
        label = (translate("ServicePage", "Continue your saved application") if resuming
                 else translate("ServicePage", "Start now"))
        self.start = PrimaryButton(label, self.column, description=translate(
            "ServicePage", "Opens the online form, one question at a time."))
        self.start.clicked.connect(lambda: self.navigator.start_form(form_id))
        self.body.addWidget(self.start)

    def _website(self, url: str) -> None:
        self.body.addWidget(Heading(translate("ServicePage", "More information"), 2, self.column))
        if self._open_url is None:
            self.body.addWidget(Paragraph(url, self.column, selectable=True))
            return
        link = LinkButton(url, self.column, description=translate(
            "ServicePage", "Opens the official website in your browser."))
        opener = self._open_url
        link.clicked.connect(lambda: opener(url))
        self.body.addWidget(link)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._draw()
