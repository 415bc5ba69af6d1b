"""Names, emails and admin links in place of ids: exact matches win, writes never guess."""

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

ADMIN = "https://app.jobmojito.com"


def list_calls(sandbox, path):
    return sum(1 for r in sandbox.requests if r.path == path)


async def test_an_exact_name_wins_over_a_longer_name_that_contains_it(client, sandbox):
    exact = sandbox.store.interview_named("Backend Engineer")

    data = data_of(
        await client.call_tool("get_interview_definition", {"interview_id": "backend engineer"})
    )

    assert data["interview_id"] == exact["id"]
    assert "'backend engineer' is 'Backend Engineer'" in data["notes"][0]


async def test_an_ambiguous_name_is_refused_with_each_match_and_its_id(client, sandbox):
    message = error_of(
        await client.call_tool("get_interview_definition", {"interview_id": "Backend"})
    )

    for name in ("Backend Engineer", "Backend Engineer (Berlin)"):
        assert sandbox.store.interview_named(name)["id"] in message
    assert "Call again with the id" in message


async def test_a_single_partial_match_is_used_on_reads(client, sandbox):
    berlin = sandbox.store.interview_named("Backend Engineer (Berlin)")

    data = data_of(await client.call_tool("get_interview_definition", {"interview_id": "(Berlin)"}))

    assert data["interview_id"] == berlin["id"]


async def test_a_single_partial_match_is_refused_on_writes_with_no_write_made(client, sandbox):
    writes_before = len(sandbox.writes())

    message = error_of(
        await client.call_tool(
            "set_interview_state", {"interview_id": "(Berlin)", "status": "archived"}
        )
    )

    assert "exact name" in message
    assert sandbox.store.interview_named("Backend Engineer (Berlin)")["id"] in message
    assert len(sandbox.writes()) == writes_before


async def test_an_exact_name_is_used_on_writes(client, sandbox):
    data = data_of(
        await client.call_tool(
            "set_interview_state", {"interview_id": "Backend Engineer", "status": "archived"}
        )
    )

    assert sandbox.store.interview_named("Backend Engineer")["status"] == "archived"
    assert data["interview_id"] == sandbox.store.interview_named("Backend Engineer")["id"]


async def test_a_name_nothing_matches_says_how_to_search(client):
    message = error_of(
        await client.call_tool("list_interview_results", {"interview_id": "Astronaut Trainer"})
    )

    assert "nothing in this account matches 'Astronaut Trainer'" in message
    assert "list_interviews(filter_text=" in message


async def test_a_candidate_is_found_by_email_in_any_case(client, sandbox):
    row = sandbox.store.finished_result()

    data = data_of(
        await client.call_tool("build_admin_link", {"candidate_id": row["candidate_email"].upper()})
    )

    assert data["id"] == row["profile_interview_id"]


async def test_a_candidate_name_with_an_emoji_resolves(client, sandbox):
    candidate = sandbox.store.candidate_with_emoji()

    data = data_of(await client.call_tool("build_admin_link", {"candidate_id": candidate["name"]}))

    assert data["url"] == f"{ADMIN}/candidates/{candidate['id']}"
    assert candidate["name"] in data["markdown"]


async def test_a_candidate_with_several_results_is_refused_listing_each_result_id(client, sandbox):
    row = sandbox.store.finished_result()
    theirs = [
        r for r in sandbox.store.results_in() if r["candidate_email"] == row["candidate_email"]
    ]
    assert len(theirs) > 1

    message = error_of(
        await client.call_tool(
            "get_interview_result_details", {"interview_result_id": row["candidate_email"]}
        )
    )

    for result in theirs:
        assert (result["interview_result_id"] or "no attempt yet") in message
        assert result["id"] not in message


async def test_a_cold_name_lookup_costs_one_list_call_and_a_warm_one_none(client, sandbox):
    path = "/merchant-interview-list"
    arguments = {"interview_id": "Backend Engineer"}

    data_of(await client.call_tool("build_admin_link", arguments))
    cold = list_calls(sandbox, path)
    data_of(await client.call_tool("build_admin_link", arguments))
    warm = list_calls(sandbox, path) - cold

    assert (cold, warm) == (1, 0)


@pytest.mark.parametrize(
    ("page", "argument"),
    [
        ("candidates", "candidate_id"),
        ("interview_creator", "interview_id"),
        ("interview_results/result", "interview_result_id"),
    ],
)
async def test_a_pasted_admin_link_of_the_right_kind_is_accepted(client, sandbox, page, argument):
    row = sandbox.store.finished_result()
    value = {
        "candidate_id": row["profile_interview_id"],
        "interview_id": row["definition_id"],
        "interview_result_id": row["interview_result_id"],
    }[argument]

    data = data_of(
        await client.call_tool("build_admin_link", {argument: f"{ADMIN}/{page}/{value}"})
    )

    assert data["id"] == value
    assert data["url"] == f"{ADMIN}/{page}/{value}"


async def test_a_pasted_link_of_the_wrong_kind_is_refused_naming_what_it_is(client, sandbox):
    candidate = sandbox.store.finished_result()["profile_interview_id"]
    writes_before = len(sandbox.writes())

    message = error_of(
        await client.call_tool(
            "set_interview_state",
            {"interview_id": f"{ADMIN}/candidates/{candidate}", "status": "archived"},
        )
    )

    assert "candidate" in message and "not an interview id" in message
    assert len(sandbox.writes()) == writes_before


async def test_build_admin_link_takes_exactly_one_id(client):
    message = error_of(await client.call_tool("build_admin_link", {}))
    assert "exactly one of interview_id, candidate_id or interview_result_id" in message


async def test_build_admin_link_refuses_an_empty_or_malformed_id(client):
    assert "empty" in error_of(await client.call_tool("build_admin_link", {"candidate_id": " "}))
    malformed = "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6"
    assert "mistyped" in error_of(
        await client.call_tool("build_admin_link", {"candidate_id": malformed})
    )


async def test_a_partial_name_a_read_resolved_is_still_refused_on_a_write(client, sandbox):
    data_of(await client.call_tool("get_interview_definition", {"interview_id": "(Berlin)"}))
    writes_before = len(sandbox.writes())

    message = error_of(
        await client.call_tool(
            "set_interview_state", {"interview_id": "(Berlin)", "status": "archived"}
        )
    )

    assert "exact name" in message
    assert len(sandbox.writes()) == writes_before


async def test_a_write_sees_a_same_named_record_the_caller_has_not_listed(client, sandbox):
    name = "Customer Success Manager"
    data_of(await client.call_tool("get_interview_definition", {"interview_id": name}))
    template = next(iter(sandbox.store.avatars))
    copy = {
        "name": name,
        "location": "Remote",
        "description": "A second opening.",
        "interview_template_id": template,
        "mojito_language_code": "en",
        "questions": [{"question": "Why this role?"}],
    }
    data_of(await client.call_tool("create_interview_from_questions", copy))
    writes_before = len(sandbox.writes())

    message = error_of(
        await client.call_tool("set_interview_state", {"interview_id": name, "status": "archived"})
    )

    assert "matches 2" in message
    assert len(sandbox.writes()) == writes_before


async def test_a_link_that_cannot_be_parsed_is_refused_not_crashed_on(client):
    message = error_of(await client.call_tool("describe_id", {"id": "https://[::1/candidates/x"}))
    assert "cannot be read as one" in message
