"""The sandbox API called directly, as an integration without MCP would call it.

Every comparison starts here: the request a tool made is copied from the sandbox's request
log, and the same method, path and query are sent straight to the API.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from benchmarks.processes import Sandbox
from jobmojito_mcp.sandbox import OWNER_TOKEN

RESULT_LIST = ("/merchant-result-list", {"limit": 50})


def api_headers() -> dict[str, str]:
    """What an integration without MCP sends the API: its token, and that it wants JSON."""
    return {"Authorization": f"Bearer {OWNER_TOKEN}", "Accept": "application/json"}


def direct_client(sandbox: Sandbox) -> httpx.AsyncClient:
    """An httpx client for the sandbox API."""
    return httpx.AsyncClient(base_url=sandbox.api_url, headers=api_headers(), timeout=30)


def completed_results(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The result rows with a completed attempt (or else any attempt), in list order."""
    attempted = [row for row in rows if row.get("interview_result_id")]
    return [row for row in attempted if row.get("coach_status") == "completed"] or attempted


async def completed_result_id(direct: httpx.AsyncClient) -> str:
    """An interview result with an attempt, from the API's own result list."""
    answer = await direct.get(RESULT_LIST[0], params=RESULT_LIST[1])
    answer.raise_for_status()
    return str(completed_results(answer.json()["data"])[0]["interview_result_id"])


def upstream_request(log: list[dict[str, Any]], before: int, after: int) -> dict[str, Any]:
    """The one API request a tool call made, from the sandbox log between two counts."""
    made = log[before:after]
    if len(made) != 1:
        raise RuntimeError(f"expected one API request per call, the sandbox saw {len(made)}")
    return {key: made[0][key] for key in ("method", "path", "query")}


def direct_call(direct: httpx.AsyncClient, request: dict[str, Any]) -> Callable[[], Awaitable[Any]]:
    """A call that sends `request` (method, path, query) and parses the JSON answer."""

    async def call() -> Any:
        response = await direct.request(request["method"], request["path"], params=request["query"])
        response.raise_for_status()
        return response.json()

    return call
