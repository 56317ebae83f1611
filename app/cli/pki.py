"""`citizen-assistant pki create|show`: the test PKI of the virtual card and the demo.

The test PKI is made once per machine (or per --dir) and shared by the tests,
the demo gateway and `card emulate`. Its root is trusted only in demo and test
configurations.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pki = sub.add_parser("pki", help="the test PKI of the virtual card (demo and tests)")
    cmds = pki.add_subparsers(dest="pki_command", metavar="PKI_COMMAND", required=True)
    create = cmds.add_parser("create", help="make the test PKI if it does not exist yet")
    create.add_argument("--dir", type=Path, help="where (default: the user cache directory)")
    create.set_defaults(handler=cmd_create)
    show = cmds.add_parser("show", help="the test PKI's certificates")
    show.add_argument("--dir", type=Path)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)


def cmd_create(args: argparse.Namespace) -> int:
    from app.cardreader.virtual.pki import load_test_pki

    pki = load_test_pki(args.dir)
    print(pki.directory)
    return 0


def _describe(role: str, certificate: Any) -> dict[str, Any]:
    from cryptography.hazmat.primitives import hashes

    return {
        "role": role,
        "subject": certificate.subject.rfc4514_string(),
        "issuer": certificate.issuer.rfc4514_string(),
        "serial": f"{certificate.serial_number:x}",
        "not_before": certificate.not_valid_before_utc.isoformat(),
        "not_after": certificate.not_valid_after_utc.isoformat(),
        "sha256": certificate.fingerprint(hashes.SHA256()).hex(),
    }


def cmd_show(args: argparse.Namespace) -> int:
    from app.cardreader.virtual.pki import load_test_pki

    pki = load_test_pki(args.dir)
    roles = {"root": pki.root, "citizen_ca": pki.citizen_ca, "foreigner_ca": pki.foreigner_ca,
             "rrn_rsa": pki.rrn_rsa, "rrn_ec": pki.rrn_ec, "tsa": pki.tsa}
    described = [_describe(role, issued.certificate) for role, issued in roles.items()]
    if args.json:
        json.dump({"directory": str(pki.directory), "certificates": described}, sys.stdout,
                  indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"Test PKI in {pki.directory}")
    for entry in described:
        print(f"{entry['role']:<13} {entry['subject']}")
        print(f"{'':<13} serial {entry['serial']}, valid until {entry['not_after'][:10]}, "
              f"SHA-256 {entry['sha256']}")
    return 0
