"""Accessibility helpers: names, descriptions and announcements (WCAG 4.1.2, 4.1.3).

Every control gets an accessible name (what a screen reader calls it) and a
description (what it does); `describe` sets both and the tooltip, so sighted
mouse users get the same explanation. `announce` tells assistive technology
about a status change ("card inserted") without moving the focus.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def describe(widget: QWidget, name: str, description: str, *, tooltip: bool = True) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if tooltip:
        widget.setToolTip(description)


def announce(source: QWidget, message: str, *, assertive: bool = False) -> None:
    """A polite (or, for problems, assertive) announcement for screen readers."""
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
