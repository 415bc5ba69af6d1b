"""Names outside ASCII cross stdio untouched, whatever encoding the process's locale suggests.

The server runs as a real subprocess with a Latin-1 stdio encoding and the C locale, the
setting most likely to mangle an emoji or escape it. The JSON-RPC lines on stdout must still
carry the names as UTF-8, not as `\\u` escapes, and stderr must show no encoding failure.
"""

from __future__ import annotations

import json
import os
import sys

import anyio
import pytest

from jobmojito_mcp.sandbox import Sandbox

pytestmark = pytest.mark.transport

NAMES = ["Priya Raman 🚀", "Zoë Müller", "佐藤 花子"]
INITIALIZE = {
    "protocolVersion": "2025-06-18",
    "capabilities": {},
    "clientInfo": {"name": "encoding-test", "version": "1"},
}


def _line(method: str, params: dict, request_id: int | None = None) -> bytes:
    message = {"jsonrpc": "2.0", "method": method, "params": params}
    if request_id is not None:
        message["id"] = request_id
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def _latin1_c_locale_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("JOBMOJITO_", "LC_", "PYTHONUTF8", "PYTHONIOENCODING"))
    }
    return {**env, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C", "LANG": "C"}


async def _answers(calls: list[tuple[str, dict]]) -> tuple[dict[int, bytes], bytes]:
    """The raw stdout line answering each call, by request id, and everything on stderr."""
    command = [sys.executable, "-m", "jobmojito_mcp", "--sandbox", "--toolsets", "all"]
    answers: dict[int, bytes] = {}
    stderr = b""
    async with await anyio.open_process(command, env=_latin1_c_locale_env()) as process:
        assert process.stdin and process.stdout and process.stderr
        await process.stdin.send(_line("initialize", INITIALIZE, 1))
        await process.stdin.send(_line("notifications/initialized", {}))
        for request_id, (method, params) in enumerate(calls, start=2):
            await process.stdin.send(_line(method, params, request_id))

        buffer = b""
        with anyio.fail_after(60):
            while len(answers) < len(calls) + 1:
                buffer += await process.stdout.receive()
                *lines, buffer = buffer.split(b"\n")
                for line in filter(bytes.strip, lines):
                    answers[json.loads(line)["id"]] = line
            await process.stdin.aclose()
            async for chunk in process.stderr:
                stderr += chunk
    return answers, stderr


async def test_non_ascii_and_emoji_names_round_trip_as_utf8_under_a_latin1_c_locale() -> None:
    calls = [
        ("tools/call", {"name": "list_candidates", "arguments": {"filter_text": name}})
        for name in NAMES
    ]

    answers, stderr = await _answers(calls)

    for request_id, name in enumerate(NAMES, start=2):
        raw = answers[request_id]
        assert name.encode("utf-8") in raw, raw[:300]
        assert b"\\u" not in raw, raw[:300]
        result = json.loads(raw)["result"]
        assert not result.get("isError"), result
        assert name in result["content"][0]["text"]
    assert b"Traceback" not in stderr
    assert b"UnicodeEncodeError" not in stderr and b"Logging error" not in stderr


def test_the_names_tried_are_candidates_in_the_sandbox() -> None:
    names = {candidate["name"] for candidate in Sandbox().store.candidates.values()}

    assert set(NAMES) <= names
