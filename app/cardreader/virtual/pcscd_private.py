"""A pcscd of our own, with vpcd readers, for tests and benchmarks.

pcsc-lite 1.9.9 always puts its socket in /run/pcscd (PCSCLITE_CSOCK_NAME is
read by clients only) and refuses to start when another pcscd's pid file is
there. So the private pcscd runs in its own mount namespace where a temporary
directory is bind-mounted over /run/pcscd: a system pcscd, if any, is left
alone, and clients reach ours with PCSCLITE_CSOCK_NAME=<dir>/pcscd.comm.
libpcsclite reads that variable once per process, before its first
SCardEstablishContext: set it early (`env` for subprocesses).

The vpcd reader listens on a free port for slot 0 and the next one for slot 1
(readers "Virtual PCD 00 00" and "Virtual PCD 00 01"). Needs root (for the
namespace) and util-linux `unshare`.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Final

VPCD_DRIVER: Final = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
SYSTEM_READER_CONF: Final = Path("/etc/reader.conf.d/vpcd")
READER_NAMES: Final = ("Virtual PCD 00 00", "Virtual PCD 00 01")
SOCKET_NAME: Final = "pcscd.comm"


class PcscdUnavailable(RuntimeError):
    """This machine cannot run a private pcscd (not root, or missing programs)."""


def _port_pair_free(port: int) -> bool:
    for candidate in (port, port + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("0.0.0.0", candidate))  # vpcd listens on every address
            except OSError:
                return False
    return True


def free_port_pair() -> int:
    for _ in range(200):
        port = random.randrange(20000, 60000, 2)
        if _port_pair_free(port):
            return port
    raise PcscdUnavailable("no two consecutive free TCP ports for vpcd")


def _die_with_parent() -> None:
    """In the child before exec: a test run killed outright (a timeout, SIGKILL)
    runs no atexit handler, so have the kernel end pcscd when its parent dies.
    (Strictly: when the thread that started it ends; start it from a thread
    that lives as long as the stack should, as tests and benchmarks do.)"""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: atexit still covers a normal end


_PR_SET_PDEATHSIG = 1


class PrivatePcscd:
    def __init__(self, directory: Path | str | None = None, port: int | None = None) -> None:
        self.directory = Path(directory) if directory is not None else Path(
            tempfile.mkdtemp(prefix="ca-pcscd-"))
        self._own_directory = directory is None
        self.base_port = port if port is not None else free_port_pair()
        self._process: subprocess.Popen[bytes] | None = None
        self._log_handle: int | None = None
        self._with_readers = True

    @property
    def socket_path(self) -> str:
        return str(self.directory / SOCKET_NAME)

    @property
    def log_path(self) -> Path:
        return self.directory / "pcscd.log"

    @property
    def env(self) -> dict[str, str]:
        """The environment for client processes (opensc-tool, pkcs11-tool, ...)."""
        return {**os.environ, "PCSCLITE_CSOCK_NAME": self.socket_path}

    def port(self, slot: int) -> int:
        if slot not in (0, 1):
            raise ValueError("vpcd has slots 0 and 1")
        return self.base_port + slot

    def reader_name(self, slot: int) -> str:
        return READER_NAMES[slot]

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @staticmethod
    def check_available() -> None:
        if os.geteuid() != 0:
            raise PcscdUnavailable("a private pcscd needs root (for its mount namespace)")
        for program in ("unshare", "pcscd"):
            if shutil.which(program) is None and not Path(f"/usr/sbin/{program}").exists():
                raise PcscdUnavailable(f"{program} is not installed")
        if not VPCD_DRIVER.exists():
            raise PcscdUnavailable(f"the vpcd driver {VPCD_DRIVER} is missing "
                                   "(Debian package vsmartcard-vpcd)")

    def _write_config(self) -> Path:
        conf_dir = self.directory / "reader.conf.d"
        conf_dir.mkdir(parents=True, exist_ok=True)
        if not self._with_readers:
            (conf_dir / "vpcd").unlink(missing_ok=True)
            return conf_dir
        lines = [
            'FRIENDLYNAME "Virtual PCD"',
            f"DEVICENAME   /dev/null:0x{self.base_port:X}",
            f"LIBPATH      {VPCD_DRIVER}",
            f"CHANNELID    0x{self.base_port:X}",
        ]
        (conf_dir / "vpcd").write_text("\n".join(lines) + "\n", encoding="ascii")
        return conf_dir

    def start(self, timeout: float = 10.0) -> None:
        if self.running:
            return
        self.check_available()
        self.directory.mkdir(parents=True, exist_ok=True)
        conf_dir = self._write_config()
        for stale in (SOCKET_NAME, "pcscd.pid"):  # left by a killed pcscd
            with contextlib.suppress(FileNotFoundError):
                (self.directory / stale).unlink()
        Path("/run/pcscd").mkdir(parents=True, exist_ok=True)
        script = (f"mount --bind '{self.directory}' /run/pcscd && "
                  f"exec pcscd --foreground --info -c '{conf_dir}'")
        self._log_handle = os.open(self.log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        # unshare execs sh, which execs pcscd: the child's pid is pcscd's own.
        self._process = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
            stdin=subprocess.DEVNULL, stdout=self._log_handle, stderr=self._log_handle,
            start_new_session=True, preexec_fn=_die_with_parent)
        # A test run that ends without stop() (an error in a fixture, Ctrl-C)
        # must not leave a pcscd behind in its namespace.
        atexit.register(self.stop)
        deadline = time.monotonic() + timeout
        while not Path(self.socket_path).exists():
            if self._process.poll() is not None:
                log = self.log_text()
                self._cleanup_process()
                raise PcscdUnavailable(f"pcscd exited at start:\n{log}")
            if time.monotonic() > deadline:
                self.stop()
                raise PcscdUnavailable(f"pcscd made no socket in {timeout} s:\n{self.log_text()}")
            time.sleep(0.02)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self, timeout: float = 5.0) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
        self._cleanup_process()

    def _cleanup_process(self) -> None:
        if self._process is not None:
            atexit.unregister(self.stop)
        self._process = None
        if self._log_handle is not None:
            os.close(self._log_handle)
            self._log_handle = None

    def unplug_reader(self) -> None:
        """Restart pcscd without the vpcd reader: a machine whose reader was unplugged.

        pcscd 1.9.9 re-reads reader.conf.d on SIGUSR1 but never drops a serial
        reader that left it, so a restart is the only way to make one vanish.
        """
        self._with_readers = False
        self.restart()

    def plug_reader(self) -> None:
        """Restart pcscd with the vpcd reader back."""
        self._with_readers = True
        self.restart()

    def restart(self) -> None:
        """Stop and start again: same socket path, same ports."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        if self._own_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> PrivatePcscd:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
