"""The token, signed links and candidates' names and emails stay out of results and logs.

The token must never reach a tool result, an error text or a log line, even when JobMojito
echoes it back. Signed interview links and the people they belong to may reach the caller
in results, but never a log line, at any level and on any transport.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from mcp import Client
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client

from jobmojito_mcp.sandbox import Sandbox
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from tests.faults.scenarios import arguments
from tests.helpers import data_of
from tests.transports.processes import child_env, mcp_server

SECRET_TOKEN = "jm_test_secret_4f1d9c7e2b8a6035_do_not_log"
_EXPIRED_CLAIMS = {"sub": "owner", "email": "owner@example.com", "exp": 1_700_000_000}
SECRET_JWT = ".".join(
    [
        base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("="),
        base64.urlsafe_b64encode(json.dumps(_EXPIRED_CLAIMS).encode()).decode().rstrip("="),
        "jm_test_secret_signature_7c3e5a91",
    ]
)
PERSON = {"email": "zoe.kowalczyk@example.com", "name": "Zoë Kowalczyk"}


class EchoingRefusal:
    """A JobMojito that refuses every token, quoting it back, and records the tokens it got."""

    def __init__(self) -> None:
        self.bearers: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.bearers.append(request.headers.get("authorization", ""))
        token = self.bearers[-1].removeprefix("Bearer ")
        return httpx.Response(401, json={"error": f"Invalid JWT {token}", "msg": token})


def _all_text(records: list[logging.LogRecord]) -> str:
    lines = []
    for record in records:
        lines += [record.getMessage(), repr(record.args), str(record.exc_info or "")]
    return "\n".join(lines)


@pytest.mark.parametrize("token", [SECRET_TOKEN, SECRET_JWT], ids=["opaque", "expired-jwt"])
async def test_the_configured_token_never_shows_in_results_errors_or_debug_logs(
    token: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("JOBMOJITO_API_TOKEN", token)
    sandbox = Sandbox()
    calls = {
        tool: arguments(tool, sandbox)
        for tool in (
            "list_interviews",
            "get_interview_result_details",
            "set_interview_state",
            "register_users_for_interview",
        )
    }
    upstream = EchoingRefusal()
    caplog.set_level(logging.DEBUG)

    server = build_server(Settings(toolsets="all"), transport=httpx.MockTransport(upstream))
    async with Client(server) as client:
        results = [await client.call_tool(tool, args) for tool, args in calls.items()]

    assert upstream.bearers and set(upstream.bearers) == {f"Bearer {token}"}
    for result in results:
        assert result.is_error
        shown = json.dumps(result.model_dump(mode="json"), ensure_ascii=False)
        assert "JOBMOJITO_API_TOKEN" in shown
        assert token not in shown
        assert token.rsplit(".", 1)[-1] not in shown
    logged = _all_text(caplog.records)
    assert caplog.records
    assert token not in logged
    assert token.rsplit(".", 1)[-1] not in logged


def _forms(text: str) -> list[str]:
    """A text as a log line might carry it: as is, and URL-encoded."""
    return list({text, quote(text), quote_plus(text), quote(text, safe="")})


async def _links_for_a_new_candidate(client: Client, sandbox: Sandbox) -> list[str]:
    """Register PERSON, then sign a candidate link and a results link; the links made."""
    tool = "register_users_for_interview"
    args = {**arguments(tool, sandbox), "users": [PERSON]}
    registered = data_of(await client.call_tool(tool, args))
    row = registered["rows"][0]
    interview_link = data_of(
        await client.call_tool(
            "generate_interview_url",
            {
                "type": "interview-for-profile",
                "interview_id": args["interview_id"],
                "candidate_id": row["candidate_id"],
            },
        )
    )
    result_link = data_of(
        await client.call_tool(
            "generate_interview_url",
            {
                "type": "interview-result-talent-seeker",
                "interview_result_id": sandbox.store.finished_result()["interview_result_id"],
            },
        )
    )
    return [row["interview_url"], interview_link["url"], result_link["url"]]


def _secrets_of(links: list[str]) -> list[str]:
    signed = [link.rsplit("/", 1)[-1] for link in links]
    return [*links, *signed, *_forms(PERSON["email"]), *_forms(PERSON["name"])]


async def test_signed_links_and_the_candidate_never_show_in_debug_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sandbox = Sandbox()
    caplog.set_level(logging.DEBUG)

    server = build_server(Settings(sandbox=True, toolsets="all"), sandbox=sandbox)
    async with Client(server) as client:
        links = await _links_for_a_new_candidate(client, sandbox)

    assert all(links)
    logged = _all_text(caplog.records)
    assert caplog.records
    for secret in _secrets_of(links):
        assert secret not in logged, f"{secret[:40]}... was logged"


@pytest.fixture
def server_logging(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The server's own logging set-up at DEBUG, still captured by caplog; undone after."""
    from jobmojito_mcp.logs import configure_logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    loggers = [logging.getLogger(name) for name in logging.root.manager.loggerDict]
    levels = {logger.name: logger.level for logger in loggers}
    configure_logging("DEBUG")
    root.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
        for logger in loggers:
            logger.setLevel(levels[logger.name])


async def test_searching_by_name_and_email_logs_neither_under_the_servers_logging(
    server_logging: None, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox = Sandbox()
    priya = sandbox.store.candidate_with_emoji()
    server = build_server(Settings(sandbox=True, toolsets="all"), sandbox=sandbox)
    async with Client(server) as client:
        for text in (priya["name"], priya["email"]):
            listing = data_of(await client.call_tool("list_candidates", {"filter_text": text}))
            assert listing["candidates"]
        link = data_of(
            await client.call_tool(
                "generate_interview_url",
                {"type": "results-for-profile", "candidate_id": priya["name"]},
            )
        )

    logged = _all_text(caplog.records)
    assert caplog.records
    for secret in [link["url"], *_forms(priya["name"]), *_forms(priya["email"])]:
        assert secret not in logged, f"{secret[:40]}... was logged"


@pytest.mark.transport
@pytest.mark.parametrize("transport", ["sse", "streamable-http"])
async def test_no_transport_logs_signed_links_or_the_candidate_at_debug(
    transport: str, tmp_path: Any
) -> None:
    server = mcp_server(
        tmp_path / "server.log",
        "--sandbox",
        "--toolsets",
        "all",
        "--transport",
        transport,
        "--log-level",
        "DEBUG",
        env=child_env(),
    )
    try:
        server.wait_ready()
        url = server.base_url + ("/sse" if transport == "sse" else "/mcp")
        connection = sse_client(url) if transport == "sse" else streamable_http_client(url)
        async with Client(connection) as client:
            links = await _links_for_a_new_candidate(client, Sandbox())
    finally:
        server.stop()

    logged = server.stderr
    assert "DEBUG" in logged, "the server did not log at DEBUG"
    for secret in _secrets_of(links):
        assert secret not in logged, f"{secret[:40]}... was logged over {transport}"
    assert "Traceback" not in logged, logged[-2000:]
