"""Part 2: time from spawning a server to its handshake answer, and its peak memory.

Our server and the one-tool baseline are started by the same interpreter, in turns, each
answered in raw JSON-RPC over its pipes in both protocol eras, and with the SDK's client in
its handshake mode. Peak RSS (VmHWM) is read after a tools/list and one tool call.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from typing import Any

from mcp import Client
from mcp.client.stdio import StdioServerParameters

from benchmarks.plan import Plan
from benchmarks.processes import (
    Sandbox,
    baseline_server_command,
    clean_env,
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


def raw_start(
    command: list[str], env: dict[str, str], era: Era, call: dict[str, Any]
) -> tuple[float, int | None]:
    """Seconds from spawning to the handshake answer, and peak RSS after tools/list and a call."""
    started = time.perf_counter()
    raw = RawStdio(command, env=env, era=era)
    try:
        raw.handshake()
        elapsed = time.perf_counter() - started
        raw.request("tools/list")
        raw.request("tools/call", call)
        return elapsed, peak_rss_kib(raw.pid)
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
    times: dict[str, dict[str, list[float]]] = {
        way: {name: [] for name in measured} for way in (*eras, "sdk_legacy")
    }
    rss: dict[str, list[int]] = {name: [] for name in measured}
    floor: list[float] = []

    for _ in range(plan.startup_runs):
        floor.append(interpreter_start())
        for way, era in eras.items():
            for name, (command, env, call) in measured.items():
                seconds, peak = raw_start(command, env, era, call)
                times[way][name].append(seconds)
                if peak is not None:
                    rss[name].append(peak)
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
