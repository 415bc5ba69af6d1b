"""Part 1: what one tool call costs through the MCP server, over the same API call made directly.

Each tool is called once through the server; the API request it made is then copied from the
sandbox's request log, and that exact request (method, path, query) is what the direct httpx
client sends. Four paths are timed, taking turns: the direct call, the SDK's client over
stdio, a raw JSON-RPC client over stdio (the server without the SDK client's own cost), and
the SDK's client over Streamable HTTP. A fifth, the one-tool baseline server's echo over
stdio, is the SDK's own round trip with no API call: the floor under any MCP tool call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

from mcp import Client
from mcp.client.stdio import StdioServerParameters

from benchmarks.direct import completed_result_id, direct_call, direct_client, upstream_request
from benchmarks.plan import Plan
from benchmarks.processes import (
    Sandbox,
    baseline_server_command,
    clean_env,
    our_server_command,
    scratch_dir,
)
from benchmarks.stats import interleaved, ratio
from benchmarks.wire import CallFailed, Era, RawStdio

PATHS = ("direct", "stdio", "stdio_raw", "http")
# The one-tool server's echo over stdio with the SDK's client: the SDK's own round trip.
FLOOR = "floor"


def tool_calls(result_id: str) -> dict[str, dict[str, Any]]:
    """The tools timed, each with its arguments (every other argument left at its default)."""
    return {
        "list_interviews": {},
        "get_interview_result_details": {"interview_result_id": result_id},
    }


async def sdk_call(client: Client, tool: str, arguments: dict[str, Any]) -> None:
    result = await client.call_tool(tool, arguments)
    if result.is_error:
        raise CallFailed(f"{tool}: {result.content}")


class Paths:
    """The clients of every timed path, connected for one sandbox."""

    def __init__(self, stack: AsyncExitStack, sandbox: Sandbox) -> None:
        self._stack = stack
        self.sandbox = sandbox

    async def connect(self, http_url: str, raw: RawStdio) -> Paths:
        enter = self._stack.enter_async_context
        self.direct = await enter(direct_client(self.sandbox))
        self.stdio = await enter(Client(self.sandbox.stdio_parameters()))
        self.http = await enter(Client(http_url))
        floor = baseline_server_command()
        parameters = StdioServerParameters(
            command=floor[0], args=floor[1:], env=clean_env(), cwd=scratch_dir()
        )
        self.floor = await enter(Client(parameters))
        self.raw = raw
        return self

    def calls(
        self, tool: str, arguments: dict[str, Any], request: dict[str, Any]
    ) -> dict[str, Callable[[], Awaitable[Any]]]:
        """One call per path: the tool through each client, `request` sent directly."""

        async def raw() -> None:
            result = self.raw.request("tools/call", {"name": tool, "arguments": arguments})
            if result.get("isError"):
                raise CallFailed(f"{tool}: {result.get('content')}")

        return {
            "direct": direct_call(self.direct, request),
            "stdio": lambda: sdk_call(self.stdio, tool, arguments),
            "stdio_raw": raw,
            "http": lambda: sdk_call(self.http, tool, arguments),
            FLOOR: lambda: sdk_call(self.floor, "echo", {"text": "ping"}),
        }

    async def copy_requests(self, calls: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """Call each tool once over stdio, then copy the API request each made from the log."""
        counts = []
        for tool, arguments in calls.items():
            counts.append(self.sandbox.request_count())
            await sdk_call(self.stdio, tool, arguments)
        counts.append(self.sandbox.request_count())
        log = self.sandbox.requests()
        return {
            tool: upstream_request(log, counts[i], counts[i + 1]) for i, tool in enumerate(calls)
        }


async def measure(sandbox: Sandbox, *, iterations: int, warmup: int) -> dict[str, Any]:
    """Median and p95 per path and tool, against one sandbox, plus added ms and ratios."""
    http_server = sandbox.http_server()
    raw = RawStdio(our_server_command(), env=sandbox.server_env(), era=Era.MODERN)
    try:
        http_server.wait_ready()
        raw.handshake()
        async with AsyncExitStack() as stack:
            paths = await Paths(stack, sandbox).connect(http_server.base_url + "/mcp", raw)
            calls = tool_calls(await completed_result_id(paths.direct))
            upstream = await paths.copy_requests(calls)
            tools = {
                tool: summarise(
                    await interleaved(
                        paths.calls(tool, arguments, upstream[tool]),
                        iterations=iterations,
                        warmup=warmup,
                    )
                )
                for tool, arguments in calls.items()
            }
            versions = {"stdio": paths.stdio.protocol_version, "http": paths.http.protocol_version}
    finally:
        raw.close()
        http_server.stop()
    return {"latency_ms": sandbox.latency_ms, "protocol": versions, "upstream": upstream, **tools}


def summarise(summaries: dict[str, Any]) -> dict[str, Any]:
    """Each path's summary, with the milliseconds it adds to the direct call and the ratio."""
    direct = summaries["direct"]
    out: dict[str, Any] = {path: summaries[path].to_json() for path in (*PATHS, FLOOR)}
    out["added_ms"] = {
        path: round(summaries[path].median_ms - direct.median_ms, 3) for path in PATHS[1:]
    }
    out["ratio"] = {
        path: round(ratio(summaries[path].median_ms, direct.median_ms), 3) for path in PATHS[1:]
    }
    return out


async def run(fast: Sandbox, slow: Sandbox, plan: Plan) -> dict[str, Any]:
    """Part 1 against a sandbox without latency and one that sleeps before each answer."""
    return {
        "no_latency": await measure(fast, iterations=plan.iterations, warmup=plan.warmup),
        "with_latency": await measure(
            slow, iterations=plan.slow_iterations, warmup=max(1, plan.warmup // 4)
        ),
    }
