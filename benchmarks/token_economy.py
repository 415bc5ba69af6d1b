"""Part 4: the characters an agent reads, against what the API itself answers.

The tool list is counted as the client receives it: the compact JSON of the `tools` array
of a raw tools/list answer. A tool result counts every text block and any structured copy;
the raw API answer is the compact JSON of the same request made directly.
"""

from __future__ import annotations

from typing import Any

import httpx

from benchmarks.direct import RESULT_LIST, api_headers, completed_results, upstream_request
from benchmarks.processes import Sandbox, our_server_command
from benchmarks.wire import CallFailed, Era, RawStdio, compact, result_chars

MAX_PAGES = 20
# A rough rule for English text and JSON; real tokenizers differ by model.
CHARS_PER_TOKEN = 4
DETAILS_SAMPLE = 5


def listed_tools(raw: RawStdio) -> list[dict[str, Any]]:
    """Every tool the server lists, following pages (at most MAX_PAGES)."""
    tools: list[dict[str, Any]] = []
    params: dict[str, Any] = {}
    for _ in range(MAX_PAGES):
        page = raw.request("tools/list", params)
        tools += page["tools"]
        if not page.get("nextCursor"):
            break
        params = {"cursor": page["nextCursor"]}
    return tools


def tool_lists(sandbox: Sandbox) -> dict[str, dict[str, Any]]:
    """Tools listed with the default toolsets and with all, in both eras.

    The servers are started together, then asked in turn: start-up is not measured here.
    """
    choices = {"default": (), "all": ("--toolsets", "all")}
    servers = {
        (toolsets, era): RawStdio(our_server_command(*args), env=sandbox.server_env(), era=era)
        for toolsets, args in choices.items()
        for era in Era
    }
    sizes: dict[str, dict[str, Any]] = {toolsets: {} for toolsets in choices}
    try:
        for (toolsets, era), raw in servers.items():
            raw.handshake()
            sizes[toolsets][era.value] = tool_list_size(listed_tools(raw))
    finally:
        for raw in servers.values():
            raw.close()
    return sizes


def tool_list_size(tools: list[dict[str, Any]]) -> dict[str, Any]:
    """How many tools, and the characters of their compact JSON (with a rough token count)."""
    chars = len(compact(tools))
    return {"tools": len(tools), "chars": chars, "approx_tokens": chars // CHARS_PER_TOKEN}


def sized_call(raw: RawStdio, sandbox: Sandbox, tool: str, arguments: dict[str, Any]) -> dict:
    """One tool result's characters beside the raw API JSON of the request it made."""
    before = sandbox.request_count()
    result = raw.request("tools/call", {"name": tool, "arguments": arguments})
    if result.get("isError"):
        raise CallFailed(f"{tool}: {result.get('content')}")
    request = upstream_request(sandbox.requests(), before, sandbox.request_count())
    with httpx.Client(base_url=sandbox.api_url, headers=api_headers(), timeout=30) as direct:
        answer = direct.request(request["method"], request["path"], params=request["query"])
        answer.raise_for_status()
    return {"result_chars": result_chars(result), "api_chars": len(compact(answer.json()))}


def totals(sizes: list[dict[str, int]]) -> dict[str, Any]:
    """Characters summed over several calls, and the share of the API's."""
    chars = sum(size["result_chars"] for size in sizes)
    api = sum(size["api_chars"] for size in sizes)
    share = round(chars / api, 3)
    return {"calls": len(sizes), "result_chars": chars, "api_chars": api, "share": share}


def result_sizes(sandbox: Sandbox) -> dict[str, Any]:
    """Default-result sizes of the two read tools against one sandbox account.

    A result's details depend on the result, not on the account's size, so they are summed
    over the first DETAILS_SAMPLE completed results the list shows.
    """
    with httpx.Client(base_url=sandbox.api_url, headers=api_headers(), timeout=30) as direct:
        listing = direct.get(RESULT_LIST[0], params=RESULT_LIST[1])
        listing.raise_for_status()
    rows = listing.json()["data"]
    chosen = completed_results(rows)[:DETAILS_SAMPLE]

    raw = RawStdio(our_server_command(), env=sandbox.server_env(), era=Era.MODERN)
    try:
        raw.handshake()
        listed = sized_call(raw, sandbox, "list_interview_results", {"limit": 50})
        details = [
            sized_call(
                raw,
                sandbox,
                "get_interview_result_details",
                {"interview_result_id": row["interview_result_id"]},
            )
            for row in chosen
        ]
    finally:
        raw.close()
    return {
        "rows": sandbox.rows,
        "listed_rows": len(rows),
        "list_interview_results": totals([listed]),
        "get_interview_result_details": totals(details),
    }


def run(main: Sandbox, by_rows: list[Sandbox]) -> dict[str, Any]:
    return {
        "tool_list": tool_lists(main),
        "results": [result_sizes(sandbox) for sandbox in by_rows],
    }
