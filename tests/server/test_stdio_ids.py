"""The id layer's behaviours hold over a real stdio subprocess, in one session."""

import pytest
from mcp import Client

from jobmojito_mcp.demo import server_parameters
from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio


async def test_the_id_layer_corrects_refuses_and_resolves_over_stdio():
    async with Client(server_parameters("--toolsets", "all")) as client:
        arguments = {"limit": 50, "fields": "full"}
        raw = data_of(await client.call_tool("list_interview_results", arguments))["results"]
        rows = [
            {
                **r,
                "row_id": r["id"],
                "candidate_id": r["profile_interview_id"],
                "interview_id": r["definition_id"],
            }
            for r in raw
        ]
        finished = next(r for r in rows if r.get("interview_result_id"))
        unstarted = next(r for r in rows if not r.get("interview_result_id"))

        corrected = data_of(
            await client.call_tool(
                "get_interview_result_details",
                {"interview_result_id": finished["row_id"], "view": "summary"},
            )
        )
        no_attempt = error_of(
            await client.call_tool(
                "request_another_interview_attempt", {"interview_result_id": unstarted["row_id"]}
            )
        )
        wrong_kind = error_of(
            await client.call_tool(
                "set_interview_state",
                {"interview_id": finished["candidate_id"], "status": "active"},
            )
        )
        by_alias = data_of(
            await client.call_tool(
                "list_interview_results",
                {
                    "definition_id": finished["interview_id"],
                    "profile_interview_id": finished["candidate_id"],
                },
            )
        )
        by_name = data_of(
            await client.call_tool("get_interview_definition", {"position_id": "Backend Engineer"})
        )
        unknown_argument = error_of(
            await client.call_tool("list_candidates", {"interview_id": finished["interview_id"]})
        )

    assert corrected["interview_result_id"] == finished["interview_result_id"]
    assert "result row id" in corrected["notes"][0]
    assert "no interview attempt yet" in no_attempt
    assert "is a candidate id" in wrong_kind
    assert all(r["candidate_id"] == finished["candidate_id"] for r in by_alias["results"])
    assert by_alias["results"]
    assert by_name["name"] == "Backend Engineer"
    assert "list_candidates does not take 'interview_id'" in unknown_argument
