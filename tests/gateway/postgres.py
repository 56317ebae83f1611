"""A private PostgreSQL server for the test session.

Debian's PostgreSQL 15 binaries, a cluster in a temporary folder, a free port on
127.0.0.1, a socket in that folder: nothing shared with a system server. The
server refuses to run as root, so as root it runs as the `postgres` system user
(runuser); as anyone else it simply runs as that user. Durability is switched
off (fsync) because the cluster is thrown away at the end.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_BIN = Path(os.environ.get("CITIZEN_ASSISTANT_PG_BIN", "/usr/lib/postgresql/15/bin"))


class PostgresUnavailable(RuntimeError):
    """The server could not be started; the message says why."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrivatePostgres:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.port = 0
        self._as_user: list[str] = []

    @property
    def data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        assert self.folder is not None
        return subprocess.run([*self._as_user, *args], cwd=self.folder, capture_output=True,
                              text=True, timeout=timeout, check=False)

    def start(self) -> None:
        if not (PG_BIN / "initdb").is_file():
            raise PostgresUnavailable(f"PostgreSQL is not installed ({PG_BIN}/initdb missing; "
                                      "Debian: apt-get install postgresql)")
        self.folder = Path(tempfile.mkdtemp(prefix="ca-pg-"))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable("running as root and there is no `postgres` user "
                                          "to run the server as") from None
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self.folder.chmod(0o700)
        done = self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust",
                         "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync")
        if done.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {done.stderr.strip()[-500:]}")
        self.port = free_port()
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        done = self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l",
                         str(self.folder / "server.log"), "-w", "-t", "60", "-o", options,
                         "start")
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise PostgresUnavailable(f"pg_ctl start failed: {done.stderr.strip()} {tail}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def server_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        if self.folder is None:
            return
        if (self.data / "postmaster.pid").exists():
            self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
