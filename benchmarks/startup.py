"""Part 2: time from spawning a server to its handshake answer, and its peak memory.

Our server and the one-tool baseline are started by the same interpreter, in turns, each
answered in raw JSON-RPC over its pipes in both protocol eras, and with the SDK's client in
its handshake mode. The CPU time each process used until its answer is read too: unlike the
wall time, it hardly changes when other programs compete for the machine. Peak RSS (VmHWM)
is read after a tools/list and one tool call.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from mcp import Client
from mcp.client.stdio import StdioServerParameters

from benchmarks.plan import Plan
from benchmarks.processes import (
    Sandbox,
    baseline_server_command,
    clean_env,
    cpu_seconds,
    our_server_command,
    peak_rss_kib,
    scratch_dir,
)
from benchmarks.stats import Summary, ratio
from benchmarks.wire import Era, RawStdio

INTERPRETER_SECONDS = 60


def servers(sandbox: Sandbox) -> dict[str, tuple[list[str], dict[str, str], dict[str, Any]]]:
    """Each server's command, environment and the one tool call made after tools/list."""
    return {
        "jobmojito": (
            our_server_command(),
            sandbox.server_env(),
            {"name": "list_interviews", "arguments": {}},
        ),
        "baseline": (
            baseline_server_command(),
            clean_env(),
            {"name": "echo", "arguments": {"text": "ping"}},
        ),
    }


@dataclass(frozen=True)
class Started:
    """One start: seconds to the handshake answer, CPU seconds used by then, peak RSS."""

    seconds: float
    cpu_seconds: float | None
    peak_rss_kib: int | None


def raw_start(command: list[str], env: dict[str, str], era: Era, call: dict[str, Any]) -> Started:
    """Spawn a server, answer its handshake, then make a tools/list and one call."""
    started = time.perf_counter()
    raw = RawStdio(command, env=env, era=era)
    try:
        raw.handshake()
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(raw.pid)
        raw.request("tools/list")
        raw.request("tools/call", call)
        return Started(elapsed, cpu, peak_rss_kib(raw.pid))
    finally:
        raw.close()


async def sdk_start(command: list[str], env: dict[str, str]) -> float:
    """Seconds the SDK's client takes to start the server and finish `initialize`."""
    parameters = StdioServerParameters(
        command=command[0], args=command[1:], env=env, cwd=scratch_dir()
    )
    started = time.perf_counter()
    async with Client(parameters, mode="legacy"):
        elapsed = time.perf_counter() - started
    return elapsed


def interpreter_start() -> float:
    """Seconds for `python -c pass`: the floor under every start-up here."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "pass"], check=True, timeout=INTERPRETER_SECONDS, cwd=scratch_dir()
    )
    return time.perf_counter() - started


async def run(sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    measured = servers(sandbox)
    eras = {"handshake": Era.HANDSHAKE, "modern": Era.MODERN}
    ways = (*eras, "handshake_cpu", "sdk_legacy")
    times: dict[str, dict[str, list[float]]] = {way: {n: [] for n in measured} for way in ways}
    rss: dict[str, list[int]] = {name: [] for name in measured}
    floor: list[float] = []

    for _ in range(plan.startup_runs):
        floor.append(interpreter_start())
        for way, era in eras.items():
            for name, (command, env, call) in measured.items():
                start = raw_start(command, env, era, call)
                times[way][name].append(start.seconds)
                if start.peak_rss_kib is not None:
                    rss[name].append(start.peak_rss_kib)
                if era is Era.HANDSHAKE and start.cpu_seconds is not None:
                    times["handshake_cpu"][name].append(start.cpu_seconds)
        for name, (command, env, _) in measured.items():
            times["sdk_legacy"][name].append(await sdk_start(command, env))

    out: dict[str, Any] = {"runs": plan.startup_runs}
    for way, by_server in times.items():
        ours, base = Summary.of(by_server["jobmojito"]), Summary.of(by_server["baseline"])
        out[way] = {
            "jobmojito": ours.to_json(),
            "baseline": base.to_json(),
            "ratio": round(ratio(ours.median_ms, base.median_ms), 3),
        }
    out["interpreter"] = Summary.of(floor).to_json()
    out["peak_rss_mib"] = {
        name: round(statistics.median(values) / 1024, 1) if values else None
        for name, values in rss.items()
    }
    return out
