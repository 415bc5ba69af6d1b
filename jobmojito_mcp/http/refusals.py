"""JobMojito's refusal of a caller's own token, answered as HTTP 401 so the client can refresh it.

A tool that gets a 401 from JobMojito for the token in the request's X-JobMojito-Token
header flags the HTTP request (`flag_refused_token`); `RefusedTokenAnswer` then answers
that request with 401, a `WWW-Authenticate` challenge and a JSON-RPC error, instead of the
tool error. A token the server was configured with stays a tool error: the client has
nothing to refresh.

The 401 can replace an answer only before its first byte is sent, so the refusal stays a
tool error over the SSE transport (which accepts each POST with 202 before the tool runs)
and on a Streamable HTTP stream that already carried a notification or a keep-alive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobmojito_mcp.tools.call import TOKEN_HEADER

SCOPE_KEY = "jobmojito.token_refusal"
TOKEN_REFUSED = -32030  # a server-defined JSON-RPC error code
CHALLENGE = (
    'Bearer realm="jobmojito", error="invalid_token", '
    'error_description="JobMojito did not accept the X-JobMojito-Token header"'
)
MESSAGE = (
    "JobMojito did not accept the token in the X-JobMojito-Token header (HTTP 401): it is "
    "wrong or expired. Send a fresh token in that header, then call again."
)
_KEPT_BODY_BYTES = 1024 * 1024


@dataclass
class _Refusal:
    refused: bool = False


def flag_refused_token(request: object) -> None:
    """Mark the HTTP request behind a tool call as refused upstream; a no-op off HTTP."""
    scope = getattr(request, "scope", None)
    refusal = scope.get(SCOPE_KEY) if isinstance(scope, dict) else None
    if isinstance(refusal, _Refusal):
        refusal.refused = True


def _request_id(body: bytes) -> Any:
    try:
        message = json.loads(body)
    except ValueError:
        return None
    return message.get("id") if isinstance(message, dict) else None


class RefusedTokenAnswer:
    """Answer 401 for a POST whose X-JobMojito-Token JobMojito refused, while that is possible.

    For such POSTs only, the response's start is held back until its first body chunk, so
    the flag a tool sets before its result is written can still change the status.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        if not Headers(scope=scope).get(TOKEN_HEADER, "").strip():
            await self.app(scope, receive, send)
            return

        refusal = _Refusal()
        scope[SCOPE_KEY] = refusal
        body = bytearray()
        held: Message | None = None
        replaced = False

        async def keep_body() -> Message:
            message = await receive()
            if message["type"] == "http.request" and len(body) < _KEPT_BODY_BYTES:
                body.extend(message.get("body", b""))
            return message

        async def send_or_refuse(message: Message) -> None:
            nonlocal held, replaced
            if replaced:
                return
            if message["type"] == "http.response.start" and held is None:
                held = message
                return
            if held is not None:
                start, held = held, None
                if refusal.refused and start["status"] == 200:
                    replaced = True
                    await self._answer_401(_request_id(bytes(body)), scope, receive, send)
                    return
                await send(start)
            await send(message)

        await self.app(scope, keep_body, send_or_refuse)
        if held is not None and not replaced:
            await send(held)

    @staticmethod
    async def _answer_401(request_id: Any, scope: Scope, receive: Receive, send: Send) -> None:
        error = {"code": TOKEN_REFUSED, "message": MESSAGE}
        answer = JSONResponse(
            {"jsonrpc": "2.0", "id": request_id, "error": error},
            status_code=401,
            headers={"WWW-Authenticate": CHALLENGE},
        )
        await answer(scope, receive, send)
