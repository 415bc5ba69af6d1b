"""Serving the HTTP app with uvicorn until SIGINT or SIGTERM, then stopping at once, cleanly.

On a signal the server stops accepting connections and cancels every request still being
served (and with it the JobMojito calls they wait on), so nothing holds the exit; the app's
lifespan then closes the sessions and the API client, and the process exits with code 0.
"""

from __future__ import annotations

import contextlib
import logging
import signal
from collections.abc import Iterator
from typing import TYPE_CHECKING

import anyio
import uvicorn
from sse_starlette import EventSourceResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobmojito_mcp.http.app import create_app
from jobmojito_mcp.http.guards import allowed_hosts, is_loopback, is_wildcard, json_error

if TYPE_CHECKING:
    from jobmojito_mcp.settings import Settings

logger = logging.getLogger(__name__)

# A backstop only: cancelled requests end well within it.
_GRACEFUL_SECONDS = 5


class InFlightRequests:
    """ASGI wrapper that can cancel every request being served, and refuses new ones after."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.stopping = False
        self._scopes: set[anyio.CancelScope] = set()

    def cancel_all(self) -> None:
        self.stopping = True
        for scope in list(self._scopes):
            scope.cancel()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.stopping:
            await _shutting_down(scope, receive, send)
            return

        started = finished = False

        async def watched_send(message: Message) -> None:
            nonlocal started, finished
            started = True
            finished = message["type"] == "http.response.body" and not message.get("more_body")
            await send(message)

        with anyio.CancelScope() as cancel:
            self._scopes.add(cancel)
            try:
                await self.app(scope, receive, watched_send)
            finally:
                self._scopes.discard(cancel)
        if not cancel.cancelled_caught or finished:
            return
        with contextlib.suppress(OSError):  # the client may be gone already
            if started:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
            else:
                await _shutting_down(scope, receive, send)


async def _shutting_down(scope: Scope, receive: Receive, send: Send) -> None:
    answer = json_error(503, "shutting_down", "The server is stopping; try again shortly.")
    await answer(scope, receive, send)


class _Server(uvicorn.Server):
    """uvicorn, minus its signal handling: `serve_http` stops it, so the exit code stays 0."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def warn_about_exposure(settings: Settings) -> None:
    """Log what a reader of the start-up lines should know about who can reach the server."""
    if not is_loopback(settings.host) and settings.mcp_auth_token is None:
        logger.warning(
            "Serving on %s without JOBMOJITO_MCP_AUTH_TOKEN: anyone who can reach this address "
            "can use the server. Set it, or bind 127.0.0.1.",
            settings.host,
        )
    if is_wildcard(settings.host) and not settings.allowed_hosts:
        logger.warning(
            "Binding every interface, but only requests for %s are answered; list the names "
            "clients use in JOBMOJITO_ALLOWED_HOSTS.",
            ", ".join(allowed_hosts(settings)),
        )
    if settings.api_token is None and not settings.sandbox:
        logger.info(
            "No JOBMOJITO_API_TOKEN: each request must carry its own token in X-JobMojito-Token."
        )


async def _stop_on_signal(server: uvicorn.Server, requests: InFlightRequests) -> None:
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for signum in signals:
            # A second signal changes nothing: everything is being cancelled already.
            if not server.should_exit:
                logger.info("Stopping on %s", signal.Signals(signum).name)
                server.should_exit = True
                requests.cancel_all()


async def _serve(settings: Settings) -> int:
    # sse-starlette's keep-alive interval is a class default; it governs every SSE stream.
    EventSourceResponse.DEFAULT_PING_INTERVAL = settings.keepalive_seconds  # type: ignore[assignment]
    requests = InFlightRequests(create_app(settings))
    config = uvicorn.Config(
        requests,
        host=settings.host,
        port=settings.port,
        log_config=None,  # our handler on stderr, with secrets masked
        log_level=None,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=_GRACEFUL_SECONDS,
    )
    server = _Server(config)
    warn_about_exposure(settings)
    code = 0
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(_stop_on_signal, server, requests)
        try:
            await server.serve()
        except SystemExit as exc:  # uvicorn's report of a failed start, after logging why
            code = exc.code if isinstance(exc.code, int) else 1
        tasks.cancel_scope.cancel()
    return code


def serve_http(settings: Settings) -> int:
    """Serve `settings.transport` over HTTP until SIGINT or SIGTERM; the exit code."""
    return anyio.run(_serve, settings)
