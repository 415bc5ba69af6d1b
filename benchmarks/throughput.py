"""Part 3: calls per second with several concurrent clients, through MCP and directly.

Each client calls in a loop until the level's time is up: over Streamable HTTP as a
2026-07-28 client (one POST per call, stateless server), or straight at the sandbox API
with the request the tool makes. Each client has its own connection, as separate agents
would: one pool of many connections would time the pool's bookkeeping in this process.
"""

from __future__ import annotations

import ssl
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from benchmarks.direct import api_headers, direct_call, upstream_request
from benchmarks.plan import Plan
from benchmarks.processes import Sandbox, Spawned, cpu_seconds
from benchmarks.stats import Summary, ratio
from benchmarks.wire import HttpToolCaller

TOOL = "list_interviews"
MAX_CALLS_PER_CLIENT = 1_000_000
# Beyond the level's own time: room for the last calls in flight to finish.
BACKSTOP_SECONDS = 120.0


@dataclass
class Load:
    """What the clients of one level did."""

    clients: int
    calls: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "clients": self.clients,
            "calls": self.calls,
            "errors": sum(self.errors.values()),
            "error_kinds": dict(self.errors),
            "seconds": round(self.seconds, 3),
            "calls_per_second": round(self.calls / self.seconds, 1) if self.seconds else 0.0,
            "latency": Summary.of(self.latencies).to_json(),
        }


async def drive(calls: Sequence[Callable[[], Awaitable[Any]]], *, seconds: float) -> Load:
    """One client per call, each calling in a loop for `seconds`, and at least once."""
    load = Load(len(calls))
    deadline = time.monotonic() + seconds

    async def client(call: Callable[[], Awaitable[Any]]) -> None:
        for _ in range(MAX_CALLS_PER_CLIENT):
            started = time.perf_counter()
            try:
                await call()
                load.calls += 1
            except Exception as exc:  # every failure is counted, by its type
                load.errors[type(exc).__name__] += 1
            load.latencies.append(time.perf_counter() - started)
            if time.monotonic() >= deadline:
                return

    started = time.perf_counter()
    with anyio.fail_after(seconds + BACKSTOP_SECONDS):
        async with anyio.create_task_group() as tasks:
            for call in calls:
                tasks.start_soon(client, call)
    load.seconds = time.perf_counter() - started
    return load


async def connections(
    stack: AsyncExitStack, count: int, context: ssl.SSLContext, **options: Any
) -> list[httpx.AsyncClient]:
    """`count` HTTP clients of one connection each, sharing one TLS context (loaded once)."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    return [
        await stack.enter_async_context(
            httpx.AsyncClient(limits=limits, timeout=60, verify=context, **options)
        )
        for _ in range(count)
    ]


class CpuMeter:
    """CPU milliseconds per call that processes used while one batch of calls ran."""

    def __init__(self, **processes: Spawned) -> None:
        self._pids = {name: process.pid for name, process in processes.items()}
        self._start = self._now()

    def _now(self) -> dict[str, float | None]:
        return {name: cpu_seconds(pid) for name, pid in self._pids.items()}

    def per_call(self, calls: int) -> dict[str, float | None]:
        end = self._now()
        out: dict[str, float | None] = {}
        for name, start in self._start.items():
            stop = end[name]
            used = None if start is None or stop is None or not calls else stop - start
            out[f"{name}_cpu_ms_per_call"] = None if used is None else round(used * 1000 / calls, 2)
        return out


async def level(
    server: Spawned, sandbox: Sandbox, request: dict[str, Any], clients: int, seconds: float
) -> dict[str, Any]:
    """One concurrency level: MCP over Streamable HTTP, then the same calls made directly."""
    context = ssl.create_default_context()
    url = server.base_url + "/mcp"
    async with AsyncExitStack() as stack:
        https = await connections(stack, clients, context)
        meter = CpuMeter(server=server, api=sandbox)
        mcp = await drive([HttpToolCaller(h, url, TOOL, {}) for h in https], seconds=seconds)
        mcp_json = mcp.to_json() | meter.per_call(mcp.calls)
    async with AsyncExitStack() as stack:
        options = {"base_url": sandbox.api_url, "headers": api_headers()}
        https = await connections(stack, clients, context, **options)
        meter = CpuMeter(api=sandbox)
        direct = await drive([direct_call(h, request) for h in https], seconds=seconds)
        direct_json = direct.to_json() | meter.per_call(direct.calls)
    share = ratio(mcp_json["calls_per_second"], direct_json["calls_per_second"])
    return {"clients": clients, "mcp": mcp_json, "direct": direct_json, "share": round(share, 3)}


async def run(sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    server = sandbox.http_server()
    try:
        server.wait_ready()
        url = server.base_url + "/mcp"
        before = sandbox.request_count()
        async with httpx.AsyncClient(timeout=60) as http:
            await HttpToolCaller(http, url, TOOL, {})()
        request = upstream_request(sandbox.requests(), before, sandbox.request_count())
        levels = [
            await level(server, sandbox, request, clients, plan.seconds_per_level)
            for clients in plan.concurrency
        ]
    finally:
        server.stop()
    return {"tool": TOOL, "seconds_per_level": plan.seconds_per_level, "levels": levels}
