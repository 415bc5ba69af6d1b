"""Every list tool's default result, against a sandbox account with 50 results: a compact
table with ids under our argument names, a page that says what comes next, within budget."""

import json

import pytest
from mcp import Client

from jobmojito_mcp.sandbox import Sandbox
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings

pytestmark = pytest.mark.anyio

# tool, arguments, the rows' key, the id column its rows must carry
LISTS = [
    ("list_interviews", {}, "interviews", "interview_id"),
    ("list_interview_results", {}, "results", "interview_result_id"),
    ("list_candidates", {}, "candidates", "candidate_id"),
    ("list_avatars", {}, "avatars", "interview_template_id"),
    ("list_sub_merchants", {}, "sub_merchants", "merchant_id"),
    ("list_catalogue_directories", {}, "directories", "catalogue_directory_id"),
    ("get_merchant_credit_usage", {}, None, None),
    ("get_merchant_analytics", {"date_from": "2026-01-01", "date_to": "2026-03-16"}, None, None),
    ("list_languages", {}, None, None),
]
UPSTREAM_ID_NAMES = {"id", "profile_interview_id", "definition_id", "profile_id", "parent_tag"}


@pytest.fixture(scope="module")
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
async def client():
    server = build_server(Settings(sandbox=True, toolsets="all"), sandbox=Sandbox(rows=50))
    async with Client(server) as connected:
        yield connected


@pytest.mark.parametrize(
    ("tool", "arguments", "rows_key", "id_column"), LISTS, ids=[case[0] for case in LISTS]
)
async def test_the_default_result_is_a_compact_table_with_our_id_names(
    client, tool, arguments, rows_key, id_column
):
    result = await client.call_tool(tool, arguments)
    assert not result.is_error, result.content[0].text
    data = json.loads(result.content[0].text)

    tables = {
        k: v for k, v in data.items() if isinstance(v, dict) and {"columns", "rows"} <= set(v)
    }
    assert len(tables) == 1, f"{tool} should return exactly one table: {list(data)}"
    key, table = next(iter(tables.items()))
    assert table["rows"], f"{tool} returned no rows on a seeded account"
    assert all(len(row) == len(table["columns"]) for row in table["rows"])
    assert not UPSTREAM_ID_NAMES & set(table["columns"]), table["columns"]
    if rows_key is not None:
        assert key == rows_key
        assert id_column in table["columns"]
    if "page" in data:
        assert data["page"]["total"] is not None and data["page"]["message"]
    assert len(result.content[0].text) <= Settings().max_result_chars
