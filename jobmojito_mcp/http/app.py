"""The ASGI app that serves MCP over HTTP: the SDK's transport app, a health route and guards.

Request path, outermost first: Host and Origin check, bearer token check (when
JOBMOJITO_MCP_AUTH_TOKEN is set), the upstream 401 answer, then the SDK's app, which serves
MCP at `/mcp` (Streamable HTTP) or `/sse` and `/messages/` (SSE), and `GET /healthz`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from jobmojito_mcp import __version__
from jobmojito_mcp.http.guards import (
    HEALTH_PATH,
    BearerGuard,
    HostOriginGuard,
    transport_security,
)
from jobmojito_mcp.http.refusals import RefusedTokenAnswer
from jobmojito_mcp.server import build_server

if TYPE_CHECKING:
    import httpx
    from starlette.applications import Starlette

    from jobmojito_mcp.settings import Settings


def create_app(
    settings: Settings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sandbox: Any = None,
) -> Starlette:
    """The Starlette app serving this server's MCP over HTTP, to run or to mount.

    It serves SSE when `settings.transport` is "sse" and Streamable HTTP otherwise (sessions,
    or none with `settings.stateless`; the 2026-07-28 revision never has one). `transport`
    and `sandbox` go to `build_server`. Mounted inside another app, its lifespan must still
    run, for Streamable HTTP: enter `app.router.lifespan_context(app)` in the host app's own.
    """
    server = build_server(settings, transport=transport, sandbox=sandbox)
    sse = settings.transport == "sse"

    async def healthz(_: Request) -> JSONResponse:
        return JSONResponse(
            {
                "status": "ok",
                "version": __version__,
                "transport": "sse" if sse else "streamable-http",
                "stateless": settings.stateless and not sse,
            }
        )

    server.custom_route(HEALTH_PATH, methods=["GET"], include_in_schema=False)(healthz)
    security = transport_security(settings)
    if sse:
        app = server.sse_app(transport_security=security, host=settings.host)
    else:
        # SSE-framed answers, not plain JSON: with them, a client closing the response
        # stream of a 2026-07-28 request cancels the tool call it was waiting for.
        app = server.streamable_http_app(
            stateless_http=settings.stateless,
            json_response=False,
            transport_security=security,
            host=settings.host,
        )

    # Each add wraps the ones before, so the last added runs first.
    app.add_middleware(RefusedTokenAnswer)
    if settings.mcp_auth_token is not None:
        token = settings.mcp_auth_token.get_secret_value()
        app.add_middleware(BearerGuard, token=token, exempt=[HEALTH_PATH])
    app.add_middleware(HostOriginGuard, security=security, exempt=[HEALTH_PATH])
    return app
