"""RFC 3161 timestamps fetched through our own HTTP client.

pyHanko's HTTP timestamp clients open their own connections; this one hands
the DER request to a callable (the gateway client's `timestamp`), so the
timestamp travels under the same rules as every other call to the gateway:
TLS verified, plain HTTP only on loopback, timeouts, retries, plain messages.
"""

from __future__ import annotations

from collections.abc import Callable

from asn1crypto import tsp
from pyhanko.sign.timestamps import TimeStamper

TimestampTransport = Callable[[bytes], bytes]  # DER TimeStampReq -> DER TimeStampResp


class TransportTimeStamper(TimeStamper):
    def __init__(self, transport: TimestampTransport) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # untyped in pyHanko
        self.transport = transport

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return tsp.TimeStampResp.load(self.transport(req.dump()))
