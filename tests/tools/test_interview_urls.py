"""Signed links to interviews and results, end to end against the sandbox."""

from __future__ import annotations

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

TOKEN = "/job-interview-token"


def active_interview(sandbox):
    return sandbox.store.interview_named("Backend Engineer")["id"]


async def test_a_candidates_interview_link_is_signed_for_both_ids(client, sandbox):
    listed = data_of(await client.call_tool("list_candidates", {"limit": 3}))
    candidate_id = listed["candidates"][0]["candidate_id"]
    interview_id = active_interview(sandbox)

    link = data_of(
        await client.call_tool(
            "generate_interview_url",
            {
                "type": "interview-for-profile",
                "interview_id": interview_id,
                "candidate_id": candidate_id,
            },
        )
    )

    assert link["url"].startswith("http")
    assert link["candidate_id"] == candidate_id
    (request,) = [r for r in sandbox.requests if r.path == TOKEN]
    assert request.json["interview_profile_id"] == candidate_id
    assert request.json["interview_id"] == interview_id
    assert "candidate_id" not in request.json


@pytest.mark.parametrize(
    ("arguments", "missing"),
    [
        ({"type": "interview-for-profile", "interview_id": "x"}, "candidate_id"),
        ({"type": "results-for-profile"}, "candidate_id"),
        ({"type": "interview-result-candidate"}, "interview_result_id"),
        ({"type": "interview-result-talent-seeker"}, "interview_result_id"),
        ({"type": "interview-results-for-position"}, "interview_id"),
    ],
)
async def test_a_link_type_without_its_ids_names_the_missing_argument(
    client, sandbox, arguments, missing
):
    message = error_of(await client.call_tool("generate_interview_url", arguments))

    assert f"{missing} is missing" in message
    assert arguments["type"] in message
    assert sandbox.requests == []


async def test_an_id_the_link_type_does_not_use_is_refused(client, sandbox):
    message = error_of(
        await client.call_tool(
            "generate_interview_url",
            {
                "type": "interview-results-for-position",
                "interview_id": active_interview(sandbox),
                "interview_result_id": "anything",
            },
        )
    )

    assert "not interview_result_id" in message
    assert sandbox.requests == []


async def test_a_result_link_for_a_row_id_is_signed_for_that_rows_interview_result(client, sandbox):
    finished = sandbox.store.finished_result()
    data_of(await client.call_tool("list_interview_results", {"limit": 1000}))

    link = data_of(
        await client.call_tool(
            "generate_interview_url",
            {"type": "interview-result-talent-seeker", "interview_result_id": finished["id"]},
        )
    )

    assert link["interview_result_id"] == finished["interview_result_id"]
    assert any("result row id" in note for note in link["notes"])
    (request,) = [r for r in sandbox.requests if r.path == TOKEN]
    assert request.json["interview_result_id"] == finished["interview_result_id"]
