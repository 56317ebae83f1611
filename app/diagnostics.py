"""What a helpdesk needs to know about this machine, without any personal data.

Shared by `citizen-assistant diagnostics` and the GUI's diagnostics page (with
its "copy report" button). No card is read and no PIN is asked.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from typing import Any

from app import __version__
from app.cardreader.belpic import generation_from_atr
from app.cardreader.errors import CardError
from app.cardreader.pcsc import PcscContext, reader_statuses

LIBRARIES = ("pyscard", "cryptography", "pyHanko", "PySide6-Essentials", "requests",
             "fastapi", "SQLAlchemy", "keyring", "reportlab")


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def pcsc_report() -> dict[str, Any]:
    try:
        with PcscContext() as context:
            readers = [
                {
                    "name": s.name,
                    "card_present": s.card_present,
                    "atr": s.atr.hex() if s.card_present else None,
                    "belgian_eid": (g.value if (g := generation_from_atr(s.atr)) else None),
                }
                for s in reader_statuses(context)
            ]
    except CardError as exc:
        return {"service": False, "problem": str(exc), "readers": []}
    return {"service": True, "readers": readers}


def gateway_report(url: str | None, timeout: float = 3.0) -> dict[str, Any] | None:
    if not url:
        return None
    import requests

    health = url.rstrip("/") + "/api/v1/health"
    try:
        response = requests.get(health, timeout=timeout)
    except requests.RequestException as exc:
        return {"url": url, "reachable": False, "problem": type(exc).__name__}
    return {"url": url, "reachable": response.ok, "status": response.status_code}


def report(gateway_url: str | None = None) -> dict[str, Any]:
    return {
        "program": {"name": "citizen-assistant", "version": __version__},
        "system": {"python": sys.version.split()[0], "platform": platform.platform()},
        "libraries": {name: _version(name) for name in LIBRARIES},
        "pcsc": pcsc_report(),
        "gateway": gateway_report(gateway_url),
    }


def as_text(doc: dict[str, Any]) -> str:
    lines = [f"Citizen Assistant {doc['program']['version']}",
             f"Python {doc['system']['python']} on {doc['system']['platform']}"]
    pcsc = doc["pcsc"]
    if not pcsc["service"]:
        lines.append(f"Smart card service: not available ({pcsc['problem']})")
    else:
        lines.append("Smart card service: running")
        if not pcsc["readers"]:
            lines.append("  no card reader connected")
        for r in pcsc["readers"]:
            card = "no card" if not r["card_present"] else f"card ATR {r['atr']}" + (
                f" (Belgian eID {r['belgian_eid']})" if r["belgian_eid"] else "")
            lines.append(f"  {r['name']}: {card}")
    lines.append("Libraries:")
    for name, version in doc["libraries"].items():
        lines.append(f"  {name}: {version or 'not installed'}")
    gateway = doc.get("gateway")
    if gateway:
        state = "reachable" if gateway["reachable"] else "NOT reachable"
        lines.append(f"Gateway {gateway['url']}: {state}")
    return "\n".join(lines)
