"""What every page receives: the one object through which it reaches the program.

Pages take `(ctx: AppContext, nav: Navigator)` and nothing else. They read the
models they draw from here, do card and network work through here (never on
the GUI thread), and go elsewhere only through the `Navigator`
(app/ui/navigation.py). The application builds one context per run
(`app.ui.wiring.build_context`); tests use the fixtures of tests/ui/conftest.py
(`ui_context` with the in-process card, `pcsc_ui_context` through pcscd).

Fields
------
card: CardController
    The card, as Qt signals on the GUI thread: `stateChanged(Snapshot)`,
    `greeted(Greeting)`, `cardRead(EidData)`, `readFailed(str)`,
    `cardRemoved()`; `last_read()`, `last_greeting()`, `card_serial()`,
    `snapshot()`, and `card.service` (the `CardService`) for
    `sign_digest` / `run_on_card` / `pin_status` / `change_pin`. Those return
    concurrent Futures run on the card owner thread: follow them with
    `ctx.tasks.watch(...)`.
settings: Settings
    Typed settings (`language`, `text_scale`, `high_contrast`, `gateway_url`,
    `reader`) with `changed(str)`, `languageChanged(str)` and
    `appearanceChanged()` signals. Some keys may be locked by an administrator.
tasks: Tasks
    `tasks.run(fn, on_done, on_error, owner=widget)` runs `fn` on a worker
    thread (HTTP, PDF rendering, files); `tasks.watch(future, ...)` follows a
    Future. Callbacks run on the GUI thread.
pin_provider: PinProvider
    Asks the person for their PIN in the PIN dialog (tries left, what a wrong
    PIN means). Pass it to `CardService.sign_digest` / issue 5's signer; it is
    called on the card owner thread and waits there, never on the GUI thread.
drafts: DraftStore
    `EncryptedDraftStore` at home, `MemoryDraftStore` in a kiosk (nothing on
    disk). The owner key of a draft is `ctx.owner()`.
situations: Situations
    What the person chose to tell (`Situation` values) with a `changed`
    signal; forgotten when the card leaves.
services: object | None
    Issue 5's services (gateway client, outbox), or None until they are wired
    (then pages show "not available" rather than fail).
kiosk, demo: bool
    How the program was started (`--kiosk`, `--demo`).
clock: () -> date
    Today's date; tests fix it. Use `ctx.today()`.

Content texts (catalog, forms) come in five languages from the content files:
`app.text.pick(text, ctx.language)`. The program's own strings go through
`app.ui.i18n.translate("Context", "text")` (lupdate finds them by that call);
a page re-reads them in `changeEvent` on `QEvent.LanguageChange`, and redraws
content texts on `ctx.settings.languageChanged`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.lifepath import Holder, HolderError, Road, personalise
from app.ui.card_controller import CardController
from app.ui.settings import Settings
from app.ui.situations import Situations
from app.ui.tasks import Tasks

if TYPE_CHECKING:
    from app.cardreader.pin import PinProvider
    from app.forms.drafts import DraftStore


@dataclass(eq=False)
class AppContext:
    card: CardController
    settings: Settings
    tasks: Tasks
    pin_provider: PinProvider
    drafts: DraftStore
    situations: Situations = field(default_factory=Situations)
    kiosk: bool = False
    demo: bool = False
    services: object | None = None
    clock: Callable[[], date] = date.today

    @property
    def language(self) -> str:
        """The program's language now: "en", "nl", "fr", "de" or "zh"."""
        return self.settings.language

    @property
    def gateway_url(self) -> str:
        """The gateway's base address (the embedded one in a demo)."""
        return self.settings.gateway_url

    def today(self) -> date:
        return self.clock()

    def owner(self) -> str | None:
        """Whose drafts and cases these are: the national number on the card read,
        or None without a (read) card."""
        greeting = self.card.last_greeting()
        if greeting is not None:
            return greeting.identity.national_number
        data = self.card.last_read()
        return data.identity.national_number if data is not None else None

    def road(self) -> Road | None:
        """The personalised road of the person whose card is in, or None.

        Drawn from the greeting already (identity and address verified), so the
        road appears before the photo and certificates are read.
        """
        greeting = self.card.last_greeting()
        if greeting is not None:
            identity, address = greeting.identity, greeting.address
        else:
            data = self.card.last_read()
            if data is None:
                return None
            identity, address = data.identity, data.address
        try:
            holder = Holder.from_identity(identity.to_json(), self.situations.current(),
                                          address=address.to_json())
            return personalise(holder, self.today())
        except HolderError:
            return None
