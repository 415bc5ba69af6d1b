"""The built server matches the curated table, and its schemas suit every client."""

import json
import re

import pytest
from mcp import Client

from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from jobmojito_mcp.tools.catalog import SPECS, TOOLS, TOOLSETS

pytestmark = pytest.mark.anyio


async def listed_tools(**settings):
    server = build_server(Settings(api_token="test-token-123456", **settings))
    async with Client(server) as client:
        return (await client.list_tools()).tools


async def test_every_tool_in_the_table_is_built_with_its_title_description_and_hints():
    tools = await listed_tools(toolsets="all")

    assert sorted(t.name for t in tools) == sorted(SPECS)
    for tool in tools:
        spec = SPECS[tool.name]
        assert (tool.title, tool.description) == (spec.title, spec.description)
        hints = tool.annotations
        assert hints.read_only_hint is spec.read_only
        assert hints.destructive_hint is spec.destructive
        assert hints.idempotent_hint is spec.idempotent
        assert hints.open_world_hint is spec.open_world


def test_the_thirteen_reads_and_the_two_id_tools_are_the_read_only_ones():
    read_only = {spec.name for spec in TOOLS if spec.read_only}
    assert len(read_only) == 15
    assert {"build_admin_link", "describe_id"} <= read_only


async def test_tool_names_fit_what_clients_accept():
    for tool in await listed_tools(toolsets="all"):
        assert re.fullmatch(r"[a-z0-9_]{1,48}", tool.name)


def _walk(node, path="$"):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]")


async def test_input_schemas_are_inline_without_top_level_combinators_or_nullable():
    for tool in await listed_tools(toolsets="all"):
        schema = tool.input_schema
        assert schema["type"] == "object"
        assert not {"anyOf", "oneOf", "allOf"} & schema.keys(), tool.name
        text = json.dumps(schema)
        assert "$ref" not in text and "$defs" not in text, tool.name
        for path, node in _walk(schema):
            assert "nullable" not in node or not isinstance(node["nullable"], bool), path


async def test_the_default_toolsets_leave_out_admin_and_prescreening():
    names = {tool.name for tool in await listed_tools()}
    assert "invite_users" not in names
    assert "pre_screen_resume_text" not in names
    assert {"list_interviews", "describe_id", "build_admin_link"} <= names


async def test_read_only_mode_keeps_only_tools_that_change_nothing():
    tools = await listed_tools(toolsets="all", read_only=True)
    assert tools
    assert all(tool.annotations.read_only_hint for tool in tools)


async def test_one_toolset_brings_its_tools_and_the_id_tools():
    names = {tool.name for tool in await listed_tools(toolsets="candidates")}
    assert names == {"list_candidates", "build_admin_link", "describe_id"}


def test_an_unknown_toolset_is_refused_with_the_valid_names():
    with pytest.raises(ValueError, match="unknown toolset billing") as refused:
        Settings(toolsets="interviews,billing")
    for name in TOOLSETS:
        assert name in str(refused.value)


async def test_a_write_tool_called_in_read_only_mode_says_why_it_is_missing():
    server = build_server(Settings(api_token="test-token-123456", read_only=True))
    async with Client(server) as client:
        result = await client.call_tool("create_interview", {"name": "x"})

    assert result.is_error
    assert "read-only (JOBMOJITO_READ_ONLY)" in result.content[0].text


async def test_a_tool_of_a_toolset_left_out_names_the_toolset_to_add():
    server = build_server(Settings(api_token="test-token-123456"))
    async with Client(server) as client:
        result = await client.call_tool("invite_users", {"users": []})

    assert "'admin' toolset" in result.content[0].text


def test_an_empty_toolset_list_is_refused_and_all_wins_in_a_list():
    with pytest.raises(ValueError, match="at least one toolset"):
        Settings(toolsets=" , ")
    assert Settings(toolsets="all,admin").toolsets == TOOLSETS
