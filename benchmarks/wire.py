"""MCP spoken in raw JSON-RPC, without the SDK's client: over a child's pipes, or over HTTP.

The raw form costs the benchmark process almost nothing per message, so what it times is
the server. Two protocol eras are spoken: the handshake era (`initialize`, then requests)
and the 2026-07-28 era (`server/discover`, then self-contained requests carrying `_meta`).
"""

from __future__ import annotations

import json
import os
import select
import time
from enum import Enum
from typing import Any

import httpx
from mcp.shared.inbound import MCP_METHOD_HEADER, MCP_NAME_HEADER, MCP_PROTOCOL_VERSION_HEADER
from mcp_types import (
    CLIENT_CAPABILITIES_META_KEY,
    CLIENT_INFO_META_KEY,
    PROTOCOL_VERSION_META_KEY,
)
from mcp_types.version import LATEST_HANDSHAKE_VERSION, LATEST_MODERN_VERSION

from benchmarks.processes import Spawned

ANSWER_SECONDS = 60.0
CLIENT_INFO = {"name": "jobmojito-benchmarks", "version": "1"}


class Era(Enum):
    HANDSHAKE = "handshake"
    MODERN = "2026-07-28"


class CallFailed(Exception):
    """A tool call that did not succeed: HTTP status, JSON-RPC error or an error result."""


def modern_meta() -> dict[str, Any]:
    return {
        PROTOCOL_VERSION_META_KEY: LATEST_MODERN_VERSION,
        CLIENT_INFO_META_KEY: CLIENT_INFO,
        CLIENT_CAPABILITIES_META_KEY: {},
    }


def compact(value: Any) -> str:
    """JSON as a client would pass it on: no spaces, non-ASCII kept as is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def result_chars(result: dict[str, Any]) -> int:
    """Characters of a tool result as a model reads it: each text block, any structured copy."""
    texts = sum(len(block.get("text") or "") for block in result.get("content") or ())
    structured = result.get("structuredContent")
    return texts + (len(compact(structured)) if structured is not None else 0)


class RawStdio:
    """A server process spoken to in JSON-RPC lines over its stdin and stdout."""

    def __init__(self, command: list[str], *, env: dict[str, str], era: Era) -> None:
        self.era = era
        self.spawned = Spawned(command, env=env, pipes=True)
        self._buffer = b""
        self._last_id = 0

    @property
    def pid(self) -> int:
        return self.spawned.pid

    def handshake(self) -> dict[str, Any]:
        """The era's opening exchange; returns the server's answer."""
        if self.era is Era.HANDSHAKE:
            params = {
                "protocolVersion": LATEST_HANDSHAKE_VERSION,
                "capabilities": {},
                "clientInfo": CLIENT_INFO,
            }
            answer = self.request("initialize", params)
            self._write({"jsonrpc": "2.0", "method": "notifications/initialized"})
            return answer
        return self.request("server/discover", {})

    def request(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one request and wait for its answer; a JSON-RPC error raises CallFailed."""
        self._last_id += 1
        params = dict(params or {})
        if self.era is Era.MODERN:
            params["_meta"] = modern_meta()
        self._write({"jsonrpc": "2.0", "id": self._last_id, "method": method, "params": params})
        message = self._answer(self._last_id)
        if "error" in message:
            raise CallFailed(f"{method}: {message['error']}")
        return dict(message["result"])

    def close(self) -> None:
        """Close stdin, so the server exits on its own, then make sure it has."""
        stdin = self.spawned.process.stdin
        if stdin is not None and not stdin.closed:
            stdin.close()
        self.spawned.stop()

    def _write(self, message: dict[str, Any]) -> None:
        stdin = self.spawned.process.stdin
        assert stdin is not None
        stdin.write((compact(message) + "\n").encode())
        stdin.flush()

    def _answer(self, wanted: int) -> dict[str, Any]:
        stdout = self.spawned.process.stdout
        assert stdout is not None
        deadline = time.monotonic() + ANSWER_SECONDS
        while True:
            while b"\n" in self._buffer:
                line, self._buffer = self._buffer.split(b"\n", 1)
                if line.strip():
                    message = json.loads(line)
                    if message.get("id") == wanted:
                        return dict(message)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no answer to request {wanted} within {ANSWER_SECONDS} s")
            readable, _, _ = select.select([stdout], [], [], remaining)
            if readable:
                chunk = os.read(stdout.fileno(), 1 << 16)
                if not chunk:
                    raise EOFError(f"the server closed stdout before answering request {wanted}")
                self._buffer += chunk


class HttpToolCaller:
    """Calls one tool over Streamable HTTP as a 2026-07-28 client: one POST per call, no session."""

    def __init__(self, http: httpx.AsyncClient, url: str, tool: str, arguments: dict[str, Any]):
        self._http = http
        self._url = url
        self._headers = {
            "Accept": "application/json, text/event-stream",
            MCP_PROTOCOL_VERSION_HEADER: LATEST_MODERN_VERSION,
            MCP_METHOD_HEADER: "tools/call",
            MCP_NAME_HEADER: tool,
        }
        self._params = {"name": tool, "arguments": arguments, "_meta": modern_meta()}
        self._last_id = 0

    async def __call__(self) -> dict[str, Any]:
        self._last_id += 1
        body = {"jsonrpc": "2.0", "id": self._last_id, "method": "tools/call"}
        response = await self._http.post(
            self._url, json={**body, "params": self._params}, headers=self._headers
        )
        if response.status_code != 200:
            raise CallFailed(f"HTTP {response.status_code}")
        message = _json_rpc_answer(response)
        if "error" in message:
            raise CallFailed(str(message["error"]))
        result = dict(message["result"])
        if result.get("isError"):
            raise CallFailed(str(result.get("content")))
        return result


def _json_rpc_answer(response: httpx.Response) -> dict[str, Any]:
    """The JSON-RPC message in a plain JSON or an SSE-framed answer."""
    if response.headers.get("content-type", "").startswith("text/event-stream"):
        data = [line[5:].strip() for line in response.text.splitlines() if line.startswith("data:")]
        answers = [json.loads(item) for item in data if item]
        return dict(next(m for m in reversed(answers) if "result" in m or "error" in m))
    return dict(response.json())
