"""What a page may ask of the window: go somewhere. Pages never build each other.

The main window implements `Navigator`; pages receive it and call it. Keeping
this a small protocol lets each page be tested alone with a recording fake.
"""

from __future__ import annotations

from typing import Protocol


class Navigator(Protocol):
    def show_home(self) -> None:
        """The start screen: the card state, or the road once a card is read."""

    def show_road(self) -> None: ...

    def show_station(self, station_id: str) -> None: ...

    def show_service(self, service_id: str) -> None: ...

    def start_form(self, form_id: str) -> None:
        """Open the form (resuming its draft if there is one)."""

    def show_cases(self) -> None: ...

    def show_case(self, reference: str) -> None: ...

    def show_inbox(self) -> None: ...

    def show_my_eid(self) -> None: ...

    def show_settings(self) -> None: ...

    def show_diagnostics(self) -> None: ...

    def announce(self, message: str) -> None:
        """Tell assistive technology (and the status bar) about a change."""
