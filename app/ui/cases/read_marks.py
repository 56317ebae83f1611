"""Which letters the person has opened, for the unread counts.

The gateway keeps no read flag, so the program does: in memory in a kiosk,
in a small file at home (message ids only, nothing about their content).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)


class ReadMarks:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._read: set[str] = set()
        if path is not None:
            try:
                self._read = set(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                self._read = set()

    @classmethod
    def default(cls, kiosk: bool) -> ReadMarks:
        if kiosk:
            return cls(None)
        folder = Path(platformdirs.user_data_dir("citizen-assistant", appauthor=False))
        return cls(folder / "inbox-read.json")

    def is_read(self, message_id: str) -> bool:
        return message_id in self._read

    def mark(self, message_id: str) -> None:
        if message_id in self._read:
            return
        self._read.add(message_id)
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(sorted(self._read)), encoding="utf-8")
        except OSError:
            log.warning("could not keep which letters were read", exc_info=True)

    def unread(self, message_ids: list[str]) -> int:
        return sum(1 for message_id in message_ids if message_id not in self._read)
