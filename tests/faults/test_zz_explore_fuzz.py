"""Any arguments, valid or not, end every tool call in a result or a tool error, never a crash.

For each tool the server offers (toolsets "all"), hypothesis draws arguments from the tool's
own input schema, salted with the sandbox's real ids and names, one way to break them, and
one string to make huge. Each example gets a fresh sandbox and server and makes three
calls: the broken arguments must be refused before any request reaches the sandbox; the
valid and the huge ones must end in a result or a tool error. A crash is any exception
reaching the client, an SDK error text with nothing after "Error executing tool <name>",
or the SDK logging an unexpected exception.
"""

from __future__ import annotations

import logging
from collections import Counter
from functools import cache
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mcp import Client

from jobmojito_mcp.sandbox import Sandbox
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from tests.faults.schema_strategies import (
    HUGE,
    arguments,
    broken,
    sandbox_values,
    unbounded_strings,
)

import os

EXAMPLES_PER_TOOL = int(os.environ.get("FUZZ_N", "25"))
CALLS: Counter[str] = Counter()
OUTCOMES: Counter = Counter()
from collections import defaultdict

ERRS = defaultdict(list)

SETTINGS = Settings(sandbox=True, toolsets="all")


@cache
def tool_schemas() -> dict[str, dict[str, Any]]:
    """Each offered tool's input schema, as a client sees it in tools/list."""

    async def listed() -> dict[str, dict[str, Any]]:
        async with Client(build_server(SETTINGS)) as client:
            return {tool.name: tool.input_schema for tool in (await client.list_tools()).tools}

    return anyio.run(listed)


@cache
def pool() -> dict[str, list[str]]:
    return sandbox_values()


class CrashLog(logging.Handler):
    """The SDK's record of a tool that raised something other than a tool error."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.crashes: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if "unexpected exception" in record.getMessage():
            self.crashes.append(record.getMessage())


def _short(args: dict[str, Any]) -> str:
    text = repr(args)
    return text if len(text) < 600 else text[:600] + "..."


async def call(client: Client, tool: str, args: dict[str, Any], crashes: CrashLog) -> Any:
    """The tool's result, after checking that nothing crashed on the way."""
    CALLS[tool] += 1
    shown = f"{tool}({_short(args)})"
    try:
        result = await client.call_tool(tool, args)
    except Exception as exc:  # anything the client raises fails the property
        raise AssertionError(f"{shown} raised {type(exc).__name__}: {exc}") from exc
    assert not crashes.crashes, f"{shown} crashed: {crashes.crashes}"
    assert result.content, f"{shown} returned no content"
    text = result.content[0].text
    assert text.strip() != f"Error executing tool {tool}", f"{shown} crashed: {text!r}"
    assert "Traceback" not in text, f"{shown} leaked a traceback: {text[:500]}"
    return result


async def exercise(tool: str, invalid: tuple[str, dict[str, Any]], *others: dict[str, Any]) -> None:
    what, arguments_ = invalid
    sandbox = Sandbox()
    crashes = CrashLog()
    sdk_log = logging.getLogger("mcp.server.mcpserver.server")
    sdk_log.addHandler(crashes)
    try:
        async with Client(build_server(SETTINGS, sandbox=sandbox)) as client:
            refused = await call(client, tool, arguments_, crashes)
            assert refused.is_error, f"{tool} accepted arguments with {what}: {_short(arguments_)}"
            assert sandbox.requests == [], f"{tool} sent a request for arguments with {what}"

            for args in others:
                outcome = await call(client, tool, args, crashes)
                OUTCOMES[tool, "error" if outcome.is_error else "ok"] += 1
                if outcome.is_error:
                    ERRS[tool].append(outcome.content[0].text[:200])
    finally:
        sdk_log.removeHandler(crashes)


@pytest.mark.parametrize("tool", sorted(tool_schemas()))
@settings(
    max_examples=EXAMPLES_PER_TOOL,
    derandomize=False,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_tool_answers_any_arguments_with_a_result_or_a_tool_error(
    tool: str, data: st.DataObject
) -> None:
    schema = tool_schemas()[tool]
    valid = data.draw(arguments(schema, pool()), label="arguments")
    invalid = data.draw(st.sampled_from(broken(schema, valid)), label="broken")
    calls = [valid]
    if unbounded := unbounded_strings(schema, valid):
        huge = data.draw(st.sampled_from(unbounded), label="made huge")
        calls.append({**valid, huge: "x" * HUGE})

    # Drawn outside the event loop: hypothesis stops a run by raising from a draw.
    anyio.run(exercise, tool, invalid, *calls)


def test_zz_the_fuzz_covered_every_tool_the_server_offers() -> None:
    """Runs after the fuzz in this module: every tool was called."""
    if not CALLS:
        pytest.skip("the fuzz tests did not run in this session")
    assert set(tool_schemas()) <= set(CALLS), set(tool_schemas()) - set(CALLS)
    print(f"\nfuzz: {sum(CALLS.values())} calls over {len(CALLS)} tools")
    for t in sorted(tool_schemas()):
        print(
            t,
            OUTCOMES[t, "ok"],
            OUTCOMES[t, "error"],
            Counter(e[:110] for e in ERRS[t]).most_common(4),
        )
