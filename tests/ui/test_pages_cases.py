"""My cases and the inbox over a scripted source: statuses, waiting forms,
letters in the PDF view, unread counts, failures in words."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from app.cardreader.errors import PinCancelled
from app.cardreader.pin import PinProvider
from app.services import GatewayUnreachable
from app.ui.cases.case import CaseView
from app.ui.cases.env import CasesEnv
from app.ui.cases.inbox import InboxView
from app.ui.cases.page import CasesView
from app.ui.cases.read_marks import ReadMarks
from app.ui.cases.source import CaseDetail, CaseEntry, CaseList, InboxEntry
from tests.ui.a11y_checks import unnamed_controls
from tests.ui.pages_support import NoPin, RecordingNavigator, texts


def letter_pdf(text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@dataclass
class ScriptedCases:
    listing: CaseList = field(default_factory=lambda: CaseList([
        CaseEntry(None, "change-of-address", "Report a change of address", "waiting", None,
                  note="The service cannot be reached."),
        CaseEntry("CA-2025-000001", "residence-certificate", "Certificate of residence",
                  "received", "2025-11-26T10:00:00Z")]))
    letters: list[InboxEntry] = field(default_factory=lambda: [
        InboxEntry("msg_1", {"en": "Acknowledgement of receipt", "nl": "Ontvangstbevestiging",
                             "fr": "Accusé de réception", "de": "Empfangsbestätigung",
                             "zh": "收件回执"}, "CA-2025-000001", "2025-11-26T10:00:01Z")])
    error: BaseException | None = None
    sent: int = 0

    def cases(self, pin: PinProvider) -> CaseList:
        if self.error is not None:
            raise self.error
        return self.listing

    def case(self, reference: str, pin: PinProvider) -> CaseDetail:
        return CaseDetail(self.listing.cases[1], [
            {"at": "2025-11-26T10:00:00Z", "status": "received", "note": None}], ["msg_1"])

    def case_document(self, reference: str, pin: PinProvider) -> bytes:
        return letter_pdf(f"Signed application {reference}")

    def inbox(self, pin: PinProvider) -> list[InboxEntry]:
        return self.letters

    def inbox_document(self, message_id: str, pin: PinProvider) -> bytes:
        return letter_pdf("Acknowledgement of receipt")

    def send_waiting(self, pin: PinProvider) -> int:
        self.sent += 1
        self.listing = CaseList(self.listing.cases[1:])
        return 1


def _env(source: ScriptedCases, tmp_path: Path) -> tuple[CasesEnv, RecordingNavigator]:
    navigator = RecordingNavigator()
    env = CasesEnv(source=source, navigator=navigator, pin=NoPin(), language=lambda: "en",
                   marks=ReadMarks(tmp_path / "read.json"),
                   save_path=lambda _parent, name: tmp_path / name)
    return env, navigator


def test_cases_list_statuses_waiting_and_unread(qtbot: QtBot, tmp_path: Path) -> None:
    source = ScriptedCases()
    env, nav = _env(source, tmp_path)
    page = CasesView(env)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.listing is not None, timeout=5000)
    shown = texts(page)
    assert "Waiting to be sent" in shown and "Received" in shown
    assert "CA-2025-000001" in shown
    assert page.unread == 1
    assert unnamed_controls(page) == []
    page.case_links["CA-2025-000001"].click()
    assert nav.last() == ("show_case", ("CA-2025-000001",))
    assert page.send_button is not None
    page.send_button.click()
    qtbot.waitUntil(lambda: source.sent == 1 and page.listing is not None
                    and len(page.listing.cases) == 1, timeout=5000)
    assert page.send_button is None


def test_cases_offline_and_failures_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    source = ScriptedCases(error=PinCancelled())
    env, _nav = _env(source, tmp_path)
    page = CasesView(env)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.error is not None, timeout=5000)
    assert "did not enter your PIN" in texts(page)
    source.error = None
    source.listing = CaseList(source.listing.cases, offline_reason=GatewayUnreachable(
        "The gateway cannot be reached.").message)
    page.refresh()
    qtbot.waitUntil(lambda: page.listing is not None and not page.loading, timeout=5000)
    assert "what this computer keeps" in texts(page)


def test_inbox_opens_a_letter_in_the_pdf_view(qtbot: QtBot, tmp_path: Path) -> None:
    env, _nav = _env(ScriptedCases(), tmp_path)
    page = InboxView(env)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    qtbot.waitUntil(lambda: page.letters is not None, timeout=5000)
    counts: list[int] = []
    page.unread_changed.connect(counts.append)
    assert page.unread == 1
    assert "(unread)" in page.links["msg_1"].text()
    page.links["msg_1"].click()
    qtbot.waitUntil(lambda: len(page.viewer.labels) == 1, timeout=10000)
    assert counts[-1] == 0 and page.unread == 0
    label = page.viewer.labels[0]
    assert label.accessibleName() == "Page 1 of 1"
    assert "Acknowledgement of receipt" in label.accessibleDescription()
    page.viewer.zoom_in.click()
    assert page.viewer.zoom > 1.0
    page.viewer.save.click()
    assert (tmp_path / "msg_1.pdf").read_bytes().startswith(b"%PDF")
    assert ReadMarks(tmp_path / "read.json").is_read("msg_1")  # kept for the next run
    assert unnamed_controls(page) == []


def test_case_page_shows_history_and_the_signed_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    env, _nav = _env(ScriptedCases(), tmp_path)
    page = CaseView(env, "CA-2025-000001")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    assert "What happened" in texts(page)
    assert page.open_document is not None
    page.open_document.click()
    qtbot.waitUntil(lambda: len(page.viewer.labels) == 1, timeout=10000)
    assert "CA-2025-000001" in page.viewer.labels[0].accessibleDescription()
    assert page.letter_links
    assert unnamed_controls(page) == []
