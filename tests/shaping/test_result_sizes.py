"""Default results are a fraction of the raw API answer, and the size budget is kept.

Measured against a sandbox account with 50 results. Sizes count what goes on the wire:
the text copy and the structured copy of a result.
"""

import json

import httpx
import pytest
from mcp import Client

from jobmojito_mcp.sandbox import API_PREFIX, OWNER_TOKEN, Sandbox
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from tests.helpers import data_of, error_of


def wire_size(result) -> int:
    text = result.content[0].text
    structured = result.structured_content
    return len(text) + (
        len(json.dumps(structured, ensure_ascii=False, separators=(",", ":"))) if structured else 0
    )


async def raw_answer(sandbox, path, params):
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sandbox" + API_PREFIX
    ) as http:
        response = await http.get(
            path, params=params, headers={"Authorization": f"Bearer {OWNER_TOKEN}"}
        )
    return response.text


@pytest.fixture
def sandbox():
    return Sandbox(rows=50)


async def connected(sandbox, **settings):
    return Client(build_server(Settings(sandbox=True, toolsets="all", **settings), sandbox=sandbox))


async def test_the_default_result_list_is_under_30_percent_of_the_raw_api_json(sandbox):
    raw = await raw_answer(sandbox, "/merchant-result-list", {"limit": 50})
    async with await connected(sandbox) as client:
        result = await client.call_tool("list_interview_results", {"limit": 50})

    share = wire_size(result) / len(raw)
    assert len(data_of(result)["results"]) == 50
    assert share < 0.30


async def test_a_finished_results_standard_view_is_under_half_the_raw_api_json(sandbox):
    row = sandbox.store.finished_result()
    raw = await raw_answer(
        sandbox, "/job-interview-details", {"interview_result_id": row["interview_result_id"]}
    )
    async with await connected(sandbox) as client:
        result = await client.call_tool(
            "get_interview_result_details", {"interview_result_id": row["interview_result_id"]}
        )

    data = data_of(result)
    share = wire_size(result) / len(raw)
    assert data["answers"] and all("candidate_answer" in a for a in data["answers"])
    assert "answer_assessment_raw_data" not in result.content[0].text
    assert share < 0.50


async def test_an_over_budget_list_comes_back_as_a_shorter_page_that_says_so(sandbox):
    async with await connected(sandbox, max_result_chars=8_000) as client:
        result = await client.call_tool("list_interview_results", {"limit": 50})

    data = data_of(result)
    shown = len(data["results"])
    assert 0 < shown < 50
    assert wire_size(result) <= 8_000
    assert data["page"]["next_offset"] == shown
    assert "size budget" in data["page"]["message"]


async def test_an_over_budget_record_is_refused_with_the_argument_that_narrows_it(sandbox):
    row = sandbox.store.finished_result()
    async with await connected(sandbox, max_result_chars=4_000) as client:
        message = error_of(
            await client.call_tool(
                "get_interview_result_details",
                {"interview_result_id": row["interview_result_id"], "view": "full"},
            )
        )

    assert "JOBMOJITO_MAX_RESULT_CHARS" in message
    assert "view='summary'" in message


async def test_an_offset_past_the_end_says_how_many_rows_there_are(sandbox):
    async with await connected(sandbox) as client:
        data = data_of(await client.call_tool("list_interviews", {"offset": 500}))

    assert data["interviews"] == []
    assert "past the end" in data["page"]["message"]


async def test_a_limit_above_the_apis_maximum_is_refused_with_the_maximum(sandbox):
    async with await connected(sandbox) as client:
        message = error_of(await client.call_tool("list_candidates", {"limit": 5000}))

    assert "1000" in message
    assert not [r for r in sandbox.requests if r.path == "/merchant-candidate-list"]


async def test_with_structured_content_list_rows_match_the_advertised_output_schema(sandbox):
    async with await connected(sandbox, structured_content=True) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        result = await client.call_tool("list_interview_results", {"limit": 5})

    assert tools["list_interview_results"].output_schema is not None
    assert not result.is_error, result.content[0].text
    assert isinstance(result.structured_content["results"], list)
    assert result.structured_content["results"][0]["interview_result_id"]
