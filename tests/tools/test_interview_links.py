"""Registering candidates for an interview, end to end against the sandbox."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import anyio
import pytest
from mcp import Client

from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

REGISTER = "/job-interview-register-users"


@asynccontextmanager
async def connect(sandbox, **settings):
    server = build_server(Settings(sandbox=True, toolsets="all", **settings), sandbox=sandbox)
    async with Client(server) as client:
        yield client


def people(count, start=0):
    return [
        {"email": f"person{n}@mail.example", "name": f"Person {n}"}
        for n in range(start, start + count)
    ]


def active_interview(sandbox):
    return sandbox.store.interview_named("Backend Engineer")["id"]


async def test_every_registered_person_gets_a_link_and_a_candidate_id(client, sandbox):
    interview_id = active_interview(sandbox)

    registered = data_of(
        await client.call_tool(
            "register_users_for_interview", {"interview_id": interview_id, "users": people(2)}
        )
    )

    assert registered["summary"] == "2 of 2 registered"
    assert registered["interview_id"] == interview_id
    assert [row["email"] for row in registered["rows"]] == [p["email"] for p in people(2)]
    assert all(row["interview_url"].startswith("http") for row in registered["rows"])
    assert all(row["candidate_id"] in sandbox.store.candidates for row in registered["rows"])
    (write,) = sandbox.writes()
    assert write.json["interview_id"] == interview_id
    assert write.json["send_email"] is False
    assert "is_test" not in write.json


async def test_a_mixed_batch_leads_with_the_count_and_lists_each_failure(client, sandbox):
    users = [*people(2), {"email": "not-an-email"}]

    registered = data_of(
        await client.call_tool(
            "register_users_for_interview",
            {"interview_id": active_interview(sandbox), "users": users},
        )
    )

    assert registered["summary"] == "2 of 3 registered, 1 failed"
    assert next(iter(registered)) == "summary"
    (problem,) = registered["problems"]
    assert problem["email"] == "not-an-email"
    assert "invalid email" in problem["reason"]
    assert registered["rows"][2] == {"email": "not-an-email", "error": problem["reason"]}


async def test_a_batch_where_nobody_is_registered_is_an_error(client, sandbox):
    users = [{"email": "first-bad"}, {"email": "second-bad"}]

    message = error_of(
        await client.call_tool(
            "register_users_for_interview",
            {"interview_id": active_interview(sandbox), "users": users},
        )
    )

    assert "0 of 2 registered, 2 failed" in message
    assert "first-bad" in message and "second-bad" in message


async def test_a_large_batch_goes_in_parts_of_fifty_with_progress_after_each(sandbox):
    seen: list[tuple[float, float | None]] = []

    async def on_progress(progress, total, message):
        seen.append((progress, total))

    async with connect(sandbox, max_result_chars=500_000) as client:
        registered = data_of(
            await client.call_tool(
                "register_users_for_interview",
                {"interview_id": active_interview(sandbox), "users": people(120)},
                progress_callback=on_progress,
            )
        )

    assert [len(w.json["users"]) for w in sandbox.writes()] == [50, 50, 20]
    assert seen == [(50, 120), (100, 120), (120, 120)]
    assert registered["summary"] == "120 of 120 registered"
    assert [row["email"] for row in registered["rows"]] == [p["email"] for p in people(120)]


async def test_a_part_that_fails_after_others_succeeded_keeps_the_links_already_made(
    client, sandbox
):
    outcome = {}

    async def register():
        outcome["result"] = await client.call_tool(
            "register_users_for_interview",
            {"interview_id": active_interview(sandbox), "users": people(120)},
        )

    async with anyio.create_task_group() as group:
        first = sandbox.hold(REGISTER)
        group.start_soon(register)
        await first.arrived()
        second = sandbox.hold(REGISTER)
        first.release()
        await second.arrived()
        sandbox.inject(REGISTER, "500")
        second.release()

    registered = data_of(outcome["result"])
    assert registered["summary"] == "50 of 120 registered, 70 failed"
    assert all("interview_url" in row for row in registered["rows"][:50])
    problems = registered["problems"]
    assert problems[0]["email"] == "person50@mail.example"
    assert "not confirmed" in problems[0]["reason"]
    assert "not sent" in problems[50]["reason"]
    assert any("people 51 to 100" in note for note in registered["notes"])


async def test_rows_beyond_the_result_budget_are_left_out_with_a_way_to_get_them(sandbox):
    async with connect(sandbox, max_result_chars=3000) as client:
        registered = data_of(
            await client.call_tool(
                "register_users_for_interview",
                {"interview_id": active_interview(sandbox), "users": people(40)},
            )
        )

    assert registered["summary"] == "40 of 40 registered"
    kept = len(registered["rows"])
    assert 0 < kept < 40
    assert [row["email"] for row in registered["rows"]] == [p["email"] for p in people(kept)]
    (note,) = registered["notes"]
    assert "generate_interview_url" in note
    assert f"register at most {kept} people per call" in note


async def test_more_people_than_the_batch_limit_are_refused_before_any_request(sandbox):
    async with connect(sandbox, max_batch_users=3) as client:
        message = error_of(
            await client.call_tool(
                "register_users_for_interview",
                {"interview_id": active_interview(sandbox), "users": people(4)},
            )
        )

    assert "at most 3" in message
    assert sandbox.requests == []


async def test_an_empty_list_of_people_is_refused_before_any_request(client, sandbox):
    message = error_of(
        await client.call_tool(
            "register_users_for_interview",
            {"interview_id": active_interview(sandbox), "users": []},
        )
    )

    assert "users" in message
    assert sandbox.requests == []


async def test_a_candidate_id_is_not_registered_for_as_an_interview(client, sandbox):
    listed = data_of(await client.call_tool("list_candidates", {"limit": 5}))
    candidate_id = listed["candidates"][0]["candidate_id"]

    message = error_of(
        await client.call_tool(
            "register_users_for_interview", {"interview_id": candidate_id, "users": people(1)}
        )
    )

    assert "candidate id" in message
    assert sandbox.writes() == []


async def test_a_result_row_id_is_not_registered_for_as_an_interview(client, sandbox):
    arguments = {"limit": 5, "fields": "full"}
    listed = data_of(await client.call_tool("list_interview_results", arguments))

    message = error_of(
        await client.call_tool(
            "register_users_for_interview",
            {"interview_id": listed["results"][0]["id"], "users": people(1)},
        )
    )

    assert "result row id" in message
    assert sandbox.writes() == []


async def test_a_draft_interview_takes_test_registrations_only(client, sandbox):
    draft = sandbox.store.interview_named("Data Analyst Intern")["id"]
    arguments = {"interview_id": draft, "users": people(1)}

    message = error_of(await client.call_tool("register_users_for_interview", arguments))
    tested = data_of(
        await client.call_tool("register_users_for_interview", {**arguments, "is_test": True})
    )

    assert "set_interview_state" in message and "is_test" in message
    assert "not an interview id" not in message
    assert tested["summary"] == "1 of 1 registered"


async def test_emails_and_links_never_reach_the_log(client, sandbox, caplog):
    caplog.set_level(logging.DEBUG)

    registered = data_of(
        await client.call_tool(
            "register_users_for_interview",
            {"interview_id": active_interview(sandbox), "users": people(2)},
        )
    )

    logged = "\n".join(record.getMessage() for record in caplog.records)
    for row in registered["rows"]:
        assert row["email"] not in logged
        assert row["interview_url"] not in logged
