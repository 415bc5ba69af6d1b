"""Streamable HTTP end to end, with the SDK client: both protocol eras, and stateless replicas."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS

from tests.helpers import data_of
from tests.transports.processes import ServerProcess, mcp_server, stop_all

pytestmark = [pytest.mark.anyio, pytest.mark.transport]

HANDSHAKES = frozenset({"initialize", "server/discover"})


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ServerProcess]]:
    """A server with sessions and two stateless replicas, all on the embedded sandbox."""
    logs = tmp_path_factory.mktemp("streamable-http")
    http = ("--sandbox", "--transport", "streamable-http")
    started = {
        "sessions": mcp_server(logs / "sessions.log", *http),
        "replica_a": mcp_server(logs / "replica_a.log", *http, "--stateless"),
        "replica_b": mcp_server(logs / "replica_b.log", *http, "--stateless"),
    }
    try:
        yield {name: server.wait_ready() for name, server in started.items()}
    finally:
        stop_all(started.values())


def recording_client(**options: Any) -> tuple[httpx2.AsyncClient, list[httpx2.Response]]:
    """An HTTP client for the SDK that keeps every response it receives."""
    responses: list[httpx2.Response] = []

    async def keep(response: httpx2.Response) -> None:
        responses.append(response)

    return httpx2.AsyncClient(event_hooks={"response": [keep]}, **options), responses


class HandshakeElsewhere(httpx2.AsyncBaseTransport):
    """Send handshakes to one server and every other request to another, noting where."""

    def __init__(self, handshake_port: int, other_port: int) -> None:
        self._network = httpx2.AsyncHTTPTransport()
        self._ports = handshake_port, other_port
        self.served: list[tuple[str, int]] = []

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        method = request.method
        if method == "POST":
            method = json.loads(request.content).get("method", "(answer)")
        port = self._ports[0] if method in HANDSHAKES else self._ports[1]
        request.url = request.url.copy_with(port=port)
        self.served.append((method, port))
        return await self._network.handle_async_request(request)

    async def aclose(self) -> None:
        await self._network.aclose()


async def test_a_2026_client_lists_tools_and_reads_interviews_without_a_session(servers):
    http, responses = recording_client()
    url = servers["replica_a"].base_url + "/mcp"
    async with http, Client(streamable_http_client(url, http_client=http)) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        listing = data_of(await client.call_tool("list_interviews", {"limit": 3}))
        version = client.protocol_version

    assert version == "2026-07-28"
    assert "list_interviews" in names
    assert len(listing["interviews"]) == 3
    assert all("mcp-session-id" not in r.headers for r in responses)


async def test_a_handshake_era_client_negotiates_a_session_and_reads_interviews(servers):
    server = servers["sessions"]
    http, responses = recording_client()
    url = server.base_url + "/mcp"
    async with http, Client(streamable_http_client(url, http_client=http), mode="legacy") as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        listing = data_of(await client.call_tool("list_interviews", {"limit": 3}))
        version = client.protocol_version

    assert version in HANDSHAKE_PROTOCOL_VERSIONS
    assert "list_interviews" in names
    assert len(listing["interviews"]) == 3
    assert any("mcp-session-id" in r.headers for r in responses)


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_stateless_replicas_answer_calls_after_the_handshake_went_to_the_other(servers, mode):
    first, second = servers["replica_a"], servers["replica_b"]
    routing = HandshakeElsewhere(first.port, second.port)
    http = httpx2.AsyncClient(transport=routing)
    url = first.base_url + "/mcp"
    async with http, Client(streamable_http_client(url, http_client=http), mode=mode) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        listing = data_of(await client.call_tool("list_interviews", {"limit": 2}))

    assert "list_interviews" in names
    assert len(listing["interviews"]) == 2
    handshakes = {port for method, port in routing.served if method in HANDSHAKES}
    assert handshakes == {first.port}
    assert ("tools/call", second.port) in routing.served


async def test_the_health_endpoint_answers_json_naming_the_transport(servers):
    async with httpx2.AsyncClient() as http:
        answer = await http.get(servers["replica_b"].base_url + "/healthz")

    assert answer.status_code == 200
    assert answer.json() | {"version": None} == {
        "status": "ok",
        "version": None,
        "transport": "streamable-http",
        "stateless": True,
    }
