"""What the fault tests share: the tools under test, a server on a sandbox, and what to expect.

`EXPECTED` is the fault matrix as the tests observe it: for each fault, how many requests
reach the faulted path and which words the tool error must carry, for a read and a write.
`docs/faults.md` shows the same matrix to readers, and a test keeps the two in step.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from mcp import Client

from jobmojito_mcp.sandbox import Sandbox
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings

# The tools every fault is tried on, and the API path each one's own request goes to.
READS = {
    "list_interviews": "/merchant-interview-list",
    "get_interview_result_details": "/job-interview-details",
}
WRITES = {
    "set_interview_state": "/job-interview-set-state",
    "register_users_for_interview": "/job-interview-register-users",
}
PATHS = {**READS, **WRITES}

# Seconds: the one place these tests let time pass, for the faults that never answer.
TINY_TIMEOUT = 0.2
CONNECT_ERROR = "connect_error"


def arguments(tool: str, sandbox: Sandbox) -> dict[str, Any]:
    """Arguments that succeed on a healthy sandbox."""
    store = sandbox.store
    interview_id = store.interview_named("Backend Engineer")["id"]
    return {
        "list_interviews": {"limit": 5},
        "get_interview_result_details": {
            "interview_result_id": store.finished_result()["interview_result_id"],
            "view": "summary",
        },
        "set_interview_state": {"interview_id": interview_id, "status": "active"},
        "register_users_for_interview": {
            "interview_id": interview_id,
            "users": [{"email": "zoe.kowalczyk@example.com", "name": "Zoë Kowalczyk"}],
        },
    }[tool]


@asynccontextmanager
async def connected(sandbox: Sandbox, **settings: Any) -> AsyncIterator[Client]:
    """An in-memory MCP client on a server over `sandbox`, with every toolset."""
    server = build_server(Settings(sandbox=True, toolsets="all", **settings), sandbox=sandbox)
    async with Client(server) as client:
        yield client


@asynccontextmanager
async def connected_to(
    handler: Any, *, token: str = "jm_fault_tests_token_0123456789", **settings: Any
) -> AsyncIterator[Client]:
    """An in-memory MCP client on a server whose network is `httpx.MockTransport(handler)`."""
    server = build_server(
        Settings(api_token=token, toolsets="all", **settings),
        transport=httpx.MockTransport(handler),
    )
    async with Client(server) as client:
        yield client


def requests_to(sandbox: Sandbox, path: str) -> int:
    return sum(1 for request in sandbox.requests if request.path == path)


# Words that open a next step in this server's error texts.
_NEXT_STEP = re.compile(
    r"\b(Check|check|Try|try|Set|Put|Use|Pass|Correct|Send|Wait|wait|List|fetch|call again)\b"
)


def assert_actionable(tool: str, text: str) -> str:
    """The error text after the SDK's prefix, checked to hold a cause and a next step."""
    prefix = f"Error executing tool {tool}: "
    assert text.startswith(prefix) or not text.startswith("Error executing tool"), text
    message = text.removeprefix(prefix)
    assert message.strip(), f"{tool} crashed: {text!r}"
    assert "Traceback" not in message and 'File "' not in message, message
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", message.strip()) if s]
    assert len(sentences) >= 2, f"no cause and next step in {message!r}"
    assert _NEXT_STEP.search(message), f"no next step in {message!r}"
    return message


@dataclass(frozen=True)
class Outcome:
    """What one fault does to a call: requests on the faulted path, and words in the error."""

    requests: int
    says: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    read: Outcome
    write: Outcome

    def of(self, tool: str) -> Outcome:
        return self.read if tool in READS else self.write


_UNSURE = ("may or may not have been made", "before trying again")
_ON_THEIR_SIDE = ("JobMojito's side", "try again")

# Requests count the faulted path only; retry_attempts is the default, 3.
EXPECTED: dict[str, Row] = {
    "401": Row(Outcome(1, ("JOBMOJITO_API_TOKEN",)), Outcome(1, ("JOBMOJITO_API_TOKEN",))),
    "403": Row(Outcome(1, ("will not help",)), Outcome(1, ("will not help",))),
    "404": Row(Outcome(1, ("id",)), Outcome(1, ("is not an interview id", "list_interviews"))),
    "409": Row(Outcome(1, ("conflict",)), Outcome(1, ("conflict",))),
    "422": Row(Outcome(1, ("Correct",)), Outcome(1, ("Correct",))),
    "429": Row(Outcome(3, ("3 attempts", "wait")), Outcome(1, ("Nothing was done", "wait"))),
    "500": Row(Outcome(1, _ON_THEIR_SIDE), Outcome(1, _UNSURE)),
    "502": Row(Outcome(3, ("3 attempts", *_ON_THEIR_SIDE)), Outcome(1, _UNSURE)),
    "503": Row(Outcome(3, ("3 attempts", *_ON_THEIR_SIDE)), Outcome(1, _UNSURE)),
    "504": Row(Outcome(3, ("3 attempts", *_ON_THEIR_SIDE)), Outcome(1, _UNSURE)),
    "html": Row(Outcome(3, ("HTTP 502", "3 attempts")), Outcome(1, ("HTTP 502", *_UNSURE))),
    "malformed_json": Row(
        Outcome(1, ("malformed JSON", "try again")), Outcome(1, ("malformed JSON", *_UNSURE))
    ),
    "empty": Row(
        Outcome(1, ("an empty body", "try again")), Outcome(1, ("an empty body", *_UNSURE))
    ),
    "hang": Row(
        Outcome(1, (f"within {TINY_TIMEOUT:g} seconds", "Try again")),
        Outcome(1, (f"within {TINY_TIMEOUT:g} seconds", *_UNSURE)),
    ),
    CONNECT_ERROR: Row(
        Outcome(3, ("Could not connect", "3 attempts", "Nothing reached JobMojito")),
        Outcome(1, ("Could not connect", "Nothing reached JobMojito")),
    ),
}
