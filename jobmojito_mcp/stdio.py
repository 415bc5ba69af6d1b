"""Serving over stdio until the client closes stdin or a signal arrives; either way, exit 0.

Both ends cancel the calls in flight and close the API client through the server's lifespan.
stdin is read by a daemon thread rather than the SDK's worker thread: a read blocked on an
idle pipe can then neither delay the stop after a signal nor hold the process at exit.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from typing import TYPE_CHECKING, Any

import anyio
from anyio.from_thread import run as run_in_loop
from anyio.from_thread import run_sync as run_sync_in_loop
from anyio.lowlevel import EventLoopToken, current_token
from mcp.server.stdio import stdio_server

if TYPE_CHECKING:
    from mcp.server import MCPServer

logger = logging.getLogger(__name__)

_STOPPED_LOOP = (anyio.RunFinishedError, anyio.BrokenResourceError, anyio.ClosedResourceError)


class StdinLines:
    """The lines of a file descriptor (stdin by default) as an async iterator of text."""

    def __init__(self, fd: int = 0) -> None:
        self._fd = fd
        self._send, self._receive = anyio.create_memory_object_stream[str](16)
        self._started = False

    def __aiter__(self) -> StdinLines:
        if not self._started:
            self._started = True
            reader = threading.Thread(
                target=self._pump, args=(current_token(),), name="stdin reader", daemon=True
            )
            reader.start()
        return self

    async def __anext__(self) -> str:
        try:
            return await self._receive.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    def _pump(self, token: EventLoopToken) -> None:
        # Plain os.read on the descriptor: no buffered file object whose lock could be held
        # by this thread while the interpreter shuts down.
        pending = b""
        try:
            while chunk := os.read(self._fd, 65536):
                *lines, pending = (pending + chunk).split(b"\n")
                for line in lines:
                    run_in_loop(self._send.send, line.decode("utf-8", "replace"), token=token)
            if pending:
                run_in_loop(self._send.send, pending.decode("utf-8", "replace"), token=token)
            run_sync_in_loop(self._send.close, token=token)
        except (OSError, *_STOPPED_LOOP):
            logger.debug("stdin reader stopped")


async def _cancel_on_signal(scope: anyio.CancelScope) -> None:
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for signum in signals:
            logger.info("Stopping on %s", signal.Signals(signum).name)
            scope.cancel()
            return


async def serve_stdio(server: MCPServer[Any]) -> None:
    """Serve MCP on stdin and stdout until stdin closes, SIGINT or SIGTERM."""
    # MCPServer only serves stdio on the SDK's own stdin reader; its low-level server takes
    # any streams.
    lowlevel = server._lowlevel_server
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(_cancel_on_signal, tasks.cancel_scope)
        async with stdio_server(stdin=StdinLines()) as (read_stream, write_stream):  # type: ignore[arg-type]
            await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())
        tasks.cancel_scope.cancel()
