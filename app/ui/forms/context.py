"""Everything a form screen needs from the program, passed in explicitly.

The shell builds one from its AppContext; tests build one from fakes. Getters
(not values) for what changes while the program runs: the card in the
reader, the language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.cardreader.pin import PinProvider
from app.forms import DraftStore, Prefill
from app.ui.forms.inputs_compound import FileChooser
from app.ui.forms.sender import FormSender, SendOutcome
from app.ui.kit.pdf import RenderedPage, ask_save_path, print_pages
from app.ui.navigation import Navigator


def choose_file_dialog(parent: QWidget, title: str,
                       media_types: Sequence[str]) -> Path | None:
    patterns = {"application/pdf": "*.pdf", "image/jpeg": "*.jpg *.jpeg",
                "image/png": "*.png"}
    wanted = " ".join(patterns.get(media_type, "*") for media_type in media_types) or "*"
    name, _filter = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("FormField", "Documents (%1)")
        .replace("%1", wanted))
    return Path(name) if name else None


@dataclass
class FormContext:
    navigator: Navigator
    sender: FormSender
    pin: PinProvider
    # The card now in the reader: its data for prefill, its national number
    # (drafts belong to it) and its serial (a swapped card is refused).
    prefill: Callable[[], Prefill]
    owner: Callable[[], str | None]
    card_serial: Callable[[], int | None]
    language: Callable[[], str]
    drafts: DraftStore | None = None
    today: Callable[[], date] | None = None
    choose_file: FileChooser = choose_file_dialog
    save_path: Callable[[QWidget, str], Path | None] = ask_save_path
    print_pages: Callable[[QWidget, list[RenderedPage]], bool] = print_pages
    # Told after every submission (the shell refreshes My cases and its counts).
    on_submitted: list[Callable[[str, SendOutcome], None]] = field(default_factory=list)


def content_language(language: str) -> str:
    """Qt's "zh_CN" is the content's "zh"."""
    return language.split("_")[0].split("-")[0].lower()
