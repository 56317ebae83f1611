"""The demo's embedded gateway: the reference backend on loopback, for this run only.

It runs as a child process through the gateway's own command
(`citizen-assistant gateway serve --port 0 --trust-test-root`), with its
database in a temporary folder: the demo shares nothing with a real gateway,
keeps nothing after it ends, and a crash on either side leaves the other
standing. The first line the child prints says where it listens.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_LISTENING = re.compile(r"gateway listening on (http://\S+)")


class EmbeddedGateway(QObject):
    """Start with `start()`; `ready(url)` or `failed(message)` follows on the GUI thread."""

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url: str | None = None
        self._folder: Path | None = None
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="ca-demo-gateway-"))
        command = [sys.executable, "-m", "app", "gateway", "serve", "--host", "127.0.0.1",
                   "--port", "0", "--db", f"sqlite:///{self._folder / 'gateway.db'}",
                   "--trust-test-root"]
        try:
            self._process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=(self._folder / "gateway.log").open("w"), text=True)
        except OSError as exc:
            self.failed.emit(str(exc))
            return
        threading.Thread(target=self._wait_ready, name="demo-gateway", daemon=True).start()

    def _wait_ready(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        for line in process.stdout:
            match = _LISTENING.search(line)
            if match:
                self.url = match.group(1)
                self.ready.emit(self.url)
                # Keep draining stdout so the child never blocks on a full pipe.
                for _ in process.stdout:
                    pass
                return
        self.failed.emit(self.log_tail())

    def folder_path(self, name: str) -> Path:
        """A file in the demo gateway's temporary folder (gone when it stops)."""
        if self._folder is None:
            raise RuntimeError("the demo gateway is not running")
        return self._folder / name

    def log_tail(self) -> str:
        if self._folder is None:
            return ""
        with contextlib.suppress(OSError):
            lines = (self._folder / "gateway.log").read_text(errors="replace").splitlines()
            return "\n".join(lines[-5:])
        return ""

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
