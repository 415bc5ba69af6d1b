"""Part 3: calls per second with several concurrent clients, through MCP and directly.

Each client calls in a loop until the level's time is up: over Streamable HTTP as a
2026-07-28 client (one POST per call, stateless server), or straight at the sandbox API
with the request the tool makes. Clients share one connection pool with a connection each.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx

from benchmarks.overhead import api_headers, direct_call, upstream_request
from benchmarks.plan import Plan
from benchmarks.processes import Sandbox
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


async def drive(call: Callable[[], Awaitable[Any]], *, clients: int, seconds: float) -> Load:
    """Run `clients` loops of `call` for `seconds`; each makes at least one call."""
    load = Load(clients)
    deadline = time.monotonic() + seconds

    async def client() -> None:
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
            for _ in range(clients):
                tasks.start_soon(client)
    load.seconds = time.perf_counter() - started
    return load


def pool(clients: int, **options: Any) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    return httpx.AsyncClient(limits=limits, timeout=60, **options)


async def level(
    url: str, sandbox: Sandbox, request: dict[str, Any], clients: int, seconds: float
) -> dict[str, Any]:
    """One concurrency level: MCP over Streamable HTTP, then the same calls made directly."""
    async with pool(clients) as http:
        mcp = await drive(HttpToolCaller(http, url, TOOL, {}), clients=clients, seconds=seconds)
    async with pool(clients, base_url=sandbox.api_url, headers=api_headers()) as http:
        direct = await drive(direct_call(http, request), clients=clients, seconds=seconds)
    mcp_json, direct_json = mcp.to_json(), direct.to_json()
    share = ratio(mcp_json["calls_per_second"], direct_json["calls_per_second"])
    return {"clients": clients, "mcp": mcp_json, "direct": direct_json, "share": round(share, 3)}


async def run(sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    server = sandbox.http_server()
    try:
        server.wait_ready()
        url = server.base_url + "/mcp"
        before = sandbox.request_count()
        async with pool(1) as http:
            await HttpToolCaller(http, url, TOOL, {})()
        request = upstream_request(sandbox.requests(), before, sandbox.request_count())
        levels = [
            await level(url, sandbox, request, clients, plan.seconds_per_level)
            for clients in plan.concurrency
        ]
    finally:
        server.stop()
    return {"tool": TOOL, "seconds_per_level": plan.seconds_per_level, "levels": levels}
