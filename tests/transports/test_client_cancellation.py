"""A client that gives up on a call cancels the JobMojito request behind it, in both eras.

Handshake-era clients send a cancel notification; 2026-07-28 clients close the response
stream. The app is served by uvicorn in this process, in front of an API that never answers.
"""

from __future__ import annotations

import anyio
import httpx
import pytest
import uvicorn
from mcp import Client

from jobmojito_mcp import Settings, create_app
from tests.transports.processes import free_port

pytestmark = [pytest.mark.anyio, pytest.mark.transport]


class SilentApi(httpx.AsyncBaseTransport):
    """An API that never answers; it notes when a request arrives and when it is given up."""

    def __init__(self) -> None:
        self.arrived = anyio.Event()
        self.given_up = anyio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.arrived.set()
        try:
            await anyio.sleep_forever()
        finally:
            self.given_up.set()
        raise AssertionError("unreachable")


async def wait_until_healthy(port: int) -> None:
    async with httpx.AsyncClient() as http:
        with anyio.fail_after(10):
            while True:
                try:
                    if (await http.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await anyio.sleep(0.02)


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_a_client_giving_up_on_a_call_cancels_the_upstream_request(mode):
    api = SilentApi()
    settings = Settings(api_token="a-token-for-tests", transport="streamable-http")
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, transport=api), port=port, log_config=None, access_log=False
    )
    server = uvicorn.Server(config)

    async with anyio.create_task_group() as serving:
        serving.start_soon(server.serve)
        await wait_until_healthy(port)
        async with Client(f"http://127.0.0.1:{port}/mcp", mode=mode) as client:
            async with anyio.create_task_group() as calls:
                calls.start_soon(client.call_tool, "list_interviews", {})
                with anyio.fail_after(10):
                    await api.arrived.wait()
                calls.cancel_scope.cancel()

            with anyio.fail_after(10):
                await api.given_up.wait()
        server.should_exit = True
