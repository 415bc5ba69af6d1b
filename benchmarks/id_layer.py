"""Part 5: what the id layer costs: upstream calls and milliseconds, and its memory bound.

Each session is a fresh stdio server, so its first name look-up is cold. A name resolution
is timed against the same tool given the id itself, and a result row's own id (corrected to
its interview_result_id) against the right id. Upstream calls are the sandbox's request
count before and after each call; the sandbox's health check is not counted.
"""

from __future__ import annotations

import json
import random
import statistics
import time
import tracemalloc
import uuid
from typing import Any

import httpx
from mcp import Client

from benchmarks.direct import api_headers
from benchmarks.plan import Plan
from benchmarks.processes import Sandbox
from benchmarks.stats import Summary
from benchmarks.wire import CallFailed
from jobmojito_mcp.ids import IdKind, IdMemory, Seen
from jobmojito_mcp.ids.memory import MAX_CALLERS, MAX_IDS_PER_CALLER, MAX_LOOKUPS_PER_CALLER

NAME = "Backend Engineer"
WARMUP_CALLS = 3


def data_of(result: Any) -> dict[str, Any]:
    """A tool result's JSON, each list table turned back into one dict per row."""
    if result.is_error:
        raise CallFailed(result.content[0].text)
    data = dict(json.loads(result.content[0].text))
    for key, value in data.items():
        if isinstance(value, dict) and set(value) == {"columns", "rows"}:
            data[key] = [dict(zip(value["columns"], row, strict=True)) for row in value["rows"]]
    return data


class Counted:
    """Tool calls timed one by one, each with the API requests it made."""

    def __init__(self, client: Client, sandbox: Sandbox) -> None:
        self.client = client
        self.sandbox = sandbox
        self.spans: list[tuple[int, int]] = []

    async def __call__(self, tool: str, arguments: dict[str, Any]) -> tuple[float, int, dict]:
        """Seconds, upstream requests and data of one call."""
        before = self.sandbox.request_count()
        started = time.perf_counter()
        result = await self.client.call_tool(tool, arguments)
        seconds = time.perf_counter() - started
        after = self.sandbox.request_count()
        self.spans.append((before, after))
        return seconds, after - before, data_of(result)


def other_interview_id(sandbox: Sandbox) -> str:
    """An interview not called NAME, to warm a server without teaching it that name."""
    with httpx.Client(base_url=sandbox.api_url, headers=api_headers(), timeout=30) as direct:
        answer = direct.get("/merchant-interview-list", params={"limit": 50})
        answer.raise_for_status()
    return str(next(row["id"] for row in answer.json()["data"] if NAME not in row["name"]))


async def session(sandbox: Sandbox, iterations: int, warm_id: str) -> dict[str, Any]:
    """One fresh server: a cold name, then warm names, ids, row ids and result ids in turns."""
    by_name = {"interview_id": NAME}
    async with Client(sandbox.stdio_parameters()) as client:
        call = Counted(client, sandbox)
        for _ in range(WARMUP_CALLS):
            await call("get_interview_definition", {"interview_id": warm_id})

        cold_s, cold_calls, definition = await call("get_interview_definition", by_name)
        cold_paths = sandbox.requests()[slice(*call.spans[-1])]
        by_id = {"interview_id": definition["interview_id"]}
        samples: dict[str, list[tuple[float, int]]] = {"name": [], "id": []}
        for _ in range(iterations):
            for way, arguments in (("name", by_name), ("id", by_id)):
                seconds, upstream, _ = await call("get_interview_definition", arguments)
                samples[way].append((seconds, upstream))

        _, _, listing = await call("list_interview_results", {"fields": "full", "limit": 50})
        row = next(r for r in listing["results"] if r.get("interview_result_id"))
        corrected = {"interview_result_id": row["id"]}
        right = {"interview_result_id": row["interview_result_id"]}
        _, _, details = await call("get_interview_result_details", corrected)
        noted = any(row["id"] in note for note in details.get("notes") or ())
        samples |= {"row_id": [], "result_id": []}
        for _ in range(iterations):
            for way, arguments in (("row_id", corrected), ("result_id", right)):
                seconds, upstream, _ = await call("get_interview_result_details", arguments)
                samples[way].append((seconds, upstream))
    return {
        "cold": (cold_s, cold_calls),
        "cold_paths": [request["path"] for request in cold_paths],
        "samples": samples,
        "corrected_with_note": noted,
    }


def _traced_bytes(count: int, fill: Any) -> float:
    """Traced bytes per entry that `fill(memory, count)` puts in an empty IdMemory."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        memory = IdMemory(max_ids=count, max_lookups=count)
        fill(memory, count)
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return (after - before) / count


def _fresh_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def bytes_per_remembered_id(count: int, *, seed: int = 7) -> float:
    """Traced bytes per id in an IdMemory filled with `count` result rows.

    A result row is the largest entry: its own id, a candidate name of typical length and
    the interview_result_id it stands for, each a fresh string as parsed from an answer.
    """
    rng = random.Random(seed)

    def fill(memory: IdMemory, count: int) -> None:
        for index in range(count):
            name = f"Zoë Kowalczyk-Nørgaard {index:05d}"
            seen = Seen(IdKind.RESULT_ROW, name=name, interview_result_id=_fresh_id(rng))
            memory.remember(_fresh_id(rng), seen)

    return _traced_bytes(count, fill)


def bytes_per_lookup(count: int, *, seed: int = 7) -> float:
    """Traced bytes per remembered name look-up (query and the id it found)."""
    rng = random.Random(seed)

    def fill(memory: IdMemory, count: int) -> None:
        for index in range(count):
            memory.remember_lookup(IdKind.INTERVIEW, f"Backend Engineer {index}", _fresh_id(rng))

    return _traced_bytes(count, fill)


def memory_bound(count: int) -> dict[str, Any]:
    """Bytes per remembered id and look-up, and the worst case the store's limits allow."""
    per_id = bytes_per_remembered_id(count)
    per_lookup = bytes_per_lookup(min(count, MAX_LOOKUPS_PER_CALLER))
    per_caller = MAX_IDS_PER_CALLER * per_id + MAX_LOOKUPS_PER_CALLER * per_lookup
    return {
        "measured_ids": count,
        "bytes_per_id": round(per_id),
        "bytes_per_lookup": round(per_lookup),
        "max_ids_per_caller": MAX_IDS_PER_CALLER,
        "max_lookups_per_caller": MAX_LOOKUPS_PER_CALLER,
        "max_callers": MAX_CALLERS,
        "per_caller_mib": round(per_caller / 2**20, 2),
        "worst_case_mib": round(MAX_CALLERS * per_caller / 2**20, 1),
    }


def _summary(samples: list[tuple[float, int]]) -> dict[str, Any]:
    upstream = statistics.median(calls for _, calls in samples) if samples else None
    return {**Summary.of([s for s, _ in samples]).to_json(), "upstream_calls": upstream}


async def run(sandbox: Sandbox, plan: Plan) -> dict[str, Any]:
    warm_id = other_interview_id(sandbox)
    sessions = [
        await session(sandbox, plan.id_iterations, warm_id) for _ in range(plan.id_sessions)
    ]
    merged: dict[str, list[tuple[float, int]]] = {}
    for done in sessions:
        for way, values in done["samples"].items():
            merged.setdefault(way, []).extend(values)
    ways = {way: _summary(values) for way, values in merged.items()}
    cold = _summary([done["cold"] for done in sessions])
    return {
        "name": NAME,
        "sessions": plan.id_sessions,
        "name_cold": {**cold, "paths": sessions[0]["cold_paths"]},
        "name_warm": ways["name"],
        "by_id": ways["id"],
        "row_id_corrected": {
            **ways["row_id"],
            "noted": all(done["corrected_with_note"] for done in sessions),
        },
        "right_result_id": ways["result_id"],
        "added_ms": {
            "name_cold": round(cold["median_ms"] - ways["id"]["median_ms"], 3),
            "name_warm": round(ways["name"]["median_ms"] - ways["id"]["median_ms"], 3),
            "row_id_corrected": round(
                ways["row_id"]["median_ms"] - ways["result_id"]["median_ms"], 3
            ),
        },
        "memory": memory_bound(plan.memory_ids),
    }
