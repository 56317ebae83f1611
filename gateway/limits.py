"""Request size limits, enforced before a route reads anything.

A pure ASGI middleware: it refuses on Content-Length alone when it can, and
otherwise counts the bytes as they stream in, so an oversized or chunked body
never ends up in memory. Documents may be large; everything else is small JSON.
A refusal is the usual JSON error with status 413 and code `too_large`.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.errors import error_body


class BodySizeLimit:
    def __init__(self, app: ASGIApp, *, default_limit: int,
                 large_paths: tuple[str, ...], large_limit: int) -> None:
        self.app = app
        self.default_limit = default_limit
        self.large_paths = large_paths
        self.large_limit = large_limit

    def limit_for(self, path: str) -> int:
        if any(path == prefix or path.startswith(prefix + "/") for prefix in self.large_paths):
            return self.large_limit
        return self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > limit or declared < 0:
                    await _refuse(send, limit)
                    return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the route's body read; FastAPI passes an
                    # HTTPException through and our handler shapes the JSON.
                    raise HTTPException(413, _too_large(limit))
            return message

        await self.app(scope, counting_receive, send)


def _too_large(limit: int) -> str:
    return f"the request body exceeds the limit of {limit} bytes"


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(error_body("too_large", _too_large(limit))).encode()
    await send({
        "type": "http.response.start",
        "status": 413,
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")],
    })
    await send({"type": "http.response.body", "body": body})
