"""Interview writes end to end: create (generated, from questions, persona) and update."""

from __future__ import annotations

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

INTERVIEW_ALIASES = ["interview_id", "position_id", "interview_def_set_id", "definition_id"]
QUESTIONS = [
    {"question": "Walk us through a support ticket you are proud of.", "id": "q1"},
    {
        "question": "What made it hard?",
        "is_conditional": True,
        "conditional_question_main_id": "q1",
    },
    {"question": "How do you keep your product knowledge current?", "duration": 90},
]


def template_id(sandbox):
    """An active avatar of the main merchant."""
    main = sandbox.store.main_merchant_id
    return next(
        a["id"]
        for a in sandbox.store.avatars.values()
        if a["merchant_id"] == main and a["status"] == "active"
    )


def basics(sandbox, **extra):
    return {
        "name": "Support Engineer",
        "location": "Remote",
        "interview_template_id": template_id(sandbox),
        "mojito_language_code": "en",
        **extra,
    }


async def test_a_generated_interview_is_listed_and_readable_under_its_interview_id(client, sandbox):
    created = data_of(
        await client.call_tool("create_interview", basics(sandbox, interview_length=4))
    )

    interview_id = created["interview_id"]
    assert created["questions_generated"] == 4
    assert created["status"] == "draft"
    assert created["admin_url"].endswith(f"/interview_creator/{interview_id}")
    assert any("set_interview_state" in note for note in created["notes"])
    (write,) = sandbox.writes()
    assert write.json["status"] == "draft"
    assert write.json["visibility"] == "merchant_invite"

    listing = data_of(await client.call_tool("list_interviews", {"filter_text": "Support Eng"}))
    assert [row["interview_id"] for row in listing["interviews"]] == [interview_id]
    definition = data_of(
        await client.call_tool("get_interview_definition", {"interview_id": interview_id})
    )
    assert len(definition["questions"]) == 4


async def test_questions_supplied_are_created_in_order_with_their_conditional_parent(
    client, sandbox
):
    created = data_of(
        await client.call_tool(
            "create_interview_from_questions",
            basics(sandbox, description="Second-line support.", questions=QUESTIONS),
        )
    )

    definition = data_of(
        await client.call_tool(
            "get_interview_definition", {"interview_id": created["interview_id"]}
        )
    )
    asked = [q["question"] for q in definition["questions"]]
    assert asked == [q["question"] for q in QUESTIONS]
    (write,) = sandbox.writes()
    assert write.json["questions"][1] == QUESTIONS[1]


async def test_a_conditional_question_before_its_parent_is_refused_before_any_request(
    client, sandbox
):
    message = error_of(
        await client.call_tool(
            "create_interview_from_questions",
            basics(sandbox, description="Support.", questions=[QUESTIONS[1], QUESTIONS[0]]),
        )
    )

    assert "questions[0]" in message
    assert sandbox.requests == []


async def test_a_persona_is_listed_under_its_portals_type(client, sandbox):
    created = data_of(
        await client.call_tool(
            "create_persona",
            {
                "name": "Late delivery role-play",
                "interview_template_id": template_id(sandbox),
                "mojito_language_code": "en",
                "portal": "interview",
                "persona_role_avatar": "is to act as a customer whose order arrived late",
                "persona_role_user": "is to be the support agent",
                "opening_line": "Finally! My order is a week late.",
            },
        )
    )

    assert created["type"] == "persona_interview"
    listing = data_of(
        await client.call_tool(
            "list_interviews", {"type": "persona_interview", "filter_text": "Late delivery"}
        )
    )
    assert [row["interview_id"] for row in listing["interviews"]] == [created["interview_id"]]


async def test_attempts_on_a_coaching_persona_are_refused_before_any_request(client, sandbox):
    message = error_of(
        await client.call_tool(
            "create_persona",
            {
                "name": "Practice",
                "interview_template_id": template_id(sandbox),
                "mojito_language_code": "en",
                "portal": "coaching",
                "persona_role_avatar": "is a customer",
                "persona_role_user": "is the agent",
                "options": {"interview_attempts": 2},
            },
        )
    )

    assert "interview_attempts" in message
    assert sandbox.requests == []


@pytest.mark.parametrize("alias", INTERVIEW_ALIASES)
async def test_each_interview_spelling_updates_through_the_endpoints_position_id(
    client, sandbox, alias
):
    interview = sandbox.store.interview_named("Customer Success Manager")

    updated = data_of(
        await client.call_tool(
            "update_interview", {alias: interview["id"], "name": "Customer Success Lead"}
        )
    )

    (write,) = sandbox.writes()
    assert write.path == "/job-interview-update"
    assert write.json == {"position_id": interview["id"], "name": "Customer Success Lead"}
    assert updated["interview_id"] == interview["id"]
    assert updated["updated_fields"] == ["name"]
    assert interview["name"] == "Customer Success Lead"


async def test_an_update_changes_only_the_fields_passed(client, sandbox):
    created = data_of(await client.call_tool("create_interview", basics(sandbox)))
    interview_id = created["interview_id"]

    data_of(
        await client.call_tool(
            "update_interview", {"interview_id": interview_id, "options": {"interview_attempts": 3}}
        )
    )

    update = sandbox.writes()[-1]
    assert update.json == {"position_id": interview_id, "interview_attempts": 3}
    definition = data_of(
        await client.call_tool(
            "get_interview_definition", {"interview_id": interview_id, "view": "full"}
        )
    )
    assert definition["name"] == "Support Engineer"


async def test_questions_sent_back_with_their_ids_are_kept(client, sandbox):
    interview = sandbox.store.interview_named("Backend Engineer")
    definition = data_of(
        await client.call_tool("get_interview_definition", {"interview_id": interview["id"]})
    )
    kept = [{"id": q["id"], "question": q["question"]} for q in definition["questions"][:2]]

    updated = data_of(
        await client.call_tool(
            "update_interview",
            {
                "interview_id": interview["id"],
                "questions": [*kept, {"question": "Which incident taught you the most?"}],
            },
        )
    )

    diff = updated["questions_diff"]
    assert diff["kept"] == [q["id"] for q in kept]
    assert len(diff["added"]) == 1
    assert "question_ids" not in diff


async def test_an_update_with_nothing_to_change_is_refused_before_any_request(client, sandbox):
    interview = sandbox.store.interview_named("Backend Engineer")

    message = error_of(
        await client.call_tool("update_interview", {"interview_id": interview["id"]})
    )

    assert "Nothing to change" in message
    assert sandbox.requests == []


async def test_a_candidate_id_from_list_candidates_is_not_updated_as_an_interview(client, sandbox):
    listed = data_of(await client.call_tool("list_candidates", {"limit": 5}))
    candidate_id = listed["candidates"][0]["candidate_id"]

    message = error_of(
        await client.call_tool("update_interview", {"interview_id": candidate_id, "name": "X"})
    )

    assert "candidate id" in message
    assert sandbox.writes() == []


async def test_a_result_row_id_is_not_updated_as_an_interview(client, sandbox):
    arguments = {"limit": 5, "fields": "full"}
    listed = data_of(await client.call_tool("list_interview_results", arguments))
    row_id = listed["results"][0]["id"]

    message = error_of(
        await client.call_tool("update_interview", {"interview_id": row_id, "status": "archived"})
    )

    assert "result row id" in message
    assert sandbox.writes() == []


async def test_a_candidate_id_as_the_avatar_is_refused_without_writing(client, sandbox):
    listed = data_of(await client.call_tool("list_candidates", {"limit": 3}))
    candidate_id = listed["candidates"][0]["candidate_id"]

    message = error_of(
        await client.call_tool(
            "create_interview", basics(sandbox, interview_template_id=candidate_id)
        )
    )

    assert "interview_template_id" in message
    assert "list_avatars" in message
    assert sandbox.writes() == []


async def test_an_unreadable_deadline_is_refused_before_any_request(client, sandbox):
    message = error_of(
        await client.call_tool(
            "create_interview",
            basics(sandbox, options={"interview_available_till": "next Friday"}),
        )
    )

    assert "interview_available_till" in message
    assert sandbox.requests == []
