"""An in-process transport to the sandbox that gives up on a silent answer as a network would.

`httpx.ASGITransport` hands the request to the app and waits for the whole answer, so the
client's read timeout never fires and a hung request waits forever. This transport raises
`httpx.ReadTimeout` once the request's read timeout passes without an answer, which is what
a client sees from a hung upstream over a real connection.
"""

from __future__ import annotations

import anyio
import httpx


class SandboxTransport(httpx.ASGITransport):
    """`httpx.ASGITransport` whose requests time out after their read timeout."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        seconds = (request.extensions.get("timeout") or {}).get("read")
        if seconds is None:
            return await super().handle_async_request(request)
        with anyio.move_on_after(seconds):
            return await super().handle_async_request(request)
        raise httpx.ReadTimeout(f"no answer within {seconds:g} seconds", request=request)
