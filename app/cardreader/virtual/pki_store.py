"""Writing the test PKI to disk so that every process sees the same one.

Tests, the gateway process and `card emulate` run side by side and must agree
on one root. Nothing here locks: whole directories and files are written
under a private name and published with one atomic step (rename for the
directory, hard link for a file, which fails if the name exists). The first
process to publish wins; the others throw their work away and read the
winner's.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.cardreader.virtual.pki_certs import IssuedCert, PrivateKey


def key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_key(pem: bytes) -> PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, PrivateKey):
        raise ValueError("the test PKI holds only RSA and EC keys")
    return key


def cert_pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def write_issued(directory: Path, stem: str, issued: IssuedCert) -> None:
    (directory / f"{stem}.cert.pem").write_bytes(cert_pem(issued.certificate))
    key_file = directory / f"{stem}.key.pem"
    key_file.write_bytes(key_pem(issued.private_key))
    with contextlib.suppress(OSError):  # not every file system knows modes
        key_file.chmod(0o600)


def read_issued(directory: Path, stem: str) -> IssuedCert:
    certificate = x509.load_pem_x509_certificate((directory / f"{stem}.cert.pem").read_bytes())
    return IssuedCert(certificate, load_key((directory / f"{stem}.key.pem").read_bytes()))


def new_private_dir(final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))


def publish_dir(private: Path, final: Path) -> bool:
    """Move `private` to `final` unless another process got there first."""
    try:
        os.rename(private, final)
        return True
    except OSError:
        if not final.is_dir():
            raise
        shutil.rmtree(private, ignore_errors=True)
        return False


def create_file_once(path: Path, data: bytes) -> bytes:
    """Write `data` at `path` if nothing is there yet; return what `path` holds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, private = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        try:
            os.link(private, path)
        except FileExistsError:
            return path.read_bytes()
        except OSError:
            # No hard links here (some network or FAT file systems): last
            # writer wins, and every reader still sees a whole file.
            if path.exists():
                return path.read_bytes()
            os.replace(private, path)
            return data
        return data
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(private)
