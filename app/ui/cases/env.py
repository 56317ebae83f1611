"""What the case and inbox pages need, passed in explicitly (tests pass fakes),
and how the running program provides it from its `AppContext`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.cardreader.pin import PinProvider
from app.forms import UnknownFormError, load_definition
from app.ui.cases.read_marks import ReadMarks
from app.ui.cases.source import CasesSource
from app.ui.kit.pdf import RenderedPage, ask_save_path, print_pages
from app.ui.navigation import Navigator


@dataclass
class CasesEnv:
    source: CasesSource | None  # None: no gateway address is set
    navigator: Navigator
    pin: PinProvider
    language: Callable[[], str]
    marks: ReadMarks
    save_path: Callable[[QWidget, str], Path | None] = ask_save_path
    print_pages: Callable[[QWidget, list[RenderedPage]], bool] = print_pages


_MARKS: dict[bool, ReadMarks] = {}


def cases_env(ctx: object, nav: Navigator) -> CasesEnv:
    """From the shell's AppContext (typed loosely: the cases package must not
    make the shell import it)."""
    from app.ui.context import AppContext
    from app.ui.forms.page import card_identity
    from app.ui.online.wiring import online_session

    assert isinstance(ctx, AppContext)
    session = online_session(ctx)
    source: CasesSource | None = None
    if session is not None:
        from app.ui.cases.source import OnlineCases

        def title(form_id: str) -> str:
            try:
                return load_definition(form_id).title.text(ctx.language)
            except UnknownFormError:
                return form_id

        source = OnlineCases(session, lambda: card_identity(ctx), ctx.card.card_serial, title)
    if ctx.kiosk not in _MARKS:
        _MARKS[ctx.kiosk] = ReadMarks.default(ctx.kiosk)
    return CasesEnv(source=source, navigator=nav, pin=ctx.pin_provider,
                    language=lambda: ctx.language, marks=_MARKS[ctx.kiosk])
