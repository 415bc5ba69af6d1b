"""The HTTP app's guards, in process: Host and Origin on every bind, the bearer token, /healthz.

Each app is exercised as an embedding framework would run it: its lifespan entered, then
requests through httpx's ASGI transport.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from jobmojito_mcp import Settings, create_app
from jobmojito_mcp.http.serve import warn_about_exposure

pytestmark = [pytest.mark.anyio, pytest.mark.transport]

MCP_TOKEN = "mcp-door-token-0123456789"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"},
    },
}
ACCEPT = {"Accept": "application/json, text/event-stream"}


@asynccontextmanager
async def serving(sandbox: Any, **settings: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app for these settings, addressed as http://127.0.0.1:8000."""
    app = create_app(Settings(sandbox=True, **settings), sandbox=sandbox)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client,
    ):
        yield client


async def initialize(client: httpx.AsyncClient, **headers: str) -> httpx.Response:
    return await client.post("/mcp", json=INITIALIZE, headers={**ACCEPT, **headers})


@pytest.mark.parametrize("bind", ["127.0.0.1", "0.0.0.0", "10.1.2.3"])
async def test_a_foreign_host_is_refused_with_421_and_a_short_json_error_on_every_bind(
    sandbox, bind
):
    async with serving(sandbox, host=bind) as client:
        answer = await initialize(client, Host="attacker.example:8000")

    assert answer.status_code == 421
    assert answer.json()["error"] == "misdirected_request"
    assert sandbox.requests == []


@pytest.mark.parametrize("bind", ["127.0.0.1", "0.0.0.0"])
async def test_a_foreign_origin_is_refused_with_403_and_a_short_json_error(sandbox, bind):
    async with serving(sandbox, host=bind) as client:
        answer = await initialize(client, Origin="https://attacker.example")

    assert answer.status_code == 403
    assert answer.json()["error"] == "forbidden_origin"


@pytest.mark.parametrize(
    ("host", "origin"),
    [
        ("127.0.0.1:8000", "http://127.0.0.1:3000"),
        ("localhost:1234", "http://localhost:5173"),
        ("[::1]:8000", "http://[::1]:8000"),
        ("10.1.2.3:8000", "http://10.1.2.3:8000"),
        ("mcp.example.com", "https://mcp.example.com"),
        ("mcp.example.com:8443", "https://mcp.example.com:8443"),
    ],
)
async def test_the_bind_address_loopback_names_and_listed_hosts_are_served(sandbox, host, origin):
    async with serving(sandbox, host="10.1.2.3", allowed_hosts="mcp.example.com") as client:
        answer = await initialize(client, Host=host, Origin=origin)

    assert answer.status_code == 200
    assert "mcp-session-id" in answer.headers


async def test_a_listed_host_with_a_port_is_served_on_that_port_only(sandbox):
    async with serving(sandbox, allowed_hosts="mcp.example.com:8443") as client:
        pinned = await initialize(client, Host="mcp.example.com:8443")
        other_port = await initialize(client, Host="mcp.example.com:9000")

    assert pinned.status_code == 200
    assert other_port.status_code == 421


async def test_a_star_in_the_allowed_hosts_turns_the_host_and_origin_check_off(sandbox):
    async with serving(sandbox, allowed_hosts="*") as client:
        answer = await initialize(client, Host="anything.example", Origin="https://x.example")

    assert answer.status_code == 200


async def test_without_the_servers_bearer_token_a_request_gets_401_with_a_challenge(sandbox):
    async with serving(sandbox, mcp_auth_token=MCP_TOKEN) as client:
        missing = await initialize(client)
        wrong = await initialize(client, Authorization="Bearer not-the-token")
        right = await initialize(client, Authorization=f"Bearer {MCP_TOKEN}")

    assert missing.status_code == wrong.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer ")
    assert 'error="invalid_token"' in wrong.headers["www-authenticate"]
    assert missing.json()["error"] == "unauthorized"
    assert MCP_TOKEN not in wrong.text
    assert right.status_code == 200


async def test_healthz_answers_any_host_and_no_token_without_calling_the_api(sandbox):
    async with serving(sandbox, mcp_auth_token=MCP_TOKEN) as client:
        answer = await client.get("/healthz", headers={"Host": "probe.internal"})

    assert answer.status_code == 200
    assert answer.json()["status"] == "ok"
    assert sandbox.requests == []


async def test_the_sse_transport_is_guarded_the_same_way(sandbox):
    async with serving(sandbox, transport="sse", mcp_auth_token=MCP_TOKEN) as client:
        auth = {"Authorization": f"Bearer {MCP_TOKEN}"}
        foreign = await client.post("/messages/", json={}, headers={**auth, "Host": "x.example"})
        no_token = await client.post("/messages/", json={})
        health = await client.get("/healthz")

    assert foreign.status_code == 421
    assert no_token.status_code == 401
    assert health.json()["transport"] == "sse"


@pytest.mark.parametrize(
    ("settings", "warned"),
    [
        ({"host": "0.0.0.0"}, True),
        ({"host": "0.0.0.0", "mcp_auth_token": MCP_TOKEN, "allowed_hosts": "a.example"}, False),
        ({"host": "127.0.0.1"}, False),
    ],
)
def test_binding_a_public_address_without_an_auth_token_logs_a_warning(caplog, settings, warned):
    with caplog.at_level(logging.WARNING, logger="jobmojito_mcp.http.serve"):
        warn_about_exposure(Settings(sandbox=True, **settings))

    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("JOBMOJITO_MCP_AUTH_TOKEN" in w for w in warnings) is warned
    assert all(MCP_TOKEN not in w for w in warnings)
