"""list_candidates end to end: compact rows, filters in the API's spelling, remembered ids."""

from __future__ import annotations

from tests.helpers import data_of, error_of

CANDIDATES = "/merchant-candidate-list"
COMPACT = {
    "candidate_id",
    "person_id",
    "name",
    "email",
    "status",
    "interview_count",
    "interview_last",
    "admin_url",
}


def sent(sandbox, path):
    return [r for r in sandbox.requests if r.path == path]


async def test_compact_rows_carry_candidate_and_person_ids_under_our_names(client, sandbox):
    listing = data_of(await client.call_tool("list_candidates", {"limit": 5}))

    rows = listing["candidates"]
    assert len(rows) == 5
    assert all(set(row) <= COMPACT for row in rows)
    first = rows[0]
    stored = sandbox.store.candidates[first["candidate_id"]]
    assert first["person_id"] == stored["profile_id"]
    assert first["admin_url"].endswith(f"/candidates/{first['candidate_id']}")
    assert listing["page"]["next_offset"] == 5


async def test_full_rows_are_the_apis_own_rows(client):
    listing = data_of(await client.call_tool("list_candidates", {"limit": 1, "fields": "full"}))

    (row,) = listing["candidates"]
    assert {"id", "profile_id", "phone_number"} <= set(row)


async def test_filters_reach_the_endpoint_and_name_order_uses_the_apis_spelling(client, sandbox):
    data_of(
        await client.call_tool(
            "list_candidates",
            {
                "filter_text": "müller",
                "tab": "interview",
                "source": "invited",
                "order_by": "name_ascending",
            },
        )
    )

    (request,) = sent(sandbox, CANDIDATES)
    assert request.query["filter_text"] == "müller"
    assert request.query["tab"] == "interview"
    assert request.query["source"] == "invited"
    assert request.query["order_by"] == "name_accending"


async def test_a_search_returns_only_matching_candidates(client, sandbox):
    listing = data_of(await client.call_tool("list_candidates", {"filter_text": "zoë"}))

    assert listing["candidates"]
    assert all("zoë" in row["name"].casefold() for row in listing["candidates"])


async def test_a_listed_candidate_id_passed_as_an_interview_is_refused_before_any_request(
    client, sandbox
):
    listing = data_of(await client.call_tool("list_candidates", {"limit": 1}))
    candidate_id = listing["candidates"][0]["candidate_id"]

    message = error_of(
        await client.call_tool("get_merchant_credit_usage", {"interview_id": candidate_id})
    )

    assert "is a candidate id" in message and "not an interview id" in message
    assert sent(sandbox, "/merchant-analytics-credits-used") == []


async def test_a_listed_candidate_id_filters_results_as_profile_interview_id(client, sandbox):
    listing = data_of(await client.call_tool("list_candidates", {"tab": "interview", "limit": 1}))
    candidate_id = listing["candidates"][0]["candidate_id"]

    results = data_of(
        await client.call_tool("list_interview_results", {"candidate_id": candidate_id})
    )

    (request,) = sent(sandbox, "/merchant-result-list")
    assert request.query["profile_interview_id"] == candidate_id
    assert results["results"]


async def test_a_sub_merchants_candidates_are_listed_for_its_merchant_id(client, sandbox):
    sub = sandbox.store.sub_merchant_id

    listing = data_of(await client.call_tool("list_candidates", {"merchant_id": sub}))

    (request,) = sent(sandbox, CANDIDATES)
    assert request.query["merchant_id"] == sub
    assert {
        sandbox.store.candidates[r["candidate_id"]]["merchant_id"] for r in listing["candidates"]
    } == {sub}
