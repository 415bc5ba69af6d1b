"""The server over a real stdio subprocess: a clean protocol channel and a clean start-up."""

import json
import subprocess
import sys

import anyio
import pytest
from mcp import Client

from jobmojito_mcp.demo import server_parameters
from tests.helpers import data_of

pytestmark = pytest.mark.anyio

SECRET = "jm_secret_token_that_must_never_show_0123456789"


async def test_an_sdk_client_lists_tools_and_reads_interviews_over_stdio():
    async with Client(server_parameters()) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        listing = data_of(await client.call_tool("list_interviews", {"limit": 3}))

    assert {"list_interviews", "get_interview_result_details", "build_admin_link"} <= names
    assert len(listing["interviews"]) == 3
    assert listing["page"]["next_offset"] == 3


def _message(method, params, request_id=None):
    message = {"jsonrpc": "2.0", "method": method, "params": params}
    if request_id is not None:
        message["id"] = request_id
    return (json.dumps(message) + "\n").encode()


INITIALIZE = {
    "protocolVersion": "2025-06-18",
    "capabilities": {},
    "clientInfo": {"name": "test", "version": "1"},
}


async def exchange(command, env, calls):
    """Send an initialize handshake then `calls`; the raw stdout lines up to the last answer."""
    async with await anyio.open_process(command, env=env) as process:
        assert process.stdin and process.stdout
        await process.stdin.send(_message("initialize", INITIALIZE, 1))
        await process.stdin.send(_message("notifications/initialized", {}))
        for request_id, (method, params) in enumerate(calls, start=2):
            await process.stdin.send(_message(method, params, request_id))
        lines = await _read_until_id(process.stdout, len(calls) + 1)
        await process.stdin.aclose()
    return lines


async def test_every_line_on_stdout_is_a_json_rpc_message_even_at_debug_level():
    parameters = server_parameters("--log-level", "DEBUG")
    calls = [
        ("tools/list", {}),
        ("tools/call", {"name": "list_interviews", "arguments": {"filter_text": "Zoë 🚀"}}),
    ]
    lines = await exchange([parameters.command, *parameters.args], parameters.env, calls)

    assert len(lines) >= 3
    for line in lines:
        assert json.loads(line)["jsonrpc"] == "2.0", line


async def _read_until_id(stream, wanted_id):
    buffer, lines = b"", []
    with anyio.fail_after(30):
        while True:
            buffer += await stream.receive()
            *complete, buffer = buffer.split(b"\n")
            lines += [line for line in complete if line.strip()]
            if any(json.loads(line).get("id") == wanted_id for line in complete if line.strip()):
                return lines


def test_starting_without_a_token_or_the_sandbox_exits_with_advice_and_no_traceback():
    env = {k: v for k, v in server_parameters().env.items() if k != "JOBMOJITO_API_TOKEN"}
    finished = subprocess.run(
        [sys.executable, "-m", "jobmojito_mcp"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )

    assert finished.returncode != 0
    assert finished.stdout == ""
    assert "JOBMOJITO_API_TOKEN" in finished.stderr and "--sandbox" in finished.stderr
    assert "Traceback" not in finished.stderr


async def test_the_token_never_reaches_stdout_or_stderr_even_at_debug_level():
    env = {**server_parameters().env, "JOBMOJITO_API_TOKEN": SECRET}
    command = [
        sys.executable,
        "-m",
        "jobmojito_mcp",
        "--log-level",
        "DEBUG",
        "--api-url",
        "http://127.0.0.1:9",
    ]
    async with await anyio.open_process(command, env=env) as process:
        assert process.stdin and process.stdout and process.stderr
        await process.stdin.send(_message("initialize", INITIALIZE, 1))
        await process.stdin.send(_message("notifications/initialized", {}))
        await process.stdin.send(
            _message("tools/call", {"name": "list_interviews", "arguments": {}}, 2)
        )
        lines = await _read_until_id(process.stdout, 2)
        await process.stdin.aclose()
        stderr = b""
        with anyio.fail_after(30):
            async for chunk in process.stderr:
                stderr += chunk

    answer = next(m for m in map(json.loads, lines) if m.get("id") == 2)
    assert answer["result"]["isError"] is True
    assert "reach" in answer["result"]["content"][0]["text"]
    assert b"list_interviews" in stderr
    assert SECRET.encode() not in stderr
    assert all(SECRET.encode() not in line for line in lines)
