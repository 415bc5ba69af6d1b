"""Callers' own JobMojito tokens over HTTP: a server started without one, each caller as itself.

The server here has no JOBMOJITO_API_TOKEN and talks to the sandbox API over real HTTP, as
a shared deployment would; every caller sends its token in X-JobMojito-Token.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from typing import Any

import anyio
import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from jobmojito_mcp import Settings, build_server
from jobmojito_mcp.sandbox import API_PREFIX, OWNER_TOKEN, SUBMERCHANT_TOKEN
from tests.helpers import data_of, error_of
from tests.transports.processes import (
    ServerProcess,
    api_settings,
    child_env,
    mcp_server,
    sandbox_api,
    stop_all,
)

pytestmark = [pytest.mark.anyio, pytest.mark.transport]

STALE_TOKEN = "sandbox-token-that-expired-an-hour-ago"
MODES = ["auto", "legacy"]


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ServerProcess]]:
    logs = tmp_path_factory.mktemp("caller-tokens")
    api = sandbox_api(logs / "api.log")
    env = child_env(**api_settings(api, token=None))
    args = ("--transport", "streamable-http", "--log-level", "DEBUG")
    server = mcp_server(logs / "mcp.log", *args, env=env)
    try:
        yield {"api": api.wait_ready(), "mcp": server.wait_ready()}
    finally:
        stop_all([server, api])


def connect(server: ServerProcess, mode: str, **options: Any) -> tuple[httpx2.AsyncClient, Client]:
    http = httpx2.AsyncClient(**options)
    transport = streamable_http_client(server.base_url + "/mcp", http_client=http)
    return http, Client(transport, mode=mode)


class RefreshingToken(httpx2.Auth):
    """Send a stale token; on a 401 with a challenge, switch to a fresh one and send again."""

    def __init__(self, stale: str, fresh: str) -> None:
        self.token, self.fresh = stale, fresh
        self.refreshes = 0

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response]:
        request.headers["X-JobMojito-Token"] = self.token
        response = yield request
        if response.status_code == 401 and "www-authenticate" in response.headers:
            self.token, self.refreshes = self.fresh, self.refreshes + 1
            request.headers["X-JobMojito-Token"] = self.token
            yield request


@pytest.mark.parametrize("mode", MODES)
async def test_a_server_without_its_own_token_starts_and_asks_callers_for_theirs(deployment, mode):
    http, client = connect(deployment["mcp"], mode)
    async with http, client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        refusal = error_of(await client.call_tool("list_interviews", {}))

    assert "list_interviews" in names
    assert "X-JobMojito-Token" in refusal and "JOBMOJITO_API_TOKEN" in refusal


@pytest.mark.parametrize("mode", MODES)
async def test_two_concurrent_callers_with_different_tokens_see_only_their_own_data(
    deployment, mode
):
    seen: dict[str, set[str]] = {}

    async def list_as(token: str) -> None:
        http, client = connect(deployment["mcp"], mode, headers={"X-JobMojito-Token": token})
        async with http, client:
            for offset in (0, 1):
                listing = data_of(await client.call_tool("list_interviews", {"offset": offset}))
                ids = {row["interview_id"] for row in listing["interviews"]}
                seen[token] = seen.get(token, set()) | ids

    async with anyio.create_task_group() as callers:
        callers.start_soon(list_as, OWNER_TOKEN)
        callers.start_soon(list_as, SUBMERCHANT_TOKEN)

    assert seen[OWNER_TOKEN] and seen[SUBMERCHANT_TOKEN]
    assert not seen[OWNER_TOKEN] & seen[SUBMERCHANT_TOKEN]
    async with httpx.AsyncClient(base_url=deployment["api"].base_url) as sandbox:
        recorded = (await sandbox.get("/__sandbox__/requests")).json()
    assert {"owner", "submerchant"} <= {request["role"] for request in recorded}


@pytest.mark.parametrize("mode", MODES)
async def test_an_upstream_401_for_a_header_token_is_an_http_401_with_a_challenge(deployment, mode):
    answers: dict[str, httpx2.Response] = {}

    async def keep(response: httpx2.Response) -> None:
        if response.request.method == "POST":
            answers[json.loads(response.request.content)["method"]] = response

    headers = {"X-JobMojito-Token": STALE_TOKEN}
    http, client = connect(
        deployment["mcp"], mode, headers=headers, event_hooks={"response": [keep]}
    )
    async with http, client:
        with pytest.raises(MCPError) as refused:
            await client.call_tool("list_interviews", {})

    call = answers["tools/call"]
    challenge = call.headers.get("www-authenticate")
    assert call.status_code == 401
    assert challenge is not None and challenge.startswith("Bearer ")
    assert "invalid_token" in challenge
    assert "X-JobMojito-Token" in str(refused.value)
    assert STALE_TOKEN not in str(refused.value)


@pytest.mark.parametrize("mode", MODES)
async def test_a_client_that_refreshes_its_token_on_401_gets_its_answer(deployment, mode):
    auth = RefreshingToken(stale=STALE_TOKEN, fresh=OWNER_TOKEN)
    http, client = connect(deployment["mcp"], mode, auth=auth)
    async with http, client:
        listing = data_of(await client.call_tool("list_interviews", {"limit": 2}))

    assert auth.refreshes == 1
    assert len(listing["interviews"]) == 2


async def test_a_refused_server_token_stays_a_tool_error_that_says_how_to_replace_it(sandbox):
    settings = Settings(api_token=STALE_TOKEN, api_url="http://sandbox" + API_PREFIX)
    server = build_server(settings, transport=httpx.ASGITransport(app=sandbox.app))
    async with Client(server) as client:
        refusal = error_of(await client.call_tool("list_interviews", {}))

    assert "JOBMOJITO_API_TOKEN" in refusal and "restart" in refusal
    assert STALE_TOKEN not in refusal


def test_no_token_and_no_tool_result_reaches_the_servers_log_even_at_debug_level(deployment):
    """Reads the log the tests above produced, so it stays last in this module."""
    log = deployment["mcp"].stderr

    assert "DEBUG" in log and "merchant-interview-list" in log
    assert '"result"' not in log
    for token in (OWNER_TOKEN, SUBMERCHANT_TOKEN, STALE_TOKEN):
        assert token not in log
