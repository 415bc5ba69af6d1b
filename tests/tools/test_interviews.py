"""Interview reads and state end to end: list, get, set state, avatars and languages."""

from __future__ import annotations

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

INTERVIEW_ALIASES = ["interview_id", "position_id", "interview_def_set_id", "definition_id"]


def sent(sandbox, path):
    return [r for r in sandbox.requests if r.path == path]


async def test_list_interviews_names_each_id_interview_id_with_its_admin_link(client, sandbox):
    listing = data_of(await client.call_tool("list_interviews", {"filter_text": "Backend"}))

    expected = sandbox.store.interview_named("Backend Engineer")["id"]
    row = next(r for r in listing["interviews"] if r["name"] == "Backend Engineer")
    assert row["interview_id"] == expected
    assert "id" not in row
    assert row["admin_url"].endswith(f"/interview_creator/{expected}")
    assert listing["page"]["total"] == len(listing["interviews"])


async def test_get_interview_definition_shows_the_questions_in_the_standard_view(client, sandbox):
    interview = sandbox.store.interview_named("Customer Success Manager")

    definition = data_of(
        await client.call_tool("get_interview_definition", {"interview_id": interview["id"]})
    )

    assert definition["interview_id"] == interview["id"]
    assert definition["name"] == "Customer Success Manager"
    assert [q["question"] for q in definition["questions"]] == [
        q["question"] for q in interview["_questions"]
    ]


@pytest.mark.parametrize("alias", INTERVIEW_ALIASES)
async def test_each_interview_spelling_sets_state_through_the_endpoints_position_id(
    client, sandbox, alias
):
    interview = sandbox.store.interview_named("Data Analyst Intern")

    changed = data_of(
        await client.call_tool("set_interview_state", {alias: interview["id"], "status": "active"})
    )

    (write,) = sandbox.writes()
    assert write.path == "/job-interview-set-state"
    assert write.json == {"position_id": interview["id"], "status": "active"}
    assert changed["interview_id"] == interview["id"]
    assert interview["status"] == "active"


async def test_set_state_refuses_a_candidate_id_without_writing(client, sandbox):
    listed = data_of(await client.call_tool("list_candidates", {"limit": 5}))
    candidate_id = listed["candidates"][0]["candidate_id"]

    message = error_of(
        await client.call_tool(
            "set_interview_state", {"interview_id": candidate_id, "status": "archived"}
        )
    )

    assert "candidate id" in message
    assert "list_interviews" in message
    assert sandbox.writes() == []


async def test_avatars_come_back_compact_with_a_short_description_by_default(client, sandbox):
    listing = data_of(await client.call_tool("list_avatars", {}))

    assert 0 < len(listing["avatars"]) <= 10
    first = listing["avatars"][0]
    assert set(first) <= {
        "interview_template_id",
        "name",
        "type",
        "status",
        "mojito_language_code",
        "video_voice_language_name",
        "visibility",
        "description",
    }
    assert first["interview_template_id"] in sandbox.store.avatars
    assert len(first["description"]) <= 161
    assert first["description"].endswith("…")


async def test_full_avatar_rows_are_the_api_rows(client, sandbox):
    listing = data_of(await client.call_tool("list_avatars", {"limit": 2, "fields": "full"}))

    row = listing["avatars"][0]
    assert row["id"] in sandbox.store.avatars
    assert "background_url" in row


async def test_avatar_filters_reach_the_endpoint(client, sandbox):
    data_of(
        await client.call_tool(
            "list_avatars",
            {"type": "interactive_elevenlabs", "include_public": True, "limit": 50},
        )
    )

    (request,) = sent(sandbox, "/merchant-avatar-list")
    assert request.query["type"] == "interactive_elevenlabs"
    assert request.query["include_public"] == "true"
    assert "include_archived" not in request.query


async def test_languages_are_compact_with_accent_codes(client):
    listing = data_of(await client.call_tool("list_languages", {}))

    english = next(row for row in listing["languages"] if row["code"] == "en")
    assert english["name_english"] == "English"
    assert "en-GB" in english["accents"]
    assert "flag_image" not in english
    assert listing["count"] == len(listing["languages"])


async def test_full_languages_keep_flags_and_accent_names(client):
    listing = data_of(await client.call_tool("list_languages", {"fields": "full"}))

    english = next(row for row in listing["languages"] if row["code"] == "en")
    assert "flag_image" in english
    assert {"code": "en-GB", "name": "English (United Kingdom)"} in english["accents"]
