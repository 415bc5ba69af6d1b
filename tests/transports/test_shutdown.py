"""Stopping mid-call: SIGTERM over HTTP, SIGINT and closed stdin over stdio.

Every server here talks to a sandbox API that takes LATENCY_MS to answer, and is stopped
while a call waits on it; stopping well inside that time shows the upstream call was cut
rather than waited for. Exit code 0 and an empty process group mean nothing was left behind.
"""

from __future__ import annotations

import contextlib
import json
import signal
import time
from collections.abc import Iterator

import anyio
import httpx
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from tests.transports.processes import (
    ServerProcess,
    api_settings,
    child_env,
    mcp_server,
    sandbox_api,
    stop_all,
)

pytestmark = [pytest.mark.anyio, pytest.mark.transport]

LATENCY_MS = 5000
PROMPT_SECONDS = 2.5


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ServerProcess]]:
    """The slow API and one server per test, all started at once, each used once."""
    logs = tmp_path_factory.mktemp("shutdown")
    api = sandbox_api(logs / "api.log", latency_ms=LATENCY_MS)
    env = child_env(**api_settings(api))
    fleet = {
        "api": api,
        "http": mcp_server(logs / "http.log", "--transport", "streamable-http", env=env),
        "stdio_signal": ServerProcess([], log=logs / "stdio_signal.log", env=env, stdio=True),
        "stdio_eof": ServerProcess([], log=logs / "stdio_eof.log", env=env, stdio=True),
    }
    try:
        api.wait_ready()
        yield fleet
    finally:
        api.process.kill()  # it would finish its slow answers first
        stop_all(fleet.values())


def recorded_requests(api: ServerProcess) -> int:
    return len(httpx.get(api.base_url + "/__sandbox__/requests").json())


def wait_for_upstream_call(api: ServerProcess, before: int, server: ServerProcess) -> None:
    """Poll the sandbox until a request beyond the first `before` has arrived."""
    deadline = time.monotonic() + 30
    while recorded_requests(api) <= before:
        assert server.process.poll() is None, server.stderr
        assert time.monotonic() < deadline, "the call never reached the API"
        time.sleep(0.02)


def seconds_to_exit(server: ServerProcess) -> float:
    started = time.monotonic()
    server.process.wait(timeout=LATENCY_MS / 1000 * 2)
    return time.monotonic() - started


def assert_stopped_cleanly(server: ServerProcess, seconds: float) -> None:
    assert server.process.returncode == 0, server.stderr
    assert seconds < PROMPT_SECONDS, f"took {seconds:.2f} s:\n{server.stderr}"
    assert server.group_is_gone()
    assert "Traceback" not in server.stderr


async def test_sigterm_during_a_slow_call_stops_the_http_server_at_once_with_code_0(fleet):
    api, server = fleet["api"], fleet["http"].wait_ready()
    before = await anyio.to_thread.run_sync(recorded_requests, api)

    async def call() -> None:
        async with Client(server.base_url + "/mcp") as client:
            with contextlib.suppress(MCPError):  # the server goes away mid-call, as intended
                await client.call_tool("list_interviews", {})

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(call)
        await anyio.to_thread.run_sync(wait_for_upstream_call, api, before, server)
        server.process.send_signal(signal.SIGTERM)
        seconds = await anyio.to_thread.run_sync(seconds_to_exit, server)
        tasks.cancel_scope.cancel()

    assert_stopped_cleanly(server, seconds)
    assert "Stopping on SIGTERM" in server.stderr


INITIALIZE = {
    "protocolVersion": "2025-06-18",
    "capabilities": {},
    "clientInfo": {"name": "test", "version": "1"},
}


def start_stdio_call(server: ServerProcess) -> None:
    """Open a session on the server's stdin and start a list_interviews call."""
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": INITIALIZE},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "list_interviews"}},
    ]
    assert server.process.stdin is not None
    server.process.stdin.write("".join(json.dumps(m) + "\n" for m in messages).encode())
    server.process.stdin.flush()


def assert_call_cut_short(server: ServerProcess) -> None:
    """The session was answered and the call got no result (at most an error)."""
    assert server.process.stdout is not None
    lines = server.process.stdout.read().splitlines()
    answers = {message.get("id"): message for message in map(json.loads, lines)}
    assert "result" in answers[1]
    assert "result" not in answers.get(2, {})


def test_sigint_during_a_slow_call_stops_the_stdio_server_at_once_with_code_0(fleet):
    api, server = fleet["api"], fleet["stdio_signal"]
    before = recorded_requests(api)
    start_stdio_call(server)
    wait_for_upstream_call(api, before, server)

    server.process.send_signal(signal.SIGINT)
    seconds = seconds_to_exit(server)

    assert_stopped_cleanly(server, seconds)
    assert_call_cut_short(server)


def test_closing_stdin_during_a_slow_call_stops_the_stdio_server_at_once_with_code_0(fleet):
    api, server = fleet["api"], fleet["stdio_eof"]
    before = recorded_requests(api)
    start_stdio_call(server)
    wait_for_upstream_call(api, before, server)

    assert server.process.stdin is not None
    server.process.stdin.close()
    seconds = seconds_to_exit(server)

    assert_stopped_cleanly(server, seconds)
    assert_call_cut_short(server)
