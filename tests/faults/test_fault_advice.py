"""The advice in each fault's tool error is specific: whose merchant, which argument, when to retry.

The matrix test checks every fault in general; these pin the parts of a message that depend
on the call: the merchant acted for, the id the layer checked, our name for a rejected field,
the Retry-After JobMojito sent, and the server's own retry_attempts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
import stamina
from stamina.instrumentation import get_on_retry_hooks, set_on_retry_hooks

from jobmojito_mcp.sandbox import Sandbox
from tests.faults.scenarios import (
    PATHS,
    TINY_TIMEOUT,
    arguments,
    connected,
    connected_to,
    requests_to,
)
from tests.helpers import data_of, error_of

LIST = PATHS["list_interviews"]


@pytest.mark.parametrize("tool", ["list_interviews", "register_users_for_interview"])
async def test_a_refusal_names_the_merchant_acted_for_and_that_other_arguments_will_not_help(
    tool: str,
) -> None:
    sandbox = Sandbox()
    sub_merchant = sandbox.store.sub_merchant_id
    sandbox.inject(PATHS[tool], "403")

    async with connected(sandbox, merchant_id=sub_merchant) as client:
        message = error_of(await client.call_tool(tool, arguments(tool, sandbox)))

    assert f"for merchant {sub_merchant}" in message
    assert "changing the other arguments will not help" in message


async def test_a_refusal_without_a_merchant_says_it_was_the_tokens_own() -> None:
    sandbox = Sandbox()
    sandbox.inject(LIST, "403")

    async with connected(sandbox) as client:
        message = error_of(await client.call_tool("list_interviews", {}))

    assert "for the token's own merchant" in message


async def test_not_found_on_a_read_by_id_explains_the_id_and_where_to_get_one() -> None:
    sandbox = Sandbox()
    tool = "get_interview_result_details"
    sandbox.inject(PATHS[tool], "404")
    result_id = arguments(tool, sandbox)["interview_result_id"]

    async with connected(sandbox) as client:
        message = error_of(await client.call_tool(tool, arguments(tool, sandbox)))

    assert f"interview_result_id: {result_id} is not an interview result id" in message
    assert "from list_interview_results" in message


async def test_not_found_on_a_write_explains_the_id_and_where_to_get_one() -> None:
    sandbox = Sandbox()
    tool = "set_interview_state"
    sandbox.inject(PATHS[tool], "404")
    interview_id = arguments(tool, sandbox)["interview_id"]

    async with connected(sandbox) as client:
        message = error_of(await client.call_tool(tool, arguments(tool, sandbox)))

    assert f"interview_id: {interview_id} is not an interview id" in message
    assert "from list_interviews" in message


async def test_not_found_on_a_call_without_ids_points_at_the_api_address_not_an_id() -> None:
    sandbox = Sandbox()
    sandbox.inject(LIST, "404")

    async with connected(sandbox) as client:
        message = error_of(await client.call_tool("list_interviews", {}))

    assert "passed no id" in message
    assert "JOBMOJITO_API_URL" in message
    assert "Check the id" not in message


def rejecting(status: int, body: dict[str, Any]) -> Any:
    """A network that answers reads with an empty page or a definition, and writes with `body`."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/job-interview-get"):
            return httpx.Response(200, json={"id": request.url.params["position_id"]})
        if request.method == "GET" and body.get("on") != "GET":
            return httpx.Response(200, json={"data": [], "pagination": {"total": 0}})
        return httpx.Response(status, json={k: v for k, v in body.items() if k != "on"})

    return handler


@pytest.mark.parametrize(
    ("tool", "args", "upstream", "says"),
    [
        # One id of the field's kind was passed: the id layer explains that id.
        (
            "set_interview_state",
            {"interview_id": "d4c23ace-5d4c-5a21-b432-28ac00d88dc2", "status": "active"},
            "position_id",
            "interview_id: d4c23ace-5d4c-5a21-b432-28ac00d88dc2 is not an interview id",
        ),
        # Several were: JobMojito's words, with the field under our name.
        (
            "update_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "child_directory_ids": ["a-b", "c-d"]},
            "id",
            "the value of `catalogue_directory_id` for update_catalogue_directory (HTTP 422: "
            "catalogue_directory_id is invalid here). Correct `catalogue_directory_id`",
        ),
    ],
)
async def test_a_rejected_field_on_a_write_is_named_by_our_argument_name(
    tool: str, args: dict[str, Any], upstream: str, says: str
) -> None:
    body = {"error": f"{upstream} is invalid here", "name": upstream}

    async with connected_to(rejecting(422, body)) as client:
        message = error_of(await client.call_tool(tool, args))

    assert says in message
    assert f"`{upstream}`" not in message


async def test_a_rejected_field_on_a_read_is_named_by_our_argument_name() -> None:
    body = {
        "error": "profile_interview_id is not a UUID",
        "name": "profile_interview_id",
        "on": "GET",
    }

    async with connected_to(rejecting(422, body)) as client:
        message = error_of(await client.call_tool("list_interview_results", {}))

    assert "`candidate_id`" in message
    assert "profile_interview_id" not in message


@pytest.fixture
def waits() -> Iterator[list[float]]:
    """The backoff before each retry, as stamina schedules it, with real waits."""
    scheduled: list[float] = []
    hooks = get_on_retry_hooks()
    set_on_retry_hooks([lambda details: scheduled.append(details.wait_for)])
    try:
        with stamina.set_testing(False):
            yield scheduled
    finally:
        set_on_retry_hooks(hooks)


async def test_a_rate_limited_read_waits_out_a_short_retry_after_and_succeeds(
    waits: list[float],
) -> None:
    sandbox = Sandbox()
    sandbox.inject(LIST, "429", retry_after=0.01)

    async with connected(sandbox) as client:
        listing = data_of(await client.call_tool("list_interviews", {"limit": 3}))

    assert listing["interviews"]
    assert requests_to(sandbox, LIST) == 2
    assert waits == [pytest.approx(0.01, abs=0.005)]


async def test_a_rate_limited_read_does_not_wait_past_its_budget_and_says_when_to_retry() -> None:
    sandbox = Sandbox()
    sandbox.inject(LIST, "429", retry_after=120)

    async with connected(sandbox) as client:
        message = error_of(await client.call_tool("list_interviews", {}))

    assert requests_to(sandbox, LIST) == 1
    assert "wait about 2 minutes before trying again" in message


@pytest.mark.parametrize(("retry_after", "says"), [(30, "30 seconds"), (0.01, "1 second")])
async def test_a_rate_limited_write_is_not_retried_and_says_when_to_retry(
    retry_after: float, says: str
) -> None:
    sandbox = Sandbox()
    tool = "register_users_for_interview"
    sandbox.inject(PATHS[tool], "429", retry_after=retry_after, count=5)

    async with connected(sandbox) as client:
        message = error_of(await client.call_tool(tool, arguments(tool, sandbox)))

    assert requests_to(sandbox, PATHS[tool]) == 1
    assert f"Nothing was done; wait {says} before trying again" in message


@pytest.mark.parametrize("attempts", [1, 2, 5])
async def test_a_failing_read_is_tried_no_more_than_the_configured_retry_attempts(
    attempts: int,
) -> None:
    sandbox = Sandbox()
    sandbox.inject(LIST, "503", count=10)

    async with connected(sandbox, retry_attempts=attempts) as client:
        message = error_of(await client.call_tool("list_interviews", {}))

    assert requests_to(sandbox, LIST) == attempts
    assert ("attempts)" in message) == (attempts > 1)


async def test_a_read_that_fails_twice_then_answers_succeeds_on_its_third_attempt() -> None:
    sandbox = Sandbox()
    sandbox.inject(LIST, "502", count=2)

    async with connected(sandbox) as client:
        listing = data_of(await client.call_tool("list_interviews", {}))

    assert listing["interviews"]
    assert requests_to(sandbox, LIST) == 3


@pytest.mark.parametrize(
    ("tool", "check_with"),
    [
        ("set_interview_state", "get_interview_definition"),
        ("register_users_for_interview", "list_candidates"),
    ],
)
async def test_a_write_that_reached_jobmojito_and_got_no_answer_says_to_check_before_retrying(
    tool: str, check_with: str
) -> None:
    sandbox = Sandbox()
    hold = sandbox.hold(PATHS[tool])
    outcome: list[Any] = []

    async def call(client: Any) -> None:
        outcome.append(await client.call_tool(tool, arguments(tool, sandbox)))

    with stamina.set_testing(False):
        async with (
            connected(sandbox, timeout_read=TINY_TIMEOUT, timeout_long=TINY_TIMEOUT) as client,
            anyio.create_task_group() as tasks,
        ):
            tasks.start_soon(call, client)
            await hold.arrived()  # the write is with JobMojito now, and its answer is held
    hold.release()

    message = error_of(outcome[0])
    assert f"did not answer {tool} within {TINY_TIMEOUT:g} seconds" in message
    assert f"check with {check_with} whether it took effect before trying again" in message
    assert requests_to(sandbox, PATHS[tool]) == 1


@pytest.mark.parametrize("header", ["²", "soon", "-5", "1e3"])
async def test_a_garbled_retry_after_still_ends_in_advice_to_wait_a_minute(header: str) -> None:
    def limited(request: httpx.Request) -> httpx.Response:
        # As bytes: an HTTP header arrives as Latin-1, where "²" is one byte.
        headers = [(b"Retry-After", header.encode("latin-1"))]
        return httpx.Response(429, headers=headers, json={"error": "slow down"})

    async with connected_to(limited) as client:
        message = error_of(await client.call_tool("list_interviews", {}))

    assert "wait a minute before trying again" in message
