"""Search across stations and services (app.lifepath.search), results as links.

The search runs as the person types (after a short pause) and on Enter; the
number of results is announced, and focus stays in the box so typing goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.ui.kit.background import run_in_background
from app.ui.kit.widgets import MIN_TARGET, LinkButton, Paragraph, PrimaryButton, describe

if TYPE_CHECKING:
    from app.lifepath.search import SearchHit

MAX_RESULTS = 8
PAUSE_MS = 300
# The index takes a moment to build the first time: it is built off the GUI
# thread, so that the first search answers at once, but only this long after
# the panel is first shown: earlier, it would compete with drawing the road
# for the interpreter.
WARM_UP_MS = 1000


class SearchPanel(QWidget):
    """Emits `hit_chosen(hit)` when a result is opened."""

    hit_chosen = Signal(object)

    def __init__(self, announce: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announce = announce
        self.language = "en"
        self.results: list[LinkButton] = []
        self.hits: list[SearchHit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.box = QLineEdit(self)
        self.box.setMinimumHeight(MIN_TARGET)
        self.box.setClearButtonEnabled(True)
        self.box.setObjectName("road-search")
        self.button = PrimaryButton(parent=self, primary=False)
        row.addWidget(self.box, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.status = Paragraph(parent=self)
        self.status.hide()
        layout.addWidget(self.status)
        self._results_layout = QVBoxLayout()
        layout.addLayout(self._results_layout)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(lambda: self.run(announce=True))
        self.box.textEdited.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(lambda: self.run(announce=True))
        self.button.clicked.connect(lambda: self.run(announce=True))
        self.retranslate()
        self._warming = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warming:
            self._warming = True
            QTimer.singleShot(WARM_UP_MS, self, lambda: run_in_background(
                lambda _progress: _warm_up(), name="search-index"))

    def retranslate(self) -> None:
        self.box.setPlaceholderText(QCoreApplication.translate(
            "Search", "For example: moving house, pension, driving licence"))
        describe(self.box, QCoreApplication.translate("Search", "Search services"),
                 QCoreApplication.translate(
                     "Search", "Type what you need in your own words; results appear below."))
        self.button.setText(QCoreApplication.translate("Search", "Search"))
        self.button.setAccessibleDescription(
            QCoreApplication.translate("Search", "Search services"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        if self.box.text().strip():
            self.run(announce=False)

    def run(self, *, announce: bool) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        for link in self.results:
            link.deleteLater()
        self.results = []
        if not query:
            self.hits = []
            self.status.hide()
            return
        from app.lifepath.search import search  # loaded with the index, off the start

        self.hits = search(query, self.language, limit=MAX_RESULTS)
        for hit in self.hits:
            link = LinkButton(hit.title, self)
            link.set_description(self._kind(hit))
            link.clicked.connect(lambda _=False, chosen=hit: self.hit_chosen.emit(chosen))
            self._results_layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            self.results.append(link)
        if self.hits:
            text = QCoreApplication.translate("Search", "%n result(s)", "", len(self.hits))
        else:
            text = QCoreApplication.translate(
                "Search", "No results. Try other words, or look along the road below.")
        self.status.setText(text)
        self.status.show()
        if announce:
            self._announce(text)

    @staticmethod
    def _kind(hit: SearchHit) -> str:
        if hit.kind == "service":
            return QCoreApplication.translate("Search", "Service")
        if hit.kind == "station":
            return QCoreApplication.translate("Search", "Station on your road")
        return QCoreApplication.translate("Search", "Information")


def _warm_up() -> None:
    from app.lifepath.search import warm_up

    warm_up()
