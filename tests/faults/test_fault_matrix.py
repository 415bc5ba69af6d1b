"""Every upstream fault, on a read and on a write, ends in a tool error the model can act on.

Each case is a real tool call through the SDK's in-memory client to a server on the sandbox,
with the fault injected on that tool's own API path. A case passes when the call comes back
as a tool error (never a protocol error, a crash or an empty success) whose text has a
cause and a next step, and the faulted path saw exactly the requests `EXPECTED` says: reads
retried within `retry_attempts`, writes sent once.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import stamina

from jobmojito_mcp.api.operations import OPERATIONS
from jobmojito_mcp.sandbox import FAULT_KINDS, Sandbox
from tests.faults.scenarios import (
    CONNECT_ERROR,
    EXPECTED,
    PATHS,
    TINY_TIMEOUT,
    WRITES,
    arguments,
    assert_actionable,
    connected,
    connected_to,
    requests_to,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "faults.md"


@pytest.mark.parametrize("tool", PATHS)
@pytest.mark.parametrize("fault", sorted(FAULT_KINDS))
async def test_an_upstream_fault_ends_in_a_tool_error_with_a_cause_and_a_next_step(
    fault: str, tool: str
) -> None:
    sandbox = Sandbox()
    sandbox.inject(PATHS[tool], fault, count=10, retry_after=0.01)
    hangs = fault == "hang"
    timeouts = {"timeout_read": TINY_TIMEOUT, "timeout_long": TINY_TIMEOUT} if hangs else {}

    # A hung read spends its whole time budget, which stamina's test mode would not enforce.
    with stamina.set_testing(not hangs, attempts=1000, cap=True):
        async with connected(sandbox, **timeouts) as client:
            result = await client.call_tool(tool, arguments(tool, sandbox))

    assert result.is_error, result.content
    message = assert_actionable(tool, result.content[0].text)
    expected = EXPECTED[fault].of(tool)
    for words in expected.says:
        assert words in message, f"{words!r} missing from {message!r}"
    assert requests_to(sandbox, PATHS[tool]) == expected.requests
    assert sandbox.writes() == []


class Unreachable:
    """A network on which every request fails to connect, except an interview's probe read."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.interview = sandbox.store.interview_named("Backend Engineer")
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = "/" + request.url.path.rsplit("/", 1)[-1]
        self.requests.append(path)
        if path == "/job-interview-get":
            row = {"id": self.interview["id"], "name": "Backend Engineer", "is_multistage": False}
            return httpx.Response(200, json=row)
        raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize("tool", PATHS)
async def test_a_connection_that_cannot_be_made_ends_in_a_tool_error_that_says_nothing_was_sent(
    tool: str,
) -> None:
    network = Unreachable(Sandbox())

    async with connected_to(network) as client:
        result = await client.call_tool(tool, arguments(tool, Sandbox()))

    assert result.is_error, result.content
    message = assert_actionable(tool, result.content[0].text)
    expected = EXPECTED[CONNECT_ERROR].of(tool)
    for words in expected.says:
        assert words in message, f"{words!r} missing from {message!r}"
    assert network.requests.count(PATHS[tool]) == expected.requests


@pytest.mark.parametrize("tool", WRITES)
async def test_a_write_whose_check_read_is_named_in_its_error_is_a_tool_this_server_offers(
    tool: str,
) -> None:
    sandbox = Sandbox()
    sandbox.inject(PATHS[tool], "502")

    async with connected(sandbox) as client:
        offered = {t.name for t in (await client.list_tools()).tools}
        message = (await client.call_tool(tool, arguments(tool, sandbox))).content[0].text

    check_with = OPERATIONS[tool].check_with
    assert check_with in offered
    assert f"check with {check_with} whether it took effect" in message


def test_every_write_operation_names_a_read_tool_to_check_it_with_or_none() -> None:
    from jobmojito_mcp.tools.catalog import TOOLS

    reads = {spec.name for spec in TOOLS if spec.read_only}
    named = {op.check_with for op in OPERATIONS.values() if not op.is_read} - {None}

    assert named <= reads


def _doc_rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| `") and len(cells) == 5:
            rows[cells[0].strip("`")] = cells
    return rows


def test_the_fault_matrix_in_the_docs_lists_every_fault_with_the_request_counts_observed() -> None:
    rows = _doc_rows()

    assert sorted(rows) == sorted({*FAULT_KINDS, CONNECT_ERROR})
    for fault, (_, read_requests, _, write_requests, _) in rows.items():
        observed = EXPECTED[fault]
        assert re.match(rf"{observed.read.requests}\b", read_requests), (fault, read_requests)
        assert re.match(rf"{observed.write.requests}\b", write_requests), (fault, write_requests)
