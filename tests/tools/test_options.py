"""The `options` argument of the write tools: checked before any request, then sent as given."""

from __future__ import annotations

from typing import Any

import pytest

from jobmojito_mcp.tools.interview_settings import NewInterviewOptions
from tests.helpers import data_of, error_of
from tests.tools.test_interview_writes import basics, template_id

pytestmark = pytest.mark.anyio


def persona(sandbox: Any, **extra: Any) -> dict[str, Any]:
    return {
        "name": "Late delivery role-play",
        "interview_template_id": template_id(sandbox),
        "mojito_language_code": "en",
        "portal": "interview",
        "persona_role_avatar": "is to act as a customer whose order arrived late",
        "persona_role_user": "is to be the support agent",
        **extra,
    }


async def test_settings_in_options_reach_the_endpoint_in_its_own_shape(client, sandbox):
    options = {"max_duration": 900, "result_view": "minimal", "hiring_for_company": "Acme"}

    data_of(await client.call_tool("create_interview", basics(sandbox, options=options)))

    (write,) = sandbox.writes()
    assert write.json["max_duration"] == 900
    assert write.json["result_view"] == "minimal"
    assert write.json["hiring_for_company"] == {"name": "Acme"}


async def test_an_unknown_option_is_refused_with_the_accepted_keys(client, sandbox):
    message = error_of(
        await client.call_tool("create_interview", basics(sandbox, options={"duration": 900}))
    )

    assert "options: unknown key 'duration'" in message
    for key in NewInterviewOptions.model_fields:
        assert key in message
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("tool", "arguments", "key", "allowed"),
    [
        ("create_interview", {"result_view": "everything"}, "result_view", "'full_expand_scores'"),
        ("create_interview", {"max_duration": 5}, "max_duration", "60"),
        ("create_persona", {"recording": "always"}, "recording", "'video_all'"),
    ],
)
async def test_a_bad_option_value_is_refused_naming_its_key_and_what_it_takes(
    client, sandbox, tool, arguments, key, allowed
):
    base = basics(sandbox) if tool == "create_interview" else persona(sandbox)

    message = error_of(await client.call_tool(tool, {**base, "options": arguments}))

    assert f"options.{key}:" in message
    assert allowed in message
    assert sandbox.requests == []


async def test_a_bad_rule_inside_an_option_list_is_refused_at_its_place(client, sandbox):
    rules = [{"id": "resume_match"}, {"id": "form_age", "action": "ignore"}]

    message = error_of(
        await client.call_tool(
            "upsert_pre_screening",
            {"position_id": sandbox.store.position()["id"], "options": {"assessment_rules": rules}},
        )
    )

    assert "options.assessment_rules[1].action:" in message
    assert "'reject'" in message
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("key", "argument"),
    [
        ("knowledge_base_store_id", "knowledge_base_store_id"),
        ("avatar_id", "interview_template_id"),
        ("name", "name"),
    ],
)
async def test_an_argument_inside_options_is_refused_pointing_at_the_argument(
    client, sandbox, key, argument
):
    message = error_of(
        await client.call_tool("create_interview", basics(sandbox, options={key: "x"}))
    )

    assert f"options.{key}: pass {argument} as an argument of its own" in message
    assert sandbox.requests == []


async def test_an_id_the_tool_does_not_take_is_refused_inside_options(client, sandbox):
    message = error_of(
        await client.call_tool(
            "update_interview",
            {"interview_id": "Backend Engineer", "options": {"candidate_id": "abc"}},
        )
    )

    assert "options.candidate_id: ids are never options" in message
    assert "interview_id" in message
    assert sandbox.requests == []


async def test_an_unknown_language_is_refused_pointing_at_list_languages(client, sandbox):
    message = error_of(
        await client.call_tool("create_interview", basics(sandbox, mojito_language_code="xx"))
    )

    assert "mojito_language_code" in message
    assert "list_languages" in message
    assert sandbox.requests == []


async def test_a_language_code_in_capitals_is_sent_as_the_code(client, sandbox):
    data_of(await client.call_tool("create_persona", persona(sandbox, mojito_language_code="EN")))

    (write,) = sandbox.writes()
    assert write.json["mojito_language_code"] == "en"


async def test_a_rubric_rebuild_without_questions_is_refused_before_any_request(client, sandbox):
    interview = sandbox.store.interview_named("Backend Engineer")

    message = error_of(
        await client.call_tool(
            "update_interview",
            {
                "interview_id": interview["id"],
                "options": {"regenerate_candidate_expectations": True},
            },
        )
    )

    assert "options.regenerate_candidate_expectations" in message
    assert sandbox.requests == []


async def test_rarely_changed_interview_fields_are_updated_through_options(client, sandbox):
    interview = sandbox.store.interview_named("Backend Engineer")

    data_of(
        await client.call_tool(
            "update_interview",
            {
                "interview_id": interview["id"],
                "options": {"location": "Lisbon", "type": "coaching"},
            },
        )
    )

    (write,) = sandbox.writes()
    assert write.json == {"position_id": interview["id"], "location": "Lisbon", "type": "coaching"}


async def test_screening_rules_in_options_reach_the_endpoint_as_given(client, sandbox):
    rules = [{"id": "resume_match", "type": "screening", "resume_score_reject": 2}]

    data_of(
        await client.call_tool(
            "upsert_pre_screening",
            {"position_id": sandbox.store.position()["id"], "options": {"assessment_rules": rules}},
        )
    )

    (write,) = sandbox.writes()
    assert write.json["assessment_rules"] == rules


async def test_a_catalogue_field_both_set_and_cleared_is_refused(client, sandbox):
    options = {"description": "Practice", "clear": ["description"]}

    message = error_of(
        await client.call_tool(
            "update_catalogue_directory",
            {"catalogue_directory_id": "sales-coaching", "options": options},
        )
    )

    assert "options.clear: description" in message
    assert sandbox.writes() == []


async def test_clear_is_not_an_option_of_a_new_directory(client, sandbox):
    message = error_of(
        await client.call_tool(
            "create_catalogue_directory",
            {"catalogue_directory_id": "leadership", "name": "L", "options": {"clear": ["x"]}},
        )
    )

    assert "unknown key 'clear'" in message
    assert sandbox.requests == []


async def test_a_setting_passed_beside_options_is_pointed_into_options(client, sandbox):
    message = error_of(
        await client.call_tool("create_interview", basics(sandbox, max_duration=900))
    )

    assert "'max_duration'" in message and "inside options" in message
    assert sandbox.requests == []


async def test_options_sent_as_json_text_are_read_as_the_object(client, sandbox):
    arguments = basics(sandbox, options='{"max_duration": 900}')

    data_of(await client.call_tool("create_interview", arguments))

    (write,) = sandbox.writes()
    assert write.json["max_duration"] == 900


async def test_candidate_interview_options_reach_the_endpoint(client, sandbox):
    options = {"seniority_level": "senior", "candidate_linkedin_url": "https://linkedin.com/in/m"}

    data_of(
        await client.call_tool(
            "create_interview_for_candidate",
            {
                "position_id": sandbox.store.position()["id"],
                "candidate_name": "Mira Jansen",
                "candidate_email": "mira.jansen@example.org",
                "candidate_country_code": "NL",
                "resume_text": "Frontend engineer, six years of React.",
                "options": options,
            },
        )
    )

    (write,) = sandbox.writes()
    assert write.json["seniority_level"] == "senior"
    assert write.json["candidate_linkedin_url"] == "https://linkedin.com/in/m"
