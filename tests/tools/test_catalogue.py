"""Catalogue directory tools, end to end against the sandbox."""

from __future__ import annotations

from typing import Any

from tests.helpers import data_of, error_of


def _posted(sandbox: Any, path: str) -> list[dict[str, Any]]:
    return [r.json for r in sandbox.writes() if r.path == path]


async def test_list_shows_directories_under_their_slug_with_children(client: Any) -> None:
    data = data_of(await client.call_tool("list_catalogue_directories", {}))

    rows = {row["catalogue_directory_id"]: row for row in data["directories"]}
    assert "acme-coaching-home" in rows
    assert rows["acme-coaching-home"]["child_directory_ids"] == [
        "software-engineering",
        "sales-coaching",
    ]
    assert all("id" not in row for row in data["directories"])
    assert data["page"]["total"] == len(rows)


async def test_parent_filter_lists_only_nested_directories(client: Any, sandbox: Any) -> None:
    data = data_of(
        await client.call_tool(
            "list_catalogue_directories", {"parent_directory_id": "acme-coaching-home"}
        )
    )

    assert [d["catalogue_directory_id"] for d in data["directories"]] == [
        "software-engineering",
        "sales-coaching",
    ]
    assert sandbox.requests[-1].query["parent_tag"] == "acme-coaching-home"


async def test_created_directory_is_visible_to_later_reads(client: Any, sandbox: Any) -> None:
    created = data_of(
        await client.call_tool(
            "create_catalogue_directory",
            {
                "catalogue_directory_id": "Leadership-EN",
                "name": "Leadership",
                "parent_directory_id": "acme-coaching-home",
                "child_directory_ids": ["backend-interviews"],
                "status": "active",
            },
        )
    )

    assert created["catalogue_directory_id"] == "leadership-en"
    assert created["parent_directory_id"] == "acme-coaching-home"
    sent = _posted(sandbox, "/catalogue-tag-create")[0]
    assert sent["id"] == "leadership-en"
    assert sent["parent_tag"] == "acme-coaching-home"
    assert sent["tags_sub"] == ["backend-interviews"]

    read = data_of(
        await client.call_tool(
            "get_catalogue_directory", {"catalogue_directory_id": "leadership-en"}
        )
    )
    assert read["name"] == "Leadership"
    assert read["child_directory_ids"] == ["backend-interviews"]
    parent = data_of(
        await client.call_tool(
            "get_catalogue_directory",
            {"catalogue_directory_id": "acme-coaching-home", "view": "summary"},
        )
    )
    assert "leadership-en" in parent["child_directory_ids"]


async def test_creating_an_existing_slug_points_to_the_update_tool(
    client: Any, sandbox: Any
) -> None:
    message = error_of(
        await client.call_tool(
            "create_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "name": "Sales again"},
        )
    )

    assert "already exists" in message
    assert "update_catalogue_directory" in message
    assert "catalogue_directory_id='sales-coaching'" in message


async def test_a_malformed_slug_is_refused_before_any_request(client: Any, sandbox: Any) -> None:
    for slug in ("sales coaching", "sales-coaching-"):
        message = error_of(
            await client.call_tool(
                "create_catalogue_directory", {"catalogue_directory_id": slug, "name": "Sales"}
            )
        )
        assert "catalogue_directory_id" in message
    assert sandbox.requests == []


async def test_an_update_is_visible_to_later_reads(client: Any, sandbox: Any) -> None:
    updated = data_of(
        await client.call_tool(
            "update_catalogue_directory",
            {
                "catalogue_directory_id": "sales-coaching",
                "name": "Sales practice",
                "child_directory_ids": [],
                "options": {"clear": ["content_md"]},
            },
        )
    )

    assert set(updated["updated_fields"]) >= {"name", "tags_sub", "content_md"}
    sent = _posted(sandbox, "/catalogue-tag-update")[0]
    assert sent == {
        "id": "sales-coaching",
        "name": "Sales practice",
        "tags_sub": [],
        "content_md": None,
    }

    read = data_of(
        await client.call_tool(
            "get_catalogue_directory", {"catalogue_directory_id": "sales-coaching"}
        )
    )
    assert read["name"] == "Sales practice"
    assert read["has_content_page"] is False
    assert "content_md" not in read


async def test_an_update_without_changes_is_refused(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool(
            "update_catalogue_directory", {"catalogue_directory_id": "sales-coaching"}
        )
    )

    assert "Nothing to change" in message
    assert sandbox.writes() == []


async def test_a_directory_cannot_list_itself_as_a_child(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool(
            "update_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "child_directory_ids": ["Sales-Coaching"]},
        )
    )

    assert "child_directory_ids[0]" in message
    assert sandbox.writes() == []


async def test_standard_view_trims_a_long_page_and_says_how_to_get_it_all(client: Any) -> None:
    page = "## Intro\n\n" + "Practise every day. " * 300
    data_of(
        await client.call_tool(
            "update_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "options": {"content_md": page}},
        )
    )

    standard = data_of(
        await client.call_tool(
            "get_catalogue_directory", {"catalogue_directory_id": "sales-coaching"}
        )
    )
    assert len(standard["content_md"]) < len(page)
    assert page.startswith(standard["content_md"])
    assert any("view='full'" in note for note in standard["notes"])

    full = data_of(
        await client.call_tool(
            "get_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "view": "full"},
        )
    )
    assert full["content_md"] == page
    assert full["catalogue_directory_id"] == "sales-coaching"
    assert "id" not in full


async def test_standard_view_lists_sub_directories_and_sessions_by_our_names(client: Any) -> None:
    data = data_of(
        await client.call_tool(
            "get_catalogue_directory", {"catalogue_directory_id": "software-engineering"}
        )
    )

    assert data["sub_directories"] == [
        {
            "catalogue_directory_id": "backend-interviews",
            "name": "Backend interviews",
            "status": "active",
        }
    ]
    for session in data["matched_sessions"]:
        assert "interview_id" in session and "id" not in session


async def test_an_unknown_directory_is_reported_as_not_found(client: Any) -> None:
    message = error_of(
        await client.call_tool("get_catalogue_directory", {"catalogue_directory_id": "no-such-dir"})
    )

    assert "no-such-dir" in message or "found nothing" in message


async def test_a_refused_public_directory_suggests_the_merchant_visibility(client: Any) -> None:
    message = error_of(
        await client.call_tool(
            "update_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "visibility": "public"},
        )
    )

    assert "visibility='merchant_public'" in message
