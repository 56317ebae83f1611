"""What the person chose to tell about themselves, for the road's personalisation.

The card does not say whether someone studies, works or expects a child; the
person may tell, and the road then shows what matters to them. It is personal
data, so it lives in memory with the card session and is forgotten when the
card leaves (a kiosk must keep nothing; at home the person simply tells again).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from app.lifepath import Situation


class Situations(QObject):
    """`ctx.situations`: a set of `Situation` with a `changed` signal."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._told: frozenset[Situation] = frozenset()

    def current(self) -> frozenset[Situation]:
        return self._told

    def __contains__(self, situation: object) -> bool:
        return situation in self._told

    def set(self, situation: Situation, told: bool) -> None:
        self.replace(self._told | {situation} if told else self._told - {situation})

    def replace(self, situations: Iterable[Situation]) -> None:
        new = frozenset(situations)
        if new != self._told:
            self._told = new
            self.changed.emit()

    def clear(self) -> None:
        self.replace(())
