"""The SSE transport end to end, with the SDK client, and its keep-alive across idle gaps."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator

import anyio
import pytest
from mcp import Client
from mcp.client.sse import sse_client

from tests.helpers import data_of
from tests.transports.processes import ServerProcess, child_env, mcp_server

pytestmark = [pytest.mark.anyio, pytest.mark.transport]

KEEPALIVE_SECONDS = 0.2
CLIENT_READ_TIMEOUT = 1.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    log = tmp_path_factory.mktemp("sse") / "server.log"
    env = child_env(JOBMOJITO_KEEPALIVE_SECONDS=str(KEEPALIVE_SECONDS))
    started = mcp_server(log, "--sandbox", "--transport", "sse", env=env)
    try:
        yield started.wait_ready()
    finally:
        started.stop()


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_an_sse_client_lists_tools_and_reads_interviews(server, mode):
    async with Client(sse_client(server.base_url + "/sse"), mode=mode) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        listing = data_of(await client.call_tool("list_interviews", {"limit": 3}))

    assert "list_interviews" in names
    assert len(listing["interviews"]) == 3


async def test_the_event_stream_survives_an_idle_gap_longer_than_the_client_read_timeout(server):
    transport = sse_client(server.base_url + "/sse", sse_read_timeout=CLIENT_READ_TIMEOUT)
    async with Client(transport, mode="legacy") as client:
        first = data_of(await client.call_tool("list_interviews", {"limit": 1}))
        await anyio.sleep(CLIENT_READ_TIMEOUT * 1.5)  # the idle gap itself, not a wait
        second = data_of(await client.call_tool("list_interviews", {"limit": 1}))

    assert first["interviews"] == second["interviews"]


async def test_sigterm_stops_the_sse_server_with_code_0_while_a_client_is_connected(server):
    """Kept last: it stops this module's server."""
    async with Client(sse_client(server.base_url + "/sse"), mode="legacy") as client:
        await client.list_tools()
        server.process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        code = await anyio.to_thread.run_sync(server.process.wait, 10)
        seconds = time.monotonic() - started

    assert code == 0
    assert seconds < 2.5, server.stderr
    assert "Traceback" not in server.stderr
