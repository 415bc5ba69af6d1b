"""The reference resources explain every options key, and each write tool points at its own."""

from __future__ import annotations

import typing
from collections.abc import AsyncIterator
from typing import Any

import pytest
from mcp import Client

from jobmojito_mcp.resources import REFERENCES
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings

pytestmark = pytest.mark.anyio


@pytest.fixture
async def connected() -> AsyncIterator[Any]:
    server = build_server(Settings(api_token="test-token-123456", toolsets="all"))
    async with Client(server) as client:
        yield client


def allowed_values(annotation: Any) -> list[Any]:
    """The Literal values anywhere inside a field's annotation."""
    if typing.get_origin(annotation) is typing.Literal:
        return list(typing.get_args(annotation))
    return [value for arg in typing.get_args(annotation) for value in allowed_values(arg)]


async def test_every_reference_is_listed_as_markdown(connected: Any) -> None:
    listed = {str(r.uri): r for r in (await connected.list_resources()).resources}

    for reference in REFERENCES:
        assert listed[reference.uri].mime_type == "text/markdown"


@pytest.mark.parametrize("reference", REFERENCES, ids=lambda r: r.name)
async def test_a_reference_names_every_key_with_its_allowed_values(
    connected: Any, reference: Any
) -> None:
    read = await connected.read_resource(reference.uri)
    text = read.contents[0].text

    for model, tools in reference.models:
        for key, field in model.model_fields.items():
            assert f"`{key}`" in text, key
            for value in allowed_values(field.annotation):
                assert str(value) in text, (key, value)
            if field.description:
                assert field.description in text, key
        for tool in tools:
            assert tool in text


async def test_each_options_argument_names_its_keys_and_an_existing_resource(
    connected: Any,
) -> None:
    tools = {tool.name: tool for tool in (await connected.list_tools()).tools}
    uris = {str(r.uri) for r in (await connected.list_resources()).resources}

    for reference in REFERENCES:
        for model, names in reference.models:
            for name in names:
                described = tools[name].input_schema["properties"]["options"]["description"]
                assert reference.uri in described and reference.uri in uris
                for key in model.model_fields:
                    assert key in described, (name, key)


async def test_interview_languages_are_checked_rather_than_listed(connected: Any) -> None:
    tools = {tool.name: tool for tool in (await connected.list_tools()).tools}

    for name in ("create_interview", "create_interview_from_questions", "create_persona"):
        language = tools[name].input_schema["properties"]["mojito_language_code"]
        assert "enum" not in language
        assert "list_languages" in language["description"]


def test_no_options_key_is_an_id() -> None:
    for reference in REFERENCES:
        for model, _ in reference.models:
            assert not [key for key in model.model_fields if key.endswith("_id")], model
