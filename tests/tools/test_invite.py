"""Inviting users: administrative roles gated by a setting, batch outcomes, interview ids."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

INVITE = "/invite-users"


@asynccontextmanager
async def connected(sandbox: Any, **overrides: Any) -> AsyncIterator[Any]:
    from mcp import Client

    from jobmojito_mcp.server import build_server
    from jobmojito_mcp.settings import Settings

    server = build_server(Settings(sandbox=True, toolsets="all", **overrides), sandbox=sandbox)
    async with Client(server) as client:
        yield client


def member_email(sandbox: Any) -> str:
    store = sandbox.store
    return next(
        m["email"]
        for m in store.team
        if m["merchant_id"] == store.main_merchant_id and m["status"] == "active"
    )


@pytest.mark.parametrize("role", ["merchant_owner", "merchant", "merchant_selection"])
async def test_an_administrative_role_is_refused_by_default(
    client: Any, sandbox: Any, role: str
) -> None:
    message = error_of(
        await client.call_tool(
            "invite_users", {"users": [{"email": "new.lead@example.org", "type": role}]}
        )
    )

    assert "users[0].type" in message
    assert "JOBMOJITO_ALLOW_ADMIN_INVITES" in message
    assert "candidates" in message
    assert sandbox.requests == []


async def test_an_administrative_role_is_allowed_when_the_setting_is_on(sandbox: Any) -> None:
    async with connected(sandbox, allow_admin_invites=True) as client:
        data = data_of(
            await client.call_tool(
                "invite_users",
                {"users": [{"email": "new.lead@example.org", "name": "Nia", "type": "merchant"}]},
            )
        )

    assert data["summary"] == "1 of 1 invited"
    assert sandbox.writes()[-1].json["users"] == [
        {"email": "new.lead@example.org", "name": "Nia", "type": "merchant"}
    ]


async def test_a_mixed_batch_is_summarised_with_each_problem(client: Any, sandbox: Any) -> None:
    data = data_of(
        await client.call_tool(
            "invite_users",
            {
                "users": [
                    {"email": "learner@example.org", "type": "user"},
                    {"email": member_email(sandbox), "type": "mentor"},
                    {"email": "not-an-email", "type": "user"},
                ]
            },
        )
    )

    assert data["summary"] == "1 of 3 invited, 1 failed, 1 skipped"
    assert (data["succeeded"], data["failed"], data["skipped"]) == (1, 1, 1)
    outcomes = {p["email"]: p["outcome"] for p in data["problems"]}
    assert outcomes == {member_email(sandbox): "skipped", "not-an-email": "failed"}
    assert [row["result"] for row in data["rows"]] == [
        "Invited",
        "Skipped",
        data["rows"][2]["result"],
    ]
    assert data["rows"][0]["person_id"]


async def test_a_batch_where_nothing_succeeds_is_an_error(client: Any) -> None:
    message = error_of(
        await client.call_tool("invite_users", {"users": [{"email": "nope", "type": "user"}]})
    )

    assert "Nothing succeeded" in message


async def test_a_candidate_without_an_interview_is_refused(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool(
            "invite_users", {"users": [{"email": "cand@example.org", "type": "candidate"}]}
        )
    )

    assert "users[0].interview_id" in message
    assert sandbox.requests == []


async def test_each_candidate_interview_is_resolved_and_placed_in_its_own_entry(
    client: Any, sandbox: Any
) -> None:
    backend = sandbox.store.interview_named("Backend Engineer")["id"]
    position = sandbox.store.position()["id"]

    data = data_of(
        await client.call_tool(
            "invite_users",
            {
                "users": [
                    {
                        "email": "a@example.org",
                        "type": "candidate",
                        "interview_id": "Backend Engineer",
                    },
                    {"email": "b@example.org", "type": "candidate", "interview_id": position},
                    {"email": "c@example.org", "type": "user"},
                ]
            },
        )
    )

    users = sandbox.writes()[-1].json["users"]
    assert [u.get("interview_id") for u in users] == [backend, position, None]
    assert data["summary"] == "3 of 3 invited"
    assert data["rows"][0]["candidate_id"] in sandbox.store.candidates
    assert any("Backend Engineer" in note for note in data["notes"])


async def test_an_interview_id_of_another_kind_is_refused_without_a_write(
    client: Any, sandbox: Any
) -> None:
    candidates = data_of(await client.call_tool("list_candidates", {"limit": 1}))
    candidate_id = candidates["candidates"][0]["candidate_id"]

    message = error_of(
        await client.call_tool(
            "invite_users",
            {
                "users": [
                    {"email": "a@example.org", "type": "candidate", "interview_id": candidate_id}
                ]
            },
        )
    )

    assert "users[0].interview_id" in message
    assert sandbox.writes() == []


async def test_more_users_than_the_limit_are_refused(sandbox: Any) -> None:
    users = [{"email": f"p{i}@example.org"} for i in range(3)]
    async with connected(sandbox, max_batch_users=2) as client:
        message = error_of(await client.call_tool("invite_users", {"users": users}))

    assert "limit of 2" in message
    assert sandbox.requests == []


async def test_an_unknown_key_in_a_user_is_refused_rather_than_dropped(
    client: Any, sandbox: Any
) -> None:
    message = error_of(
        await client.call_tool("invite_users", {"users": [{"email": "a@example.org", "role": "x"}]})
    )

    assert "'role'" in message
    assert sandbox.requests == []
