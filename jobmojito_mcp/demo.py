"""`jobmojito-mcp demo`: a real MCP session with the server over stdio, against the sandbox.

It starts `jobmojito-mcp --sandbox` as a subprocess, connects with the MCP SDK's client,
and prints what an agent would see. This command is not a server, so it owns stdout.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import anyio
from mcp import Client
from mcp.client.stdio import StdioServerParameters


def server_parameters(*extra: str) -> StdioServerParameters:
    """How to start this package's server on the sandbox, with the same interpreter."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBMOJITO_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "jobmojito_mcp", "--sandbox", "--log-level", "WARNING", *extra],
        env=env,
    )


def _structured(result: Any) -> dict[str, Any]:
    """A result's JSON, with each list table turned back into one dict per row."""
    if result.is_error:
        raise RuntimeError(result.content[0].text)
    data = result.structured_content or json.loads(result.content[0].text)
    for key, value in data.items():
        if isinstance(value, dict) and set(value) == {"columns", "rows"}:
            data[key] = [dict(zip(value["columns"], row, strict=True)) for row in value["rows"]]
    return data


async def _session(out: Any) -> None:
    async with Client(server_parameters()) as client:
        tools = await client.list_tools()
        out(f"Connected over stdio. {len(tools.tools)} tools:")
        for tool in tools.tools:
            out(f"  {tool.name:<34} {tool.description}")

        listing = _structured(await client.call_tool("list_interviews", {"limit": 5}))
        out(f"\nlist_interviews: {listing['page']['message']}")
        for row in listing["interviews"]:
            out(f"  {row['name']:<32} {row.get('status') or '':<9} {row['interview_id']}")

        arguments = {"tab": "completed", "limit": 3, "fields": "full"}
        results = _structured(await client.call_tool("list_interview_results", arguments))
        first = next(r for r in results["results"] if r.get("interview_result_id"))
        out(f"\nlist_interview_results (completed): {results['page']['message']}")
        details = _structured(
            await client.call_tool(
                "get_interview_result_details",
                {"interview_result_id": first["id"], "view": "summary"},
            )
        )
        out(f"\nget_interview_result_details for {details.get('candidate_name')}")
        out("  (given the row's own id on purpose: the id layer swapped in interview_result_id)")
        for note in details.get("notes") or ():
            out(f"  note: {note}")
        for name, value in (details.get("scores") or {}).items():
            out(f"  {name:<24} {value}")

        link = _structured(
            await client.call_tool(
                "build_admin_link", {"interview_result_id": details["interview_result_id"]}
            )
        )
        out(f"\nbuild_admin_link: {link['markdown']}")


def run_demo() -> int:
    def out(line: str) -> None:
        print(line, flush=True)

    anyio.run(_session, out)
    return 0
