"""The id layer's signature behaviour, end to end: a result row id stands in for its result.

Result rows carry two ids, the row's own (`row_id`) and the interview attempt's
(`interview_result_id`); only the second opens a result. A model that lists results and
passes the wrong one gets the right result, told so, or a refusal when the row has no
attempt to open.
"""

from __future__ import annotations

from tests.helpers import data_of, error_of

DETAILS = "/job-interview-details"


def details_requests(sandbox):
    return [r for r in sandbox.requests if r.path == DETAILS]


async def listed_row(client, row_id):
    """The row as the API gave it (fields='full'), its own id also under `row_id`."""
    arguments = {"limit": 1000, "fields": "full"}
    listing = data_of(await client.call_tool("list_interview_results", arguments))
    row = next(row for row in listing["results"] if row["id"] == row_id)
    return {**row, "row_id": row["id"]}


async def test_a_row_id_opens_that_rows_interview_result_and_says_it_was_replaced(client, sandbox):
    row = await listed_row(client, sandbox.store.finished_result()["id"])

    details = data_of(
        await client.call_tool(
            "get_interview_result_details", {"interview_result_id": row["row_id"]}
        )
    )

    assert details["interview_result_id"] == row["interview_result_id"]
    (note,) = details["notes"]
    assert row["row_id"] in note and row["interview_result_id"] in note
    assert "result row id" in note
    (request,) = details_requests(sandbox)
    assert request.query["interview_result_id"] == row["interview_result_id"]


async def test_a_row_without_an_attempt_is_refused_without_a_detail_request(client, sandbox):
    row = await listed_row(client, sandbox.store.result_without_attempt()["id"])
    assert "interview_result_id" not in row

    message = error_of(
        await client.call_tool(
            "get_interview_result_details", {"interview_result_id": row["row_id"]}
        )
    )

    assert row["row_id"] in message
    assert "no interview attempt yet" in message
    assert "list_interview_results" in message
    assert details_requests(sandbox) == []
