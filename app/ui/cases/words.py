"""Case statuses and dates in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale

from app.ui.i18n import translate


def status_text(status: str) -> str:
    return {
        "waiting": translate("Cases", "Waiting to be sent"),
        "refused": translate("Cases", "Refused: correct it and sign again"),
        "received": translate("Cases", "Received"),
        "in_progress": translate("Cases", "Being handled"),
        "decided": translate("Cases", "Decided"),
        "closed": translate("Cases", "Closed"),
    }.get(status, status)


def when(text: str | None) -> str:
    """An ISO moment from the gateway as the person's locale writes a date."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    day = moment.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
