"""A real gateway process (`citizen-assistant gateway serve`) for the client's tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import requests

CLI = str(Path(sys.executable).parent / "citizen-assistant")
START_TIMEOUT = 90


@dataclass
class GatewayProcess:
    url: str
    db_path: Path
    process: subprocess.Popen[str]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_gateway(folder: Path, **settings: str) -> GatewayProcess:
    """Start a gateway trusting the test PKI; `settings` become CITIZEN_GATEWAY_* variables."""
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "gateway.sqlite3"
    env = {**os.environ, "CITIZEN_GATEWAY_LOG_LEVEL": "warning",
           **{f"CITIZEN_GATEWAY_{k.upper()}": v for k, v in settings.items()}}
    with (folder / "gateway.log").open("w") as log:
        process = subprocess.Popen(
            [CLI, "gateway", "serve", "--port", "0", "--db", f"sqlite:///{db_path}",
             "--trust-test-root"], stdout=subprocess.PIPE, stderr=log, text=True, env=env)
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(
        process.stdout.readline() if process.stdout else ""), daemon=True)
    reader.start()
    reader.join(START_TIMEOUT)
    if not line or "listening on" not in line[0]:
        process.kill()
        process.wait()
        raise RuntimeError("gateway did not start:\n"
                           + (folder / "gateway.log").read_text()[-3000:])
    url = line[0].strip().rsplit(" ", 1)[-1]
    requests.get(f"{url}/api/v1/health", timeout=30).raise_for_status()
    return GatewayProcess(url, db_path, process)


def closed_port() -> int:
    """A local port nothing listens on (the gateway is down)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SilentServer:
    """Accepts connections and never answers: a gateway that hangs."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self._held.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        for conn in self._held:
            conn.close()
        self.sock.close()
